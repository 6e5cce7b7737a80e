"""Invariants of the gazetteer data shipped in kg/data/gazetteer/ (loaded through kg.gazetteer)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations

import pytest
import yaml
from conftest import meetings_of, one

from kg.gazetteer import _FILES, DATA_DIR, normalize

FAR_FUTURE = "9999-12-31"


@pytest.fixture(scope="module")
def raw():
    """The records of each data file, as written."""
    out = {}
    for name in [*_FILES, "offices.yaml"]:
        with (DATA_DIR / name).open(encoding="utf-8") as fh:
            out[name] = yaml.safe_load(fh)
    return out


def country_id(g, code):
    c = g.country(code)
    assert c is not None, code
    return c.id


# -- countries -----------------------------------------------------------------------------------


def test_country_count_and_un_status(raw):
    countries = raw["countries.yaml"]
    assert len(countries) >= 197
    un = Counter(c["un"] for c in countries)
    assert un["member"] == 193
    assert un["observer"] == 2
    assert set(un) <= {"member", "observer", "none"}


@pytest.mark.parametrize("code", ["iso2", "iso3", "cameo", "fips"])
def test_country_codes_present_and_unique(raw, code):
    values = [c.get(code) for c in raw["countries.yaml"]]
    assert all(isinstance(v, str) and v for v in values), [c["name"] for c in raw["countries.yaml"] if not c.get(code)]
    dupes = [v for v, n in Counter(values).items() if n > 1]
    assert not dupes
    length = {"iso2": 2, "iso3": 3, "cameo": 3, "fips": 2}[code]
    assert all(re.fullmatch(rf"[A-Z]{{{length}}}", v) for v in values), [v for v in values if len(v) != length]


def test_country_names_and_adjectives(g, raw):
    for c in raw["countries.yaml"]:
        names = c.get("names") or {}
        assert names.get("en") and names.get("de"), c["name"]
        assert c["name"] in names["en"], c["name"]
        assert c.get("capital"), c["name"]
        assert (c.get("adjectives") or {}).get("de") or c["iso3"] in {"KNA"}, c["name"]
        assert g.country(c["iso3"]).name == c["name"]


def test_capitals_are_places(g, raw):
    places = {p["name"]: p for p in raw["places.yaml"]}
    for c in raw["countries.yaml"]:
        place = places.get(c["capital"])
        assert place is not None, f"{c['name']}: capital {c['capital']!r} not in places.yaml"
        assert place.get("capital") is True, c["capital"]
        assert place["country"] == c["iso3"], c["capital"]


def test_places_resolve_and_have_coordinates(g, raw):
    for p in raw["places.yaml"]:
        assert g.country(p["country"]) is not None, p["name"]
        if "latitude" in p:
            assert -90 <= p["latitude"] <= 90 and -180 <= p["longitude"] <= 180, p["name"]


def test_conflict_parties_resolve(g, raw):
    for c in raw["conflicts.yaml"]:
        assert len(c["parties"]) >= (1 if c.get("internal") else 2), c["name"]
        for party in c["parties"]:
            assert g.country(party) is not None, (c["name"], party)


# -- ids -----------------------------------------------------------------------------------------


def test_qids_well_formed_and_unique(raw):
    ids = [rec["id"] for name in _FILES for rec in raw[name] if rec.get("id")]
    assert all(re.fullmatch(r"Q[1-9]\d*", str(i)) for i in ids), [i for i in ids if not re.fullmatch(r"Q\d+", str(i))]
    assert not [i for i, n in Counter(ids).items() if n > 1]


def test_no_record_is_shadowed(g, raw):
    """Minted ids ('person:<slug>') must not collide: every record becomes one entity."""
    assert len(g) == sum(len(raw[name]) for name in _FILES)


# -- persons and offices -------------------------------------------------------------------------


def test_office_countries_resolve(g):
    for person in g.entities("Person"):
        assert person.offices, person.name
        for o in person.offices:
            target = g.get(o.country)
            assert target is not None and target.type in {"Country", "Organization"}, (person.name, o.country)


def test_office_terms_ordered(g):
    for person in g.entities("Person"):
        for o in person.offices:
            assert o.start and re.fullmatch(r"\d{4}-\d\d-\d\d", o.start), (person.name, o)
            assert o.end is None or re.fullmatch(r"\d{4}-\d\d-\d\d", o.end), (person.name, o)
            assert o.end is None or o.start <= o.end, (person.name, o)


def _overlaps(g, office, skip_acting=False):
    terms = defaultdict(list)
    for person in g.entities("Person"):
        for o in person.offices:
            if o.office == office and not (skip_acting and (o.title or "").startswith("Acting")):
                terms[o.country].append((person, o))
    found = []
    for country, held in terms.items():
        for (p1, o1), (p2, o2) in combinations(held, 2):
            # An end is the day the successor took over, so sharing one handover day is fine.
            if p1 != p2 and o1.start < (o2.end or FAR_FUTURE) and o2.start < (o1.end or FAR_FUTURE):
                found.append((country, p1.name, o1.start, o1.end, p2.name, o2.start, o2.end))
    return found


def test_no_two_heads_of_state_at_once(g):
    assert _overlaps(g, "head_of_state") == []


def test_no_two_heads_of_government_at_once(g):
    assert _overlaps(g, "head_of_government", skip_acting=True) == []


def test_no_two_foreign_ministers_at_once(g):
    assert _overlaps(g, "foreign_minister") == []


def test_incumbents_unique(g):
    """At most one open-ended holder per office and country (a state has many envoys and deputy prime
    ministers at once)."""
    many = {"envoy", "deputy_head_of_government"}
    open_terms = Counter(
        (o.office, o.country) for p in g.entities("Person") for o in p.offices if o.end is None and o.office not in many
    )
    assert [k for k, n in open_terms.items() if n > 1] == []


def test_required_countries_have_office_holders(g):
    for code in [
        "AZE",
        "ARM",
        "GEO",
        "RUS",
        "TUR",
        "IRN",
        "KAZ",
        "UKR",
        "BLR",
        "CHN",
        "USA",
        "DEU",
        "FRA",
        "GBR",
        "ISR",
    ]:
        cid = country_id(g, code)
        for office in ("head_of_state", "head_of_government", "foreign_minister"):
            if code == "USA" and office == "head_of_government":
                continue
            for day in ("2001-06-01", "2010-06-01", "2020-06-01"):
                assert g.holder(office, cid, day) is not None, (code, office, day)


def test_surnames_not_shared(g, raw):
    owners = defaultdict(set)
    for rec in raw["persons.yaml"]:
        for s in rec.get("surname") or []:
            owners[normalize(s)].add(rec["name"])
    assert {s: o for s, o in owners.items() if len(o) > 1} == {}


def test_offices_yaml_covers_office_codes(g, raw):
    offices = raw["offices.yaml"]
    assert isinstance(offices, dict)
    for code in ("head_of_state", "head_of_government", "foreign_minister"):
        for lang in ("en", "de", "ru"):
            assert offices[code][lang], (code, lang)
    used = {o.office for p in g.entities("Person") for o in p.offices}
    assert used <= set(offices), used - set(offices)
    assert "Staatsoberhaupt" in offices["head_of_state"]["de"]
    assert "secretary of state" in offices["foreign_minister"]["en"]


# -- known lookups -------------------------------------------------------------------------------


def test_aliyev_variants(g):
    ilham = {one(g, name, "Person") for name in ["Alijew", "Aliyev", "Əliyev", "Aliev", "Алиев", "Ilham Alijew"]}
    assert len(ilham) == 1
    assert next(iter(ilham)).name == "Ilham Aliyev"
    heydar = one(g, "Heydar Aliyev", "Person")
    assert heydar not in ilham


@pytest.mark.parametrize(
    ("names", "type_", "expected"),
    [
        (["Sotschi", "Sotchi", "Sochi", "Сочи"], "Place", "Sochi"),
        (["OVKS", "CSTO", "ОДКБ"], "Organization", "Collective Security Treaty Organization"),
        (["OSZE", "OSCE", "ОБСЕ"], "Organization", "Organization for Security and Co-operation in Europe"),
        (["EAWU", "EAEU", "ЕАЭС"], "Organization", "Eurasian Economic Union"),
        (["GUS", "CIS", "СНГ"], "Organization", "Commonwealth of Independent States"),
        (["SOZ", "SCO", "ШОС"], "Organization", "Shanghai Cooperation Organisation"),
        (["Paschinjan", "Pashinyan", "Пашинян"], "Person", "Nikol Pashinyan"),
        (["Erdoğan", "Erdogan"], "Person", "Recep Tayyip Erdoğan"),
        (["Rohani", "Rouhani", "Ruhani"], "Person", "Hassan Rouhani"),
        (["Lawrow", "Lavrov"], "Person", "Sergey Lavrov"),
        (["Selenskyj", "Zelensky", "Zelenskyy"], "Person", "Volodymyr Zelenskyy"),
        (["Lukaschenko", "Lukashenko"], "Person", "Alexander Lukashenko"),
        (["Tokajew", "Tokayev"], "Person", "Kassym-Jomart Tokayev"),
        (["Nasarbajew", "Nazarbayev"], "Person", "Nursultan Nazarbayev"),
        (["Medwedew", "Medvedev"], "Person", "Dmitry Medvedev"),
        (["Mischustin", "Mishustin"], "Person", "Mikhail Mishustin"),
        (["Astana", "Nur-Sultan"], "Place", "Astana"),
        (["Kyiv", "Kiev", "Kiew"], "Place", "Kyiv"),
        (["Stepanakert", "Khankendi"], "Place", "Khankendi"),
        (["Türkiye", "Turkey", "Türkei"], "Country", "Turkey"),
        (["Côte d'Ivoire", "Ivory Coast", "Elfenbeinküste"], "Country", "Côte d'Ivoire"),
        (["Belarus", "Weißrussland", "Беларусь"], "Country", "Belarus"),
        (["Bergkarabach-Konflikt", "Karabach-Konflikt"], "Conflict", "Nagorno-Karabakh conflict"),
        (["Krieg in der Ukraine", "russisch-ukrainischer Krieg"], "Conflict", "Russia–Ukraine war"),
    ],
)
def test_name_variants(g, names, type_, expected):
    assert {one(g, n, type_).name for n in names} == {expected}


def test_holders(g):
    assert g.holder("head_of_state", country_id(g, "RUS"), "2018-09-01").name == "Vladimir Putin"
    assert g.holder("head_of_state", country_id(g, "RUS"), "2010-01-01").name == "Dmitry Medvedev"
    assert g.holder("head_of_government", country_id(g, "ARM"), "2019-01-01").name == "Nikol Pashinyan"
    assert g.holder("head_of_state", country_id(g, "TUR"), "2015-01-01").name == "Recep Tayyip Erdoğan"
    assert g.holder("head_of_state", country_id(g, "AZE"), "2001-01-01").name == "Heydar Aliyev"
    assert g.holder("head_of_state", country_id(g, "AZE"), "2020-01-01").name == "Ilham Aliyev"
    assert g.holder("foreign_minister", country_id(g, "USA"), "2014-01-01").name == "John Kerry"
    assert g.holder("head_of_government", country_id(g, "DEU"), "2015-01-01").name == "Angela Merkel"
    eu = one(g, "European Union", "Organization").id
    assert g.holder("president_european_commission", eu, "2020-01-01").name == "Ursula von der Leyen"
    assert g.holder("president_european_council", eu, "2016-01-01").name == "Donald Tusk"


def test_codes(g):
    assert g.by_code("fips", "AJ").name == "Azerbaijan"
    assert g.by_code("iso2", "AJ") is None
    assert g.country("AU").name == "Australia"
    assert g.by_code("fips", "AU").name == "Austria"
    assert g.by_code("fips", "AS").name == "Australia"
    assert g.by_code("fips", "GM").name == "Germany"
    assert g.by_code("fips", "UK").name == "United Kingdom"
    assert g.country("GBR").name == "United Kingdom"
    assert g.by_code("cameo", "KSV").name == "Kosovo"
    assert g.country("Q183").name == "Germany"
    assert g.country("NO").name == "Norway"  # not YAML's boolean


# -- defence ministers, organisations, conflicts and places added to widen the gazetteer ------------

DEFENCE_COUNTRIES = "RUS AZE ARM GEO TUR IRN KAZ UKR BLR CHN USA DEU FRA GBR ISR IND".split()


def test_no_two_defence_ministers_at_once(g):
    assert _overlaps(g, "defence_minister") == []


@pytest.mark.parametrize("code", DEFENCE_COUNTRIES)
def test_required_countries_have_defence_ministers(g, code):
    cid = country_id(g, code)
    for day in ("2000-06-01", "2001-06-01", "2010-06-01", "2020-06-01", "2024-06-01"):
        assert g.holder("defence_minister", cid, day) is not None, (code, day)


@pytest.mark.parametrize(
    ("code", "day", "expected"),
    [
        ("RUS", "2022-03-01", "Sergei Shoigu"),
        ("RUS", "2010-06-01", "Anatoliy Serdyukov"),
        ("RUS", "2024-06-01", "Andrey Belousov"),
        ("ARM", "2005-01-01", "Serzh Sargsyan"),  # a record of persons.yaml with the office added
        ("ARM", "2019-06-01", "David Tonoyan"),
        ("AZE", "2020-10-01", "Zakir Hasanov"),
        ("TUR", "2019-07-12", "Hulusi Akar"),
        ("UKR", "2022-06-01", "Oleksii Reznikov"),
        ("BLR", "2023-05-25", "Viktor Khrenin"),
        ("USA", "2020-02-29", "Mark Esper"),
        ("USA", "2022-01-01", "Lloyd Austin"),
        ("DEU", "2015-01-01", "Ursula von der Leyen"),
        ("DEU", "2023-06-01", "Boris Pistorius"),
        ("GBR", "2012-01-01", "Philip Hammond"),
        ("ISR", "2010-01-01", "Ehud Barak"),
        ("ISR", "2025-01-01", "Israel Katz"),
        ("IND", "2005-01-01", "Pranab Mukherjee"),
    ],
)
def test_defence_holders(g, code, day, expected):
    assert g.holder("defence_minister", country_id(g, code), day).name == expected


def test_office_of_existing_person_keeps_first_office(g):
    """The defence office is appended: a PM who was also defence minister is still found as PM first."""
    barak = one(g, "Ehud Barak", "Person")
    assert barak.offices[0].office == "head_of_government"
    assert g.holder("head_of_government", country_id(g, "ISR"), "2000-01-01") == barak
    assert g.holder("defence_minister", country_id(g, "ISR"), "2000-01-01") == barak


def test_defence_role_words(raw):
    words = raw["offices.yaml"]["defence_minister"]
    assert {"en", "de", "ru"} <= set(words)
    assert "Verteidigungsminister" in words["de"] and "secretary of defense" in words["en"]
    every = [w.casefold() for office in raw["offices.yaml"].values() for ws in office.values() for w in ws]
    assert "secretary" not in every and "sekretär" not in every and "minister" not in every


def test_surnames_not_shared_across_person_files(g, raw):
    """A surname used alone names one person and no other entity, across every person file; one that
    several records list on purpose ("Kim") is ambiguous: the text's context decides, never the index."""
    from kg.extract.mentions import index_for

    owners = defaultdict(set)
    for name in _FILES:
        if _FILES[name] != "Person":
            continue
        for rec in raw[name]:
            for s in rec.get("surname") or []:
                owners[normalize(s)].add(rec["name"])
    index = index_for(g)
    for s, people in owners.items():
        if len(people) > 1:
            assert {e.name for e in index.ambiguous.get(s, ())} == people, s
            assert not any(e.kind == "surname" for e in index.table.get((s,), ())), s
            continue
        (person,) = people
        others = {e.name for e in g.lookup(s) if e.name != person}
        assert not others, (s, person, others)


