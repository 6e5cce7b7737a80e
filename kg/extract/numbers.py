"""Normalisation of numbers, money, percentages, qualifiers, dates and periods (German, English).

Everything here is pure text -> value; the year of a partial date comes from the article's
publication date (``ref``, an ISO date). Functions return None when they find nothing.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass

from kg.extract.fastre import ci, required_strings

# -- number words ----------------------------------------------------------------------------

_UNITS = {
    "de": {
        "null": 0,
        "ein": 1,
        "eine": 1,
        "einen": 1,
        "einem": 1,
        "einer": 1,
        "eins": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "dreizehn": 13,
        "vierzehn": 14,
        "fünfzehn": 15,
        "sechzehn": 16,
        "siebzehn": 17,
        "achtzehn": 18,
        "neunzehn": 19,
        "zwanzig": 20,
        "dreißig": 30,
        "dreissig": 30,
        "vierzig": 40,
        "fünfzig": 50,
        "sechzig": 60,
        "siebzig": 70,
        "achtzig": 80,
        "neunzig": 90,
        "hundert": 100,
        "tausend": 1000,
        "dutzend": 12,
        "beiden": 2,
        "beide": 2,
    },
    "en": {
        "zero": 0,
        "one": 1,
        "a": 1,
        "an": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "thousand": 1000,
        "dozen": 12,
        "both": 2,
        "couple": 2,
    },
}
NUMBER_WORDS = {**_UNITS["en"], **_UNITS["de"]}
_DE_TENS = {word: value for word, value in _UNITS["de"].items() if value in range(20, 100, 10)}
_DE_ONES = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_DE_COMPOUND = re.compile(r"^(" + "|".join(_DE_ONES) + r")und(" + "|".join(_DE_TENS) + r")$")


def word_number(text: str) -> float | None:
    """'zehn' -> 10, 'vierzehn' -> 14, 'three dozen' -> 36, 'twenty-five' -> 25, 'einundzwanzig' -> 21."""
    words = [w for w in re.split(r"[\s\-]+", text.strip().casefold()) if w]
    if not words:
        return None
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        m = _DE_COMPOUND.match(w)
        if m:
            current += _DE_ONES[m.group(1)] + _DE_TENS[m.group(2)]
            seen = True
            continue
        if w == "and" or w == "und":
            continue
        value = NUMBER_WORDS.get(w)
        if value is None:
            try:
                value = parse_number(w)
            except ValueError:
                return None
            if value is None:
                return None
        seen = True
        if value in (100, 1000, 12) and w in ("hundred", "hundert", "thousand", "tausend", "dozen", "dutzend"):
            current = (current or 1) * value
            if value == 1000:
                total += current
                current = 0
        else:
            current += value
    return total + current if seen else None


# -- digits ----------------------------------------------------------------------------------


def parse_number(text: str, lang: str | None = None) -> float | None:
    """Digits in German or English notation: '1.234,5' -> 1234.5, '1,234.5', '3 000 000', '7.5'."""
    t = text.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("'", "")
    t = re.sub(r"(?<=\d) (?=\d{3}\b)", "", t)
    if not re.fullmatch(r"[+-]?\d[\d.,]*", t):
        return None
    if "," in t and "." in t:
        if t.rfind(",") > t.rfind("."):  # German: 1.234,5
            t = t.replace(".", "").replace(",", ".")
        else:  # English: 1,234.5
            t = t.replace(",", "")
    elif "," in t:
        parts = t.split(",")
        if len(parts) > 2 or (len(parts[1]) == 3 and lang != "de" and len(parts[0]) <= 3):
            t = t.replace(",", "")  # thousands separators
        else:
            t = t.replace(",", ".")  # German decimal comma
    elif "." in t:
        parts = t.split(".")
        if len(parts) > 2 or (len(parts[1]) == 3 and lang == "de"):
            t = t.replace(".", "")  # German thousands: 1.234.567
    try:
        return float(t)
    except ValueError:
        return None


SCALES = {
    "thousand": 1e3,
    "tausend": 1e3,
    "tsd": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millionen": 1e6,
    "mio": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
    "mrd": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "billionen": 1e12,
    "trillions": 1e12,
    "tn": 1e12,
    "bio": 1e12,
}

CURRENCIES = {
    "usd": "USD",
    "us-dollar": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "u.s. dollar": "USD",
    "u.s. dollars": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "$": "USD",
    "us$": "USD",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "€": "EUR",
    "rub": "RUB",
    "rubel": "RUB",
    "rubles": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rouble": "RUB",
    "₽": "RUB",
    "gbp": "GBP",
    "pfund": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "£": "GBP",
    "cny": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "¥": "JPY",  # the yen's sign in English and German news; the yuan is written out ("yuan", "RMB", "CNY")
    "azn": "AZN",
    "manat": "AZN",
    "try": "TRY",
    "lira": "TRY",
    "lire": "TRY",
    "₺": "TRY",
    "amd": "AMD",
    "dram": "AMD",
    "gel": "GEL",
    "lari": "GEL",
    "kzt": "KZT",
    "tenge": "KZT",
    "uah": "UAH",
    "hryvnia": "UAH",
    "hrywnja": "UAH",
    "irr": "IRR",
    "rial": "IRR",
    "chf": "CHF",
    "franken": "CHF",
    "jpy": "JPY",
    "yen": "JPY",
    "inr": "INR",
    "rupees": "INR",
    "byn": "BYN",
    # more of the currencies arms and trade news quote (a currency name follows its figure, so common words
    # such as "real" or "rand" are left out; "kronor" is Swedish, "kroner" Danish or Norwegian)
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "australische dollar": "AUD",
    "australischen dollar": "AUD",
    "aud": "AUD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "kanadische dollar": "CAD",
    "kanadischen dollar": "CAD",
    "cad": "CAD",
    "new zealand dollars": "NZD",
    "new zealand dollar": "NZD",
    "neuseeland-dollar": "NZD",
    "neuseeländische dollar": "NZD",
    "neuseeländischen dollar": "NZD",
    "nzd": "NZD",
    "singapore dollars": "SGD",
    "singapur-dollar": "SGD",
    "sgd": "SGD",
    "hong kong dollars": "HKD",
    "hongkong-dollar": "HKD",
    "hkd": "HKD",
    "sek": "SEK",
    "kronor": "SEK",
    "swedish kronor": "SEK",
    "schwedische kronen": "SEK",
    "schwedischen kronen": "SEK",
    "nok": "NOK",
    "norwegian kroner": "NOK",
    "norwegische kronen": "NOK",
    "norwegischen kronen": "NOK",
    "dkk": "DKK",
    "danish kroner": "DKK",
    "dänische kronen": "DKK",
    "dänischen kronen": "DKK",
    "krw": "KRW",
    "won": "KRW",
    "sar": "SAR",
    "riyals": "SAR",
    "riyal": "SAR",
    "aed": "AED",
    "dirhams": "AED",
    "dirham": "AED",
    "pln": "PLN",
    "zloty": "PLN",
    "złoty": "PLN",
    "brl": "BRL",
    "reais": "BRL",
    "ils": "ILS",
    "shekels": "ILS",
    "schekel": "ILS",
    "ngn": "NGN",
    "naira": "NGN",
    "thb": "THB",
    "baht": "THB",
    "myr": "MYR",
    "ringgit": "MYR",
    "idr": "IDR",
    "rupiah": "IDR",
    "indian rupees": "INR",
    "indische rupien": "INR",
    "indischen rupien": "INR",
    "rupien": "INR",
    "pkr": "PKR",
    "pakistani rupees": "PKR",
    "pakistanische rupien": "PKR",
    "pakistanischen rupien": "PKR",
    "egp": "EGP",
    "egyptian pounds": "EGP",
    "ägyptische pfund": "EGP",
    "ägyptischen pfund": "EGP",
    "vnd": "VND",
    "dong": "VND",
    "zar": "ZAR",
    "mxn": "MXN",
    "mexican pesos": "MXN",
    "mexikanische pesos": "MXN",
    "mexikanischen pesos": "MXN",
    "php": "PHP",
    "philippine pesos": "PHP",
    "philippinische pesos": "PHP",
    "philippinischen pesos": "PHP",
    # dollar signs of other states before the figure: "A$1 billion", "C$19bn"
    "a$": "AUD",
    "au$": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "nz$": "NZD",
    "s$": "SGD",
    "r$": "BRL",
}

QUALIFIER_WORDS = [
    # (pattern, enum) - longest first
    (
        r"mehr als|more than|über|ueber|over|upwards of|in excess of|exceeding|exceeded|exceeds|topped|tops|surpassed|surpasses|überstieg|übersteigt|übertraf|übertrifft|rund über",
        "more_than",
    ),
    (r"mindestens|at least|wenigstens|no less than|not less than", "at_least"),
    (r"weniger als|less than|fewer than|unter|below|under", "less_than"),
    (r"bis zu|up to|as much as|as many as|höchstens|at most", "up_to"),
    (r"fast|beinahe|nahezu|knapp|nearly|almost|close to|just under|nearing", "nearly"),
    (
        r"rund|etwa|circa|ca\.|ungefähr|gut|around|about|approximately|roughly|some|an estimated|estimated"
        # "with an estimated cost of $9 billion", "im geschätzten Wert von"
        r"|estimated (?:cost|value|price|worth) of|geschätzt\w* (?:Wert|Kosten|Volumen|Umfang) von",
        "about",
    ),
    (r"genau|exakt|exactly|precisely", "exactly"),
]
_QUAL_RE = [(ci(r"(?:^|\b)(?:" + p + r")\s*$"), q) for p, q in QUALIFIER_WORDS]


def qualifier_before(text: str) -> str | None:
    """The qualifier at the end of `text` (the words right before a number)."""
    tail = text[-30:]
    for rx, q in _QUAL_RE:
        if rx.search(tail):
            return q
    return None


_NUMWORD_ALT = "|".join(sorted((re.escape(w) for w in NUMBER_WORDS if len(w) > 2), key=len, reverse=True))
# (a space groups thousands: three digits after it, at most three before it: "3 000 000", not "erreichte 2021
# 312,5 Mrd.", a year and a figure)
_NUM = rf"(?:\d(?:[\d.,]|(?<!\d{{4}})[\u00a0\u202f ](?=\d{{3}}(?!\d)))*\d|\d|(?:{_NUMWORD_ALT})(?:[\s-](?:{_NUMWORD_ALT}))*)"
_SCALE_ALT = "|".join(sorted((re.escape(s) for s in SCALES), key=len, reverse=True))
_CUR_ALT = "|".join(sorted((re.escape(c) for c in CURRENCIES), key=len, reverse=True))
# an ISO code before the figure: "EUR 5 Mrd.", "NOK 12 billion" (not "try", an English word)
_CODE_ALT = "|".join(sorted(c for c, code in CURRENCIES.items() if c == code.casefold() and c != "try"))
MONEY_RE = ci(
    # (a space after the sign too: "US$ 150 billion", "€ 2,5 Mrd.")
    rf"(?<![\w.,])(?P<pre>(?:(?:US|AU|A|CA|C|NZ|S|R)?\$|€|£|¥|₽|₺)\s?|(?:{_CODE_ALT})(?=[\s\d])\s?)?"
    rf"(?P<num>{_NUM})[\s-]?"  # "a 1.6-billion-dollar contract", "ein 5-Milliarden-Euro-Paket"
    rf"(?:(?P<scale>{_SCALE_ALT})\b\.?[\s-]?)?"
    rf"(?:(?P<cur>{_CUR_ALT})(?![\w]))?"
)
PERCENT_RE = ci(
    rf"(?<![\w.,])(?P<num>{_NUM})[\s-]?(?:%|Prozent\b|percent\b|per cent\b|Prozentpunkte\b|percentage points\b|pct\b)"
)

# cheap gates: the full patterns run only where a currency or a percent word occurs
_MONEY_GATE = ci(
    r"[$€£¥₽₺]|\b(?:"
    + "|".join(sorted((re.escape(c) for c in CURRENCIES if c[:1].isalpha()), key=len, reverse=True))
    + ")"
).search
_PERCENT_GATE = ci(r"%|prozent|percent|per cent|percentage|pct").search


@dataclass(frozen=True)
class Amount:
    value: float
    currency: str | None
    qualifier: str | None
    start: int
    end: int


def _num_value(raw: str, lang: str | None) -> float | None:
    if raw[0].isdigit():
        return parse_number(raw, lang)
    return word_number(raw)


def money(text: str, lang: str | None = None) -> list[Amount]:
    """Money amounts: '5 Mrd. USD', '$5bn', '7.5 billion dollars', 'fünf Milliarden US-Dollar'."""
    return list(_money(text, lang))


# the words joining two figures of one series: "von ... auf", "from ... to", "und", "bis"
_FIGURES_JOINED = re.compile(r"\s(?:auf|to|und|and|bis|über|versus|vs\.?)\s")
# what may follow such a figure: the end of a clause, or a time ("im letzten Jahr", "in 2021", "last year")
_FIGURE_ENDS = re.compile(r"\s*(?:$|[,.;:)]|(?:im|in|bis|and|und|to|auf|last|this|vor|nach|from|von|a|per|pro)\b)")


def _joined_figure(text: str, last: Amount, m: re.Match[str]) -> bool:
    """Whether a figure of a scale without a currency ("2 Milliarden") is the second of a series whose first,
    `last`, has one ("von 10 Milliarden Dollar im Jahr 2014 auf 2 Milliarden", "from $5bn to 7 billion"):
    joined to it, and followed by no noun of its own ("2 Millionen Tonnen" is a figure of something else)."""
    return (
        last.currency is not None
        and m.start() - last.end <= 60
        and _FIGURES_JOINED.search(text, last.end, m.start()) is not None
        and _FIGURE_ENDS.match(text, m.end()) is not None
    )


@functools.lru_cache(maxsize=256)  # rules ask about a sentence and its clauses, often the same text
def _money(text: str, lang: str | None) -> tuple[Amount, ...]:
    out: list[Amount] = []
    if not _MONEY_GATE(text):
        return tuple(out)
    for m in MONEY_RE.finditer(text):
        pre, cur, scale = m.group("pre"), m.group("cur"), m.group("scale")
        if scale and scale.casefold() in ("m", "b", "k") and not pre:
            continue  # '5 m' is metres unless a currency sign comes first
        if pre or cur:
            code = CURRENCIES.get((cur or pre or "").strip().casefold())
            if code is None and pre:
                code = CURRENCIES.get(pre.strip().casefold())
        elif scale and (last := out[-1] if out else None) is not None and _joined_figure(text, last, m):
            code = last.currency  # "von 10 Milliarden Dollar im Jahr 2014 auf 2 Milliarden": the first one's
        else:
            continue
        if out and code != out[-1].currency and _CONVERSION_OPENS.fullmatch(text, out[-1].end, m.start()):
            continue  # "17 Mrd. Dollar (12,25 Mrd. Euro)", "US$20 billion (S$27 billion)": the sum in another currency
        value = _num_value(m.group("num").strip(), lang)
        if not value:
            continue  # (no sum at all: "Aktien handeln für 0 Euro!")
        if not scale and (ranged := _RANGE_SCALE.match(text, m.end("num"))) is not None:
            scale = ranged.group("scale")  # "$14-16 billion", "14 bis 16 Milliarden Dollar": the range's scale
        if scale:
            # (to the cent: 8.3 billion is 8300000000, not 8300000000.000001)
            value = round(value * SCALES[scale.casefold().rstrip(".")], 2)
        out.append(Amount(value, code, qualifier_before(text[: m.start()]), m.start(), m.end()))
    return tuple(out)


# the upper end of a range and its scale after a figure: "$14-16 billion", "14 bis 16 Milliarden"
_RANGE_SCALE = re.compile(rf"\s*(?:-|–|to|bis)\s*\$?(?:{_NUM})[\s-]?(?P<scale>{_SCALE_ALT})\b", re.IGNORECASE)
# the bracket a figure's conversion into another currency opens with
_CONVERSION_OPENS = re.compile(
    r"\s*\(\s*(?:(?:about|around|approx\.?|approximately|rund|etwa|ca\.|circa|umgerechnet|derzeit|aktuell|currently"
    r"|now|some|roughly|=)\s*)*",
    re.I,
)


def percents(text: str, lang: str | None = None) -> list[Amount]:
    out: list[Amount] = []
    if not _PERCENT_GATE(text):
        return out
    for m in PERCENT_RE.finditer(text):
        value = _num_value(m.group("num").strip(), lang)
        if not value:
            continue  # (no sum at all: "Aktien handeln für 0 Euro!")
        out.append(Amount(value, None, qualifier_before(text[: m.start()]), m.start(), m.end()))
    return out


def count_word(word: str) -> int | None:
    """The number a word or digits give ("six", "fünf", "4")."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.casefold())


