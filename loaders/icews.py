"""ICEWS coded-event files (.tab with a header row, plain or zipped) -> coded-event facts.

ICEWS names countries in full ("Russian Federation"); the gazetteer resolves them to the same
countries as GDELT's codes. A symmetric interaction (two sides consult, negotiate) is written as
two mirrored rows; both are stored, and both carry the same `interaction` key so that counts can
take each interaction once (the dyad does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from kg.coding import cameo
from kg.errors import InputError
from kg.model import Evidence, Fact, Source, digest
from kg.store import Store
from loaders.delimited import BadRow, Row, coded_event, converted, open_binary, rows
from loaders.gdelt import Actors

DATASET = "icews"
REQUIRED = (
    "Event ID", "Event Date", "Source Name", "Source Country", "CAMEO Code", "Intensity",
    "Target Name", "Target Country", "Story ID", "Sentence Number", "Publisher",
)  # fmt: skip
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _na(text: str) -> str | None:
    t = text.strip()
    return None if not t or t == "NA" else t


class IcewsReader:
    format = "icews"
    dataset = DATASET
    method = "icews-file"

    def __init__(self, path: Path, actors: Actors | None = None):
        self.path = path
        self.actors = actors or Actors()

    def records(self, skip_to: int = 0) -> Iterator[tuple[int, Any] | BadRow]:
        with open_binary(self.path) as stream:
            head = stream.readline().decode("utf-8", errors="replace").rstrip("\r\n").split("\t")
            missing = [c for c in REQUIRED if c not in head]
            if missing:
                raise InputError(
                    f"not an ICEWS events file: the header lacks {', '.join(repr(c) for c in missing)}",
                    file=str(self.path),
                    line=1,
                )
            self.columns = {name: i for i, name in enumerate(head)}
            self.width = len(head)
            yield from converted(rows(stream, skip_to=skip_to, first_line=2), self.fact)

    def fact(self, row: Row) -> Fact:
        import datetime as dt

        f = row.fields
        if len(f) != self.width:
            raise InputError(f"expected {self.width} columns, found {len(f)}")

        def col(name: str) -> str | None:
            i = self.columns.get(name)
            return _na(f[i]) if i is not None else None

        eid = col("Event ID")
        if not eid:
            raise InputError("Event ID is empty")
        date = col("Event Date") or ""
        if not _DATE.match(date):
            raise InputError(f"Event Date {date!r} is not a date (YYYY-MM-DD)")
        try:
            dt.date.fromisoformat(date)
        except ValueError as exc:
            raise InputError(f"Event Date {date!r} is not a date ({exc})") from exc
        code = cameo(col("CAMEO Code"))
        if code is None:
            raise InputError(f"unknown CAMEO event code {col('CAMEO Code')!r}")
        intensity = col("Intensity")
        try:
            goldstein = float(intensity) if intensity else None
        except ValueError:
            raise InputError(f"Intensity {intensity!r} is not a number") from None
        a = self.actors
        src_name, tgt_name = col("Source Name"), col("Target Name")
        source = a.actor(a.country(col("Source Country")), src_name or "")
        target = a.actor(a.country(col("Target Country")), tgt_name or "")
        lat, lon = col("Latitude"), col("Longitude")
        try:
            latf, lonf = (float(lat), float(lon)) if lat and lon else (None, None)
        except ValueError:
            raise InputError(f"Latitude/Longitude {lat!r}/{lon!r} are not numbers") from None
        where = [x for x in (col("City"), col("Province"), col("Country")) if x]
        country = a.country(col("Country"))
        place_entity = a.place(", ".join(where), latf, lonf) if col("City") else None
        place = tuple(e for e in (place_entity, country) if e is not None)
        story, sentence = col("Story ID"), col("Sentence Number")
        source_doc = Source(
            id=f"icews-story-{story}" if story else f"icews-event-{eid}",
            published=date,
            publisher=col("Publisher"),
        )
        props = {
            "dataset": DATASET,
            "externalId": eid,
            "date": date,
            "cameo": code.code,
            "rootCode": code.root,
            "quadClass": code.quad,
            "goldstein": goldstein if goldstein is not None else code.goldstein,
            "goldsteinSource": DATASET if goldstein is not None else "kg-crosswalk",
            "plover": code.plover,
            "sourceActor": src_name,
            "targetActor": tgt_name,
            "placeName": ", ".join(where) or None,
            "interaction": "icews-"
            + digest([date, story, sentence, code.code, sorted([src_name or "", tgt_name or ""])]),
        }
        return coded_event(source, target, place, props, Evidence(source_doc, modality="reported", method=self.method))

    def facts(self, payloads: Sequence[tuple[int, Any]], store: Store) -> list[tuple[int, Fact | str]]:
        return list(payloads)


def reader(path: Path, actors: Actors | None = None) -> IcewsReader:
    return IcewsReader(path, actors)
