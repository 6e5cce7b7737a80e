"""The interior, trade and finance ministers of kg/data/gazetteer/persons-cabinet.yaml, and the
cabinet terms added to records of other person files (Theresa May, Olaf Scholz, Tô Lâm, ...)."""

from __future__ import annotations

import pytest
import yaml
from conftest import gazetteer_file, holder, meetings_of, names_in_other_person_files, one

from kg.gazetteer import DATA_DIR, normalize

FILE = "persons-cabinet.yaml"
OFFICES = ("interior_minister", "trade_minister", "finance_minister")


@pytest.fixture(scope="module")
def records():
    return gazetteer_file(FILE)


@pytest.mark.parametrize(
    ("office", "code", "day", "expected"),
    [
        ("interior_minister", "USA", "2015-06-01", "Jeh Johnson"),
        ("interior_minister", "USA", "2022-06-01", "Alejandro Mayorkas"),
        ("interior_minister", "DEU", "2019-06-01", "Horst Seehofer"),  # a record of persons.yaml
        ("interior_minister", "DEU", "2023-06-01", "Nancy Faeser"),
        ("interior_minister", "DEU", "2025-09-01", "Alexander Dobrindt"),
        ("interior_minister", "GBR", "2014-06-01", "Theresa May"),  # a record of persons.yaml
        ("interior_minister", "GBR", "2021-06-01", "Priti Patel"),
        ("interior_minister", "GBR", "2023-06-01", "Suella Braverman"),
        ("interior_minister", "FRA", "2022-06-01", "Gérald Darmanin"),
        ("interior_minister", "CHN", "2019-06-01", "Zhao Kezhi"),
        ("interior_minister", "RUS", "2020-06-01", "Vladimir Kolokoltsev"),
        ("interior_minister", "IND", "2021-06-01", "Amit Shah"),
        ("interior_minister", "TUR", "2020-06-01", "Süleyman Soylu"),
        ("interior_minister", "ITA", "2018-12-01", "Matteo Salvini"),
        ("interior_minister", "KEN", "2020-06-01", "Fred Matiang'i"),
        ("interior_minister", "KEN", "2023-06-01", "Kithure Kindiki"),  # a record of persons-envoys.yaml
        ("interior_minister", "ZAF", "2013-06-01", "Naledi Pandor"),  # a record of persons-world.yaml
        ("interior_minister", "SAU", "2015-06-01", "Mohammed bin Nayef"),
        ("interior_minister", "QAT", "2016-06-01", "Abdullah bin Nasser bin Khalifa Al Thani"),  # the PM
        ("interior_minister", "VNM", "2020-06-01", "Tô Lâm"),  # a record of persons-world.yaml
        ("interior_minister", "UKR", "2018-06-01", "Arsen Avakov"),
        ("interior_minister", "PAK", "2024-06-01", "Mohsin Naqvi"),
        ("interior_minister", "MEX", "2020-06-01", "Olga Sánchez Cordero"),
        ("trade_minister", "USA", "2019-06-01", "Robert Lighthizer"),
        ("trade_minister", "USA", "2022-06-01", "Katherine Tai"),
        ("trade_minister", "DEU", "2015-06-01", "Sigmar Gabriel"),  # a record of persons.yaml
        ("trade_minister", "DEU", "2023-06-01", "Robert Habeck"),
        ("trade_minister", "GBR", "2020-06-01", "Liz Truss"),  # a record of persons.yaml
        ("trade_minister", "GBR", "2023-06-01", "Kemi Badenoch"),
        ("trade_minister", "CHN", "2018-06-01", "Zhong Shan"),
        ("trade_minister", "RUS", "2020-06-01", "Denis Manturov"),
        ("trade_minister", "JPN", "2013-06-01", "Toshimitsu Motegi"),  # a record of persons-world.yaml
        ("trade_minister", "IND", "2022-06-01", "Piyush Goyal"),
        ("trade_minister", "UKR", "2023-06-01", "Yulia Svyrydenko"),  # a record of persons.yaml
        ("trade_minister", "AUS", "2019-06-01", "Simon Birmingham"),
        ("trade_minister", "TUR", "2017-06-01", "Nihat Zeybekci"),  # Minister of Economy, second term
        ("trade_minister", "EGY", "2021-06-01", "Nevine Gamea"),
        ("trade_minister", "IDN", "2015-06-01", "Rachmat Gobel"),
        ("interior_minister", "KOR", "2023-06-01", "Lee Sang-min"),
        ("interior_minister", "KOR", "2018-06-01", "Kim Boo-kyum"),  # a record of persons-world.yaml
        ("interior_minister", "POL", "2020-06-01", "Mariusz Kamiński"),
        ("interior_minister", "PHL", "2020-06-01", "Eduardo Año"),
        ("interior_minister", "CAN", "2017-06-01", "Ralph Goodale"),
        ("interior_minister", "AUS", "2023-06-01", "Clare O'Neil"),
        ("interior_minister", "IRN", "2018-06-01", "Abdolreza Rahmani Fazli"),
        ("interior_minister", "AZE", "2022-06-01", "Vilayat Eyvazov"),
        ("interior_minister", "EGY", "2020-06-01", "Mahmoud Tawfik"),
        ("interior_minister", "NGA", "2021-06-01", "Rauf Aregbesola"),
        ("trade_minister", "BRA", "2024-06-01", "Geraldo Alckmin"),  # a record of persons-envoys.yaml
        ("finance_minister", "USA", "2019-06-01", "Steven Mnuchin"),
        ("finance_minister", "USA", "2023-06-01", "Janet Yellen"),
        ("finance_minister", "DEU", "2015-06-01", "Wolfgang Schäuble"),  # a record of persons-envoys.yaml
        ("finance_minister", "DEU", "2020-06-01", "Olaf Scholz"),  # a record of persons.yaml
        ("finance_minister", "DEU", "2023-06-01", "Christian Lindner"),
        ("finance_minister", "GBR", "2014-06-01", "George Osborne"),
        ("finance_minister", "GBR", "2021-06-01", "Rishi Sunak"),  # a record of persons.yaml
        ("finance_minister", "GBR", "2025-06-01", "Rachel Reeves"),
        ("finance_minister", "FRA", "2020-06-01", "Bruno Le Maire"),
        ("finance_minister", "CHN", "2020-06-01", "Liu Kun"),
        ("finance_minister", "RUS", "2010-06-01", "Alexei Kudrin"),
        ("finance_minister", "RUS", "2022-06-01", "Anton Siluanov"),
        ("finance_minister", "JPN", "2016-06-01", "Tarō Asō"),  # a record of persons-world.yaml
        ("finance_minister", "TUR", "2012-06-01", "Mehmet Şimşek"),
        ("finance_minister", "TUR", "2024-06-01", "Mehmet Şimşek"),  # his second term
        ("finance_minister", "TUR", "2019-06-01", "Berat Albayrak"),
        ("finance_minister", "ITA", "2016-06-01", "Pier Carlo Padoan"),
        ("finance_minister", "ZAF", "2017-06-01", "Malusi Gigaba"),
        ("finance_minister", "NGA", "2020-06-01", "Zainab Ahmed"),
        ("finance_minister", "SAU", "2020-06-01", "Mohammed Al-Jadaan"),
        ("finance_minister", "BRA", "2020-06-01", "Paulo Guedes"),
        ("finance_minister", "CAN", "2022-06-01", "Chrystia Freeland"),  # a record of persons-world.yaml
        ("finance_minister", "KOR", "2020-06-01", "Hong Nam-ki"),
        ("finance_minister", "IDN", "2020-06-01", "Sri Mulyani Indrawati"),
        ("finance_minister", "UKR", "2017-06-01", "Oleksandr Danylyuk"),  # a record of persons-envoys.yaml
        ("finance_minister", "POL", "2017-06-01", "Mateusz Morawiecki"),  # a record of persons-world.yaml
        ("finance_minister", "IRN", "2015-06-01", "Ali Tayebnia"),
        ("finance_minister", "PAK", "2015-06-01", "Ishaq Dar"),  # a record of persons-world.yaml
        ("finance_minister", "PHL", "2026-01-15", "Frederick Go"),
        ("finance_minister", "BRA", "2026-06-01", "Dario Durigan"),
        ("interior_minister", "USA", "2025-06-01", "Kristi Noem"),
        ("interior_minister", "USA", "2026-06-01", "Markwayne Mullin"),
        ("interior_minister", "KAZ", "2020-06-01", "Yerlan Turgumbayev"),
        ("finance_minister", "KAZ", "2025-06-01", "Madi Takiyev"),
    ],
)
def test_holders(g, office, code, day, expected):
    assert holder(g, office, code, day) == expected