@pytest.mark.parametrize(
    ("names", "type_", "expected"),
    [
        (["Schoigu", "Shoigu", "Шойгу", "Sergej Schoigu"], "Person", "Sergei Shoigu"),
        (["Beloussow", "Belousov", "Белоусов"], "Person", "Andrey Belousov"),
        (["Resnikow", "Reznikov", "Резников"], "Person", "Oleksii Reznikov"),
        (["Tonojan", "Tonoyan", "Тоноян"], "Person", "David Tonoyan"),
        (["Chrenin", "Khrenin", "Хренин"], "Person", "Viktor Khrenin"),
        (
            ["Weltsicherheitsrat", "UN-Sicherheitsrat", "UNSC", "Совбез ООН"],
            "Organization",
            "United Nations Security Council",
        ),
        (
            ["UN-Vollversammlung", "UN General Assembly", "Генассамблея ООН"],
            "Organization",
            "United Nations General Assembly",
        ),
        (["G-20", "G20", "Gruppe der Zwanzig"], "Organization", "G20"),
        (["G-7", "G7", "Gruppe der Sieben", "Большая семёрка"], "Organization", "G7"),
        (["ASEAN", "АСЕАН"], "Organization", "ASEAN"),
        (["IAEA", "IAEO", "МАГАТЭ"], "Organization", "International Atomic Energy Agency"),
        (["IStGH", "Internationaler Strafgerichtshof", "МУС"], "Organization", "International Criminal Court"),
        (["Golfkooperationsrat", "GCC"], "Organization", "Gulf Cooperation Council"),
        (["Unionsstaat", "Союзное государство"], "Organization", "Union State"),
        (["Normandie-Format", "Normandy Format"], "Organization", "Normandy Format"),
        (["OPEC+", "OPEC"], "Organization", "Organization of the Petroleum Exporting Countries"),
        (["APA"], "Organization", "Azeri-Press Agency"),
        (["Syrien-Krieg", "syrischer Bürgerkrieg", "Bürgerkrieg in Syrien"], "Conflict", "Syrian civil war"),
        (["Nahostkonflikt", "Israeli-Palestinian conflict"], "Conflict", "Israeli–Palestinian conflict"),
        (["Gaza-Krieg", "Gaza war"], "Conflict", "Gaza war"),
        (["Kaschmir-Konflikt", "Kashmir conflict"], "Conflict", "Kashmir conflict"),
        (["Kurilenstreit", "Kuril Islands dispute"], "Conflict", "Kuril Islands dispute"),
        (["Afghanistan-Krieg", "war in Afghanistan"], "Conflict", "War in Afghanistan (2001–2021)"),
        (["Nowo-Ogarjowo", "Novo-Ogaryovo", "Ново-Огарёво"], "Place", "Novo-Ogaryovo"),
        (["Botscharow Rutschei", "Bocharov Ruchey"], "Place", "Bocharov Ruchey"),
        (["Schloss Elmau", "Elmau"], "Place", "Schloss Elmau"),
        (["Butscha", "Bucha", "Буча"], "Place", "Bucha"),
    ],
)
def test_new_name_variants(g, names, type_, expected):
    assert {one(g, n, type_).name for n in names} == {expected}