def count_before(text: str, lang: str | None = None) -> int | None:
    """A count right before a noun: '... zehn' -> 10, '... 12' -> 12 (text ends where the noun starts)."""
    # (a whole word: not "drei" of "die dreiseitige Erklärung")
    m = ci(rf"(?:^|\s)({_NUM})(?![^\W\d_])\s*(?:[\w-]+\s+){{0,2}}$").search(text[-60:])
    if not m:
        return None
    value = _num_value(m.group(1).strip(), lang)
    if value is None or value != int(value) or value <= 0 or value > 999:
        return None  # ("hatte Ungarn 2015 eine Absichtserklärung unterzeichnet": a year, not a count)
    return int(value)


# -- dates -----------------------------------------------------------------------------------

MONTHS = {
    "januar": 1,
    "jänner": 1,
    "january": 1,
    "jan": 1,
    "februar": 2,
    "february": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "oct": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "december": 12,
    "dec": 12,
    "dez": 12,
}
WEEKDAYS = {
    "montag": 0,
    "monday": 0,
    "dienstag": 1,
    "tuesday": 1,
    "mittwoch": 2,
    "wednesday": 2,
    "donnerstag": 3,
    "thursday": 3,
    "freitag": 4,
    "friday": 4,
    "samstag": 5,
    "sonnabend": 5,
    "saturday": 5,
    "sonntag": 6,
    "sunday": 6,
}
_MONTH_CAP = "|".join(
    m.capitalize()
    for m in sorted(MONTHS, key=len, reverse=True)
    if len(m) > 4 or m in ("mai", "may", "juni", "june", "juli", "july", "märz")
)
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_WD_ALT = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_WORD_OF_WEEKDAY = re.compile(rf"(?<!\S)(?:{_WD_ALT})")
DATE_RES = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("dmy", re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b")),
    (
        "d_month_y",
        ci(
            rf"\b(?P<d>[0-3]?\d)(?:\.|st|nd|rd|th)?(?:\s*(?:-|–|and|und|to|bis)\s*[0-3]?\d(?:\.|st|nd|rd|th)?)?\s+(?:of\s+)?(?P<mon>{_MONTH_ALT})\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
        ),
    ),
    (
        "month_d_y",
        ci(rf"\b(?P<mon>{_MONTH_ALT})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d))?"),
    ),
    # "im September 2013", "in September 2013": a month (partial date)
    ("month_y", ci(rf"\b(?P<mon>{_MONTH_ALT})\.?,?\s+(?P<y>(?:19|20)\d\d)\b")),
    # "in July", "Ende März": a month of the publication year or the one before (partial date)
    (
        "month",
        re.compile(
            # its preposition is checked in _date_of; "of" only before a year word ("September of that year")
            rf"(?P<mon>{_MONTH_CAP})\b(?!\.?\s*(?:\d|of\b(?!\s+(?:that|last|this|next|the\s+same|the\s+previous)\s+year)))"
        ),
    ),
    (
        "weekday",
        ci(
            rf"\b(?:(?:am|on|last|vergangenen|letzten|this|diesen)\s+)?(?P<wd>{_WD_ALT})(?:s?(?:abend|morgen|nachmittag|vormittag|mittag|nacht))?\b"
        ),
    ),
    (
        "relative",
        ci(
            r"\b(?P<rel>yesterday|gestern|vorgestern|today|heute|tomorrow|morgen|last (?:night|evening)|tonight"
            r"|this (?:morning|afternoon|evening))\b"
        ),
    ),
    # "last month", "im vergangenen Monat": a month relative to the publication (partial date)
    ("rel_month", ci(r"\b(?P<rm>last|this|next|vergangenen|letzten|diesen|nächsten|kommenden)\s+(?:month|Monats?)\b")),
    # "last week", "vergangene Woche": the month of the week before the publication (its day is not told)
    ("rel_week", ci(r"\b(?:last|vergangene[nr]?|letzte[nr]?)\s+(?:week|Woche)\b|\bin der Vorwoche\b")),
]


