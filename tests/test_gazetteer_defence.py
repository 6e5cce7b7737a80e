"""The defence ministers of kg/data/gazetteer/persons-defence.yaml beyond the region and the great
powers (Japan to Iraq), and the defence terms added to records of other person files."""

from __future__ import annotations

import pytest
from conftest import gazetteer_file, holder, meetings_of, names_in_other_person_files, one

from kg.gazetteer import normalize

FILE = "persons-defence.yaml"


@pytest.fixture(scope="module")
def records():
    return gazetteer_file(FILE)


def defence_minister(g, code, day):
    return holder(g, "defence_minister", code, day)


@pytest.mark.parametrize(
    ("code", "day", "expected"),
    [
        ("JPN", "2003-06-01", "Shigeru Ishiba"),  # Director General of the Defense Agency, persons-world.yaml
        ("JPN", "2008-01-01", "Shigeru Ishiba"),  # Minister of Defense, second term
        ("JPN", "2015-06-01", "Gen Nakatani"),
        ("JPN", "2026-01-15", "Shinjirō Koizumi"),
        ("KOR", "2019-06-01", "Jeong Kyeong-doo"),
        ("KOR", "2025-09-01", "Ahn Gyu-back"),
        ("AUS", "2020-06-01", "Linda Reynolds"),
        ("AUS", "2024-06-01", "Richard Marles"),
        # terms on records of persons-americas-asia-europe.yaml
        ("AUS", "2012-06-01", "Stephen Smith (Australian politician)"),
        ("AUS", "2017-06-01", "Marise Payne"),
        ("ARG", "2022-06-01", "Jorge Taiana"),
        ("MYS", "2005-06-01", "Najib Razak"),
        ("MYS", "2016-06-01", "Hishammuddin Hussein"),
        ("MYS", "2023-06-01", "Mohamad Hasan"),
        ("TWN", "1999-06-01", "Tang Fei"),
        ("ITA", "2000-06-01", "Sergio Mattarella"),
        ("ITA", "2020-06-01", "Lorenzo Guerini"),
        ("POL", "2019-06-01", "Mariusz Błaszczak"),
        ("POL", "2024-06-01", "Władysław Kosiniak-Kamysz"),
        ("SAU", "2005-06-01", "Sultan bin Abdulaziz"),
        ("SAU", "2019-06-01", "Mohammed bin Salman"),
        ("SAU", "2024-06-01", "Khalid bin Salman"),
        ("ARE", "2019-06-01", "Mohammed bin Rashid Al Maktoum"),
        ("QAT", "2020-06-01", "Khalid bin Mohammad Al Attiyah"),
        ("QAT", "2025-06-01", "Saoud bin Abdulrahman Al Thani"),
        ("EGY", "2010-06-01", "Mohamed Hussein Tantawi"),
        ("EGY", "2013-06-01", "Abdel Fattah el-Sisi"),
        ("EGY", "2020-06-01", "Mohamed Zaki"),
        ("PAK", "2020-06-01", "Pervez Khattak"),
        ("PAK", "2025-06-01", "Khawaja Muhammad Asif"),
        ("IDN", "2020-06-01", "Prabowo Subianto"),
        ("IDN", "2025-06-01", "Sjafrie Sjamsoeddin"),
        ("PHL", "2020-06-01", "Delfin Lorenzana"),
        ("PHL", "2024-06-01", "Gilberto Teodoro"),
        ("GRC", "2016-06-01", "Panos Kammenos"),
        ("GRC", "2024-06-01", "Nikos Dendias"),
        ("ESP", "2010-06-01", "Carme Chacón"),
        ("ESP", "2024-06-01", "Margarita Robles"),
        ("CAN", "2010-06-01", "Peter MacKay"),
        ("CAN", "2019-06-01", "Harjit Sajjan"),
        ("NLD", "2019-06-01", "Ank Bijleveld"),
        ("NLD", "2026-06-01", "Dilan Yeşilgöz"),
        ("SWE", "2019-06-01", "Peter Hultqvist"),
        ("NOR", "2019-06-01", "Frank Bakke-Jensen"),
        ("NOR", "2025-06-01", "Tore O. Sandvik"),
        ("DNK", "2019-01-01", "Claus Hjort Frederiksen"),
        ("DNK", "2023-05-01", "Troels Lund Poulsen"),  # acting while Ellemann-Jensen was on sick leave
        ("FIN", "2022-06-01", "Antti Kaikkonen"),
        ("BRA", "2010-06-01", "Nelson Jobim"),
        ("BRA", "2024-06-01", "José Múcio"),
        ("ARG", "2019-06-01", "Oscar Aguad"),
        ("ARG", "2026-03-01", "Carlos Presti"),
        ("VNM", "2019-06-01", "Ngô Xuân Lịch"),
        ("MYS", "2019-06-01", "Mohamad Sabu"),
        ("MYS", "2024-06-01", "Mohamed Khaled Nordin"),
        ("TWN", "2022-06-01", "Chiu Kuo-cheng"),
        ("DZA", "2010-06-01", "Abdelaziz Bouteflika"),  # the president holds the portfolio
        ("SRB", "2019-06-01", "Aleksandar Vulin"),
        ("HUN", "2019-06-01", "Tibor Benkő"),
        ("ROU", "2019-06-01", "Gabriel Leș"),
        ("ROU", "2026-03-01", "Radu Miruță"),
        ("ZAF", "2019-06-01", "Nosiviwe Mapisa-Nqakula"),
        ("NGA", "2018-06-01", "Mansur Dan-Ali"),
        ("NGA", "2026-01-15", "Christopher Musa"),
        ("IRQ", "2008-06-01", "Abdul Qadir al-Obeidi"),
        ("IRQ", "2019-12-01", "Najah al-Shammari"),
        ("IRQ", "2011-03-01", "Nouri al-Maliki"),  # the prime minister as acting minister
        ("JOR", "2014-06-01", "Abdullah Ensour"),  # the prime minister is also Minister of Defence
        ("JOR", "2022-06-01", "Bisher Al-Khasawneh"),
        ("MAR", "2020-06-01", "Abdellatif Loudiyi"),  # Minister Delegate for National Defence Administration
        ("GRC", "2015-09-10", "Ioannis Giagkos"),  # caretaker cabinet between Kammenos's two terms
        ("GRC", "2017-06-01", "Panos Kammenos"),
        ("PAK", "2023-11-01", "Anwar Ali Hyder"),  # caretaker
        ("KOR", "2025-03-01", "Kim Seon-ho"),  # acting after Kim Yong-hyun's resignation
    ],
)
def test_defence_holders(g, code, day, expected):
    assert defence_minister(g, code, day) == expected


