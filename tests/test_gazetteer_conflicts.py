"""The worldwide list of interstate conflicts in kg/data/gazetteer/conflicts.yaml (loaded through kg.gazetteer)."""

from __future__ import annotations

import pytest
from conftest import facts_of, gazetteer_file, one

from kg.gazetteer import normalize


@pytest.fixture(scope="module")
def records():
    return gazetteer_file("conflicts.yaml")


def test_list_is_worldwide(records):
    assert len(records) >= 70
    parties = {p for rec in records for p in rec["parties"]}
    # every inhabited continent has a state party
    assert {"GUY", "VEN", "ARG", "COD", "ETH", "MLI", "KHM", "JPN", "GRC", "ESP", "AUS"} <= parties


def test_records_well_formed_and_parties_resolve(g, records):
    for rec in records:
        # a war inside one state has that state as its one party (`internal: true`)
        assert rec["name"] and len(rec["parties"]) >= (1 if rec.get("internal") else 2), rec["name"]
        assert len(set(rec["parties"])) == len(rec["parties"]), rec["name"]
        langs = rec["aliases"]
        assert set(langs) <= {"en", "de", "ru"} and langs.get("en") and langs.get("de"), rec["name"]
        for party in rec["parties"]:
            country = g.country(party)
            assert country is not None and country.type == "Country", (rec["name"], party)


def test_every_alias_names_one_conflict(g, records):
    for rec in records:
        for alias in [rec["name"], *(a for names in rec["aliases"].values() for a in names)]:
            found = g.lookup(alias, ["Conflict"])
            assert [e.name for e in found] == [rec["name"]], (alias, [e.name for e in found])


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (
            ["Essequibo dispute", "Essequibo-Streit", "Grenzstreit zwischen Guyana und Venezuela"],
            "Guyana–Venezuela territorial dispute",
        ),
        (
            ["Eritrean–Ethiopian War", "Badme border dispute", "Grenzkrieg zwischen Äthiopien und Eritrea"],
            "Eritrean–Ethiopian border conflict",
        ),
        (["GERD dispute", "Nil-Staudamm-Streit"], "Grand Ethiopian Renaissance Dam dispute"),
        (["M23 offensive", "Kivu-Konflikt", "Konflikt im Ostkongo"], "Kivu conflict"),
        (["Qatar blockade", "Katar-Krise", "Blockade Katars"], "Qatar diplomatic crisis"),
        (["Aegean dispute", "Ägäis-Streit", "griechisch-türkischer Konflikt"], "Aegean dispute"),
        (["Dokdo dispute", "Takeshima-Streit"], "Liancourt Rocks dispute"),
        (["Diaoyu Islands dispute", "Streit um die Senkaku-Inseln"], "Senkaku Islands dispute"),
        (["Falklands War", "Malvinas dispute", "Falklandkrieg"], "Falkland Islands sovereignty dispute"),
        (["Gibraltar dispute", "Streit um Gibraltar"], "Disputed status of Gibraltar"),
        (["Preah Vihear dispute", "Grenzkonflikt zwischen Thailand und Kambodscha"], "Cambodian–Thai border dispute"),
        (
            ["Durand Line dispute", "Grenzkonflikt zwischen Afghanistan und Pakistan"],
            "Afghanistan–Pakistan border skirmishes",
        ),
        (["Abyei dispute", "Heglig-Krise"], "Heglig Crisis"),
        (["Operation Desert Storm", "Zweiter Golfkrieg"], "Iraqi invasion of Kuwait"),
        (["Macedonia name dispute", "Namensstreit um Mazedonien"], "Macedonia naming dispute"),
        (["Kosovokrieg", "NATO bombing of Yugoslavia"], "Kosovo War"),
        (["US embargo against Cuba", "Kuba-Embargo"], "United States embargo against Cuba"),
        (["Hans Island dispute", "Whiskykrieg"], "Whisky War"),
        # narrower events of a pair are aliases of the pair's record
        (["Kargil War", "2025 India–Pakistan conflict", "Kargil-Krieg"], "Kashmir conflict"),
        (["annexation of Crimea", "Annexion der Krim", "Kerch Strait incident"], "Russia–Ukraine war"),
        (
            ["2021–2023 Armenia–Azerbaijan border crisis", "Grenzkonflikt zwischen Armenien und Aserbaidschan"],
            "Nagorno-Karabakh conflict",
        ),
        (["Russo-Georgian War", "Krieg vom August 2008", "Fünftagekrieg"], "South Ossetia conflict"),
        # a headline's noun phrase without "of" or a genitive
        (["Iran nuclear program", "Iran nuclear programme", "Atomprogramm Irans"], "Nuclear program of Iran"),
        (["Afghanistan-Pakistan conflict", "Pakistan–Afghanistan conflict"], "Afghanistan–Pakistan border skirmishes"),
        (["US-Venezuela crisis", "United States–Venezuela crisis"], "2025 United States–Venezuela crisis"),
        (["al-Fashaga border dispute"], "Al-Fashaga conflict"),
        (
            ["DRC–Rwanda conflict", "Democratic Republic of the Congo–Rwanda conflict", "Kongo-Ruanda-Konflikt"],
            "Kivu conflict",
        ),
    ],
)
def test_aliases_resolve(g, names, expected):
    assert {one(g, n, "Conflict").name for n in names} == {expected}