def test_conflicts_with_two_parties_are_distinct_pairs(raw):
    """The extractor names a conflict by its two parties ("between India and Pakistan"): one per pair
    in any year. A pair may have several records only when their years tell them apart: at most one
    without years (and two only for Georgia and Russia), none with the same years."""
    by_pair: dict[frozenset, list] = {}
    for c in raw["conflicts.yaml"]:
        if len(c["parties"]) == 2:
            by_pair.setdefault(frozenset(c["parties"]), []).append(c)
    for pair, records in by_pair.items():
        timeless = [c["name"] for c in records if not c.get("years")]
        assert len(timeless) <= (2 if pair == {"GEO", "RUS"} else 1), timeless
        spans = [tuple(c["years"]) for c in records if c.get("years")]
        assert len(spans) == len(set(spans)), [c["name"] for c in records]


def test_conflict_years_are_spans(raw):
    for c in raw["conflicts.yaml"]:
        if "years" in c:
            start, *rest = c["years"]
            end = rest[0] if rest else None
            assert 1900 < start <= 2026 and (end is None or start <= end <= 2026), c["name"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Der russische Verteidigungsminister traf am Dienstag in Minsk seinen belarussischen Amtskollegen.",
            "de",
            {"Sergei Shoigu", "Viktor Khrenin"},
        ),
        (
            "The Turkish defence minister met his Azerbaijani counterpart in Baku on Tuesday.",
            "en",
            {"Yaşar Güler", "Zakir Hasanov"},
        ),
    ],
)
def test_defence_role_words_resolve_in_text(text, lang, expected):
    """offices.yaml's defence_minister words name the holder on the article's day (2024-02-15)."""
    meetings = meetings_of(text, lang, "2024-02-15")
    assert meetings == [expected]


