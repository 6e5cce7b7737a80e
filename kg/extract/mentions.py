"""Mentions of gazetteer entities in text: names, aliases, surnames, inflected forms, country
adjectives, and role descriptions ("der russische Präsident", "his Russian counterpart") resolved
to the office holder on the article's date.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from itertools import compress, zip_longest
from pathlib import Path
from typing import Any

import yaml

from kg.gazetteer import DATA_DIR, Gazetteer, load_gazetteer, normalize
from kg.model import Entity, Office

TOKEN = re.compile(r"\w+(?:['’]\w+)?", re.UNICODE)
# German endings added to stems and names (genitive -s, adjective endings); English possessive.
_NAME_ENDINGS = ("s", "es", "n", "en", "e", "'s", "’s")
_ADJ_ENDINGS_DE = ("", "e", "en", "er", "es", "em")
_COUNTERPART = {
    "de": ["Amtskollege", "Amtskollegin", "Amtskollegen", "Kollege", "Kollegin", "Amtsgenosse"],
    "en": ["counterpart", "counterparts", "opposite number", "colleague"],
}
_DEFAULT_OFFICES = {
    "head_of_state": {
        "en": ["president", "head of state"],
        "de": ["Präsident", "Präsidentin", "Staatsoberhaupt", "Staatschef"],
    },
    "head_of_government": {
        "en": ["prime minister", "premier", "chancellor"],
        "de": ["Ministerpräsident", "Premierminister", "Regierungschef", "Kanzler", "Kanzlerin"],
    },
    "foreign_minister": {
        "en": ["foreign minister", "secretary of state", "foreign secretary"],
        "de": ["Außenminister", "Außenministerin", "Chefdiplomat"],
    },
}
# Seats of government named for their city ("im Kreml", "at the White House").
VENUES = {
    "Kreml": "Moscow",
    "Kremlin": "Moscow",
    "Weißen Haus": "Washington",
    "Weißes Haus": "Washington",
    "White House": "Washington",
    "Élysée": "Paris",
    "Elysee": "Paris",
    "Élysée-Palast": "Paris",
    "Elysee Palace": "Paris",
    "Downing Street": "London",
    "Kanzleramt": "Berlin",
    "Bundeskanzleramt": "Berlin",
    "Chancellery": "Berlin",
    "Zhongnanhai": "Beijing",
    "Große Halle des Volkes": "Beijing",
    "Great Hall of the People": "Beijing",
    "Schloss Bellevue": "Berlin",
    "Akorda": "Astana",
    "Pentagon": "Washington",
    "State Department": "Washington",
    "Weiße Haus": "Washington",
    "Quai d'Orsay": "Paris",
    "Bankova": "Kyiv",
    "Großen Halle des Volkes": "Beijing",
    "Élysée Palace": "Paris",
    "Oval Office": "Washington",
    "Blair House": "Washington",
    "Hyderabad House": "New Delhi",
    "Rashtrapati Bhavan": "New Delhi",
    "Al-Yamamah Palace": "Riyadh",
    "Yamamah Palace": "Riyadh",
    "Casa Rosada": "Buenos Aires",
    "Palácio do Planalto": "Brasília",
    "Planalto": "Brasília",
    "Beştepe": "Ankara",
    "Kantei": "Tokyo",
    "Cheong Wa Dae": "Seoul",
    "Malacañang": "Manila",
    "Palazzo Chigi": "Rome",
    "Quirinale": "Rome",
    "Moncloa": "Madrid",
    "Mariinsky Palace": "Kyiv",
    "Marienpalast": "Kyiv",
    "Ak Orda": "Astana",
    "Saadabad": "Tehran",
    "Union Buildings": "Pretoria",
    "Hofburg": "Vienna",
    "Rideau Hall": "Ottawa",
}
PRONOUNS = {
    "er",
    "he",
    "she",
    "him",
    "ihm",
    "ihn",
    "his",
    "sein",
    "seine",
    "seinem",
    "seinen",
    "seiner",
    "her",
    "ihr",
    "ihre",
}
SUBJECT_PRONOUNS = {"er", "he", "she"}


@dataclass(frozen=True)
class Entry:
    entity: Entity
    kind: str  # name | surname | adj | office | counterpart
    exact: tuple[str, ...] | None = None  # case-sensitive token forms (short all-caps aliases)
    office: str | None = None
    inflected: bool = False  # an inflected form ("Russlands"); "Russian" is the adjective first
    seat: str | None = None  # an office word that names its state ("Kremlchef"): the state's ISO code


@dataclass
class Mention:
    start: int
    end: int
    entity: Entity | None
    kind: str  # name | surname | adj | role | pronoun
    text: str
    country: Entity | None = None  # for adjectives: the country; for roles: the office's body
    office: str | None = None


class Index:
    """Normalised token sequences -> gazetteer entries, built once per gazetteer."""

    def __init__(self, g: Gazetteer):
        self.g = g
        self.table: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.maxlen = 1
        self.prefixes: set[tuple[str, ...]] = set()
        self.first: set[str] = set()  # first tokens of every entry: a quick skip for all other words
        self.place_country: dict[str, Entity] = {}
        # a conflict's region by its words: where a place has the same name ("Gaza"), the place is
        # the mention, and the sentence's talk of war or peace makes it the conflict's region
        self.regions: dict[tuple[str, ...], Entity] = {}
        self._region_of: dict[str, Entity | None] = {}  # by the words as written (place names repeat)
        self.person_offices: dict[str, Any] = {}
        self.ambiguous: dict[str, set[Entity]] = {}  # surname (or shared short name) -> who bears it
        # (office, country id, day) -> its holder: articles of one day ask the gazetteer the same questions
        self.holders: dict[tuple[str, str, str], Entity | None] = {}
        self._alone: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}  # alone_forms, by person id
        self._given: dict[str, frozenset[str]] = {}  # given_forms, by person id
        derived: defaultdict[str, set[Entity]] = defaultdict(set)
        listed: dict[str, dict[Entity, str]] = {}  # surnames the records list, by their normal form
        derived_alias: dict[tuple[str, str], tuple[str, Entity]] = {}
        shared: dict[str, set[Entity]] = {}  # short names several states bear ("Congo")
        # the given names the gazetteer's people bear ("Hans", "Ahmed"), and the words of each one's names
        # by their first three letters (transliterations agree on them: "Sergej"/"Sergei"/"Sergey")
        given: set[str] = set()
        self.own_words: dict[str, frozenset[str]] = {}
        # every person's full names by their sound (sounds_of): "Sadir Dschaparow" is Sadyr Japarov
        self.by_sound: dict[str, Entity | None] = {}
        for e in g.entities():
            rec = g.record(e.id)
            names = set(e.aliases)
            if e.type == "Person":
                words = [TOKEN.findall(a) for a in e.aliases]
                given.update(normalize(w[0]) for w in words if len(w) >= 2 and w[0][:1].isupper())
                self.own_words[e.id] = frozenset(normalize(t)[:3] for w in words for t in w)
                for key in {k for a in e.aliases for k in sounds_of(a)}:
                    self.by_sound[key] = e if self.by_sound.get(key, e) == e else None  # (two people: neither)
                names |= {_german_sh(a) for a in names if " " in a.strip()}  # "Pervez Muscharraf"
                names |= {v for a in names for v in _prophet_spellings(a)}  # "Khalid bin Mohammed al-Attiyah"
            for alias in names:
                self._add(
                    alias,
                    Entry(e, "name", self._exact(alias)),
                    inflect=e.type in ("Country", "Organization", "Conflict", "Place", "Region"),
                )
            if e.type == "Person":
                sur = rec.get("surname") or []
                for s in sur if isinstance(sur, list) else [sur]:
                    listed.setdefault(normalize(str(s)), {})[e] = str(s)
                    if len(str(s)) >= 6 and _german_sh(str(s)) != str(s):  # "Scharif" (not "Schah")
                        listed.setdefault(normalize(_german_sh(str(s))), {})[e] = _german_sh(str(s))
                # the last word of every spelling of the full name ("Sersch Sargsjan" -> "Sargsjan"),
                # unless the record lists its surnames itself (`surname: []`: none is used alone)
                # (not for names whose family name comes first: "Gang" of Qin Gang is his given name,
                # and a German noun besides)
                for alias in names if "surname" not in rec and not self.family_first(e) else ():
                    toks = TOKEN.findall(alias)
                    if len(toks) >= 2 and len(toks[-1]) >= 4 and toks[-1][:1].isupper():
                        derived[normalize(toks[-1])].add(e)
                        derived_alias.setdefault((normalize(toks[-1]), e.id), (toks[-1], e))
            if e.type == "Country":
                for words in (rec.get("shared_names") or {}).values():
                    for w in words:
                        shared.setdefault(normalize(str(w)), set()).add(e)
                adjs = rec.get("adjectives") or {}
                for lang, words in adjs.items() if isinstance(adjs, dict) else [("en", adjs)]:
                    for w in words if isinstance(words, list) else [words]:
                        endings = _ADJ_ENDINGS_DE if lang == "de" else ("",)
                        for end in endings:
                            self._add(str(w) + end, Entry(e, "adj"))
            if e.type == "Conflict":
                # the disputed region itself ("fighting over Nagorno-Karabakh", "Krieg um Bergkarabach"), and
                # the territories a record names ("die umstrittenen Südkurilen")
                regions = rec.get("regions") or {}
                for words in regions.values() if isinstance(regions, dict) else ():
                    for w in words:
                        self._add(str(w), Entry(e, "region"), inflect=True)
                        self.regions.setdefault(self._key(str(w)), e)
                for alias in names:
                    region = _CONFLICT_AFFIX.sub("", alias).strip(" -")
                    if region != alias and len(region) >= 4 and region[:1].isupper():
                        self._add(region, Entry(e, "region"), inflect=True)
                        self.regions.setdefault(self._key(region), e)
            if e.type == "Place" and rec.get("country"):
                c = g.country(str(rec["country"]))
                if c:
                    self.place_country[e.id] = c
        for key, bearers in listed.items():
            if len(bearers) == 1:
                ((person, word),) = bearers.items()
                self._add(word, Entry(person, "surname"), inflect=True)
            else:  # listed by several ("Kim" of Kim Jong Il and Kim Jong Un): whoever the text named in full
                self._shared_surname(key, bearers)
        for (key, _), (word, person) in derived_alias.items():
            taken = {x.entity for x in self.table.get((key,), ()) if x.kind != "surname" or x.entity != person}
            if len(derived[key]) == 1 and not taken:  # one person, and no other name spelled so
                self._add(word, Entry(person, "surname"), inflect=True)
            elif not taken or taken <= derived[key]:
                # shared by several people (Serzh and Armen Sargsyan): whoever the text named in full
                self._shared_surname(key, derived[key])
        for key, states in shared.items():
            self._shared_surname(key, states)
        for venue, city in VENUES.items():
            found = g.lookup(city, ["Place"])
            if found:
                self._add(venue, Entry(found[0], "name"), inflect=True)
        self.offices = self._office_words()
        for office, words in self.offices.items():
            for w in words:
                self._add(w, Entry(_OFFICE, "office", office=office), inflect=True)
        for words in _COUNTERPART.values():
            for w in words:
                self._add(w, Entry(_OFFICE, "counterpart", office="counterpart"), inflect=True)
        for w, (office, iso) in SEATS.items():
            self._add(w, Entry(_OFFICE, "office", office=office, seat=iso), inflect=True)
        # the tokens find_mentions looks at: one set test per token instead of two
        self.openers = frozenset(self.first).union(self.ambiguous)
        self.given = frozenset(
            w for w in given if not _is_title_word(w) and w.capitalize() not in _NAME_STOP and w not in _CALENDAR_WORDS
        )
        # words that open only longer names ("the" of "The Hague", "der" of "der Türkei"): the words
        # that can come next; news text is full of them, and most are no name's start
        follow: defaultdict[str, set[str]] = defaultdict(set)
        for f in self.table:
            if len(f) > 1:
                follow[f[0]].add(f[1])
        self.follow = {
            w: frozenset(nxt) for w, nxt in follow.items() if (w,) not in self.table and w not in self.ambiguous
        }

    def family_first(self, person: Entity) -> bool:
        """Whether the person's names put the family name first (offices in China, Korea, Taiwan, Singapore)."""
        return any(o.body is not None and self.g.record(o.body.id).get("iso3") in _FAMILY_FIRST for o in person.offices)

    def alone_forms(self, person: Entity) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The words of a person's names that may stand alone once the text has named them in full,
        by each name (folded) they come from: the last word (the first too for Chinese and Korean
        names), unless the gazetteer knows the word otherwise; with the German genitive "-s"."""
        found = self._alone.get(person.id)
        if found is None:
            first = self.family_first(person)
            out = []
            for alias in person.aliases:
                parts = TOKEN.findall(alias)
                if len(parts) < 2:
                    continue
                words = {parts[0], parts[-1]} if first else {parts[-1]}
                forms = tuple(
                    form
                    for w in sorted(words)
                    # (a Chinese family name of two letters too: "Li" after "Li Hui")
                    if (len(w) >= 3 or (first and w == parts[0] and len(w) == 2))
                    and w[:1].isupper()
                    and (_norm_token(w),) not in self.table
                    for form in (w, w + "s")  # "Moons Reise"
                )
                if forms:
                    out.append((normalize(alias), forms))
            found = self._alone[person.id] = tuple(out)
        return found

    def given_forms(self, person: Entity) -> frozenset[str]:
        """The given names of a person named by descent ("Mohammed bin Salman", "Tamim bin Hamad Al Thani"),
        which a title before them may stand for once the text has named them in full ("Prince Mohammed",
        "Sheikh Tamim")."""
        found = self._given.get(person.id)
        if found is None:
            found = self._given[person.id] = frozenset(
                parts[0]
                for alias in person.aliases
                if len(parts := TOKEN.findall(alias)) >= 3
                and parts[1].casefold() in _DESCENT
                and parts[0][:1].isupper()
            )
        return found

    def _shared_surname(self, key: str, bearers: Any) -> None:
        """A surname several people bear, or a short name several states bear: the text decides who it is
        (also in the genitive, "Kims", "Kongos")."""
        for end in ("", "s"):
            self.ambiguous.setdefault(key + end, set()).update(bearers)

    @staticmethod
    def _key(alias: str) -> tuple[str, ...]:
        return tuple(t for t in (normalize(t) for t in TOKEN.findall(alias.replace("-", " "))) if t)

    def region(self, text: str) -> Entity | None:
        """The conflict whose region these words name, if any ("Gaza" of the Gaza war)."""
        if text not in self._region_of:
            self._region_of[text] = self.regions.get(self._key(text))
        return self._region_of[text]

    @staticmethod
    def _exact(alias: str) -> tuple[str, ...] | None:
        toks = TOKEN.findall(alias)
        if len(toks) == 1 and alias.isupper() and len(alias) <= 6:
            return tuple(toks)
        return None

    def _add(self, alias: str, entry: Entry, inflect: bool = False) -> None:
        toks = self._key(alias)
        if not toks:
            return
        forms = [toks]
        if entry.exact is not None and len(toks) == 1:
            forms.append((toks[0] + "s",))  # "the EU's" (normalised "eus"); the case-sensitive check still applies
        if (
            entry.exact is None
            and len(toks) > 1
            and entry.entity.type == "Person"
            and (len(toks[-1]) <= 2 or self.family_first(entry.entity))
        ):
            # the possessive of a short last word ("Moon Jae-in's"), or of a given name last, which stands alone
            # as no surname ("Hu Jintao's", "Xi Jinpings")
            forms.append((*toks[:-1], toks[-1] + "s"))
        elif entry.exact is None and len(toks) == 1 and len(toks[0]) <= 2 and entry.entity.type == "Person":
            forms.append((toks[0] + "s",))  # the possessive of a short surname alone: "Xi's visit", "Xis Besuch"
        if inflect and entry.exact is None and len(toks[-1]) > 2:
            forms += [(*toks[:-1], normalize(toks[-1] + end)) for end in _NAME_ENDINGS]
            # German adjectives inside names, with the noun's genitive: "Europäische Union" -> "Europäischen
            # Union", "kolumbianischer Konflikt" -> "kolumbianischen Konflikts", "Zweiter Kongokrieg" ->
            # "des Zweiten Kongokriegs"
            head = toks[:-1]
            heads = {tuple(t + end if t.endswith("e") else t for t in head) for end in ("n", "r", "s", "m")}
            heads |= {tuple(t[:-1] + end if t.endswith("er") else t for t in head) for end in ("", "n", "m", "s")}
            heads.discard(head)
            # (and the dative plural: "aus den Vereinigten Arabischen Emiraten")
            forms += [(*h, normalize(toks[-1] + end)) for h in sorted(heads) for end in ("", "s", "es", "n")]
        for k, f in enumerate(forms):
            self.first.add(f[0])
            bucket = self.table[f]
            e = entry if k == 0 or entry.kind != "name" else dataclasses.replace(entry, inflected=True)
            if e not in bucket:
                bucket.append(e)
            self.maxlen = max(self.maxlen, len(f))
            for k in range(1, len(f)):
                self.prefixes.add(f[:k])

    def _office_words(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {k: [w for ws in v.values() for w in ws] for k, v in _DEFAULT_OFFICES.items()}
        path = Path(DATA_DIR) / "offices.yaml"
        if path.is_file():
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            if isinstance(data, dict):
                for office, langs in data.items():
                    words = out.setdefault(str(office), [])
                    for lang, ws in langs.items() if isinstance(langs, dict) else []:
                        if lang in ("de", "en"):
                            words += [str(w) for w in (ws if isinstance(ws, list) else [ws]) if len(str(w)) > 2]
        return out


_OFFICE = Entity(type="Office", id="office", name="office")
# office words that name their state by its seat of power: the office and the state (ISO alpha-3)
SEATS = {
    "Kremlchef": ("head_of_state", "RUS"), "Kreml-Chef": ("head_of_state", "RUS"),
    "Kremlherr": ("head_of_state", "RUS"), "Kremlin chief": ("head_of_state", "RUS"),
    "Kremlin leader": ("head_of_state", "RUS"), "Élysée-Chef": ("head_of_state", "FRA"),
    "Hausherr im Weißen Haus": ("head_of_state", "USA"),
}  # fmt: skip


@functools.lru_cache(maxsize=4)
def index_for(g: Gazetteer) -> Index:
    return Index(g)


def default_index() -> Index:
    return index_for(load_gazetteer())


_CONFLICT_AFFIX = re.compile(
    r"^(?:Konflikt um|Krieg um|Krieg in|Krieg in der|conflict over|war over|war in|conflict in)\s+|[\s-]*(?:conflict|Konflikt\w*|war|Krieg|crisis|Krise)$",
    re.IGNORECASE,
)
# a sea named after a state: "the Gulf of Oman", "the Sea of Japan", "im Golf von Guinea"
_WATERS_BEFORE = re.compile(r"\b(?:Gulf|Bay|Sea|Golf) (?:of|von) $")
_CURRENCY_AFTER = re.compile(r"\.?[-\s]?(?:(?:Dollar|dollars?)\b|\$)", re.IGNORECASE)  # (also "US$ 150 billion")


@functools.lru_cache(maxsize=200_000)
def _norm_token(tok: str) -> str:
    """A token normalised as the gazetteer's names are (cached: news vocabulary repeats)."""
    return normalize(tok)