@pytest.mark.parametrize(
    "code",
    "JPN KOR AUS ITA POL SAU ARE EGY PAK IDN PHL GRC ESP CAN NLD SWE NOR DNK FIN BRA ARG VNM TWN DZA SRB HUN "
    "ROU ZAF IRQ JOR".split(),
)
def test_countries_have_a_defence_minister_on_sample_days(g, code):
    for day in ("2010-06-01", "2020-06-01"):
        assert defence_minister(g, code, day) is not None, (code, day)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Kosiniak-Kamysz", "Wladyslaw Kosiniak-Kamysz", "Косиняк-Камыш"], "Władysław Kosiniak-Kamysz"),
        (["Blaszczak", "Błaszczak", "Блащак"], "Mariusz Błaszczak"),
        (["Crosetto", "Крозетто"], "Guido Crosetto"),
        (["Chalid bin Salman", "Khalid bin Salman", "Халид бин Салман"], "Khalid bin Salman"),
        (["Sidki Subhi", "Sedki Sobhy", "Sobhi"], "Sedki Sobhi"),
        (["Kammenos", "Камменос"], "Panos Kammenos"),
        (["Hultqvist", "Хультквист"], "Peter Hultqvist"),
        (["Häkkänen", "Hakkanen", "Хяккянен"], "Antti Häkkänen"),
        (["Yesilgoz", "Dilan Yeşilgöz-Zegerius", "Йешильгёз"], "Dilan Yeşilgöz"),
        (["Brekelmans", "Брекелманс"], "Ruben Brekelmans"),
        (["Marles", "Марлз"], "Richard Marles"),
        (["Nakatani", "Накатани"], "Gen Nakatani"),
        (["Mosteanu", "Moșteanu", "Моштяну"], "Ionuț Moșteanu"),
        (["Sutanovac", "Шутановац"], "Dragan Šutanovac"),
        (["Mat Sabu", "Мохамад Сабу"], "Mohamad Sabu"),
        (["Gibo Teodoro", "Gilberto Teodoro Jr."], "Gilberto Teodoro"),
        (["Pal Jonson", "Jonson", "Йонсон"], "Pål Jonson"),
        (["Loudiyi", "Лудийи"], "Abdellatif Loudiyi"),
        (["Kosanov"], "Dauren Kosanov"),  # an older record of this file still resolves
    ],
)
def test_name_variants(g, names, expected):
    assert {one(g, n).name for n in names} == {expected}