@pytest.mark.parametrize(
    ("org", "day", "name"),
    [
        ("United Nations", "2005-06-01", "Kofi Annan"),
        ("United Nations", "2022-04-26", "António Guterres"),
        ("North Atlantic Treaty Organization", "2019-06-01", "Jens Stoltenberg"),
        ("North Atlantic Treaty Organization", "2025-06-01", "Mark Rutte"),
        ("Arab League", "2020-01-01", "Ahmed Aboul Gheit"),
    ],
)
def test_heads_of_organisations(g, org: str, day: str, name: str) -> None:
    body = next(e for e in g.entities("Organization") if e.name == org)
    holder = g.holder("secretary_general", body.id, day)
    assert holder is not None and holder.name == name


# -- non-state groups, their leaders, envoys (session 7) -------------------------------------------


@pytest.mark.parametrize(
    ("alias", "name"),
    [("Hisbollah", "Hezbollah"), ("Huthi", "Houthis"), ("SPLM-IO", "Sudan People's Liberation Movement-in-Opposition")],
)
def test_groups_are_found_by_their_names_in_each_language(g, alias, name):
    assert [e.name for e in g.lookup(alias, ["Organization"])] == [name]


def test_a_groups_leader_holds_its_office_on_the_day(g):
    (group,) = g.lookup("Sudan People's Liberation Movement-in-Opposition", ["Organization"])
    assert g.holder("leader", group.id, "2018-09-12").name == "Riek Machar"


def test_every_group_office_belongs_to_a_group(g):
    for person in g.entities("Person"):
        for o in person.offices:
            if o.office in ("leader", "commander", "negotiator"):
                assert g.record(o.country).get("kind") in ("armed_group", "movement", "rival_government"), person.name


def test_vice_presidents_by_day(g):
    usa = country_id(g, "USA")
    assert [g.holder("vice_president", usa, d).name for d in ("2003-01-01", "2019-01-01", "2025-06-01")] == [
        "Dick Cheney",
        "Mike Pence",
        "JD Vance",
    ]
