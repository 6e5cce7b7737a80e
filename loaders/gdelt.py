"""GDELT event files -> coded-event facts.

Recognised by their width (tab-separated, no header, plain or zipped):

- GDELT 2.0 events export, 61 columns (geography blocks with ADM2 codes, DATEADDED to the second);
- GDELT 1.0 daily files, 58 columns, and the 1.0 historical backfile, 57 columns (no SOURCEURL);
  one 1.0 file may hold both widths;
- GDELT 2.0 mentions, 16 columns: each mention becomes a source (Article) of its event, with the
  mention's confidence on the claim. The event must be in the store already (load the export
  first; `kg load gdelt` orders exports before mentions).

Actors become countries through their CAMEO country code, and persons or organisations where the
name is one the gazetteer knows; the action's place through its FIPS 10-4 country code and its name.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.coding import cameo
from kg.errors import InputError
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.model import Entity, Evidence, Fact, Source, digest
from kg.store import Store
from loaders.delimited import BadRow, Row, coded_event, converted, open_binary, rows

DATASET = "gdelt"
FORMATS = {61: "gdelt2-export", 58: "gdelt1", 57: "gdelt1", 16: "gdelt2-mentions"}
WIDTHS = {"gdelt2-export": (61,), "gdelt1": (57, 58), "gdelt2-mentions": (16,)}


@dataclass(frozen=True)
class Layout:
    """Where the blocks of one width start."""

    geo_width: int  # 8 with ADM2 (2.0), 7 without (1.0)
    action_geo: int
    date_added: int
    source_url: int | None


LAYOUTS = {
    61: Layout(8, 51, 59, 60),
    58: Layout(7, 49, 56, 57),
    57: Layout(7, 49, 56, None),
}


def _day(text: str, what: str) -> str:
    """YYYYMMDD (or YYYYMMDDhhmmss) -> ISO date, checked."""
    import datetime as dt

    t = text.strip()
    if len(t) not in (8, 14) or not t.isdigit():
        raise InputError(f"{what} {text!r} is not a date (YYYYMMDD)")
    try:
        return dt.date(int(t[:4]), int(t[4:6]), int(t[6:8])).isoformat()
    except ValueError as exc:
        raise InputError(f"{what} {text!r} is not a date ({exc})") from exc


def _float(text: str, what: str) -> float | None:
    if not text.strip():
        return None
    try:
        return float(text)
    except ValueError:
        raise InputError(f"{what} {text!r} is not a number") from None


class Actors:
    """Codes and names -> entities, cached: the same few thousand values repeat all file long."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.g = gazetteer or load_gazetteer()
        self.by_cameo = functools.lru_cache(maxsize=4096)(lambda c: self.g.by_code("cameo", c) if c else None)
        self.by_fips = functools.lru_cache(maxsize=4096)(lambda c: self.g.by_code("fips", c) if c else None)
        self.country = functools.lru_cache(maxsize=4096)(lambda n: self.g.country(n) if n and n != "NA" else None)
        self.named = functools.lru_cache(maxsize=65536)(self._named)
        self.place = functools.lru_cache(maxsize=65536)(self._place)

    def _named(self, name: str) -> Entity | None:
        """A person or organisation the gazetteer knows by exactly this name (never a guess)."""
        if not name or name == "NA":
            return None
        hits = self.g.lookup(name, ["Person", "Organization"])
        return hits[0] if len(hits) == 1 else None

    def _place(self, name: str, lat: float | None, lon: float | None) -> Entity | None:
        if not name or name == "NA":
            return None
        known = self.g.lookup(name.split(",")[0], ["Place"])
        if len(known) == 1:
            return known[0]
        props = {"latitude": lat, "longitude": lon} if lat is not None and lon is not None else {}
        return Entity("Place", Entity.mint_id("Place", name), name, (name,), props)

    def actor(self, country: Entity | None, name: str) -> tuple[Entity, ...]:
        found = [e for e in (country, self.named(name)) if e is not None]
        return tuple(dict.fromkeys(found))


def _source(url: str, published: str | None, data_file: Source) -> Source:
    url = url.strip()
    if url.startswith(("http://", "https://")):
        return Source.make(url=url, published=published)
    if url:  # 1.0 files name some sources instead of linking them ("BBC Monitoring")
        return Source.make(text=url, title=url, published=published)
    return data_file


