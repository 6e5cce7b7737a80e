"""YAML with line numbers: every mapping remembers the line of each of its keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError


class Located(dict[str, Any]):
    """A mapping read from YAML that knows the line of itself and of each key (1-based)."""

    line: int = 0
    lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.line)


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Located:
    out = Located()
    out.line = node.start_mark.line + 1
    out.lines = {}
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        if key in out:
            raise InputError(f"the key {key!r} appears twice", line=key_node.start_mark.line + 1)
        out[key] = loader.construct_object(value_node, deep=True)
        out.lines[key] = key_node.start_mark.line + 1
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay text: kg validates them itself (YAML's own constructor crashes on 2018-02-30).
_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def read_text(path: Path) -> str:
    """A file's text as UTF-8, or an InputError that says what is wrong with it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", file=str(path)) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"the file is not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8",
            file=str(path),
            line=line,
        ) from exc
    return text


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; syntax errors become InputErrors with the file and line."""
    text = read_text(path)
    if not text.strip():
        raise InputError("the file is empty", file=str(path))
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except InputError as exc:
        raise InputError(exc.problem, file=str(path), line=exc.line) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        raise InputError(f"YAML syntax error: {problem}", file=str(path), line=line) from exc
    except yaml.YAMLError as exc:
        raise InputError(f"YAML error: {exc}", file=str(path)) from exc