_RELATIVE_DAYS = {
    "yesterday": -1,
    "gestern": -1,
    "vorgestern": -2,
    "last night": -1,
    "last evening": -1,
    "tomorrow": 1,
    "morgen": 1,
}
_HAS_DIGIT = re.compile(r"\d").search
# the month names of which the case-sensitive "month" pattern needs one (a test cheaper than the search)
_MONTH_NEEDS = required_strings(dict(DATE_RES)["month"].pattern)
# the same test as one search: the engine skips from capital to capital (three times faster than
# twenty substring tests); None when the names are unknown (then the pattern always runs)
_MONTH_NAMED = re.compile("|".join(map(re.escape, _MONTH_NEEDS))).search if _MONTH_NEEDS else None
_MONTH_PIECES = tuple("jän jan feb mär maer mar apr mai may jun jul aug sep oct okt nov dec dez".split())
# "in July", "Ende März", and the head of a timeline's line ("- **February:** ...")
_MONTH_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Ii]m|Anfang|Mitte|Ende|[Ee]arly|mid-|[Ll]ate|[Ll]ast|[Vv]ergangenen|[Ll]etzten|[Tt]his|[Dd]iesen)\s+$"
    r"|\bmid-$|\b(?:end|beginning|start|middle|days|weeks?|half) of\s+$|(?:^|\n)[-*•\s]*$"  # "the first days of June"
)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|until|before|bis)\s+(?:the\s+)?(?:end|beginning|middle|Ende|Anfang|Mitte)\b(?:\s+of)?\s+$"
)
# what an event comes before, with its month: "ahead of the NATO meeting there in July"
_AHEAD_OF_BEFORE = re.compile(r"\bahead of\b[^.;,]*\bin\s+$")
# the day of an election or of taking office, no event's: "his first trip abroad after his election win in May",
# "seit seinem Amtsantritt im Juni"
_OFFICE_TAKEN_BEFORE = re.compile(
    r"\b(?:election(?: victory| win)?|elected|re-elected|sworn in|took office|taking office|inauguration|inaugurated"
    r"|Wahl(?:sieg)?|gewählt|wiedergewählt|Amtsantritt(?:s|es)?|Amtseinführung|vereidigt)\s+(?:in|on|im|am)\s+$",
    re.IGNORECASE,
)
_SOON_AFTER = re.compile(
    r"\b(?:kurz|shortly|immediately|unmittelbar|soon|just|days|Tage|weeks|Wochen)\b", re.IGNORECASE
)
# "last November", "im vergangenen November": the last such month before the publication's
_LAST_BEFORE = re.compile(r"\b(?:[Ll]ast|[Vv]ergangenen|[Ll]etzten)\s+$")
# "this November", "diesen November": the publication year's
_THIS_BEFORE = re.compile(r"\b(?:[Tt]his|[Dd]iesen)\s+$")


