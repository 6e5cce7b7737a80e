"""Read an RDF file and check it against kg's vocabulary and SHACL shapes.

Two checks, both reported readably: every predicate and class must be a term of kg's vocabulary
(derived from schema/kg.yaml), and the data must conform to kg's shapes (pyshacl).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.rdf import format_for
from kg.rdf.vocab import RDF_TYPE

MAX_SHOWN = 50


@dataclass(frozen=True)
class Problem:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.focus}" + (f" {self.path}" if self.path else "")
        return f"{where}: {self.message}"


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    triples: int = 0

    @property
    def conforms(self) -> bool:
        return not self.problems

    def text(self, source: str = "the data") -> str:
        if self.conforms:
            return f"{source} conforms to kg's shapes ({self.triples} triples)."
        lines = [f"{source} does not conform to kg's shapes: {len(self.problems)} problems."]
        lines += [f"  {p}" for p in self.problems[:MAX_SHOWN]]
        if len(self.problems) > MAX_SHOWN:
            lines.append(f"  ... and {len(self.problems) - MAX_SHOWN} more")
        return "\n".join(lines)


def _line_of(exc: Exception, data: str, fmt: str) -> int | None:
    if fmt in ("nt", "nquads"):
        from rdflib import Dataset

        for number, line in enumerate(data.splitlines(), 1):
            try:
                Dataset().parse(data=line, format=fmt)
            except Exception:
                return number
    for attr in ("lines", "lineno"):
        value = getattr(exc, attr, None)
        if isinstance(value, int) and value > 0:
            return value + (1 if attr == "lines" else 0)
    get = getattr(exc, "getLineNumber", None)
    if callable(get):
        return int(get())
    match = re.search(r"line (\d+)", str(exc))
    if match:
        return int(match.group(1))
    return None


def read_rdf(path: str | Path, fmt: str | None = None) -> Any:
    """The file's triples (of every named graph) as one rdflib Graph.

    InputError names the file and, for a syntax error, the line."""
    import logging

    from rdflib import Dataset, Graph

    name = str(path)
    rdf_format = format_for(name, fmt)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=name) from exc
    try:
        data = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"this is not RDF text: byte {exc.start} is not UTF-8 (a binary file?)", file=name) from exc
    if not data.strip():
        raise InputError("the file is empty: no RDF in it", file=name)
    dataset = Dataset()
    logging.getLogger("rdflib").setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        # rdflib's own quad parsers call its deprecated Dataset.default_context
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            dataset.parse(data=data, format=rdf_format.name, publicID=Path(name).resolve().as_uri())
        except Exception as exc:
            line = _line_of(exc, data, rdf_format.name)
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            first = re.sub(r"^at line \d+ of <[^>]*>:\s*", "", first)
            if first.startswith("at line") or not first:
                first = " ".join(str(exc).split())[:200]
            raise InputError(f"not valid {rdf_format.name} ({first})", file=name, line=line) from exc
        graph = Graph(bind_namespaces="none")
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            graph.add((s, p, o))
    if len(graph) == 0:
        raise InputError(f"no RDF statements found (read as {rdf_format.name})", file=name)
    return graph


def vocabulary_problems(graph: Any, base: str | None = None) -> list[Problem]:
    """Predicates and classes that are not terms of kg's vocabulary."""
    from kg.rdf.ontology import vocabulary_terms

    terms = vocabulary_terms(base)
    seen: set[tuple[str, str]] = set()
    problems: list[Problem] = []
    for s, p, o in graph.triples((None, None, None)):
        if str(p) not in terms and ("p", str(p)) not in seen:
            seen.add(("p", str(p)))
            problems.append(Problem(f"<{s}>", f"<{p}>", "this property is not in kg's vocabulary"))
        if str(p) == RDF_TYPE and str(o) not in terms and ("c", str(o)) not in seen:
            seen.add(("c", str(o)))
            problems.append(Problem(f"<{s}>", "a", f"the class <{o}> is not in kg's vocabulary"))
    return problems


def shacl_problems(graph: Any, base: str | None = None) -> list[Problem]:
    import pyshacl
    from rdflib import Graph, URIRef

    from kg.rdf.ontology import shapes

    data = Graph()
    for triple in graph.triples((None, None, None)):
        data.add(triple)
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes(base), advanced=False, allow_warnings=True)
    sh = "http://www.w3.org/ns/shacl#"
    out = []
    for result in results.subjects(URIRef(sh + "resultSeverity"), None):
        focus = results.value(result, URIRef(sh + "focusNode"))
        path = results.value(result, URIRef(sh + "resultPath"))
        message = results.value(result, URIRef(sh + "resultMessage"))
        value = results.value(result, URIRef(sh + "value"))
        text = str(message or "violates a shape")
        if value is not None and str(value) not in text:
            text += f" (value {value.n3()})"
        out.append(
            Problem(
                focus.n3() if focus is not None else "?",
                path.n3(results.namespace_manager) if path is not None else "",
                text,
            )
        )
    return sorted(out, key=lambda p: (p.focus, p.path, p.message))


def check(graph: Any, base: str | None = None) -> Report:
    """kg's vocabulary check, then (when the terms are kg's) its SHACL shapes."""
    report = Report(triples=len(graph))
    report.problems = vocabulary_problems(graph, base)
    report.problems += shacl_problems(graph, base)
    return report


def validate_file(path: str | Path, fmt: str | None = None, base: str | None = None) -> Report:
    return check(read_rdf(path, fmt), base)