@pytest.mark.parametrize(
    ("a", "b", "published", "expected"),
    [
        ("ETH", "ERI", "2018-07-09", "Eritrean–Ethiopian border conflict"),
        ("SDN", "SSD", "2018-09-12", None),  # the Heglig crisis was over
        ("COD", "RWA", "2024-07-30", "Kivu conflict"),
        ("GUY", "VEN", "2023-12-14", "Guyana–Venezuela territorial dispute"),
        ("GRC", "TUR", None, "Aegean dispute"),
        ("IRN", "USA", "2020-01-08", "2019–2021 Persian Gulf crisis"),
        ("IRN", "USA", "2015-07-14", "Nuclear program of Iran"),  # the pair's record without years
        ("GEO", "RUS", "2008-08-12", "South Ossetia conflict"),  # the first of the pair's records
        # one pair, several conflicts: the one of the article's year, the narrowest first
        ("RUS", "UKR", "2009-01-19", "2009 Russia–Ukraine gas dispute"),
        ("RUS", "UKR", "2015-02-12", "Russia–Ukraine war"),
        ("RUS", "UKR", "2011-06-01", None),
        ("ISR", "PSE", "2014-08-26", "2014 Gaza War"),
        ("ISR", "PSE", "2024-01-10", "Gaza war"),
        ("ISR", "PSE", "2016-03-01", "Israeli–Palestinian conflict"),
        ("PRK", "USA", "2018-06-12", "North Korean nuclear program"),  # the crisis of 2017-2018 is one of its names
        ("PRK", "USA", "2005-09-19", "North Korean nuclear program"),
        ("JPN", "PRK", "2012-11-16", "North Korean abductions of Japanese citizens"),
    ],
)
def test_pair_names_its_conflict(a, b, published, expected):
    """What "mediated between A and B" resolves to: the extractor's two-party conflicts, in the
    article's year."""
    from kg.extract.extractor import Extractor

    wars = Extractor().wars
    found = wars.of_pair(wars.index.g.country(a), wars.index.g.country(b), published)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    ("state", "published", "expected"),
    [
        ("SDN", "2011-07-14", "War in Darfur"),
        ("SDN", "2024-02-01", "Sudanese civil war (2023–present)"),
        ("SDN", "2004-01-01", "Second Sudanese Civil War"),  # both wars of the time: the one listed first
        ("SSD", "2018-09-12", "South Sudanese Civil War"),
        ("BDI", "2000-08-28", "Burundian Civil War"),
        ("BDI", "2015-05-14", None),
        ("COL", "2016-09-26", "Colombian conflict"),  # no years: any year
    ],
)
def test_a_state_names_its_internal_war_of_the_time(state, published, expected):
    from kg.extract.extractor import Extractor

    wars = Extractor().wars
    found = wars.internal_war(wars.index.g.country(state), published)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    ("text", "lang", "mediator", "conflict"),
    [
        (
            "Saudi Arabia mediated between Ethiopia and Eritrea in Jeddah on Sunday.",
            "en",
            "Saudi Arabia",
            "Eritrean–Ethiopian border conflict",
        ),
        (
            "Qatar mediated between Rwanda and the Democratic Republic of the Congo on Saturday.",
            "en",
            "Qatar",
            "Kivu conflict",
        ),
        (
            "Die Türkei vermittelte am Mittwoch in Ankara zwischen Äthiopien und Somalia.",
            "de",
            "Turkey",
            "2024 Ethiopia–Somalia tensions",
        ),
    ],
)
def test_mediation_between_two_states_finds_the_conflict(text, lang, mediator, conflict):
    facts = facts_of(text, lang, "2025-06-01")
    found = {(f["mediator"]["name"], f["conflict"]["name"]) for f in facts if f["type"] == "mediation"}
    assert found == {(mediator, conflict)}


def test_no_region_from_a_common_word():
    """The part of an alias before "war"/"Krieg"/"crisis" is matched alone as the conflict's region:
    it must not be a month, a bare sea or an everyday word."""
    from kg.extract.mentions import default_index

    table = default_index().table
    for word in ("August", "Gulf", "Golf", "Heimat", "Homeland", "Middle East", "Persian Gulf", "Hariri"):
        assert not [e for e in table.get(tuple(normalize(word).split()), ()) if e.kind == "region"], word


@pytest.mark.parametrize(
    ("text", "lang", "countries"),
    [
        ("US-Iran talks resumed in Muscat on Saturday.", "en", {"United States", "Iran"}),
        ("The Russia-Turkey summit in Sochi ended on Tuesday.", "en", {"Russia", "Turkey"}),
        ("Israeli-Syrian talks were held in Baku on Thursday.", "en", {"Israel", "Syria"}),
    ],
)
def test_country_pairs_are_not_swallowed_by_a_conflict(text, lang, countries):
    """No conflict alias turns a hyphenated pair of states into a region name."""
    from kg.extract.mentions import Resolver, default_index, find_mentions

    index = default_index()
    mentions = find_mentions(text, index, Resolver(index, "2025-06-01"))
    assert not [m for m in mentions if m.kind == "region"], [m.text for m in mentions]
    named = {(m.entity or m.country).name for m in mentions if (m.entity or m.country) is not None}
    assert countries <= named