def is_weekday(text: str) -> bool:
    """Whether a date's words name a weekday ("am Dienstag", "on Tuesday"): a word that begins with one."""
    return _WORD_OF_WEEKDAY.search(text.casefold()) is not None


def next_weekday(iso: str, ref: str | None) -> str:
    """A weekday resolved backwards (`find_date`) moved to the same weekday on or after `ref`."""
    r, d = _ref(ref), _ref(iso)
    if r is None or d is None or d >= r:
        return iso
    return (d + _dt.timedelta(days=7)).isoformat()


@functools.lru_cache(maxsize=256)
def _ref(ref: str | None) -> _dt.date | None:
    if not ref:
        return None
    parts = [int(p) for p in ref.split("-")[:3]]
    while len(parts) < 3:
        parts.append(1)
    try:
        return _dt.date(*parts)
    except ValueError:
        return None


def find_date(text: str, ref: str | None, that_year: int | None = None) -> tuple[str, int, int] | None:
    """The first date in `text` as (ISO text, start, end); partial years from `ref` ("of that year":
    `that_year`)."""
    low = text.casefold()
    digits = _HAS_DIGIT(text) is not None
    weekday = "tag" in low or "day" in low or "mittwoch" in low or "sonnabend" in low
    relative = (
        "gestern" in low
        or "heute" in low
        or "morgen" in low
        or "today" in low
        or "yesterday" in low
        or "tomorrow" in low
        or "night" in low
        or "last evening" in low
        or "this morning" in low
        or "this afternoon" in low
        or "this evening" in low
    )
    months = digits and any(map(low.__contains__, _MONTH_PIECES))  # in C: no generator step per piece
    month = _MONTH_NAMED is None or _MONTH_NAMED(text) is not None
    rel_month = "month" in low or "monat" in low
    rel_week = "week" in low or "woche" in low
    ago = " ago" in low or ("vor " in low and (" tag" in low or " woche" in low or " monat" in low))  # not "Dienstag"
    if not (digits or weekday or relative or rel_month or rel_week or month or ago):
        return None  # no kind of date can match (most sentences): skip the loop below
    # which patterns can match at all (cheap substring tests); any other kind needs a digit
    run = {
        "d_month_y": months,
        "month_d_y": months,
        "month_y": months,
        "month": month,
        "weekday": weekday,
        "relative": relative,
        "rel_month": rel_month,
        "rel_week": rel_week,
    }
    r = _ref(ref)
    coarse = ref is not None and len(ref) < 10  # a publication month or year only: days counted from it are unknown
    if r is not None and len(ref or "") == 7:
        # a page of May 2015 may be of its last day: "on 7 and 8 July" there is the coming July (two months ahead
        # of the month's end at most, as of a day)
        r = _dt.date(r.year + r.month // 12, r.month % 12 + 1, 1) - _dt.timedelta(days=1)
    best, best_kind = None, None
    days: list[tuple[int, str, int]] = []  # the first day each kind of full date names: its place, ISO text, end
    for kind, rx in DATE_RES:
        if not run.get(kind, digits):
            continue
        for m in rx.finditer(text):
            if kind in _DAY_KINDS and _CLOCK_AFTER.match(text, m.end()):
                continue  # "Updated: 2019-06-14 08:30", "12.03.2021, 14:05 Uhr": the page's time stamp, no event's day
            if (
                kind == "relative"
                and text.startswith("Today", m.start())
                and _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            ):
                continue  # "USA Today", "The Europe Today": a title's word, no day
            iso = _date_of(kind, m, r)
            if (
                iso
                and kind != "weekday"
                and (taken := _OFFICE_TAKEN_BEFORE.search(text, max(0, m.start() - 32), m.start())) is not None
                and not _SOON_AFTER.search(text, max(0, taken.start() - 40), taken.start())
            ):
                continue  # (but "kurz nach der US-Wahl im November telefoniert": about then)
            if iso and coarse and kind in _COUNTED_KINDS:
                iso = ref[:7]  # "am Montag" in a page of July 2019 (its day not known): July 2019
            elif (
                iso and len(ref or "") == 4 and (kind == "month" or (kind in ("d_month_y", "month_d_y") and not m["y"]))
            ):
                iso = ref + iso[4:]  # "am 16. Juni" in a page of 2025 (its month not known): June 2025
            if iso and (kind == "month" or (kind in ("d_month_y", "month_d_y") and not m["y"])):
                # a day or month without its year: "last year" after it, else a year the sentence names
                iso = _year_after(text, m.end(), iso, r, that_year) or _in_named_year(text, iso, r) or iso
            if iso and (best is None or m.start() < best[1]):
                best, best_kind = (iso, m.start(), m.end()), kind
            if iso:
                if kind in _DAY_KINDS:
                    days.append((m.start(), iso, m.end()))
                break
    if r is not None and ago and (told := _AGO.search(text)) is not None:
        # "three days ago", "vor zwei Wochen": counted back from the publication day
        n = count_word(told["n"] or told["n2"] or told["n3"])
        unit = (told["unit"] or told["unit2"] or told["unit3"]).casefold()
        if n and best is None and unit.startswith(("month", "monat")):
            # "a month ago", "vor knapp einem Monat": that month (its day is not told; a date told is better)
            y, mo = divmod(r.year * 12 + r.month - 1 - n, 12)
            best = (f"{y:04d}-{mo + 1:02d}", told.start(), told.end())
        elif n and not unit.startswith(("month", "monat")) and (best is None or told.start() < best[1]):
            back = n * (7 if unit.startswith(("week", "woche")) else 1)
            best = (ref[:7] if coarse else (r - _dt.timedelta(days=back)).isoformat(), told.start(), told.end())
    if best is not None and best_kind == "weekday":
        # "Tuesday, April 9, 2019", "am Dienstag, dem 9. April 2019": the day told in full right after its weekday
        told = next((d for d in days if 0 <= d[0] - best[2] <= 6 and _WEEKDAY_GAP.fullmatch(text, best[2], d[0])), None)
        if (
            told is not None
            and len(told[1]) == 10
            and (_YEAR_DIGITS.search(text, told[0], told[2]) or _is_that_weekday(told[1], text[best[1] : best[2]]))
        ):
            # ("On Tuesday, February 18": without its year, the day of the year worked out that is a Tuesday)
            return told[1], best[1], told[2]
    if best is not None and len(best[0]) == 7:
        # "In February ... was received by Tokayev on Feb. 28", "Last month ... held talks on May 10":
        # the month told more precisely later in the sentence is that day
        same = sorted(d for d in days if d[1][:7] == best[0])
        if same:
            return same[0][1], best[1], best[2]
    return best


def _is_that_weekday(iso: str, words: str) -> bool:
    """Whether the day `iso` falls on the weekday `words` name ("am Dienstag", "on Tuesday")."""
    found = _WORD_OF_WEEKDAY.search(words.casefold())
    day = _ref(iso)
    return found is not None and day is not None and WEEKDAYS.get(found.group(0)) == day.weekday()


_DAY_KINDS = frozenset(("iso", "dmy", "d_month_y", "month_d_y"))
_CLOCK_AFTER = re.compile(r",?\s+(?:um\s+)?\d{1,2}:\d{2}\b(?!\s*(?:-|–|bis|to|and|und)\s*\d)")
_WEEKDAY_GAP = re.compile(r"[\s,(]*(?:(?:the|dem|den)\s+)?")  # ("Friday (Nov 25)")
_YEAR_DIGITS = re.compile(r"\d{4}")


def latest_day(text: str) -> str | None:
    """The latest whole day with its year the text names, none still to come ("Apr. 29, 2018" of a photo
    credit, "— @MEAIndia March 27, 2021" under a quoted post, "am 2. Dezember 2024"); none when the text
    names a later year (an old photo's day in a report of a later year)."""
    today = _dt.date.today().isoformat()
    days = [
        iso
        for kind, rx in DATE_RES
        if kind in _DAY_KINDS
        for m in rx.finditer(text)
        if (iso := _date_of(kind, m, None)) is not None and len(iso) == 10 and iso <= today
    ]
    if not days:
        return None
    day = max(days)
    later = [y for y in _BARE_YEAR.findall(text) if day[:4] < y <= today[:4]]
    return None if later else day


_WEEKDAY_DAY_MONTH = re.compile(
    r"\b(?P<wd>" + "|".join(w for w in WEEKDAYS if len(w) > 3) + r")\b,?\s+(?:(?:the|dem|den)\s+)?"
    r"(?:(?P<d>\d{1,2})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Za-zäöü]+)|(?P<m2>[A-Za-zäöü]+)\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
    r"(?![\d.,]*\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)


def weekday_day(text: str) -> str | None:
    """The day a text names by weekday, day and month but no year ("on Friday 29 October", "am Freitag,
    dem 29. Oktober"), in the one year from the latest year it names to this one where that day is that
    weekday; none where several are, or the text names no year."""
    m = _WEEKDAY_DAY_MONTH.search(text)
    if m is None:
        return None
    month = MONTHS.get((m["m"] or m["m2"]).casefold())
    if month is None:
        return None
    day, weekday = int(m["d"] or m["d2"]), WEEKDAYS[m["wd"].casefold()]
    today = _dt.date.today()
    named = [int(y) for y in _BARE_YEAR.findall(text) if int(y) <= today.year]
    if not named:
        return None
    years = []
    for year in range(max(named), today.year + 1):
        try:
            d = _dt.date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == weekday and d <= today:
            years.append(d)
    return years[0].isoformat() if len(years) == 1 else None


# dates counted from the publication day ("am Montag", "yesterday", "last week")
_COUNTED_KINDS = frozenset(("weekday", "relative", "rel_week"))
# a small count of days or weeks, in digits or words ("twelve days later", "vor zwei Wochen", "a week ago")
_FEW = r"\d+|" + "|".join(sorted((re.escape(w) for w, v in NUMBER_WORDS.items() if v <= 31), key=len, reverse=True))
_AGO = re.compile(
    rf"\b(?P<n>{_FEW})\s+(?P<unit>days?|weeks?|months?)\s+ago\b|\bvor\s+(?P<n2>{_FEW})\s+(?P<unit2>Tag(?:en)?|Wochen?)\b"
    # (a month, also counted roughly: "vor knapp einem Monat")
    rf"|\bvor\s+(?:(?:knapp|rund|etwa|fast|gut|mehr als)\s+)?(?P<n3>{_FEW})\s+(?P<unit3>Monat(?:en)?)\b",
    re.IGNORECASE,
)


# a day or month counted from the event in view: "two days later", "the following day", "a month
# earlier", "tags darauf", "am nächsten Tag", "eine Woche später", "einen Monat zuvor" (not "two weeks
# after X retook ...": that counts from another event)
_SHIFT = ci(
    rf"\b(?:(?P<n>{_FEW})"
    r"\s+(?P<unit>days?|weeks?|months?|Tage?n?|Wochen?|Monate?n?)\s+(?P<dir>later|earlier|afterwards|später|zuvor|vorher|danach|früher)"
    r"|(?P<next>(?:the\s+)?(?:following|next)\s+(?:day|morning|evening)|tags\s+darauf|am\s+(?:folgenden|nächsten)\s+(?:Tag|Morgen|Abend)"
    r"|am\s+Morgen\s+darauf|am\s+Folgetag"
    r"|tags\s+zuvor|am\s+Vortag|am\s+Vorabend|the\s+previous\s+(?:day|evening)"
    r"|the\s+(?:day|evening|night)\s+before(?=\s*[,.;)]|\s+(?:and|but)\b)))\b(?!\s+(?:after|before|nach|vor)\b)"
)


def shifted_date(text: str, anchor: str | None) -> tuple[str, int, int] | None:
    """A date counted from the day of the event in view (`anchor`, ISO): "two days later" after
    2022-05-12 is 2022-05-14, "a month earlier" 2022-04; None without a full anchor day. (The
    extractor asks only where the `shift` gate of rules.GATES opens.)"""
    if not anchor or len(anchor) != 10:
        return None
    m = _SHIFT.search(text)
    if m is None:
        return None
    day = _ref(anchor)
    if day is None:
        return None
    if m["next"]:
        back = m["next"].casefold().replace(" ", "")
        delta = -1 if back.endswith(("zuvor", "vortag", "vorabend", "before")) or "previous" in back else 1
        return (day + _dt.timedelta(days=delta)).isoformat(), m.start(), m.end()
    n = count_word(m["n"])
    if not n:
        return None
    sign = -1 if m["dir"].casefold() in ("earlier", "zuvor", "vorher", "früher") else 1
    unit = m["unit"].casefold()
    if unit.startswith(("month", "monat")):
        k = day.year * 12 + day.month - 1 + sign * n
        return f"{k // 12:04d}-{k % 12 + 1:02d}", m.start(), m.end()
    days = n * (7 if unit.startswith(("week", "woche")) else 1)
    return (day + _dt.timedelta(days=sign * days)).isoformat(), m.start(), m.end()


_IN_YEAR = re.compile(r"\b(?:[Ii]n|[Ii]m)\s+(?:(?:the\s+)?year\s+|Jahr(?:e)?\s+)?((?:19|20)\d\d)\b(?![.,/-]\d)")


# the year told right after a day or month: "on 26 February last year", "im Mai vergangenen Jahres"
_YEAR_AFTER = re.compile(
    r"\s*,?\s*(?:of\s+)?(?:(?P<last>last year|the previous year|vergangenen Jahres|letzten Jahres|des Vorjahres|"
    r"des vergangenen Jahres)|(?P<this>this year|dieses Jahres|des laufenden Jahres)|(?P<next>next year|"
    r"nächsten Jahres|kommenden Jahres|des kommenden Jahres)|(?P<that>that year|the same year|desselben Jahres|"
    r"jenes Jahres|des gleichen Jahres|des selben Jahres))\b",
    re.IGNORECASE,
)


def _in_year(iso: str, year: int) -> str | None:
    """A day or month (ISO) moved to `year`; None for a day the year lacks (29 February)."""
    try:
        return _dt.date(year, int(iso[5:7]), int(iso[8:10])).isoformat() if len(iso) == 10 else f"{year:04d}{iso[4:]}"
    except ValueError:
        return None


def _year_after(text: str, end: int, iso: str, r: _dt.date | None, that_year: int | None = None) -> str | None:
    """A day or month (`iso`, its match ending at `end`) in the year the words right after it name
    ("in September of that year": `that_year`, the year the text named last)."""
    if r is None or ("ahr" not in text and "year" not in text):
        return None
    m = _YEAR_AFTER.match(text, end)
    if m is None or (m["that"] and that_year is None):
        return None
    year = that_year if m["that"] else r.year - 1 if m["last"] else r.year + 1 if m["next"] else r.year
    return _in_year(iso, year)


# (the look-behind after the digits lets the engine skip from "1" to "2" instead of trying every position)
_NAMED_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)(?<![\d.,]\d{4})(?![\d]|[.,]\d)")


def last_year_named(text: str) -> int | None:
    """The last year a text names ("... in 2013 that paved the way"): what "that year" after it means."""
    found = _NAMED_YEAR.findall(text) if _HAS_DIGIT(text) else []
    return int(found[-1]) if found else None


def _in_named_year(text: str, iso: str, r: _dt.date | None) -> str | None:
    """A day or month without year in a sentence that names one other year ("When it took effect in
    2020, ... met Trump on 8 July"): that year's, not the publication's."""
    years = {m.group(1) for m in _IN_YEAR.finditer(text)}
    if len(years) != 1 or r is None:
        return None
    year = int(years.pop())
    if year >= r.year:
        return None
    return _in_year(iso, year)


# the pluperfect: what it tells lies before the report ("hatte ... gesprochen", "had met")
_PLUPERFECT = re.compile(r"\b(?:hatte|hatten|had)\b", re.IGNORECASE)


def _nearest(r: _dt.date, month: int, day: int, past: bool = False) -> _dt.date:
    """A day and month without year: the one nearest the reference ("on 30 March" in an article of
    29 March is the coming day; "am 28. Dezember" in one of 3 January the last year's); in a sentence
    told in the pluperfect (`past`: "hatte dort am 24. Januar mit Putin gesprochen"), the last one before it."""
    found = []
    for year in (r.year - 1, r.year, r.year + 1):
        try:
            found.append(_dt.date(year, month, day))
        except ValueError:
            continue
    if past and (before := [d for d in found if d <= r]):
        return max(before)
    # a date up to two months ahead is the coming one; otherwise the past one is preferred
    return min(found, key=lambda d: abs((d - r).days) if d <= r + _dt.timedelta(days=60) else 10**6 + (d - r).days)


def _date_of(kind: str, m: re.Match[str], r: _dt.date | None) -> str | None:
    try:
        if kind in ("iso", "dmy"):
            d = _dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            return d.isoformat()
        if kind == "month_y":
            return f"{int(m['y']):04d}-{MONTHS[m['mon'].casefold()]:02d}"
        if kind in ("d_month_y", "month_d_y"):
            month = MONTHS[m["mon"].casefold()]
            day = int(m["d"])
            if m["y"]:
                return _dt.date(int(m["y"]), month, day).isoformat()
            if r is None:
                return None
            return _nearest(r, month, day, past=_PLUPERFECT.search(m.string) is not None).isoformat()
        if r is None:
            return None
        if kind == "rel_week":
            return (r - _dt.timedelta(days=7)).isoformat()[:7]
        if kind == "rel_month":
            shift = {"last": -1, "vergangenen": -1, "letzten": -1, "next": 1, "nächsten": 1, "kommenden": 1}
            n = r.year * 12 + r.month - 1 + shift.get(m["rm"].casefold(), 0)
            return f"{n // 12:04d}-{n % 12 + 1:02d}"
        if kind == "month":
            before = max(0, m.start() - 16)
            if not _MONTH_BEFORE.search(m.string, before, m.start()):
                return None  # "May" the verb, "March" the walk: a month only after "in", "im", "Ende" ...
            if _DEADLINE_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
                return None  # "due by the end of January", "bis Ende Januar": a deadline, not a date
            if _AHEAD_OF_BEFORE.search(m.string, max(0, m.start() - 50), m.start()):
                return None  # "ahead of the NATO meeting there in July": the month of what lies ahead
            month = MONTHS[m["mon"].casefold()]
            if _THIS_BEFORE.search(m.string, before, m.start()):
                return f"{r.year:04d}-{month:02d}"
            last = _LAST_BEFORE.search(m.string, before, m.start()) is not None
            return f"{r.year if month < r.month or (month == r.month and not last) else r.year - 1:04d}-{month:02d}"
        if kind == "weekday":
            if m["wd"].casefold() == "morgen":
                return None
            wd = WEEKDAYS[m["wd"].casefold()]
            before = m.string[max(0, m.start("wd") - 12) : m.start("wd")]
            if _NEXT_BEFORE.search(before):  # "next Monday", "am kommenden Montag": the one to come
                return (r + _dt.timedelta(days=(wd - r.weekday()) % 7 or 7)).isoformat()
            if _THIS_WEEK_BEFORE.search(before):  # "this Friday" on a Thursday: the Friday of this week
                return (r + _dt.timedelta(days=wd - r.weekday())).isoformat()
            back = (r.weekday() - wd) % 7
            if back <= 1 and m.group(0).casefold().startswith(("last", "vergangenen", "letzten")):
                back += 7  # "last Tuesday" on a Wednesday (or a Tuesday) is the week before: yesterday is "yesterday"
            return (r - _dt.timedelta(days=back)).isoformat()
        rel = m["rel"].casefold()
        delta = _RELATIVE_DAYS.get(rel, 0)  # "tonight", "this morning": today
        if rel == "morgen" and m.start() > 0:
            return None  # 'morgen' is also 'morning'; only trust it unambiguous
        return (r + _dt.timedelta(days=delta)).isoformat()
    except (ValueError, KeyError):
        return None


_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w.]*\s+$")  # (searched in a window of the text before: anchored at its end)
_NEXT_BEFORE = re.compile(r"\b(?:next|coming|nächsten|kommenden)\s+$", re.IGNORECASE)
_THIS_WEEK_BEFORE = re.compile(r"\b(?:this|diesen)\s+$", re.IGNORECASE)