@pytest.mark.parametrize("office", OFFICES)
def test_no_two_holders_at_once(g, office):
    """One holder per office and state on any day (a handover day belongs to both)."""
    from test_gazetteer_data import _overlaps

    assert _overlaps(g, office) == []


# a day without a holder here: Liam Fox's record is in persons-defence.yaml (no other office allowed there)
GAPS = {("GBR", "trade_minister", "2018-06-01")}


def test_great_powers_have_holders_on_sample_days(g):
    for code in "USA DEU GBR FRA CHN RUS ITA TUR".split():
        for office in OFFICES:
            if code in ("FRA", "ITA") and office == "trade_minister":
                continue  # not recorded: a junior minister handles foreign trade
            for day in ("2012-06-01", "2018-06-01", "2024-06-01"):
                if (code, office, day) not in GAPS:
                    assert holder(g, office, code, day) is not None, (code, office, day)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Kolokolzew", "Kolokoltsev", "Колокольцев"], "Vladimir Kolokoltsev"),
        (["Nurgalijew", "Nurgaliyev", "Нургалиев"], "Rashid Nurgaliyev"),
        (["Siluanow", "Siluanov", "Силуанов"], "Anton Siluanov"),
        (["Manturow", "Manturov", "Мантуров"], "Denis Manturov"),
        (["Awakow", "Avakov", "Аваков"], "Arsen Avakov"),
        (["Simsek", "Şimşek", "Шимшек"], "Mehmet Şimşek"),
        (["Bruederle", "Brüderle", "Rainer Bruderle"], "Rainer Brüderle"),
        (["Roesler", "Rösler"], "Philipp Rösler"),
        (["Dschabbarow", "Jabbarov", "Джаббаров"], "Mikayil Jabbarov"),
        (["Guéant", "Claude Gueant"], "Claude Guéant"),
        (["Matiangi", "Matiang'i"], "Fred Matiang'i"),
        (["Raschid Nurgalijew"], "Rashid Nurgaliyev"),
        (["Naif bin Abdulaziz", "Prince Nayef"], "Nayef bin Abdulaziz"),
        (["Mohammed bin Naif", "Muhammad bin Nayef"], "Mohammed bin Nayef"),
        (["Lighthizer", "Лайтхайзер"], "Robert Lighthizer"),
        (["Mnuchin", "Steve Mnuchin"], "Steven Mnuchin"),
        (["Faeser", "Фезер"], "Nancy Faeser"),
        (["Piantedosi"], "Matteo Piantedosi"),
    ],
)
def test_name_variants(g, names, expected):
    assert {one(g, n).name for n in names} == {expected}


