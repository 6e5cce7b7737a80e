"""Case-insensitive regular expressions that run fast: the pattern is lower-cased once and matched
case-sensitively against the lower-cased text (re.IGNORECASE is three to four times slower on the
long word alternations the rules use). A "ß" of a pattern also matches "ss", as Swiss German writes it.
Offsets are those of the original text. Before a search, a cheap substring test rules out texts that
hold none of the strings every match must contain (derived from the parsed pattern, so it never
changes a result)."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterable, Iterator

try:  # the parser behind `re` (private, Python 3.11+); without it, no pre-check: same results, slower
    import re._constants as _C
    import re._parser as _P
except ImportError:  # pragma: no cover - another Python
    _C = _P = None  # type: ignore[assignment]

_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")


def _lower_pattern(pattern: str) -> str:
    """The pattern in lower case; escapes (\\W, \\S, \\B, ...) and group names left as they are. A "ß"
    outside a class also matches "ss", as Swiss German writes it ("begrüsste", "Aussenminister")."""
    out = []
    i = 0
    in_class = False
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern[i] == "ß" and not in_class:
            out.append("(?:ß|ss)")
            i += 1
            continue
        if pattern[i] == "[" and not in_class:
            in_class = True
            out.append("[")
            i += 1
            if pattern[i : i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i : i + 1] == "]":  # "]" first in a class is a member
                out.append("]")
                i += 1
            continue
        if pattern[i] == "]" and in_class:
            in_class = False
        g = _GROUP_NAME.match(pattern, i)
        if g:
            out.append(g.group())
            i = g.end()
            continue
        out.append(pattern[i].lower())
        i += 1
    return "".join(out)


_QUANTIFIERS = "?*+{"
_SPECIAL = "\\[](){}.^$|?*+"


def _split_alternatives(pattern: str, i: int) -> tuple[list[str], int] | None:
    """The alternatives from `i` up to the ")" closing the group they are in (or the end of the
    pattern), and the index of that ")"; None when the pattern has a shape not handled here."""
    alts, depth, start = [], 0, i
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: its ")" and "|" are members; "]" first (after any "^") is one too
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            i += 1 if pattern[i : i + 1] == "]" else 0
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            if i >= len(pattern):
                return None
        elif c == "(":
            depth += 1
        elif c == ")":
            if not depth:
                break
            depth -= 1
        elif c == "|" and not depth:
            alts.append(pattern[start:i])
            start = i + 1
        i += 1
    alts.append(pattern[start:i])
    return alts, i


def _literal_first(alt: str) -> bool:
    """Whether the alternative opens with one plain character that no quantifier follows."""
    n = 2 if alt[:1] == "\\" and alt[1:2] and not alt[1].isalnum() else 1
    head = alt[:n]
    if not head or (n == 1 and head in _SPECIAL):
        return False
    return alt[n : n + 1] not in tuple(_QUANTIFIERS)


def scan_friendly(lowered: str) -> str:
    """The same pattern in a form the regex engine searches faster. When every alternative of the
    leading alternation opens with a plain character, the engine jumps from one such character to the
    next; one alternative opening with \\b ("\\bf-\\d{2}" beside "patriot|himars") makes it try a match
    at every position instead. Before a letter, \\b means "no word character just before", which
    (?<!\\w.) says as well once the letter is taken: "f(?<!\\w.)-\\d{2}" has the same matches and groups.
    Patterns of any other shape come back unchanged."""
    # the alternation of a leading group (after a \b for all of them), else of the whole pattern
    m = re.match(r"(\\b)?\((?:\?:)?", lowered)
    found = _split_alternatives(lowered, m.end() if m else 0)
    if found is None:
        return lowered
    alts, end = found
    if len(alts) < 2 or (m and lowered[end + 1 : end + 2] in tuple(_QUANTIFIERS)):
        return lowered
    shared = bool(m and m.group(1))  # "\b(treffen|met)": each alternative opens at a word's start
    out = []
    for a in alts:
        if a.startswith("\\b") and a[2:3].isalpha() and a[2:3].islower() and _literal_first(a[2:]):
            a = a[2] + r"(?<!\w.)" + a[3:]
        elif shared and a[:1].isalpha() and a[:1].islower() and _literal_first(a):
            a = a[0] + r"(?<!\w.)" + a[1:]
        elif shared or not _literal_first(a):
            return lowered
        out.append(a)
    joined = _factored(out)
    if joined == "|".join(alts):
        return lowered
    head = lowered[2 if shared else 0 : m.end()] if m else ""
    return head + joined + lowered[end:]


_CAPTURING = re.compile(r"\((?!\?(?:[:!=]|<[!=]))")  # "(" opening a group that gets a number


def _factored(alts: list[str], depth: int = 3) -> str:
    """Alternatives that each open with a plain character, joined with those of one first character
    grouped under it: "panzer|patriot|rafale" becomes "pa(?:nzer|triot)|rafale". At a position only
    alternatives opening with the character there can match, and within a group their order is
    kept, so the first alternative that matches is the same one; the engine then tries a few first
    characters per position instead of every alternative of a long list. Alternatives with numbered
    groups stay as they are (moving one would renumber its groups)."""
    if depth == 0 or any(_CAPTURING.search(a) for a in alts):
        return "|".join(alts)
    heads: dict[str, list[str]] = {}
    for a in alts:
        n = 2 if a[:1] == "\\" else 1
        heads.setdefault(a[:n], []).append(a[n:])
    if len(heads) == len(alts):
        return "|".join(alts)
    parts = []
    for h, tails in heads.items():
        if len(tails) == 1:
            parts.append(h + tails[0])
        elif all(t and _literal_first(t) for t in tails):
            parts.append(h + "(?:" + _factored(tails, depth - 1) + ")")
        else:
            parts.append(h + "(?:" + "|".join(tails) + ")")
    return "|".join(parts)


def _necessary(items: list) -> Iterator[frozenset[str]]:  # type: ignore[type-arg]
    """Sets of strings, one string of each set in every match of the parsed sequence."""
    run: list[str] = []
    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            yield frozenset(["".join(run)])
            run = []
        found: frozenset[str] | None = None
        if op is _C.SUBPATTERN and not av[1] and not av[2]:  # a group without inline flags
            found = _required(list(av[3]))
        elif op is _C.BRANCH:
            alts = [_required(list(a)) for a in av[1]]
            if all(alts):
                found = frozenset().union(*alts)  # type: ignore[arg-type]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _required(list(av[2]))
        if found:
            yield found
    if run:
        yield frozenset(["".join(run)])


def _telling(found: frozenset[str]) -> int:
    """How well a set of strings rules texts out: the longer its shortest string, the better."""
    return min(map(len, found))


def _required(items: list) -> frozenset[str] | None:  # type: ignore[type-arg]
    """Strings one of which every match of the parsed sequence contains (None: no such set known)."""
    return max(_necessary(items), key=_telling, default=None)


def _pruned(found: frozenset[str]) -> tuple[str, ...]:
    """The set as a tuple, shortest first; a string that holds another ("lieferung" beside "liefer") adds nothing."""
    return tuple(sorted((w for w in found if not any(v != w and v in w for v in found)), key=len))


def required_sets(pattern: str) -> tuple[tuple[str, ...], ...]:
    """Up to two sets of strings, one string of each in every text the (case-sensitive) pattern
    matches, the more telling first; () when unknown. A second set rules out texts the first lets
    through ("between" is in every sentence the dispute pattern is asked about, a dispute word seldom)."""
    if _P is None:
        return ()
    try:
        parsed = _P.parse(pattern)
    except re.error:
        return ()
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):  # inline flags: leave the pattern ungated
        return ()
    found = sorted(_necessary(list(parsed)), key=_telling, reverse=True)  # stable: ties keep the text's order
    # a second set only of words (one of "m", "," or "in" is in nearly every text)
    return tuple(_pruned(f) for k, f in enumerate(found[:2]) if k == 0 or _telling(f) >= 3)


def any_of(strings: str | Iterable[str]) -> Callable[[str], re.Match[str] | None]:
    """A search for any of the strings ("a|b|c": those between the bars), grouped by first letter as
    `_factored` does for patterns: "pa(?:nzer|triot)|rafale" is searched faster than "panzer|patriot|rafale"."""
    words = strings.split("|") if isinstance(strings, str) else strings
    return re.compile(_factored([re.escape(w) for w in words])).search


def _holds_any(strings: tuple[str, ...]) -> Callable[[str], object]:
    """A test whether a text holds one of the strings (truthy if so): a substring test each for a few
    (the shortest first, most often it decides), one search of them as alternatives for many."""
    if len(strings) > 8:
        return any_of(strings)
    first, rest = strings[0], strings[1:]
    if len(strings) == 1:  # (the commonest sizes spelt out: no iterator per test)
        return lambda low: first in low
    if len(strings) == 2:
        second = rest[0]
        return lambda low: first in low or second in low
    return lambda low: first in low or any(map(low.__contains__, rest))


def required_strings(pattern: str) -> tuple[str, ...]:
    """Strings one of which is in every text the (case-sensitive) pattern matches; () when unknown."""
    found = required_sets(pattern)
    return found[0] if found else ()


# lower-case letters re.IGNORECASE takes for others beyond case ("ı" for "i", "ſ" for "s", "ς" for "σ"):
# a text holding one (once lower-cased) is searched with re.IGNORECASE. The table is the one `re`
# itself uses (private, Python 3.11+); the ASCII letters of its classes ("i", "s") are left out, as
# kg's patterns hold none of the others (Rx checks). Checked on the lower-cased text, since that is
# what the fast pattern reads: "Σ" becomes "σ", a letter of the table.
try:
    from re._casefix import _EXTRA_CASES as _CASE_CLASSES
except ImportError:  # pragma: no cover - another Python
    _CASE_CLASSES = {ord(c): () for c in "ıſµιςβεθκπρφϐϑϕϖϰϱϵẛΐΰ"}
_IRREGULAR = frozenset(chr(c) for c in _CASE_CLASSES if c > 0x7F)
# the same test as a character class: the regex engine scans a sentence for them three times faster
# than a set test hashes each of its characters
_HAS_IRREGULAR = re.compile("[" + "".join(map(re.escape, sorted(_IRREGULAR))) + "]").search
_last: tuple[str, str] = ("", "")  # the text lower-cased last, and its lower-case form


class Rx:
    """A case-insensitive pattern that runs as a case-sensitive one on the lower-cased text: the
    same matches (offsets included), three to four times faster than re.IGNORECASE on long
    alternations of words. Texts whose lower-case form changes length use re.IGNORECASE."""

    __slots__ = ("ci", "gate", "lo", "opened", "tried")

    def __init__(self, pattern: str):
        self.ci = re.compile(pattern, re.IGNORECASE)
        lowered = _lower_pattern(pattern)
        if _HAS_IRREGULAR(lowered):  # a letter of the table in the pattern: re.IGNORECASE decides
            raise ValueError(f"kg.extract.fastre: {pattern!r} holds a letter re.IGNORECASE matches beyond case")
        self.lo = re.compile(lowered)
        fast = scan_friendly(lowered)
        if fast != lowered:
            quick = re.compile(fast)
            if quick.groups == self.lo.groups and quick.groupindex == self.lo.groupindex:  # a safeguard
                self.lo = quick
        # a cheap test before the search: one string of each set is in every lower-cased text it
        # matches; dropped when it seldom rules a text out (then it costs more than it saves)
        self.gate = tuple(_holds_any(strings) for strings in required_sets(lowered))
        self.tried = self.opened = 0

    @property
    def pattern(self) -> str:
        return self.ci.pattern

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        global _last
        last = _last
        if last[0] is text:  # rules ask many patterns about one sentence in a row
            low = last[1]
        else:
            low = text.lower()
            if len(low) != len(text) or _HAS_IRREGULAR(low):
                low = ""  # a letter whose case does not map one to one: re.IGNORECASE decides
            if len(text) >= 48:  # a short window next to a mention is lowered on its own: the sentence stays
                _last = (text, low)
        return (self.lo, low) if low else (self.ci, text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        last = _last
        if last[0] is text and last[1]:
            low = last[1]  # the hot path: one sentence, many patterns
        else:
            p, low = self._pick(text)
            if p is self.ci:
                return p.search(low, pos, endpos)
        gate = self.gate
        if gate:  # the pre-test inline (most often it rules the text out: no call to _may_match)
            self.tried += 1
            if not gate[0](low) or (len(gate) > 1 and not gate[1](low)):
                return None  # none of the strings of a set every match contains
            self._opened()
        return self.lo.search(low, pos, endpos)

    def _may_match(self, low: str) -> bool:
        """Whether the lower-cased text holds one string of each set every match contains."""
        self.tried += 1
        for holds in self.gate:
            if not holds(low):
                return False
        self._opened()
        return True

    def _opened(self) -> None:
        """Count a text the pre-test let through; drop the test when it seldom rules one out (then it
        costs more than it saves)."""
        self.opened += 1
        if self.tried >= 200 and self.opened * 3 > self.tried * 2:
            self.gate = ()

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        p, x = self._pick(text)
        return p.match(x, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        p, x = self._pick(text)
        return p.fullmatch(x, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        p, x = self._pick(text)
        if p is self.lo and self.gate and not self._may_match(x):
            return iter(())  # none of the strings every match contains
        return p.finditer(x, pos, endpos)


@functools.lru_cache(maxsize=1024)
def ci(pattern: str) -> Rx:
    """The compiled case-insensitive pattern (cached, like re's own cache)."""
    return Rx(pattern)