class ExportReader:
    """GDELT 2.0 export and 1.0 event rows -> coded-event facts."""

    def __init__(self, path: Path, fmt: str, actors: Actors | None = None):
        self.path = path
        self.format = fmt
        self.dataset = DATASET
        self.widths = WIDTHS[fmt]
        self.actors = actors or Actors()
        self.method = f"{fmt}-file"
        self.data_file = Source(id="datafile-" + digest(path.name), title=path.name, path=str(path))

    def records(self, skip_to: int = 0) -> Iterator[tuple[int, Any] | BadRow]:
        with open_binary(self.path) as stream:
            yield from converted(rows(stream, skip_to=skip_to), self.fact)

    def fact(self, row: Row) -> Fact:
        f = row.fields
        if len(f) not in self.widths:
            raise InputError(f"expected {' or '.join(map(str, self.widths))} columns, found {len(f)}")
        lay = LAYOUTS[len(f)]
        gid = f[0].strip()
        if not gid.isdigit():
            raise InputError(f"GLOBALEVENTID {gid!r} is not a number")
        date = _day(f[1], "SQLDATE")
        code = cameo(f[26].strip())
        if code is None:
            raise InputError(f"unknown CAMEO event code {f[26]!r}")
        goldstein = _float(f[30], "GoldsteinScale")
        tone = _float(f[34], "AvgTone")
        mentions = f[31].strip()
        if mentions and not mentions.isdigit():
            raise InputError(f"NumMentions {mentions!r} is not a whole number")
        quad = f[29].strip()
        if quad and quad not in "1234":
            raise InputError(f"QuadClass {quad!r} is not 1 to 4")
        a = self.actors
        source = a.actor(a.by_cameo(f[7].strip()), f[6].strip())
        target = a.actor(a.by_cameo(f[17].strip()), f[16].strip())
        g = lay.action_geo
        geo_type, geo_name, geo_country = f[g].strip(), f[g + 1].strip(), f[g + 2].strip()
        lat = _float(f[g + lay.geo_width - 3], "ActionGeo_Lat")
        lon = _float(f[g + lay.geo_width - 2], "ActionGeo_Long")
        country = a.by_fips(geo_country)
        place_entity = a.place(geo_name, lat, lon) if geo_type not in ("", "0", "1") else None
        place = tuple(e for e in (place_entity, country) if e is not None)
        added = f[lay.date_added].strip()
        published = _day(added, "DATEADDED") if added else None
        src = _source(f[lay.source_url] if lay.source_url is not None else "", published, self.data_file)
        props = {
            "dataset": DATASET,
            "externalId": gid,
            "date": date,
            "cameo": code.code,
            "rootCode": f[28].strip() or code.root,
            "quadClass": int(quad) if quad else code.quad,
            "goldstein": goldstein if goldstein is not None else code.goldstein,
            "goldsteinSource": DATASET if goldstein is not None else "kg-crosswalk",
            "plover": code.plover,
            "sourceActor": f[6].strip() or f[5].strip() or None,
            "targetActor": f[16].strip() or f[15].strip() or None,
            "placeName": geo_name or None,
            "mentions": int(mentions) if mentions else None,
            "tone": tone,
        }
        return coded_event(source, target, place, props, Evidence(src, modality="reported", method=self.method))

    def facts(self, payloads: Sequence[tuple[int, Any]], store: Store) -> list[tuple[int, Fact | str]]:
        return list(payloads)


@dataclass(frozen=True)
class Mention:
    event: str
    source: Source
    confidence: float


class MentionsReader:
    """GDELT 2.0 mentions: each one a source of its (already stored) event, with confidence."""

    format = "gdelt2-mentions"
    dataset = DATASET
    method = "gdelt2-mentions-file"

    def __init__(self, path: Path):
        self.path = path

    def records(self, skip_to: int = 0) -> Iterator[tuple[int, Any] | BadRow]:
        with open_binary(self.path) as stream:
            yield from converted(rows(stream, skip_to=skip_to), self.mention)

    def mention(self, row: Row) -> Mention:
        f = row.fields
        if len(f) != 16:
            raise InputError(f"expected 16 columns, found {len(f)}")
        gid = f[0].strip()
        if not gid.isdigit():
            raise InputError(f"GLOBALEVENTID {gid!r} is not a number")
        published = _day(f[2], "MentionTimeDate")
        conf = f[11].strip()
        if not conf.isdigit() or not 0 <= int(conf) <= 100:
            raise InputError(f"Confidence {conf!r} is not a whole number from 0 to 100")
        ident, outlet = f[5].strip(), f[4].strip() or None
        if ident.startswith(("http://", "https://")):
            src = Source.make(url=ident, published=published, publisher=outlet)
        elif ident:
            src = Source.make(text=ident, title=ident, published=published, publisher=outlet)
        else:
            raise InputError("MentionIdentifier is empty")
        return Mention(gid, src, int(conf) / 100)

    def facts(self, payloads: Sequence[tuple[int, Any]], store: Store) -> list[tuple[int, Fact | str]]:
        """Join the mentions to their events in the store (one query per batch)."""
        ids = sorted({m.event for _, m in payloads})
        found = store.query(
            "UNWIND $ids AS x MATCH (e:CodedEvent {externalId: x}) WHERE e.dataset = $dataset "
            "RETURN e.externalId AS id, e.date AS date",
            {"ids": ids, "dataset": DATASET},
        )
        dates = {r[0]: r[1] for r in found.rows}
        out: list[tuple[int, Fact | str]] = []
        for line, m in payloads:
            if m.event not in dates:
                out.append((line, f"event {m.event} is not in the store; load its export file first"))
                continue
            props = {"dataset": DATASET, "externalId": m.event, "date": dates[m.event]}
            ev = Evidence(source=m.source, modality="reported", confidence=m.confidence, method=self.method)
            out.append((line, Fact("coded_event", {}, {k: v for k, v in props.items() if v}, {}, ev)))
        return out


def sniff(path: Path) -> str:
    """The GDELT format of a file, from the width of its first rows."""
    widths: dict[int, int] = {}
    with open_binary(path) as stream:
        for row in rows(stream):
            if isinstance(row, Row):
                widths[len(row.fields)] = widths.get(len(row.fields), 0) + 1
            if sum(widths.values()) >= 20:
                break
    for width, _ in sorted(widths.items(), key=lambda kv: -kv[1]):
        if width in FORMATS:
            return FORMATS[width]
    seen = ", ".join(str(w) for w in sorted(widths)) or "no rows"
    raise InputError(
        f"not a GDELT file: rows have {seen} columns; kg reads 61 (2.0 export), 58 (1.0 daily), "
        "57 (1.0 backfile) and 16 (2.0 mentions)",
        file=str(path),
    )


def reader(path: Path, actors: Actors | None = None) -> ExportReader | MentionsReader:
    fmt = sniff(path)
    return MentionsReader(path) if fmt == "gdelt2-mentions" else ExportReader(path, fmt, actors)