class Resolver:
    """Office holders by date, and a person's country on a date (cached)."""

    def __init__(self, index: Index, day: str | None):
        self.index = index
        self.g = index.g
        self.day = day
        self._holders: dict[tuple[str, str], Entity | None] = {}
        # the people a text names: who an office word stands for when the text tells no day
        self.named: frozenset[Entity] = frozenset()

    def holder(self, office: str, country: Entity) -> Entity | None:
        if not self.day:
            # "sagte Deutschlands Regierungschefin" on an undated page that names Merkel too: the one named
            # who held that office at any time, when only one did
            held = [p for p in self.named if any(o.office == office and o.country == country.id for o in p.offices)]
            return held[0] if len(held) == 1 else None
        key = (office, country.id)
        if key not in self._holders:
            known = self.index.holders
            day_key = (office, country.id, self.day)
            if day_key not in known:
                if len(known) > 100_000:
                    known.clear()
                known[day_key] = self.g.holder(office, country.id, self.day)
            self._holders[key] = known[day_key]
        return self._holders[key]

    def office_of(self, person: Entity) -> tuple[str, Entity] | None:
        """The (office, body) a person holds on the day (first listed wins)."""
        for o in person.offices:
            if (self.day is None or o.held_on(self.day)) and o.body is not None:
                return o.office, o.body
        return None

    def side_of(self, e: Entity) -> Entity | None:
        """The party a person acts for: the body of their office on the day ("UN Secretary-General
        António Guterres" signs for the United Nations, not for Portugal), else their country."""
        if e.type == "Person":
            held = self.office_of(e)
            if held is not None and held[1].type in ("Country", "Organization"):
                return held[1]
        return self.country_of(e)

    def country_of(self, e: Entity) -> Entity | None:
        if e.type == "Country":
            return e
        if e.type == "Person":
            held = self.office_of(e)
            if held and held[1].type == "Country":
                return held[1]
            for o in e.offices:  # out of office on the day: their country still
                if o.body is not None and o.body.type == "Country":
                    return o.body
        if e.type == "Place":
            return self.index.place_country.get(e.id)
        return None