_ORD = {
    "ersten": 1,
    "first": 1,
    "zweiten": 2,
    "second": 2,
    "dritten": 3,
    "third": 3,
    "vierten": 4,
    "fourth": 4,
    "letzten": 0,
    "last": 0,
}


_BARE_YEAR = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-]\d)")


_SINCE_BEFORE = re.compile(r"\b(?:since|seit|ab|from|von|bis|until|by|to)\s+$", re.IGNORECASE)
# a model's number, not a year: "24 Panzerhaubitzen 2000", "Mirage 2000", "Typ 2000"
_MODEL_BEFORE = re.compile(r"(?:haubitze\w*|Mirage|PzH|Typ|Type|Modell|model)\s+$", re.IGNORECASE)


_SINCE_YEAR = re.compile(r"\b(?:since|seit)\s+((?:19|20)\d\d)\b(?![\d.,/-]\d)", re.IGNORECASE)


def year_since(text: str) -> str | None:
    """The year something began ("has delivered Javelins to Ukraine since 2018": 2018), when the text
    names one such year only."""
    years = {m.group(1) for m in _SINCE_YEAR.finditer(text) if not _FIRST_SINCE.search(text, 0, m.start())}
    return years.pop() if len(years) == 1 else None


# "the first new orders for Typhoons since 2017", "der erste Auftrag seit 2017": that year is of the orders before
_FIRST_SINCE = re.compile(r"\b(?:first|erste[nrs]?)\b[^.;]{0,80}$", re.IGNORECASE)


