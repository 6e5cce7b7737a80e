"""One check command: the code is formatted and passes the linter configured in pyproject.toml."""

from __future__ import annotations

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
