"""Case-insensitive regular expressions that run fast: the pattern is lower-cased once and matched
case-sensitively against the lower-cased text (re.IGNORECASE is three to four times slower on the
long word alternations the rules use). Offsets are those of the original text. Before a search, a
cheap substring test rules out texts that hold none of the strings every match must contain (derived
from the parsed pattern, so it never changes a result)."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator

try:  # the parser behind `re` (private, Python 3.11+); without it, no pre-check: same results, slower
    import re._constants as _C
    import re._parser as _P
except ImportError:  # pragma: no cover - another Python
    _C = _P = None  # type: ignore[assignment]

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


def _required(items: list) -> frozenset[str] | None:  # type: ignore[type-arg]
    """Strings one of which every match of the parsed sequence contains (None: no such set known)."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def better(cand: frozenset[str] | None) -> None:
        nonlocal best
        if cand and (best is None or min(map(len, cand)) > min(map(len, best))):
            best = cand

    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            better(frozenset(["".join(run)]))
            run = []
        if op is _C.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags
            better(_required(list(av[3])))
        elif op is _C.BRANCH:
            alts = [_required(list(a)) for a in av[1]]
            if all(alts):
                better(frozenset().union(*alts))  # type: ignore[arg-type]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            better(_required(list(av[2])))
    if run:
        better(frozenset(["".join(run)]))
    return best


def required_strings(pattern: str) -> tuple[str, ...]:
    """Strings one of which is in every text the (case-sensitive) pattern matches; () when unknown."""
    if _P is None:
        return ()
    try:
        parsed = _P.parse(pattern)
    except re.error:
        return ()
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):  # inline flags: leave the pattern ungated
        return ()
    found = _required(list(parsed))
    if not found:
        return ()
    # a string that holds another of the set adds nothing ("lieferung" beside "liefer")
    return tuple(sorted((w for w in found if not any(v != w and v in w for v in found)), key=len))


# letters re.IGNORECASE matches beyond their lower case ("ı" ~ "I", Kelvin sign ~ "k", long s ~ "s")
_IRREGULAR = frozenset("ıİſKÅϐϑϕϖϰϱϵẛιςΐΰ")
_last: tuple[str, str] = ("", "")  # the text lower-cased last, and its lower-case form


class Rx:
    """A case-insensitive pattern that runs as a case-sensitive one on the lower-cased text: the
    same matches (offsets included), three to four times faster than re.IGNORECASE on long
    alternations of words. Texts whose lower-case form changes length use re.IGNORECASE."""

    __slots__ = ("ci", "lo", "needs", "opened", "tried")

    def __init__(self, pattern: str):
        self.ci = re.compile(pattern, re.IGNORECASE)
        lowered = _lower_pattern(pattern)
        self.lo = re.compile(lowered)
        # a cheap test before the search: one of these strings is in every lower-cased text it matches;
        # dropped when it seldom rules a text out (then it costs more than it saves)
        self.needs = required_strings(lowered)
        self.tried = self.opened = 0

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
        if last[0] is not text or not last[1]:
            p, x = self._pick(text)
            if p is self.ci:
                return p.search(x, pos, endpos)
        low = _last[1]  # the hot path: one sentence, many patterns
        if self.needs and not self._may_match(low):
            return None  # none of the strings every match contains
        return self.lo.search(low, pos, endpos)

    def _may_match(self, low: str) -> bool:
        """Whether the lower-cased text holds one of the strings every match contains."""
        self.tried += 1
        if not any(map(low.__contains__, self.needs)):
            return False
        self.opened += 1
        if self.tried >= 200 and self.opened * 3 > self.tried * 2:
            self.needs = ()  # the test seldom rules a text out: the search alone is cheaper
        return True

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        p, x = self._pick(text)
        return p.match(x, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        p, x = self._pick(text)
        return p.fullmatch(x, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        p, x = self._pick(text)
        if p is self.lo and self.needs and not self._may_match(x):
            return iter(())  # none of the strings every match contains
        return p.finditer(x, pos, endpos)


@functools.lru_cache(maxsize=1024)
def ci(pattern: str) -> Rx:
    """The compiled case-insensitive pattern (cached, like re's own cache)."""
    return Rx(pattern)