# the base a figure is compared with is no period of the figure ("up 2.6% compared with the same period in 2018",
# "gegenüber dem Vorjahr"): blanked, the text keeping its length
_BASE = re.compile(
    r"\b(?:compared (?:with|to)|as against|gegenüber|im Vergleich zu[rm]?|verglichen mit)\b[^.;]{0,40}?"
    r"(?:(?:19|20)\d\d\b|Vorjahr\w*|a year (?:earlier|ago|before)|the (?:previous|prior) year|last year)",
    re.IGNORECASE,
)
_SPLIT_YEAR = ci(r"\b(?:in|im|for|für)\s+((?:19|20)\d\d)[-–/](\d\d)\b(?![\d.,/-]\d)")


def _without_base(text: str) -> str:
    low = text.casefold()  # (the gate as the pattern: "Compared with 2018, ..." opens a sentence too)
    if "compar" not in low and "gegenüber" not in low and "against" not in low and "vergleich" not in low:
        return text
    return _BASE.sub(lambda m: " " * len(m.group(0)), text)


def bare_year(text: str) -> str | None:
    """A year standing alone ("erreichte 2022 ein Volumen von ..."): the period of a figure, when
    nothing else names one and it is no part of a date."""
    text = _without_base(text)
    years = {
        m.group(1)
        for m in _BARE_YEAR.finditer(text)
        if not _SINCE_BEFORE.search(text, max(0, m.start() - 12), m.start())  # "since 2005": no one year
        and not _MODEL_BEFORE.search(text, max(0, m.start() - 16), m.start())
    }
    if len(years) != 1:
        return None
    date = find_date(text, None)
    year = years.pop()
    return None if date and year in date[0] else year