_SH = re.compile(r"(?<![sScC])([sS])h")


# days and months open sentences before a surname ("Monday Biden flew on"): no given names
_CALENDAR_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag "
    "sonntag january february march april may june july august september october november december januar februar "
    "marz mai juni juli oktober dezember".split()
)
_ARTICLES = frozenset(("al", "el", "ad", "ar", "as", "ash", "at", "az", "an"))
# the words of a name by descent ("bin Salman") and the titles its given name goes by ("Prince Mohammed")
_DESCENT = frozenset(("bin", "ibn", "bint", "ben"))
_TITLES_BEFORE_GIVEN = frozenset(
    (
        "sheikh",
        "sheik",
        "scheich",
        "prince",
        "prinz",
        "kronprinz",
        "emir",
        "sultan",
        "king",
        "könig",
        "sheikha",
        "scheicha",
    )
)
_PROPHET = ("Mohammad", "Mohammed", "Muhammad", "Mohamed", "Muhammed", "Mohamad")
_PROPHET_WORD = re.compile(r"\b(?:" + "|".join(_PROPHET) + r")\b")


def _prophet_spellings(name: str) -> set[str]:
    """A name with each usual spelling of "Muhammad" where it has one ("Khalid bin Mohammad Al
    Attiyah" -> "... Mohammed ...", "... Muhammad ..."): news spells it as it likes."""
    if not _PROPHET_WORD.search(name):
        return set()
    return {_PROPHET_WORD.sub(v, name) for v in _PROPHET}