def test_shared_and_common_names_are_not_used_alone(g, records):
    """Korean family names, namesakes (the two Hækkerups, Panagiotopouloses, Obeidis) and common
    words (Gram, Wagner) name no record of this file when they stand alone."""
    here = {r["name"] for r in records}
    for word in ["Kim", "Lee", "Han", "Song", "Panagiotopoulos", "Hækkerup", "Obeidi", "al-Obeidi", "Gram"]:
        assert not [e.name for e in g.lookup(word, ["Person"]) if e.name in here], word
    for word in ["Wagner", "Smith", "Blair", "Nqakula", "Musa", "Niinistö"]:
        assert not [e.name for e in g.lookup(word, ["Person"]) if e.name in here], word
    assert one(g, "Nick Hækkerup").name != one(g, "Hans Hækkerup").name


def test_every_record_follows_the_file_conventions(records):
    for r in records:
        assert r["name"] in r["aliases"]["en"], r["name"]
        assert r["aliases"].get("de") and r["aliases"].get("ru"), r["name"]
        assert "surname" in r and isinstance(r["surname"], list), r["name"]
        assert r["offices"] and {o["office"] for o in r["offices"]} == {"defence_minister"}, r["name"]


def test_no_common_word_is_a_surname(records):
    common = {"kim", "lee", "park", "han", "song", "gram", "smith", "blair", "wagner", "musa", "silva", "cruz"}
    used = {normalize(s) for r in records for s in r["surname"] or []}
    assert used & common == set()


def test_not_duplicated_in_other_person_files(records):
    """A person lives in one file: those with a record elsewhere got the office added there."""
    others = names_in_other_person_files(FILE)
    assert [r["name"] for r in records if normalize(r["name"]) in others] == []


def test_offices_added_to_records_elsewhere_keep_their_first_office(g):
    """A later prime minister or king keeps his first office; the defence term is appended."""
    mbs = one(g, "Mohammed bin Salman")
    assert mbs.offices[0].office == "head_of_government"
    assert defence_minister(g, "SAU", "2016-06-01") == "Mohammed bin Salman"
    ishiba = one(g, "Shigeru Ishiba")
    assert ishiba.offices[0].office == "head_of_government"
    assert [o.start for o in ishiba.offices if o.office == "defence_minister"] == ["2002-09-30", "2007-09-26"]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Der japanische Verteidigungsminister traf am Dienstag in Tokio seinen australischen Amtskollegen.",
            "de",
            {"Minoru Kihara", "Richard Marles"},
        ),
        (
            "The Polish defence minister met his Italian counterpart in Rome on Tuesday.",
            "en",
            {"Władysław Kosiniak-Kamysz", "Guido Crosetto"},
        ),
        (
            "The Saudi defence minister met his Qatari counterpart in Riyadh on Tuesday.",
            "en",
            {"Khalid bin Salman", "Khalid bin Mohammad Al Attiyah"},
        ),
        (
            "Der griechische Verteidigungsminister traf am Dienstag in Athen seinen spanischen Amtskollegen.",
            "de",
            {"Nikos Dendias", "Margarita Robles"},
        ),
    ],
)
def test_role_words_resolve_in_text(text, lang, expected):
    """offices.yaml's defence_minister words name these holders on the article's day (2024-02-15)."""
    meetings = meetings_of(text, lang, "2024-02-15")
    assert meetings == [expected]
