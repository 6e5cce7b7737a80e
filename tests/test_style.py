"""One check command: the code is formatted and passes the linter configured in pyproject.toml."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if exe is None:
        pytest.fail("ruff is part of the test extras: pip install -e '.[test]'")
    return subprocess.run([exe, *args, "kg", "loaders", "tests"], cwd=ROOT, capture_output=True, text=True)


def test_ruff_check() -> None:
    result = _ruff("check", "--output-format", "concise")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _ruff("format", "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_level_name_is_bound_twice() -> None:
    # a second binding of a module's pattern silently replaces the first one for every function using it
    twice = []
    for path in sorted([*ROOT.glob("kg/**/*.py"), *ROOT.glob("loaders/**/*.py")]):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and node.value is not None and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                names = []
            for name in names:
                if name in seen:
                    twice.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name} (first at line {seen[name]})")
                seen.setdefault(name, node.lineno)
    assert not twice, "\n".join(twice)
