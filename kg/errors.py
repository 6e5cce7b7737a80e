"""Errors kg reports to people, each a sentence that says what went wrong and what to do.

The CLI maps them to its documented exit codes: 2 for bad input or usage (InputError,
QueryError), 1 for everything else that stopped work (StoreError and its kinds).
"""

from __future__ import annotations


class KgError(Exception):
    """Base of the errors kg reports; str(error) is the message for the user."""

    exit_code = 1


class InputError(KgError):
    """A file, row or value that kg cannot read; names the file, line and field where known."""

    exit_code = 2

    def __init__(self, problem: str, *, file: str | None = None, line: int | None = None, field: str | None = None):
        self.problem = problem
        self.file = file
        self.line = line
        self.field = field
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = ""
        if self.file:
            where = self.file + (f":{self.line}" if self.line else "") + ": "
        elif self.line:
            where = f"line {self.line}: "
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.problem}"


class ExtractionError(InputError):
    """An article the extractor failed on (a fault in a rule, not in the file): reported for that
    article alone, so that a run over many goes on with the others."""


class QueryError(KgError):
    """A Cypher query the engine rejected (syntax, unknown function, ...)."""

    exit_code = 2


class StoreError(KgError):
    """The store could not be opened or written."""


class StoreUnavailable(StoreError):
    """The server does not answer at the given address."""


class StoreAuthError(StoreError):
    """The server refused the credentials."""


class StoreInUse(StoreError):
    """Another process holds the embedded store in a way that forbids sharing it."""
