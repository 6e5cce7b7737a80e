"""The gazetteer's conflicts as the extractor looks them up when a sentence does not name one: by the
two states in dispute, by the state whose internal war it is, by a region's name; each in the time
of the article.

A record may give `years: [start, end]` (`end` left out or null: still going on). Where one pair of
states or one state has several records, the one whose years hold the article's year is meant
("talks between Russia and Ukraine" in January 2009 are about the gas dispute, in 2015 about the war);
where the years of two hold it, the one listed first. A record without years holds for any year,
after those with years; on a page without a date, one still going on comes first. A record whose years
have passed is not guessed: "peace talks in Darfur" in 2023 are not about the war of 2003-2020. A
conflict the sentence names by its name is that conflict, whatever the year.
"""

from __future__ import annotations

import re

from kg.extract.mentions import Index
from kg.gazetteer import normalize
from kg.model import Entity


class Conflicts:
    """Conflict records by pair of states, by state (internal wars), and by region, with their years."""

    def __init__(self, index: Index):
        g = index.g
        self.index = index
        self.years: dict[str, tuple[int, int | None]] = {}
        # the region's conflicts by their two parties: "mediate between Russia and Ukraine"
        self.pairs: dict[frozenset[str], list[Entity]] = {}
        # a conflict of several states, by each pair of them: only "between X and Y" reads it, and only
        # when one such conflict has both ("mediated between Qatar and Saudi Arabia")
        self.wide: dict[frozenset[str], list[Entity]] = {}
        # a state's war inside its borders (gazetteer `internal: true`; the state is the first party, and
        # the states that intervened follow it)
        self.internal: dict[str, list[Entity]] = {}
        self.internal_ids: set[str] = set()
        self.fought: dict[str, list[Entity]] = {}  # a state's wars with one other state
        self._parties: dict[str, list[Entity]] = {}
        self._by_group: dict[str, list[Entity]] = {}  # filled when a group is first asked for
        for c in g.entities("Conflict"):
            rec = g.record(c.id)
            years = rec.get("years")
            if years:
                self.years[c.id] = (int(years[0]), int(years[1]) if len(years) > 1 and years[1] else None)
            ps = [g.country(str(p)) for p in rec.get("parties") or []]
            self._parties[c.id] = [p for p in ps if p is not None]
            if rec.get("internal") and ps and ps[0] is not None:
                self.internal.setdefault(ps[0].id, []).append(c)
                self.internal_ids.add(c.id)
            if len(ps) == 2 and all(ps):
                self.pairs.setdefault(frozenset(p.id for p in ps if p), []).append(c)
                for p in ps:
                    self.fought.setdefault(p.id, []).append(c)
            states = [p for p in ps if p is not None] if len(ps) > 2 else []
            for pair in {frozenset((a.id, b.id)) for a in states for b in states if a != b}:
                self.wide.setdefault(pair, []).append(c)

    def of_group(self, group: Entity, state: Entity | None, published: str | None) -> Entity | None:
        """The conflict of a state with an armed group or movement: one of the state's conflicts whose
        name or aliases name the group ("between Israel and Hamas": the Gaza war, alias "Israel–Hamas war"),
        in the article's time."""
        if group.id not in self._by_group:
            names = [normalize(n) for n in (group.name, *group.aliases) if len(n) > 2]
            pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
            self._by_group[group.id] = [
                c
                for c in self.index.g.entities("Conflict")
                if pattern is not None and any(pattern.search(normalize(a)) for a in (c.name, *c.aliases))
            ]
        found = [
            c
            for c in self._by_group[group.id]
            if state is None or state.id in {p.id for p in self._parties.get(c.id, ())}
        ]
        return self._current(found, published)

    def going(self, c: Entity) -> bool:
        """Whether the conflict is still going on (no end year, or no years)."""
        return self.years.get(c.id, (0, None))[1] is None

    def in_time(self, c: Entity, published: str | None) -> bool:
        """Whether the conflict went on in the article's year (any conflict, when the year is unknown)."""
        span = self.years.get(c.id)
        if span is None or not published or not published[:4].isdigit():
            return True
        year = int(published[:4])
        return span[0] <= year and (span[1] is None or year <= span[1])

    def _current(self, records: list[Entity], published: str | None) -> Entity | None:
        """Of several records, the first in time with years, else the first without. On a page without
        a date, the first still going on (no end, or no years): a crisis that has ended is the less likely."""
        if not published or not published[:4].isdigit():
            going = [c for c in records if self.going(c)]
            return (going or records or [None])[0]
        timed = [c for c in records if c.id in self.years and self.in_time(c, published)]
        return (timed or [c for c in records if c.id not in self.years] or [None])[0]

    def of_pair(self, a: Entity | None, b: Entity | None, published: str | None) -> Entity | None:
        """The conflict of two states, in the article's time."""
        if a is None or b is None or a == b:
            return None
        return self._current(self.pairs.get(frozenset((a.id, b.id)), []), published)

    def of_two(self, a: Entity, b: Entity, published: str | None) -> Entity | None:
        """The conflict of two states: their own in the article's time, else the one conflict of several
        states that has both ("Kongo und Ruanda" in 2002: the Second Congo War, not the later Kivu conflict)."""
        return self.of_pair(a, b, published) or self.of_wide(a, b, published)

    def of_wide(self, a: Entity, b: Entity, published: str | None) -> Entity | None:
        """The one conflict of several states that has both, when it is the only one in time."""
        found = [c for c in self.wide.get(frozenset((a.id, b.id)), ()) if self.in_time(c, published)]
        return found[0] if len(found) == 1 else None

    def internal_war(self, state: Entity, published: str | None) -> Entity | None:
        """The war inside the state, in the article's time; on a page without a date, one still going on
        (talks "with Ukraine" on an undated page are not of its Orange Revolution of 2004)."""
        records = self.internal.get(state.id, [])
        if not published or not published[:4].isdigit():
            records = [c for c in records if self.going(c)]
            if not records:
                # (else the one war of two states still going on that it fights: "talks with Ukraine")
                fought = [c for c in self.fought.get(state.id, ()) if self.going(c)]
                records = fought if len(fought) == 1 else []
        return self._current(records, published)

    def region(self, text: str, published: str | None) -> Entity | None:
        """The conflict whose region these words name ("Gaza" of the Gaza war), in the article's time."""
        c = self.index.region(text)
        return c if c is not None and self.in_time(c, published) else None