def test_shared_and_common_names_are_not_used_alone(g, records):
    """Namesakes (Napolitano, Rudd, Patel) and common words name no record of this file alone."""
    here = {r["name"] for r in records}
    for word in ["Napolitano", "Rudd", "Patel", "Fox", "Wolf", "Cable", "Fast", "Swan", "Hockey", "Shah", "Franco"]:
        assert not [e.name for e in g.lookup(word, ["Person"]) if e.name in here], word


def test_every_record_follows_the_file_conventions(records):
    assert len(records) >= 200
    for r in records:
        assert r["name"] in r["aliases"]["en"], r["name"]
        assert r["aliases"].get("de") and r["aliases"].get("ru"), r["name"]
        assert "surname" in r and isinstance(r["surname"], list), r["name"]
        assert all(len(normalize(s)) >= 3 for s in r["surname"]), r["name"]
        assert r["offices"] and {o["office"] for o in r["offices"]} <= set(OFFICES), r["name"]


def test_role_words(raw_offices):
    for office in OFFICES:
        assert {"en", "de", "ru"} <= set(raw_offices[office]), office
    assert "Innenminister" in raw_offices["interior_minister"]["de"]
    assert "home secretary" in raw_offices["interior_minister"]["en"]
    assert "trade representative" in raw_offices["trade_minister"]["en"]
    assert "chancellor of the exchequer" in raw_offices["finance_minister"]["en"]
    words = {}
    for office, langs in raw_offices.items():
        for ws in langs.values():
            for w in ws:
                assert words.setdefault(w.casefold(), office) == office, (w, office, words[w.casefold()])


