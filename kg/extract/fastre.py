"""Case-insensitive regular expressions that run fast: the pattern is lower-cased once and matched
case-sensitively against the lower-cased text (re.IGNORECASE is three to four times slower on the
long word alternations the rules use). Offsets are those of the original text."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator

_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")


def _lower_pattern(pattern: str) -> str:
    """The pattern in lower case; escapes (\\W, \\S, \\B, ...) and group names left as they are."""
    out = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        g = _GROUP_NAME.match(pattern, i)
        if g:
            out.append(g.group())
            i = g.end()
            continue
        out.append(pattern[i].lower())
        i += 1
    return "".join(out)


# letters re.IGNORECASE matches beyond their lower case ("ı" ~ "I", Kelvin sign ~ "k", long s ~ "s")
_IRREGULAR = frozenset("ıİſKÅϐϑϕϖϰϱϵẛιςΐΰ")
_last: tuple[str, str] = ("", "")  # the text lower-cased last, and its lower-case form


class Rx:
    """A case-insensitive pattern that runs as a case-sensitive one on the lower-cased text: the
    same matches (offsets included), three to four times faster than re.IGNORECASE on long
    alternations of words. Texts whose lower-case form changes length use re.IGNORECASE."""

    __slots__ = ("ci", "lo")

    def __init__(self, pattern: str):
        self.ci = re.compile(pattern, re.IGNORECASE)
        self.lo = re.compile(_lower_pattern(pattern))

    @property
    def pattern(self) -> str:
        return self.ci.pattern

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        global _last
        if len(text) < 48:  # a short window next to a mention: not worth lower-casing (nor evicting the sentence)
            return self.ci, text
        last = _last
        if last[0] is text:  # rules ask many patterns about one sentence in a row
            low = last[1]
        else:
            low = text.lower()
            if len(low) != len(text) or not _IRREGULAR.isdisjoint(text):
                low = ""  # a letter whose case does not map one to one: re.IGNORECASE decides
            _last = (text, low)
        return (self.lo, low) if low else (self.ci, text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = _last
        if last[0] is text and last[1]:  # the hot path: one sentence, many patterns
            return self.lo.search(last[1], pos, endpos)
        p, x = self._pick(text)
        return p.search(x, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        p, x = self._pick(text)
        return p.match(x, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        p, x = self._pick(text)
        return p.fullmatch(x, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        p, x = self._pick(text)
        return p.finditer(x, pos, endpos)


@functools.lru_cache(maxsize=1024)
def ci(pattern: str) -> Rx:
    """The compiled case-insensitive pattern (cached, like re's own cache)."""
    return Rx(pattern)
