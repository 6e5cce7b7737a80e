"""The gazetteer: canonical entities and every name they go by.

Data lives in kg/data/gazetteer/*.yaml (countries, persons with their offices, organisations,
places, conflicts), facts from public sources such as Wikidata. Lookups are by normalised name
(case, diacritics and punctuation folded), by code (ISO 3166, CAMEO, FIPS 10-4, Wikidata QID), and
by office on a date ("the Russian president on 2018-09-01").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from kg.model import Entity, Office

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is 6x faster
DATA_DIR = Path(__file__).resolve().parent / "data" / "gazetteer"

_FILES = {
    "countries.yaml": "Country",
    "persons.yaml": "Person",
    "persons-world.yaml": "Person",
    "persons-defence.yaml": "Person",
    "persons-africa-mideast.yaml": "Person",
    "persons-americas-asia-europe.yaml": "Person",
    "persons-envoys.yaml": "Person",
    "persons-groups.yaml": "Person",
    "persons-ministers.yaml": "Person",
    "persons-cabinet.yaml": "Person",
    "persons-deputies.yaml": "Person",
    "organizations.yaml": "Organization",
    "groups.yaml": "Organization",
    "places.yaml": "Place",
    "regions.yaml": "Region",
    "conflicts.yaml": "Conflict",
}


def normalize(name: str) -> str:
    """Fold case, diacritics, dashes and spacing: 'İlham  Əliyev' -> 'ilham eliyev'."""
    text = unicodedata.normalize("NFKD", name.replace("ə", "e").replace("Ə", "E"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[\u2010-\u2015\-_/]+", " ", text)
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(text.split())


def _names(value: Any) -> list[str]:
    """Names from a list or a {lang: [names]} map."""
    if not value:
        return []
    if isinstance(value, dict):
        return [n for names in value.values() for n in (names if isinstance(names, list) else [names])]
    return list(value) if isinstance(value, list) else [value]


class Gazetteer:
    """Canonical entities with their aliases, codes and offices."""

    def __init__(self, records: Iterable[tuple[str, dict[str, Any]]] = ()):
        self._by_id: dict[str, Entity] = {}
        self._by_name: dict[str, list[Entity]] = defaultdict(list)
        self._by_code: dict[str, Entity] = {}
        self._records: dict[str, dict[str, Any]] = {}
        for type_, rec in records:
            self._add(type_, rec)

    # -- building -------------------------------------------------------------------------------

    def _add(self, type_: str, rec: dict[str, Any]) -> Entity:
        name = rec["name"]
        eid = str(rec.get("id") or Entity.mint_id(type_, name))
        aliases = [name, *_names(rec.get("names")), *_names(rec.get("aliases"))]
        if rec.get("abbreviation"):
            aliases.append(rec["abbreviation"])
        props: dict[str, Any] = {}
        for code in ("iso2", "iso3", "cameo", "fips", "abbreviation", "latitude", "longitude"):
            if rec.get(code) is not None:
                props[code] = rec[code]
        if re.fullmatch(r"Q\d+", eid):
            props["wikidata"] = eid
        offices = tuple(
            Office(
                office=o["office"],
                country=str(o["country"]),
                title=o.get("title"),
                start=str(o["start"]) if o.get("start") else None,
                end=str(o["end"]) if o.get("end") else None,
            )
            for o in rec.get("offices") or ()
        )
        entity = Entity(
            type=type_,
            id=eid,
            name=name,
            aliases=tuple(dict.fromkeys(a for a in aliases if a)),
            properties=props,
            offices=offices,
        )
        self._by_id[eid] = entity
        self._records[eid] = rec
        for alias in [*entity.aliases, *_names(rec.get("surname"))]:
            bucket = self._by_name[normalize(alias)]
            if entity not in bucket:
                bucket.append(entity)
        for code in ("iso2", "iso3", "cameo", "fips"):
            if rec.get(code):
                self._by_code.setdefault(f"{code}:{str(rec[code]).upper()}", entity)
        return entity

    # -- lookups --------------------------------------------------------------------------------

    def get(self, entity_id: str) -> Entity | None:
        return self._by_id.get(entity_id)

    def record(self, entity_id: str) -> dict[str, Any]:
        """The raw gazetteer record (adjectives, capital, ...), for the extractor."""
        return self._records.get(entity_id, {})

    def lookup(self, name: str, types: Iterable[str] | None = None) -> list[Entity]:
        """Entities whose name or alias equals `name` after normalisation."""
        found = self._by_name.get(normalize(name), [])
        wanted = set(types) if types else None
        return [e for e in found if wanted is None or e.type in wanted]

    def country(self, code_or_name: str) -> Entity | None:
        """A country by ISO alpha-2/alpha-3, CAMEO or FIPS code, QID or name."""
        text = code_or_name.strip()
        hit = self._by_id.get(text)
        if hit and hit.type == "Country":
            return hit
        for kind in ("iso3", "iso2", "cameo", "fips"):
            hit = self._by_code.get(f"{kind}:{text.upper()}")
            if hit:
                return hit
        names = self.lookup(text, ["Country"])
        return names[0] if names else None

    def by_code(self, kind: str, code: str) -> Entity | None:
        """A country by one kind of code only (FIPS 'AJ' is Azerbaijan, ISO 'AJ' is nothing)."""
        return self._by_code.get(f"{kind}:{code.upper()}")

    def holder(self, office: str, country_id: str, day: str) -> Entity | None:
        """Who held `office` (head_of_state, ...) of the country `country_id` on `day`."""
        for person in self.entities("Person"):
            for o in person.offices:
                if o.office == office and o.country == country_id and o.held_on(day):
                    return person
        return None

    def entities(self, type_: str | None = None) -> Iterator[Entity]:
        return (e for e in self._by_id.values() if type_ is None or e.type == type_)

    def __len__(self) -> int:
        return len(self._by_id)


def _read(folder: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    for file_name, type_ in _FILES.items():
        path = folder / file_name
        if not path.is_file():
            continue
        with path.open(encoding="utf-8") as fh:
            for rec in yaml.load(fh, Loader=_YAML_LOADER) or []:  # noqa: S506 - a safe loader
                yield type_, rec


def _resolve_office_countries(g: Gazetteer) -> Gazetteer:
    """Offices may name their country by code; store the country's entity id."""
    for person in list(g.entities("Person")):
        fixed = []
        for o in person.offices:
            target = g.country(o.country) or g.get(o.country)
            if target is None:
                found = g.lookup(o.country, ["Organization"])
                target = found[0] if found else None
            fixed.append(
                Office(
                    o.office,
                    target.id if target else o.country,
                    o.title,
                    o.start,
                    o.end,
                    target,
                )
            )
        person.offices = tuple(fixed)
    return g


@functools.cache
def load_gazetteer(folder: str | None = None) -> Gazetteer:
    """The gazetteer shipped with kg (read once per process)."""
    return _resolve_office_countries(Gazetteer(_read(Path(folder) if folder else DATA_DIR)))