@pytest.fixture(scope="module")
def raw_offices():
    with (DATA_DIR / "offices.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def test_not_duplicated_in_other_person_files(records):
    """A person lives in one file: those with a record elsewhere got the office added there."""
    others = names_in_other_person_files(FILE)
    assert [r["name"] for r in records if normalize(r["name"]) in others] == []


def test_offices_added_to_records_elsewhere_keep_their_first_office(g):
    assert one(g, "Theresa May").offices[0].office == "head_of_government"
    assert one(g, "Olaf Scholz").offices[0].office == "head_of_government"
    assert one(g, "Tô Lâm").offices[0].office == "head_of_state"
    assert holder(g, "head_of_government", "GBR", "2017-06-01") == "Theresa May"


@pytest.mark.parametrize(
    ("text", "lang", "day", "expected"),
    [
        (
            "Der kenianische Innenminister traf am Dienstag in Nairobi den britischen Innenminister.",
            "de",
            "2024-02-15",
            {"Kithure Kindiki", "James Cleverly"},
        ),
        (
            "The British Home Secretary met her French counterpart in Paris on Tuesday.",
            "en",
            "2024-02-15",
            {"James Cleverly", "Gérald Darmanin"},
        ),
        (
            "Der deutsche Finanzminister traf am Dienstag in Paris seinen französischen Amtskollegen.",
            "de",
            "2024-02-15",
            {"Christian Lindner", "Bruno Le Maire"},
        ),
        (
            "The US Trade Representative met the Chinese commerce minister in Beijing on Tuesday.",
            "en",
            "2024-02-15",
            {"Katherine Tai", "Wang Wentao"},
        ),
        (
            "Der britische Schatzkanzler traf am Dienstag in Berlin seinen deutschen Amtskollegen.",
            "de",
            "2024-02-15",
            {"Jeremy Hunt", "Christian Lindner"},
        ),
        (
            "The Indian home minister met the Pakistani interior minister in Delhi on Tuesday.",
            "en",
            "2024-06-15",
            {"Amit Shah", "Mohsin Naqvi"},
        ),
        (
            "Der türkische Handelsminister traf am Dienstag in Baku den aserbaidschanischen Wirtschaftsminister.",
            "de",
            "2024-02-15",
            {"Ömer Bolat", "Mikayil Jabbarov"},
        ),
        (
            "Der japanische Finanzminister traf am Dienstag in Washington US-Finanzministerin Yellen.",
            "de",
            "2024-02-15",
            {"Shun'ichi Suzuki", "Janet Yellen"},
        ),
    ],
)
def test_role_words_resolve_in_text(text, lang, day, expected):
    """offices.yaml's cabinet role words name the holder on the article's day."""
    assert meetings_of(text, lang, day) == [expected]
