"""Precision, recall and F1 of the extractor against gold files (docs/gold-format.md).

A predicted fact matches a gold fact when the type is the same and every *key argument* the gold
fact gives agrees: the schema's key roles (participants as a set), its key properties (date,
period, measure) and, for figures, percent and amount (within 1 %). A gold `quote_contains` must
occur in the predicted quote. Other gold fields (kind, count, qualifier, topics, speaker, ...)
are attributes: their agreement on matched pairs is reported as attribute accuracy. Matching is
one-to-one per article and as large as it can be (required gold facts first), whatever the order of facts in
the gold file. A gold fact marked `optional: true` is neither rewarded nor penalised: a
prediction that matches it is not counted, and missing it is no error.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.facts import Resolver
from kg.gazetteer import normalize
from kg.model import Fact
from kg.schema import load_schema

FIGURES = ("percent", "amount")
_IDENT_ORDER = (("Person",), ("Country",), ("Organization",), ("Conflict",), ("Place",), ("Region",))
NOT_ATTRIBUTES = {"type", "optional", "note", "quote_contains", "evidence"}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attr_ok: int = 0
    attr_all: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        for k in ("tp", "fp", "fn", "attr_ok", "attr_all"):
            setattr(self, k, getattr(self, k) + getattr(other, k))


@dataclass
class Result:
    by_type: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[str] = field(default_factory=list)  # human-readable FN/FP lines

    @property
    def overall(self) -> Score:
        total = Score()
        for s in self.by_type.values():
            total.add(s)
        return total


def load_gold(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise InputError(f"not valid YAML: {exc}", file=str(path)) from exc
    if not isinstance(doc, Mapping) or not isinstance(doc.get("facts"), list):
        raise InputError("a gold file is a mapping with `article:` and a `facts:` list", file=str(path))
    meta = doc.get("article") or {}
    return dict(meta), [dict(f) for f in doc["facts"] if isinstance(f, Mapping)]


_NAMED_SPAN = re.compile(r"^((?:19|20)\d\d)-([HQ])([1-4])$")


def _span(period: str) -> str:
    """A period in one notation: a half or quarter as its months ("2023-H1" = "2023-01/2023-06")."""
    m = _NAMED_SPAN.match(period.strip())
    if m is None:
        return period.strip()
    size = 6 if m[2] == "H" else 3
    last = int(m[3]) * size
    if last > 12:
        return period.strip()
    return f"{m[1]}-{last - size + 1:02d}/{m[1]}-{last:02d}"


class Matcher:
    def __init__(self) -> None:
        self.schema = load_schema()
        self.resolver = Resolver()
        self._idents: dict[str, str] = {}

    def ident(self, ref: Any) -> str:
        """A gold entity name -> the canonical id (or its normalised name when unknown)."""
        if isinstance(ref, Mapping):
            ref = ref.get("id") or ref.get("name")
        name = str(ref)
        if name not in self._idents:
            hits = (self.resolver.find(name, types) for types in _IDENT_ORDER) if name.strip() else ()
            self._idents[name] = next((e.id for e in hits if e is not None), normalize(name))
        return self._idents[name]

    def pred_ident(self, ref: Mapping[str, Any]) -> set[str]:
        return {str(ref.get("id")), normalize(str(ref.get("name", "")))}

    def key_fields(self, ftype: str) -> list[str]:
        et = self.schema.by_fact.get(ftype)
        if et is None:
            return []
        keys = [r.name for r in et.key_roles] + [p.name for p in et.key_properties if p.name != "quote"]
        return keys + [f for f in FIGURES if f in et.values]

    def agrees(self, name: str, gold: Any, pred: Mapping[str, Any]) -> bool:
        value = pred.get(name)
        if name == "period" and value is not None:
            return normalize(_span(str(gold))) == normalize(_span(str(value)))
        if name in ("speaker", "reported_by") and value is None:
            return False
        if value is None:
            return False
        if isinstance(value, Mapping) or (isinstance(value, list) and value and isinstance(value[0], Mapping)):
            preds = value if isinstance(value, list) else [value]
            golds = gold if isinstance(gold, list) else [gold]
            gids = [self.ident(g) for g in golds]
            pids = [self.pred_ident(p) for p in preds]
            return len(gids) == len(pids) and all(any(g in p for p in pids) for g in gids)
        if isinstance(gold, str) and isinstance(value, (int, float)) and not isinstance(value, bool):
            try:
                gold = float(gold.replace("_", ""))  # YAML 1.1 reads 5.0e9 as text
            except ValueError:
                return False
        if isinstance(gold, (int, float)) and not isinstance(gold, bool):
            try:
                return abs(float(value) - float(gold)) <= 0.01 * max(abs(float(gold)), 1e-9)
            except (TypeError, ValueError):
                return False
        if isinstance(gold, list):
            return {normalize(str(g)) for g in gold} <= {
                normalize(str(v)) for v in (value if isinstance(value, list) else [value])
            }
        g, v = normalize(str(gold)).replace(" ", "_"), normalize(str(value)).replace(" ", "_")
        return (
            g == v
            or {
                "hope": "hoped",
                "expectation": "expected",
                "plan": "planned",
                "speculation": "speculated",
                "report": "reported",
            }.get(g)
            == v
        )

    def matches(self, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
        if gold.get("type") != pred.get("type"):
            return False
        for k in self.key_fields(str(gold["type"])):
            if k in gold and not self.agrees(k, gold[k], pred):
                return False
        qc = gold.get("quote_contains")
        return not (qc and normalize(str(qc)) not in normalize(str(pred.get("quote", ""))))

    def attributes(self, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> tuple[int, int]:
        keys = set(self.key_fields(str(gold["type"])))
        names = [k for k in gold if k not in keys and k not in NOT_ATTRIBUTES]
        return sum(1 for k in names if self.agrees(k, gold[k], pred)), len(names)


def score_article(
    gold: list[dict[str, Any]],
    predicted: Iterable[Fact | Mapping[str, Any]],
    result: Result,
    matcher: Matcher,
    name: str = "",
) -> None:
    preds = [p.to_json() if isinstance(p, Fact) else dict(p) for p in predicted]
    owner = _assign(gold, preds, matcher)
    hit_of = {i: j for j, i in owner.items()}
    for i, g in enumerate(gold):
        score = result.by_type[str(g.get("type"))]
        hit = hit_of.get(i)
        if hit is not None:
            if not g.get("optional"):
                score.tp += 1
                ok, n = matcher.attributes(g, preds[hit])
                score.attr_ok += ok
                score.attr_all += n
        elif not g.get("optional"):
            score.fn += 1
            result.misses.append(f"{name}: missed {_brief(g)}")
    for j, p in enumerate(preds):
        if j not in owner:
            result.by_type[str(p.get("type"))].fp += 1
            result.misses.append(f"{name}: extra {_brief(p)}")


def _assign(gold: list[dict[str, Any]], preds: list[dict[str, Any]], matcher: Matcher) -> dict[int, int]:
    """A largest one-to-one matching of predicted to gold facts (predicted index -> gold index), the required
    gold facts first: an undated gold meeting must not take the one prediction a dated gold meeting of the same
    people could have, so the order of facts in a gold file changes nothing. Augmenting paths (Kuhn), each gold
    fact trying the predictions in their order."""
    fits = [[j for j, p in enumerate(preds) if matcher.matches(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in fits[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    # (a gold fact once matched stays matched while later ones are added, so required ones come first)
    for i in sorted(range(len(gold)), key=lambda i: bool(gold[i].get("optional"))):
        augment(i, set())
    return owner


def _brief(f: Mapping[str, Any]) -> str:
    parts = []
    for k, v in f.items():
        if k in ("evidence", "id", "event", "confidence", "modality", "quote"):
            continue
        if isinstance(v, Mapping):
            v = v.get("name")
        elif isinstance(v, list):
            v = [x.get("name") if isinstance(x, Mapping) else x for x in v]
        parts.append(f"{k}={v}")
    return " ".join(parts)


def find_article(gold_path: Path, articles: Path) -> Path | None:
    stem = gold_path.name.rsplit(".", 1)[0]
    for suffix in (".txt", ".md", ".markdown", ".html", ".htm"):
        cand = articles / (stem + suffix)
        if cand.exists():
            return cand
    return None


def evaluate(gold_dir: Path, articles_dir: Path, on_error: Any = None) -> Result:
    """Score every gold file in `gold_dir` against the facts extracted from its article."""
    from kg.extract import extract_article
    from loaders.article import load_article

    matcher = Matcher()
    result = Result()
    gold_files = sorted(p for p in Path(gold_dir).iterdir() if p.suffix in (".yaml", ".yml"))
    if not gold_files:
        raise InputError("no gold files (.yaml) in this folder", file=str(gold_dir))
    for gp in gold_files:
        try:
            meta, gold = load_gold(gp)
            ap = find_article(gp, Path(articles_dir))
            if ap is None:
                raise InputError(f"no article {gp.stem}.txt/.md/.html in {articles_dir}", file=str(gp))
            published = meta.get("published")
            article = load_article(
                ap,
                published=str(published) if published else None,
                publisher=meta.get("publisher"),
                url=meta.get("url"),
                lang=meta.get("language") or meta.get("lang"),
            )
            score_article(gold, extract_article(article), result, matcher, gp.stem)
        except InputError as exc:
            if on_error:
                on_error(exc)
            else:
                raise
    return result
