"""The office holders of kg/data/gazetteer/persons-africa-mideast.yaml (Middle East and Africa)."""

from __future__ import annotations

import pytest
from conftest import gazetteer_file, holder, meetings_of, names_in_other_person_files, one

from kg.gazetteer import normalize

FILE = "persons-africa-mideast.yaml"


@pytest.fixture(scope="module")
def records():
    return gazetteer_file(FILE)


@pytest.mark.parametrize(
    ("office", "code", "day", "expected"),
    [
        ("head_of_state", "ERI", "2019-06-01", "Isaias Afwerki"),
        ("head_of_government", "ETH", "2019-06-01", "Abiy Ahmed"),
        ("head_of_government", "ETH", "2010-06-01", "Meles Zenawi"),
        ("head_of_state", "KEN", "2019-06-01", "Uhuru Kenyatta"),
        ("head_of_government", "KEN", "2010-06-01", "Raila Odinga"),  # the coalition's prime minister
        ("head_of_state", "NGA", "2019-06-01", "Muhammadu Buhari"),
        ("head_of_state", "DZA", "2019-06-01", "Abdelkader Bensalah"),  # acting, after Bouteflika resigned
        ("head_of_state", "DZA", "2019-04-01", "Abdelaziz Bouteflika"),
        ("head_of_government", "LBN", "2019-06-01", "Saad Hariri"),
        ("head_of_state", "LBN", "2023-06-01", None),  # the presidency was vacant
        ("head_of_state", "PSE", "2019-06-01", "Mahmoud Abbas"),
        ("head_of_state", "PSE", "2001-06-01", "Yasser Arafat"),
        ("head_of_state", "KWT", "2019-06-01", "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
        ("head_of_government", "MAR", "2019-06-01", "Saadeddine Othmani"),
        ("foreign_minister", "MAR", "2013-01-01", "Saadeddine Othmani"),
        ("head_of_state", "TUN", "2019-06-01", "Beji Caid Essebsi"),
        ("head_of_state", "SDN", "2019-06-01", "Abdel Fattah al-Burhan"),
        ("head_of_state", "SDN", "2010-06-01", "Omar al-Bashir"),
        ("head_of_state", "LBY", "2010-06-01", "Muammar Gaddafi"),
        ("head_of_government", "LBY", "2022-06-01", "Abdul Hamid Dbeibeh"),
        ("foreign_minister", "RWA", "2019-06-01", "Richard Sezibera"),
        ("head_of_state", "RWA", "2019-06-01", "Paul Kagame"),
        ("head_of_state", "COD", "2019-06-01", "Félix Tshisekedi"),
        ("head_of_state", "ZWE", "2019-06-01", "Emmerson Mnangagwa"),
        ("head_of_state", "GHA", "2026-01-01", "John Mahama"),  # second term
        ("head_of_government", "TGO", "2026-01-01", "Faure Gnassingbé"),  # President of the Council
    ],
)
def test_holders(g, office, code, day, expected):
    assert holder(g, office, code, day) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Isayas Afewerki", "Isaias Afwerki", "Isaias Afewerki", "Isaias"], "Isaias Afwerki"),
        (["Abiy Ahmed", "Abiy", "Абий Ахмед"], "Abiy Ahmed"),
        (["Jassir Arafat", "Yasir Arafat", "Arafat", "Ясир Арафат"], "Yasser Arafat"),
        (["Mahmud Abbas", "Abu Mazen", "Abbas", "Махмуд Аббас"], "Mahmoud Abbas"),
        (["Muammar al-Gaddafi", "Gaddafi", "Gadhafi", "Каддафи"], "Muammar Gaddafi"),
        (["Nadschib Mikati", "Mikati"], "Najib Mikati"),
        (["Ismail Hanija", "Haniyeh", "Хания"], "Ismail Haniyeh"),
        (["Abdel Fattah Burhan", "al-Burhan", "Бурхан"], "Abdel Fattah al-Burhan"),
        (["Omar al-Baschir", "al-Bashir"], "Omar al-Bashir"),
        (["Mohammed VI.", "König Mohammed VI."], "Mohammed VI of Morocco"),
        (["Kaïs Saïed", "Saied"], "Kais Saied"),
        (["Bouteflika", "Бутефлика"], "Abdelaziz Bouteflika"),
        (["Tedros", "Tedros Adhanom"], "Tedros Adhanom Ghebreyesus"),
    ],
)
def test_name_variants(g, names, expected):
    assert {one(g, n).name for n in names} == {expected}


def test_shared_surnames_not_used_alone(g):
    """Father and son, namesakes and common names: the bare word names nobody of this file."""
    for word in ["Aoun", "Hariri", "Salam", "Kabila", "Déby", "Bongo", "Mutharika", "Banda", "Traoré", "Ali"]:
        assert not [e.name for e in g.lookup(word, ["Person"])], word
    assert one(g, "Joseph Aoun").name != one(g, "Michel Aoun").name


def test_every_record_lists_its_surnames(records):
    """Without a `surname` key the extractor would derive one from the last word ("Ali", "Saleh")."""
    assert records, FILE
    assert [r["name"] for r in records if "surname" not in r] == []


def test_no_common_word_is_a_surname(records):
    common = {
        "ali",
        "ahmed",
        "mohamed",
        "mohammed",
        "said",
        "saleh",
        "hassan",
        "abdullah",
        "ba",
        "fall",
        "wade",
        "scott",
    }
    used = {normalize(s) for r in records for s in r["surname"] or []}
    assert used & common == set()


def test_records_have_names_in_three_languages(records):
    for r in records:
        assert r["name"] in r["aliases"]["en"], r["name"]
        assert r["aliases"].get("de") and r["aliases"].get("ru"), r["name"]
        assert r["offices"], r["name"]


def test_not_duplicated_in_other_person_files(records):
    """A person lives in one file: none of these names is a record of another person file."""
    others = names_in_other_person_files(FILE)
    assert [r["name"] for r in records if normalize(r["name"]) in others] == []


def test_countries_covered_on_sample_days(g):
    """Heads of state of the countries of this file are known on a few days since 2001."""
    for code in "KWT BHR YEM LBN PSE LBY DZA MAR TUN ETH ERI SDN SOM KEN UGA RWA COD NGA GHA SEN".split():
        for day in ("2001-06-01", "2010-06-01", "2020-06-01"):
            if code == "LBN" and day == "2001-06-01":
                assert holder(g, "head_of_state", code, day) == "Émile Lahoud"
            assert holder(g, "head_of_state", code, day) is not None, (code, day)
            assert holder(g, "head_of_government", code, day) is not None, (code, day)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Der kenianische Präsident traf am Dienstag in Addis Abeba den äthiopischen Ministerpräsidenten.",
            "de",
            {"Uhuru Kenyatta", "Abiy Ahmed"},
        ),
        (
            "Der algerische Außenminister traf am Montag in Rabat seinen marokkanischen Amtskollegen.",
            "de",
            {"Sabri Boukadoum", "Nasser Bourita"},
        ),
        (
            "Isayas Afewerki empfing am Dienstag in Asmara den äthiopischen Regierungschef Abiy.",
            "de",
            {"Isaias Afwerki", "Abiy Ahmed"},
        ),
    ],
)
def test_role_words_and_names_resolve_in_text(text, lang, expected):
    """Role words and German name forms name the holder on the article's day (2019-06-04)."""
    meetings = meetings_of(text, lang, "2019-06-04")
    assert meetings == [expected]