def _german_sh(name: str) -> str:
    """A name as German writes the English "sh" ("Musharraf" -> "Muscharraf", "Shehbaz Sharif" ->
    "Schehbaz Scharif"); the name itself when it has none."""
    return _SH.sub(lambda m: m.group(1) + "ch", name)


def _unpossessed(word: str) -> str:
    """A word without its possessive ending ("EU's" -> "EU")."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


def find_mentions(
    text: str, index: Index, resolver: Resolver, tokens: list[re.Match[str]] | None = None
) -> list[Mention]:
    """Entity, adjective and role mentions in `text` (longest match wins), in text order."""
    toks = tokens if tokens is not None else list(TOKEN.finditer(text))
    words = list(map(re.Match.group, toks))
    norm = list(map(_norm_token, words))
    table = index.table
    raw: list[Mention] = []
    i = 0
    n = len(toks)
    prefixes = index.prefixes
    ambiguous = index.ambiguous
    # only tokens that can open a name are looked at (most of a text's tokens cannot); map/compress
    # run the set test in C, without a Python step per token
    follow = index.follow
    starts = [
        k
        for k in compress(range(n), map(index.openers.__contains__, norm))
        if norm[k] not in follow or (k + 1 < n and norm[k + 1] in follow[norm[k]])
    ]
    k = 0
    n_starts = len(starts)
    while True:
        while k < n_starts and starts[k] < i:
            k += 1
        if k == n_starts:
            break
        i = starts[k]
        hit = None
        cur: tuple[str, ...] = ()
        j = i
        while j < n:
            if (
                j > i
                and (gap := text[toks[j - 1].end() : toks[j].start()]).strip(" -\u2010\u2011,")
                # initials: "U.S.", "U.A.E.", "Michael D. Higgins"
                and not (gap.rstrip(" ") == "." and len(words[j - 1]) == 1)
            ):
                break  # tokens of a match are adjacent (only spaces, hyphens or a comma of a listing name between)
            cur = (*cur, norm[j])
            entries = table.get(cur)
            if entries:
                surface = tuple(words[i : j + 1])
                ok = [
                    e
                    for e in entries
                    if e.exact is None
                    or surface[: len(e.exact)] == e.exact
                    or tuple(x.rstrip("s") for x in surface) == e.exact
                    or tuple(map(_unpossessed, surface)) == e.exact  # "the EU's", "the UN’s"
                ]
                ok = [
                    e
                    for e in ok
                    if e.kind in ("adj", "office", "counterpart")
                    or surface[0][:1].isupper()
                    # "al-Attiyah", "el-Sisi": an Arabic article before a capital
                    or (surface[0] in _ARTICLES and len(surface) > 1 and surface[1][:1].isupper())
                    or (e.kind == "name" and e.entity.type == "Conflict" and len(surface) > 1)  # "the war in Gaza"
                ]
                if ok:
                    hit = (j + 1 - i, ok)
            if cur not in prefixes:
                break
            j += 1
        if hit is None:
            bearers = ambiguous.get(norm[i]) if ambiguous else None
            if (
                bearers
                and raw
                and raw[-1].entity in bearers
                and _NAME_TAIL.fullmatch(text, raw[-1].end, toks[i].start())
            ):
                bearers = None  # the end of the name just named: "Sheikh Tamim bin Hamad Al-Thani"
            if bearers and toks[i].group()[:1].isupper():
                # a shared surname is the person the text has named in full before
                # (the one the text has spoken of most, then the last named: "Raúl Castro ... Castro ... his
                # brother Fidel Castro ... Castro" is Raúl Castro)
                seen = [m for m in raw if m.entity in bearers and m.kind in ("name", "surname")]
                people = [m.entity for m in seen]
                named = max(reversed(people), key=people.count) if any(m.kind == "name" for m in seen) else None
                if named is not None:
                    kind = "surname" if named.type == "Person" else "name"  # "Kongo" after "DR Kongo"
                    raw.append(Mention(toks[i].start(), toks[i].end(), named, kind, toks[i].group()))
            i += 1
            continue
        size, entries = hit
        start, end = toks[i].start(), toks[i + size - 1].end()
        cur = _CURRENCY_AFTER.match(text, end)
        if cur is not None and cur.group().endswith("$") and not text.startswith("$", end):
            # "US $150 billion" (a code), but "agreed to sell Saudi Arabia $25 billion of aircraft": the state
            surface = text[start:end].replace(".", "")
            cur = cur if surface.isupper() and len(surface) <= 3 else None
        if cur is not None or (
            text[start - 3 : start] in ("of ", "on ") and _WATERS_BEFORE.search(text, max(0, start - 12), start)
        ):  # "US-Dollar", "Hong Kong dollars": a currency, not a country; "the Gulf of Oman": a sea
            # (a dollar sign's prefix names no body either: "AU$69 billion" is not the African Union's)
            dropped = ("Country", "Organization") if text.startswith("$", end) else ("Country",)
            entries = [e for e in entries if e.entity.type not in dropped]
            if not entries:
                i += size
                continue
        surface_text = text[start:end]
        e = _choose(entries)
        if e.kind in ("office", "counterpart"):
            seat = index.g.country(e.seat) if e.seat else None
            raw.append(Mention(start, end, None, e.kind, surface_text, country=seat, office=e.office))
        elif e.kind == "adj":
            if not _REGION_OF_STATES.match(text, end) or not surface_text.casefold().startswith(_REGION_ADJECTIVES):
                raw.append(Mention(start, end, None, "adj", surface_text, country=e.entity))
            # (else "die zentralafrikanischen Länder", "southern African states": a region, no state of its name)
        else:
            raw.append(Mention(start, end, e.entity, e.kind, surface_text))
        i += size
    # "Jomo Kenyatta International Airport", "Indira-Gandhi-Flughafen": a place named after someone, not him
    raw = [
        m
        for m in raw
        if m.entity is None
        or m.entity.type != "Person"
        or not text[m.end + 1 : m.end + 2].isupper()  # (a capital next first: most names are followed by a verb)
        or not _NAMED_AFTER.match(text, m.end)
    ]
    # parts of another's name: a name after "bin" is the father's ("Khaled bin Mohamed bin Zayed"), a surname
    # alone before a Romance particle and a name is a longer name's ("im Palácio do Planalto")
    raw = [
        m
        for m in raw
        if not (
            m.entity is not None
            and m.entity.type == "Person"
            and _PATRONYM_BEFORE.search(text, max(0, m.start - 6), m.start)
        )
        and not (
            m.kind == "surname"
            and (
                _PARTICLE_NAME_AFTER.match(text, m.end)
                or _STREET_BEFORE.search(text, max(0, m.start - 9), m.start)
                or _IZAFE_BEFORE.search(text, max(0, m.start - 4), m.start)
            )
        )
        # "Barak-8", "Kalashnikov-47": a model's number after a surname makes the name a product's
        and not (m.kind == "surname" and _MODEL_NUMBER_AFTER.match(text, m.end))
    ]
    # "Georgia Meloni and Dbeibah signed": a state's name as the given name before a known surname
    raw = [
        m
        for m, nx in zip_longest(raw, raw[1:])
        if not (
            nx is not None
            and nx.kind == "surname"
            and nx.start == m.end + 1
            and m.kind == "name"
            and m.entity is not None
            and m.entity.type == "Country"
            and not m.text.isupper()
            and text[m.end] == " "
        )
    ]
    # "IRIS-T SLM", "Patriot PAC-3": an abbreviation right after a weapon's type name is part of it, no body
    raw = [
        m
        for m in raw
        if m.entity is None
        or m.entity.type != "Organization"
        or not m.text.isupper()
        or not _PRODUCT_BEFORE.search(text, max(0, m.start - 16), m.start)
    ]
    raw = _other_bearers(index, text, raw, toks, words)
    raw = _titled_strangers(index, text, raw, toks, words)
    raw = _named_in_full(index, raw, toks, words)
    raw = _kin_named_in_full(raw)
    defined = [m for m in raw if text[m.end : m.end + 1] == ")" and _defined_here(text, m)]
    if defined:
        named_before = {(m.end, m.entity) for m in raw}  # "the Shanghai Cooperation Organisation (SCO)": the same
        dropped = {id(m) for m in defined if (m.start - 2, m.entity) not in named_before}
        raw = [m for m in raw if id(m) not in dropped]
    if not resolver.day:  # who an office word stands for on a page that tells no day (Resolver.holder)
        resolver.named = frozenset(m.entity for m in raw if m.entity is not None and m.entity.type == "Person")
    return _roles(text, raw, resolver)


_PRODUCT_BEFORE = re.compile(r"(?<![\w-])[A-Z]+-[A-Z0-9]+\s$")
# adjectives of a state named after its region ("Central African", "südafrikanisch") before states in the plural
_REGION_ADJECTIVES = ("zentralafrik", "central african", "südafrik", "south african")
_REGION_OF_STATES = re.compile(r"\s+(?:Länder|Staaten|Nachbarn|Nachbarländer|countries|states|nations|neighbours)\b")
_SMALL_WORDS = frozenset("of and the for on in der die das des für und zur zum über".split())


def _defined_here(text: str, m: Mention) -> bool:
    """Whether a short upper-case name is the abbreviation a text defines right there, the initials of the
    words before it in parentheses: "a Strategic Partnership Agreement (SPA)" is no Saudi Press Agency."""
    short = m.text
    if not (
        2 <= len(short) <= 6
        and short.isupper()
        and text[m.start - 1 : m.start] == "("
        and text[m.end : m.end + 1] == ")"
    ):
        return False
    words = [
        w
        for w in re.findall(r"[^\W\d_]+", text[max(0, m.start - 120) : m.start - 1])
        if w.casefold() not in _SMALL_WORDS
    ]
    return "".join(w[0] for w in words[-len(short) :]).upper() == short


_FAMILY_FIRST = frozenset(("CHN", "TWN", "KOR", "PRK", "SGP"))  # (Singapore too: "Lee" of Lee Hsien Loong)
_said = functools.lru_cache(maxsize=50_000)(normalize)  # a mention's words, folded (names repeat)


def _named_in_full(index: Index, raw: list[Mention], toks: list[re.Match[str]], words: list[str]) -> list[Mention]:
    """A person whose surname the gazetteer withholds (a common or shared word: "Rice", "Moon",
    "Wang") is meant by it alone once the text has named them in full ("Condoleezza Rice ... Rice
    stopped in New Delhi", "Moon Jae-in ... Moon flew on to Riyadh"): the first or last word of the
    name, unless two people named in full before it share it or the gazetteer knows the word otherwise."""
    short: dict[str, list[tuple[Entity, int]]] = {}  # each short form's bearers, where each was named
    given: dict[str, list[tuple[Entity, int]]] = {}  # the same for given names after a title ("Sheikh Tamim")
    for m in raw:
        e = m.entity
        if m.kind != "name" or e is None or e.type != "Person":
            continue
        for form in index.given_forms(e):
            given.setdefault(form, []).append((e, m.end))
        alone = index.alone_forms(e)
        if not alone:
            continue  # most people: the gazetteer knows their surname, or none could stand alone
        said = _said(m.text)
        for alias, forms in alone:
            if alias not in said:
                continue  # of the name itself, not of a title before it ("Chinese Foreign Minister Wang Yi")
            for form in forms:
                short.setdefault(form, []).append((e, m.end))
    if not short and not given:
        return raw
    taken = [(m.start, m.end) for m in raw]
    found = []
    keys = short.keys() | given.keys()  # (the test per word runs in C)
    for k in compress(range(len(words)), map(keys.__contains__, words)):
        a, b = toks[k].start(), toks[k].end()
        bearers = short.get(words[k])
        if bearers is None:
            # a given name only right after a title ("Prince Mohammed met ...", "Scheich Mohammed sagte")
            if (
                k == 0
                or words[k - 1].casefold() not in _TITLES_BEFORE_GIVEN
                or toks[k].string[toks[k - 1].end() : a] != " "
            ):
                continue
            bearers = given[words[k]]
        # the one bearer named before it ("President Raul Castro ... met both Castro and his brother, Fidel
        # Castro": Raúl); none where two were
        named = {e for e, after in bearers if after <= a}
        if len(named) == 1 and not any(x < b and a < y for x, y in taken):
            found.append(Mention(a, b, named.pop(), "surname", words[k]))
    return sorted([*raw, *found], key=lambda m: m.start) if found else raw


def _kin_named_in_full(raw: list[Mention]) -> list[Mention]:
    """A surname the gazetteer gives to one bearer is another whom the text has named in full before,
    while the one it gives it to goes unnamed ("President Heydar Aliyev ... Chirac received Aliyev":
    the father, not Ilham Aliyev, to whom the bare surname belongs)."""
    full: dict[str, set[Entity]] = {}
    out = raw
    for k, m in enumerate(raw):
        e = m.entity
        if e is None or e.type != "Person":
            continue
        if m.kind == "name" and e.offices:  # a gazetteer's person (not a stranger a title introduced)
            full.setdefault(_said(m.text).split()[-1], set()).add(e)
        elif m.kind == "surname" and full:
            kin = full.get(_said(m.text), set()) - {e}
            if len(kin) == 1 and not any(e in people for people in full.values()):
                if out is raw:
                    out = list(raw)
                out[k] = Mention(m.start, m.end, kin.pop(), "surname", m.text, m.country, m.office)
    return out


# titles of heads of state and government (a known surname after them stays that person)
_HEAD_TITLES = ("president", "präsident", "präsidentin", "premier")
# A person the gazetteer does not know, introduced by a title: "Defence Secretary Lloyd Austin",
# "NATO-Generalsekretär Jens Stoltenberg", "special envoy Zalmay Khalilzad". The name is two or three
# capitalised words right after the title word; later, the last of them alone is the same person.
_TITLE_ENDINGS = (
    "minister", "ministerin", "secretary", "envoy", "ambassador", "adviser", "advisor", "spokesman", "director",
    "spokeswoman", "spokesperson", "commander", "general", "chief", "deputy", "leader", "sekretär",
    "sekretärin", "gesandte", "gesandter", "gesandten", "botschafter", "botschafterin", "berater",
    "beraterin", "sprecher", "sprecherin", "beauftragte", "beauftragter", "beauftragten", "kommandeur",
    "chef", "chefin", "anführer", "kollege", "kollegen", "kollegin", "colleague", "counterpart",
    "counterparts", "diplomat", "negotiator", "mediator", "unterhändler", "vermittler", "vermittlerin",
    "representative", "vertreter", "vertreterin", *_HEAD_TITLES,
)  # fmt: skip
# the lower-case second syllable of a hyphenated Korean given name (not "Putin-led", "Trump-era")
_SYLLABLE = frozenset(
    "ae an bae baek bak beom bin bok bong bum byung chan chang cheol cheon chol chul chun dae do dong doo duk "
    "eun geun gil gook gu guk gun gyeong gyu ha hae hak han he hee heon hi ho hong hoon hun hwa hwan hwi "
    "hyeon hye hyo hyuk hyun hyung il in ja jae je jeong ji jik jin jo jong joo ju jun jung ke ki ko koo kook "
    "ku kun kwan kwon kyo kyu kyun kyung man mi min mo mook moon mun myung na nam ok on pil rae ran ri sam sang se "
    "seo seok seon seong seung shik shin si sik so soo sook su suk sul sun sung tae un wan won woo wook woong "
    "ye yeol yeon yeong yeop yong yoo yoon young yul yun".split()
)

_NAME_STOP = frozenset(
    "The Der Die Das And Und Of Von For Für In Im On Am At Mr Mrs Ms Dr Herr Frau President Präsident General "
    # titles are no names: "Deputy Crown Prince and Minister of Defence Mohammed bin Salman"
    "Crown Prince Prinz Kronprinz King König Queen Königin Emir Sultan Minister Prime Vice Deputy Secretary "
    "Foreign Defence Defense Chief Supreme Commander Special Envoy Ambassador Negotiator "
    # styles of address: "the Emirati President His Highness Sheikh Mohamed bin Zayed"
    "His Her Highness Majesty Excellency Seine Ihre Hoheit Majestät Exzellenz".split()
)


@functools.lru_cache(maxsize=50_000)
def _is_title_word(word: str) -> bool:
    """Whether a word ends in a title ("Außenminister", "envoy"); cached: news vocabulary repeats."""
    return word.casefold().endswith(_TITLE_ENDINGS)


def _other_bearers(
    index: Index, text: str, raw: list[Mention], toks: list[re.Match[str]], words: list[str]
) -> list[Mention]:
    """A known surname after another given name is someone else who bears it: "Hans Scholz" is not Olaf
    Scholz, "Ahmed Malki" not Riyad al-Maliki. The two words become a person of their own; later, the
    surname alone is that person."""
    # (a capitalised word right before the surname first: most surnames stand alone)
    cands = [
        (m, before)
        for m in raw
        if m.kind == "surname"
        and m.entity is not None
        and m.entity.type == "Person"
        and text[m.start - 1 : m.start] == " "
        and (before := _WORD_BEFORE.search(text, max(0, m.start - 40), m.start)) is not None
        and _norm_token(before.group(1)) in index.given
    ]
    if not cands:
        return raw
    # (not where the text names the known bearer in full: "Barack Obama ... Michelle Obama" keeps to him)
    in_full = {m.entity for m in raw if m.kind == "name"}
    # (a place's name as the given name is no mention of its own: "Bundespräsident Roman Herzog" is not Rome)
    ends = {m.end for m in raw if m.entity is None or m.entity.type != "Place"}
    found: list[Mention] = []
    for m, before in cands:
        if (
            m.entity in in_full
            or before.end(1) in ends  # "Ashton Dačić": two people named one after the other
            or _norm_token(before.group(1))[:3] in index.own_words.get(m.entity.id, ())
        ):
            continue
        full = f"{before.group(1)} {m.text}"
        if any(index.by_sound.get(k) == m.entity for k in sounds_of(full)):
            continue  # the bearer's own name spelt another way: "Dimitri Medwedew" is Dmitry Medvedev
        found.append(
            Mention(before.start(1), m.end, Entity("Person", Entity.mint_id("Person", full), full), "name", full)
        )
    if not found:
        return raw
    spans = {(f.end) for f in found}
    starts = {f.start for f in found}
    raw = [m for m in raw if not (m.kind == "surname" and m.end in spans) and m.start not in starts]
    return _later_surnames(raw, found, toks, words)


_PATRONYM_BEFORE = re.compile(r"\b(?:bin|ibn|bint)\s+$")
_MODEL_NUMBER_AFTER = re.compile(r"[-‑]?\d+[A-Z]?\b")
# a square, palace or street named after someone: "in the Piazza Colonna", "am Place Vendôme"
# the last word of a Persian or Urdu compound joined by "-e-" ("Aiwan-e-Sadr", the president's house in
# Islamabad; "Tehreek-e-Insaf"): no one's surname
_IZAFE_BEFORE = re.compile(r"\w-[ei]-$")
_STREET_BEFORE = re.compile(
    r"\b(?:Piazza|Palazzo|Plaza|Place|Platz|Via|Avenida|Avenue|Rue|Calle|Praça|Palácio|Villa)\s+$"
)
_PARTICLE_NAME_AFTER = re.compile(r"\s+(?:da|das|de|del|della|di|do|dos|du)\s+[A-ZÄÖÜ]")
_NAMED_AFTER = re.compile(
    r"[\s-]+(?:International\s+)?(?:Airport|Flughafen|Air\s?[Bb]ase|Stadium|Stadion|University|Universität|Bridge|"
    r"Brücke|Street|Avenue|Square|Boulevard|Mausoleum|Memorial|Foundation|Stiftung|Centre|Center|Hall|Hospital|"
    r"Villa|Rock|Palace|Palast|Lodge|Castle|Schloss)\b"
)
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w]*) $")


def _later_surnames(
    raw: list[Mention], found: list[Mention], toks: list[re.Match[str]], words: list[str]
) -> list[Mention]:
    """`raw` with the strangers `found`; later, the last word of a stranger's name alone is the same person
    ("Austin said"), where no other mention stands."""
    taken = [(m.start, m.end) for m in raw]
    last = {m.entity.name.split()[-1]: m for m in found if m.entity is not None}
    for k, w in enumerate(words):
        first = last.get(w)
        if first is not None and toks[k].start() > first.end:
            a, b = toks[k].start(), toks[k].end()
            if not any(x < b and a < y for x, y in taken):
                found.append(Mention(a, b, first.entity, "surname", w))
    return sorted([*raw, *found], key=lambda m: m.start)


# the sounds of a name's letters across the ways English and German write Russian, Turkic and Persian names:
# the sibilants s, z, ts, tsch one sound, sh, sch, zh, dsch, dzh (and j as in "Japarov") another, h/ch/kh and vowels
# none
_SOUND_GROUPS = (
    (re.compile(r"tsch|ts|tz|ss|ß"), "s"),
    # the sound of "sh", however it is written: "Schoigu", "Shoigu", "Dschaparow", "Zhomart" (and an English "j")
    (re.compile(r"d?[sz]ch|d?zh|sh|dj"), "ʃ"),
    (re.compile(r"[kc]h|ph"), lambda m: "" if m.group(0) != "ph" else "v"),
)
_SOUND_LETTERS = str.maketrans("zcqgpdwfx", "skkkbtvvs", "aeiouyh'’ ")


def sounds_of(name: str) -> set[str]:
    """The sound keys of a full name ("Sooronbai Dscheenbekow", "Sooronbay Jeenbekov" share one): its
    consonants by kind and whether a word opens with a vowel, a "j" read both ways (the English "Japarov",
    the German "Tokajew"), the "sh" sound apart from an "s" ("Marian Jurecka" is not "Marjan Šarec"); none
    for a name of one word or of fewer than five such signs."""
    words = normalize(name).split()
    if len(words) < 2:
        return set()
    keys = set()
    for j in ("ʃ", ""):
        out = []
        for w in words:
            for rx, sub in _SOUND_GROUPS:
                w = rx.sub(sub, w)
            w = w.replace("j", j)
            # (a vowel opening a word stays: "Peter Okello" is not "Peter Kyle")
            w = ("_" if w[:1] in ("a", "e", "i", "o", "u") else "") + w.translate(_SOUND_LETTERS)
            out.append(re.sub(r"(.)\1+", r"\1", w))
        key = " ".join(out)
        if len(key.replace(" ", "")) >= 5:
            keys.add(key)
    return keys


def _headline_case(text: str, at: int) -> bool:
    """Whether the line around `at` is a headline in title case: no full stop at its end, every longer word
    capitalised ("Leaders Discuss Trade and Migration on Final Day of Summit"), where capitals mark no names."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    if len(line) > 200 or line.endswith((".", "!", "?", ":", '"', "“", "”")):
        return False
    longer = re.findall(r"[^\W\d_]{4,}", line)
    return len(longer) >= 5 and all(w[0].isupper() for w in longer)


def _titled_strangers(
    index: Index, text: str, raw: list[Mention], toks: list[re.Match[str]], words: list[str]
) -> list[Mention]:
    found: list[Mention] = []
    starts: list[int] | None = None
    n = len(toks)
    # a title word needs two more tokens after it; the test runs in C over a cached verdict per word
    for k in compress(range(n - 2), map(_is_title_word, words)):
        name: list[int] = []
        j = k + 1
        # "the Russian ambassador, Dmitry Zhirnov, who ...": the name in commas right after the title
        apposed = text[toks[k].end() : toks[k + 1].start()] == ", "
        spaced = 0  # the name's words ("Sabah Al-Chalid Al-Sabah": three, joined within by hyphens)
        while j < n:
            w = words[j]
            if not (
                w[:1].isupper()
                # ("Trade Minister Yeo Han-koo": the second syllable of a Korean given name)
                or (name and w in _SYLLABLE and text[toks[j - 1].end() : toks[j].start()] == "-")
                # ("General Achmed al Malki": an Arabic article inside the name)
                or (
                    w in _ARTICLES
                    and j + 1 < n
                    and words[j + 1][:1].isupper()
                    and text[toks[j].end() : toks[j + 1].start()] == " "
                )
            ):
                break
            sep = text[toks[j - 1].end() : toks[j].start()]
            # ("Sabah Al-Chalid Al-Sabah": a hyphen joins the parts of one word of the name)
            if not (sep == "-" and name):
                spaced += 1
                if spaced > 3 or sep != (", " if apposed and j == k + 1 else " "):
                    break
            if name and _is_title_word(w):
                name = []  # a title goes on: "Deputy National Security Director Ichiro Sato" (its last title word names him)
                break
            if w in _NAME_STOP or len(w) < 2:  # an initial: "President George W. Bush" cut at its full stop
                break
            name.append(j)
            j += 1
            if w.endswith(("'s", "’s")):
                break  # "President Recep Tayyip Erdoğan's tour": the genitive is the name's last word
        if len(name) < 2:
            continue
        a, b = toks[name[0]].start(), toks[name[-1]].end()
        if words[name[-1]].endswith(("'s", "’s")):
            b -= 2
        if " " not in text[a:b] or (apposed and text[b : b + 1] not in (",", ".")):
            continue  # a name of one word is none ("President Macron's visit": the genitive alone)
        if _headline_case(text, a):
            continue  # "Biden, Mexican President Discuss Trade at Summit": a headline's words are capitalised
        if starts is None:
            starts = [m.start for m in raw]
        # (the mentions sorted by start: only those from a little before the name on can overlap it)
        overlap = [m for m in raw[bisect_left(starts, a - 120) : bisect_left(starts, b)] if a < m.end]
        if any(m.kind != "surname" for m in overlap):
            continue
        if overlap and words[k].casefold().endswith(_HEAD_TITLES):
            continue  # "Präsident Viktor Juschtschenko": a president's surname kg knows is that president
        full = text[a:b]
        kin = _kin_of(full, overlap)
        if overlap:
            # "der britische Diplomat Robert Cooper": not Yvette Cooper, whose surname alone the index knows
            raw = [m for m in raw if m not in overlap]
            starts = None
        # the tail of a name the text gave in full before ("Jose Eduardo dos Santos ... President Dos Santos"),
        # else one that sounds like a known person's
        tail = " " + full.casefold()
        known = (
            next(
                (
                    m.entity
                    for m in raw
                    if m.kind == "name"
                    and m.end <= a
                    and m.entity is not None
                    and m.entity.type == "Person"
                    and m.text.casefold().endswith(tail)
                ),
                None,
            )
            or kin
            or next((e for k in sounds_of(full) if (e := index.by_sound.get(k)) is not None), None)
        )
        found.append(Mention(a, b, known or Entity("Person", Entity.mint_id("Person", full), full), "name", full))
    if not found:
        return raw
    return _later_surnames(raw, found, toks, words)


def _kin_of(full: str, overlap: list[Mention]) -> Entity | None:
    """The known person a stranger's name is a short or turned form of: one whose surname it holds and
    whose given name is its other word ("Amtskollegen Recep Erdoğan" without the middle name; "Premier
    Kishida Fumio", the surname first as in Japan)."""
    words = full.casefold().split()
    for m in overlap:
        if m.entity is None or m.entity.type != "Person":
            continue
        given = m.entity.name.casefold().split()
        if len(given) >= 2 and given[-1] in words and (words[0] == given[0] or words[1:] == given[:1]):
            return m.entity
    return None


_TYPE_ORDER = {"Person": 0, "Country": 1, "Organization": 2, "Conflict": 3, "Place": 4, "Region": 5}
_KIND_ORDER = {"name": 0, "surname": 1, "adj": 2, "office": 3, "counterpart": 4, "region": 5}


def _choose_key(e: Entry) -> tuple[float, int]:
    return (
        _KIND_ORDER["adj"] + 0.5 if e.inflected else _KIND_ORDER.get(e.kind, 9),
        _TYPE_ORDER.get(e.entity.type, 9),
    )


def _choose(entries: list[Entry]) -> Entry:
    """The entry a match stands for: the first of the best kind and type (min keeps the first of equals)."""
    return entries[0] if len(entries) == 1 else min(entries, key=_choose_key)


# "Präsident [of] Russlands", "dem Präsidenten der Republik Kolumbien", "President of the Republic of Korea"
_OF_GAP = re.compile(
    r"\s*(?:of|of the|der|des|von)?\s*"
    r"(?:(?:Islamischen |Arabischen |Demokratischen |Islamic |Arab |Democratic )?"
    r"(?:Republik|Volksrepublik|Republic|People's Republic|Königreichs|Kingdom|Sultanats|Sultanate|Staates|State)"
    r"\s+(?:of\s+(?:the\s+)?)?)?",
    re.IGNORECASE,
)
_NAME_GAP = re.compile(r"[\s,]*")  # "Russian President Vladimir Putin", "das Staatsoberhaupt, Ilham Alijew"
_AND_OF = re.compile(r"\s*(?:,|and|und|sowie)\s*(?:of\s+|von\s+)?(?:the\s+|der\s+|des\s+)?", re.IGNORECASE)


# the rest of a name between its mention and a surname shared by its family ("Sheikh Tamim| bin Hamad Al-|Thani")
_NAME_TAIL = re.compile(r"(?:[\s-]+(?:bin|ibn|bint|al|Al|el|El|[A-Z][\w'’]*))*[\s-]+")


def _names_the_office(name: Mention, gap: str) -> bool:
    """Whether a name right before an office word is the office's body: an organisation ("UN
    Secretary-General", "NATO-Generalsekretär", "EU-Ratspräsident"), or a state joined by a hyphen
    ("der US-Präsident") or by its short capitals ("the US president", "UK Prime Minister")."""
    if name.kind != "name" or name.entity is None:
        return False
    if name.entity.type == "Organization":
        return not gap.strip(" -")
    # (or by its name in the genitive: "Omans Außenminister", "Russia's president")
    genitive = name.text.endswith(("'s", "’s")) or (name.text.endswith("s") and name.text not in name.entity.aliases)
    return name.entity.type == "Country" and (
        gap == "-" or (gap == " " and ((name.text.isupper() and len(name.text) <= 3) or genitive))
    )


_FORMER_BEFORE = re.compile(
    # ("der vorige Bundespräsident, der Indonesien besuchte, war Christian Wulff", "the then president")
    r"\b(?:former|ex|one-time|früher\w*|ehemalig\w*|einstig\w*|vormalig\w*|letzte[nrs]?|last|previous|vorige[nrs]?"
    r"|damalig\w*|then)\s*-?\s*$",
    re.IGNORECASE,
)


def _roles(text: str, raw: list[Mention], resolver: Resolver) -> list[Mention]:
    """Adjective/country + office word -> the office holder; counterparts; drop consumed parts."""
    out: list[Mention] = []
    skip = set()
    for k, m in enumerate(raw):
        if k in skip:
            continue
        if m.kind in ("office", "counterpart"):
            country = m.country  # "der Kremlchef": the word names its state
            start = m.start
            prev = out[-1] if out else None
            popped: Mention | None = None  # the state or body named before the office word
            shared: Mention | None = None  # another state's adjective sharing the office word
            # "der russische Präsident", "Russian President", "the Armenian premier"
            if prev and prev.kind == "adj" and not text[prev.end : m.start].strip(" -"):
                country = prev.country
                start = prev.start
                popped = out.pop()
                # "his Armenian and Azerbaijani counterparts", "die armenischen und aserbaidschanischen Minister"
                before = out[-1] if out else None
                if (
                    before is not None
                    and before.kind == "adj"
                    and before.country not in (None, country)
                    and _AND_OF.fullmatch(text, before.end, prev.start)
                ):
                    shared = before
            elif prev and _names_the_office(prev, text[prev.end : m.start]):
                country = prev.entity  # "UN Secretary-General", "EU-Ratspräsident", "der US-Präsident"
                start = prev.start
                popped = out.pop()
            # "Präsident Russlands", "President of Russia", "Präsident Aserbaidschans"
            nxt = raw[k + 1] if k + 1 < len(raw) else None
            of_state: Mention | None = None  # the state named after the office word
            listed: list[Mention] = []  # the holders of the same office in the other states of a list
            if country is None and nxt and nxt.entity is not None and nxt.entity.type in ("Country", "Organization"):
                gap = text[m.end : nxt.start]
                if _OF_GAP.fullmatch(gap):
                    country = nxt.entity
                    of_state = nxt
                    skip.add(k + 1)
                    # "the foreign ministers of Armenia and Azerbaijan", "die Präsidenten Russlands und der
                    # Türkei": the office holder of each state of the list
                    j = k + 2
                    while (
                        m.kind == "office"
                        and j < len(raw)
                        and raw[j].entity is not None
                        and raw[j].entity.type == "Country"
                        and _AND_OF.fullmatch(text, raw[j - 1].end, raw[j].start)
                    ):
                        other = resolver.holder(m.office, raw[j].entity) if m.office else None
                        # a holder kg does not know: the state itself ("the defence ministers of Japan, Italy and ...")
                        listed.append(
                            raw[j]
                            if other is None
                            else Mention(
                                raw[j].start,
                                raw[j].end,
                                other,
                                "role",
                                raw[j].text,
                                country=raw[j].entity,
                                office=m.office,
                            )
                        )
                        skip.add(j)
                        j += 1
            person = None
            office = m.office
            if m.kind == "counterpart":
                # same office as the person named last, in the adjective's country
                last = next((x for x in reversed(out) if x.entity is not None and x.entity.type == "Person"), None)
                held = resolver.office_of(last.entity) if last and last.entity else None
                # nobody named before ("Verteidigungsminister Schoigu", unknown, "und sein Amtskollege"): no office
                stranger = last is not None and last.entity is not None and not last.entity.offices
                office = held[0] if held else "head_of_state" if last is not None and not stranger else None
                if office is not None and not resolver.index.offices.get(office):
                    office = None  # an office no role word names has many holders at once (envoys, deputy premiers)
            # "der frühere nigerianische Präsident", "the former president of Botswana": not who holds it now
            former = _FORMER_BEFORE.search(text, max(0, start - 24), start) is not None
            if country is not None and office and not former:
                person = resolver.holder(office, country)
            # "Russian President Vladimir Putin", "das Staatsoberhaupt, Ilham Alijew,": the name wins
            nxt2 = raw[k + 1] if k + 1 < len(raw) and (k + 1) not in skip else None
            if (
                nxt2
                and nxt2.entity is not None
                and nxt2.entity.type == "Person"
                and _NAME_GAP.fullmatch(text[m.end : nxt2.start])
            ):
                if country is None:
                    continue
                person = nxt2.entity
                if not person.offices and country.type == "Country":
                    # "Philippine Defense Secretary Gilberto Teodoro", a name kg does not know: of the title's state
                    person = Entity(
                        person.type,
                        person.id,
                        person.name,
                        person.aliases,
                        person.properties,
                        (Office(office or "official", country.id, body=country),),
                    )
                skip.add(k + 1)
                out.append(
                    Mention(start, nxt2.end, person, "name", text[start : nxt2.end], country=country, office=office)
                )
                continue
            if person is not None:
                other = resolver.holder(office, shared.country) if shared is not None and office else None
                if shared is not None and other is not None:
                    out[-1] = Mention(
                        shared.start, shared.end, other, "role", shared.text, country=shared.country, office=office
                    )
                out.append(Mention(start, m.end, person, "role", text[start : m.end], country=country, office=office))
            elif former:
                pass  # someone who once held the office, whom the text does not name
            elif of_state is not None:
                out.append(of_state)  # "the defence minister of Japan", a holder kg does not know: the state
            elif popped is not None and popped.kind == "name":
                out.append(popped)  # "The AU's High Representative", an office kg does not know: the body
            elif popped is not None and popped.kind == "adj":
                # "eines chinesischen Regierungschefs" on an undated page, or one kg does not know: the state
                out.append(popped)
            elif country is None and m.kind == "office":
                out.append(Mention(start, m.end, None, "office", text[start : m.end], office=office))
            out += listed
            continue
        out.append(m)
    return out
