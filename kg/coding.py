"""CAMEO, PLOVER and Goldstein coding: one scale for event data and for facts read from articles.

The crosswalk lives in schema/crosswalk/cameo.tsv (CAMEO event code -> root code, quad class,
Goldstein value, PLOVER type, label). Codes are text: "042" is not 42. Facts from articles get a
code from their type (a visit is 042, a signing 057, military cooperation 062, ...) when they are
written, so a dyad's monthly series counts both kinds of event on one scale.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.schema import schema_dir

if TYPE_CHECKING:
    from kg.model import Fact

QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
CROSSWALK = "kg-crosswalk"  # goldsteinSource of values taken from schema/crosswalk/cameo.tsv


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    quad: int
    goldstein: float
    plover: str | None
    label: str

    def properties(self) -> dict[str, Any]:
        """The event properties this code gives a fact (schema/kg.yaml event_properties)."""
        return {
            "cameo": self.code,
            "rootCode": self.root,
            "quadClass": self.quad,
            "goldstein": self.goldstein,
            "goldsteinSource": CROSSWALK,
            "plover": self.plover,
        }


@functools.cache
def crosswalk() -> dict[str, CameoCode]:
    """Every CAMEO event code kg knows, by its text code."""
    out: dict[str, CameoCode] = {}
    path = schema_dir() / "crosswalk" / "cameo.tsv"
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("code\t") or not line.strip():
                continue
            code, root, quad, goldstein, plover, label = line.rstrip("\n").split("\t")
            out[code] = CameoCode(code, root, int(quad), float(goldstein), plover or None, label)
    return out


def cameo(code: str | None) -> CameoCode | None:
    """The crosswalk entry of a CAMEO event code given as text ('042'), or None if unknown."""
    return crosswalk().get(code.strip()) if code else None


def _meeting_code(fact: Fact) -> str:
    kind = fact.values.get("kind")
    if kind in ("phone_call", "video_call"):
        return "041"
    places = fact.roles.get("place", ())
    parties = {e.id for e in fact.roles.get("participants", ())}
    for office_holder in fact.roles.get("participants", ()):
        parties |= {o.country for o in office_holder.offices}
    place_countries = {e.id for e in places if e.type == "Country"}
    if place_countries and not place_countries & parties:
        return "044"  # met at a third location
    return "040"


_COOPERATION = {
    "military": "062",
    "military-technical": "062",
    "security": "062",
    "economic": "061",
    "energy": "061",
    "transport": "061",
    "scientific": "061",
    "humanitarian": "060",
    "cultural": "060",
    "political": "050",
    "other": "060",
}


def code_for_fact(fact: Fact) -> str | None:
    """The CAMEO code of a fact read from text, or None when CAMEO has none for it."""
    t = fact.type
    if t == "visit":
        return "042"  # the visitor makes a visit; 043 is the host's view of the same event
    if t == "meeting":
        return _meeting_code(fact)
    if t == "agreement_signing":
        return "057"
    if t == "cooperation":
        return _COOPERATION.get(str(fact.properties.get("domain")), "060")
    if t == "arms_transfer":
        return "062"
    if t == "trade":
        return "061"
    if t == "mediation":
        return "045"
    if t == "statement":
        return "010"
    return None


def coding(fact: Fact) -> dict[str, Any]:
    """CAMEO/PLOVER/Goldstein properties for a fact; {} for coded event data (coded at source)."""
    if fact.type == "coded_event" or fact.properties.get("cameo"):
        return {}
    entry = cameo(code_for_fact(fact))
    return entry.properties() if entry else {}