_PERIOD_CUES = (
    "jahr",
    "sommer",
    "summer",
    "herbst",
    "autumn",
    "winter",
    "frühjahr",
    "frühling",
    "spring",
    " fall",
    "year",
    "quartal",
    "quarter",
    "half",
    "monat",
    "month",
    "bislang",
    "bisher",
    "heute",
    "far",
    "date",
    "now",
)


_WITHIN_YEARS = ci(
    r"\b(?:binnen|innerhalb(?: von)?|in den nächsten|in den kommenden|within(?: the next)?|in the next|over the next)\s+"
    r"(\w+|\d+)\s+(?:Jahren|years)\b"
)


# a span of months of one year: "April-September 2022", "im Januar und Februar 2017", "from January to August"
_MONTH_SPAN = ci(
    rf"\b({_MONTH_ALT})\.?\s*(?:-|–|to|bis(?: zum)?|und|and|through)\s*({_MONTH_ALT})\.?(?:\s+(?:of\s+)?((?:19|20)\d\d))?\b"
)


_YEAR_TO_MONTH = ci(
    r"\b(?:in the year to|in the year through|in the year up to|year to date to|seit Jahres(?:beginn|anfang) bis(?: Ende)?)"
    r"\s+([A-Za-zä]+)\b(?:\s+((?:19|20)\d\d))?"
)


# a base that is a half or a quarter of a year: the figure is of the same span a year later
_BASE_SPAN = ci(
    r"\b(?:compared (?:with|to)|gegenüber|im Vergleich zu[rm]?|verglichen mit)\s+(?:dem\s+|the\s+)?"
    r"(ersten|zweiten|dritten|vierten|first|second|third|fourth)\s+(Halbjahr|half|Quartal|quarter)\s+(?:of\s+)?"
    r"((?:19|20)\d\d)\b"
)
_OF_THIS_YEAR = ci(r"\b(?:dieses|des laufenden|of this|this|of the current)\s+(?:Jahres|year)\b")


@functools.lru_cache(maxsize=256)
def find_period(text: str, ref: str | None) -> str | None:
    """A reporting period: 'im vergangenen Jahr' -> '2017', 'in den ersten sechs Monaten dieses
    Jahres' -> '2018-H1', 'in 2017' -> '2017', 'im ersten Quartal' -> '2018-Q1', 'bislang' ->
    'cumulative to 2018-09'."""
    if _HAS_DIGIT(text) is None and not any(c in text.casefold() for c in _PERIOD_CUES):
        return None
    r = _ref(ref)
    t = _without_base(text)
    m = ci(
        r"\b(?:financial|fiscal|Haushalts|Geschäfts|Fiskal)[- ]?(?:year|jahr)\w*\s+(?:to|ending(?: in)?|bis)\s+(?:(?:Ende\s+)?[A-Za-zä]+\s+)?((?:19|20)\d\d)\b"
    ).search(t)
    if m:  # "in the financial year to March 2024": a year across two calendar years
        return f"{int(m.group(1)) - 1}/{m.group(1)}"
    m = ci(r"\b((?:19|20)\d\d)[/–-](\d\d)\s+(?:financial|fiscal|Haushalts|Geschäfts)[- ]?(?:year|jahr)").search(
        t
    ) or ci(
        r"\b(?:(?:financial|fiscal|Haushalts|Geschäfts|Finanz|Fiskal)[- ]?(?:year|jahr)e?s?|fiscal|FY)\s*((?:19|20)\d\d)[/–-](\d\d)\b"
    ).search(t)
    if m:  # "in the 2024/25 financial year", "im Haushaltsjahr 2023/24", "in FY2023-24"
        return f"{m.group(1)}/{m.group(1)[:2]}{m.group(2)}"
    m = _SPLIT_YEAR.search(t)
    if m and (int(m.group(1)) + 1) % 100 == int(m.group(2)):  # "$9.7 billion in 2020-21": a year across two
        return f"{m.group(1)}/{m.group(1)[:2]}{m.group(2)}"
    m = _MONTH_SPAN.search(t)
    if m:  # "between April-September 2022", "im Januar und Februar 2017", "from January to August 2023"
        first, last = MONTHS[m.group(1).casefold().rstrip(".")], MONTHS[m.group(2).casefold().rstrip(".")]
        year = m.group(3) or (str(r.year) if r else None)
        if year and first < last:
            return f"{year}-{first:02d}/{year}-{last:02d}"
    m = ci(
        r"\b(?:in den|in the|during the|im|in)\s+(ersten\s+|first\s+)?(\w+)\s+(?:Monaten|months)\b(?:\s+(?:(?:dieses|des laufenden|des|of this|this|of the current|of the|of)\s*(?:Jahres|year)?\s*)?((?:19|20)\d\d)?)?"
    ).search(t)
    if m and not m.group(1) and not _OF_THIS_YEAR.search(m.group(0)):
        m = None  # ("in den acht Monaten dieses Jahres" counts from January; "in the six months to June" not)
    n = (int(m.group(2)) if m.group(2).isdigit() else NUMBER_WORDS.get(m.group(2).casefold(), 0)) if m else 0
    if m and 2 <= n <= 11:
        year = m.group(3) or (str(r.year) if r else None)
        if year:
            # "in den ersten sechs Monaten dieses Jahres": 2018-H1; "in the first eight months": 2022-01/2022-08
            named = {6: "H1", 3: "Q1"}.get(n)
            return f"{year}-{named}" if named else f"{year}-01/{year}-{n:02d}"
    m = _YEAR_TO_MONTH.search(t)
    month = MONTHS.get(m.group(1).casefold()) if m else None
    if m and month and (m.group(2) or r):
        # "in the year to September" (the report's year so far; last year's when that month is still to come),
        # "seit Jahresbeginn bis Ende September"
        year = int(m.group(2)) if m.group(2) else (r.year if month <= r.month else r.year - 1)
        return f"{year}-01" if month == 1 else f"{year}-01/{year}-{month:02d}"
    m = ci(
        r"\b(?:im|in the)\s+(ersten|zweiten|dritten|vierten|first|second|third|fourth)\s+(?:Quartal|quarter)\b(?:\s+(?:of\s+)?((?:19|20)\d\d))?"
    ).search(t)
    if m:
        year = m.group(2) or (str(r.year) if r else None)
        if year:
            return f"{year}-Q{_ORD[m.group(1).casefold()]}"
    m = ci(
        r"\b(?:im|in the)\s+(ersten|zweiten|first|second)\s+(?:Halbjahr|half)\b(?:\s+(?:of\s+)?((?:19|20)\d\d))?"
    ).search(t)
    if m:
        year = m.group(2) or (str(r.year) if r else None)
        if year:
            return f"{year}-H{_ORD[m.group(1).casefold()]}"
    if r and ci(
        r"\b(?:im vergangenen Jahr|im letzten Jahr|im Vorjahr|vergangenes Jahr|letztes Jahr|last year|in the past year|the previous year|a year earlier)\b"
    ).search(t):
        return str(r.year - 1)
    m = ci(
        r"\b(?:im vergangenen|im letzten|last|this|in diesem|diesen|im|in the)\s+(Frühjahr|Frühling|Sommer|Herbst|Winter|spring|summer|autumn|fall|winter)\b"
    ).search(t)
    if r and m:  # "im vergangenen Sommer" in January 2020: 2019; "last summer" in October: this year's
        first = {"frühjahr": 3, "frühling": 3, "spring": 3, "sommer": 6, "summer": 6, "herbst": 9, "autumn": 9}.get(
            m.group(1).casefold(), 9 if m.group(1).casefold() == "fall" else 12
        )
        past = m.group(0).casefold().startswith(("im vergangenen", "im letzten", "last"))
        return str(r.year - 1 if past and r.month < first + 3 else r.year)
    if r and ci(
        r"\b(?:in diesem Jahr|dieses Jahr|dieses Jahres|des laufenden Jahres|this year|in the current year|im laufenden Jahr"
        r"|seit (?:Anfang|Beginn) (?:des|dieses) Jahres|seit Jahres(?:beginn|anfang)|since the (?:start|beginning) of the year)\b"
    ).search(t):
        return str(r.year)
    m = _WITHIN_YEARS.search(t)
    if r and m:  # "binnen fünf Jahren", "within five years": the year it ends
        n = word_number(m.group(1))
        if n and 0 < n <= 30:
            return str(r.year + int(n))
    m = ci(
        r"\b(?:zwischen|between|von|from|years|Jahre|Haushaltsjahre)\s+((?:19|20)\d\d)\s+(?:und|and|bis|to|through|-|–)\s+((?:19|20)\d\d)\b"
        # "in 2007 and 2008", "in den Jahren 2007 und 2008": the two years and the time between
        r"|\b(?:in|in den Jahren|in the years)\s+((?:19|20)\d\d)\s+(?:und|and)\s+((?:19|20)\d\d)\b"
        # "in 2019–2023", "im Zeitraum 2016-2020": a span of years
        r"|\b(?:in|im|for|für|during|over|of)\s+(?:the\s+(?:years?|period)\s+|(?:den\s+Jahren|Zeitraum)\s+)?((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b"
    ).search(t)
    if m:
        first, last = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
        return f"{first}/{last}"
    m = ci(
        r"\b(?:im Jahr(?:e)?|in|im|for|für|bis|bis zum Jahr|by|until|during|des Jahres|of|year|Jahr)\s+((?:19|20)\d\d)\b(?!\s*(?:-|–)\d)"
    ).search(t)
    if m:
        return m.group(1)
    if r and ci(
        r"\b(?:bislang|bisher|bis heute|insgesamt bisher|so far|to date|until now|thus far|in total so far)\b"
    ).search(t):
        return f"cumulative to {r.year}-{r.month:02d}"
    m = _BASE_SPAN.search(text)
    if m:  # "Im Vergleich zum ersten Halbjahr 2022 wuchs der Handel um 4,5 Prozent": the first half of 2023
        span = "H" if m.group(2).casefold() in ("halbjahr", "half") else "Q"
        return f"{int(m.group(3)) + 1}-{span}{_ORD[m.group(1).casefold()]}"
    return None
