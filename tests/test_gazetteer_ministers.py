"""Foreign ministers and heads of government of kg/data/gazetteer/persons-ministers.yaml, and the
offices added to records of other person files (Juncker, Costa, Michel, Netanyahu, Rama, ...)."""

from __future__ import annotations

import pytest
from conftest import gazetteer_file, holder, meetings_of, names_in_other_person_files, one

from kg.gazetteer import normalize

FILE = "persons-ministers.yaml"


@pytest.fixture(scope="module")
def records():
    return gazetteer_file(FILE)


@pytest.mark.parametrize(
    ("office", "code", "day", "expected"),
    [
        ("foreign_minister", "ROU", "2002-06-01", "Mircea Geoană"),
        ("foreign_minister", "ROU", "2021-06-01", "Bogdan Aurescu"),
        ("foreign_minister", "ROU", "2006-01-01", "Mihai Răzvan Ungureanu"),  # office added to his PM record
        ("foreign_minister", "BGR", "2006-06-01", "Ivailo Kalfin"),
        ("foreign_minister", "BGR", "2019-06-01", "Ekaterina Zaharieva"),
        ("foreign_minister", "LVA", "2003-06-01", "Sandra Kalniete"),
        ("foreign_minister", "ALB", "2008-06-01", "Lulzim Basha"),
        ("foreign_minister", "ALB", "2020-06-01", "Edi Rama"),  # the prime minister held the office
        ("foreign_minister", "MNE", "2021-06-01", "Đorđe Radulović"),
        ("foreign_minister", "MNG", "2019-06-01", "Damdin Tsogtbaatar"),
        ("foreign_minister", "NPL", "2019-06-01", "Pradeep Gyawali"),
        ("head_of_government", "PER", "2019-06-01", "Salvador del Solar"),
        ("head_of_government", "PER", "2023-06-01", "Alberto Otárola"),
        ("head_of_government", "PER", "2006-01-01", "Pedro Pablo Kuczynski"),
        ("foreign_minister", "PER", "2019-06-01", "Néstor Popolizio"),
        ("foreign_minister", "BOL", "2019-06-01", "Diego Pary"),
        ("foreign_minister", "ECU", "2019-06-01", "José Valencia"),
        ("foreign_minister", "PRY", "2015-06-01", "Eladio Loizaga"),
        ("foreign_minister", "TWN", "2010-06-01", "Timothy Yang"),
        ("head_of_government", "GNB", "2021-06-01", "Nuno Gomes Nabiam"),
        ("head_of_government", "STP", "2020-06-01", "Jorge Bom Jesus"),
        ("head_of_government", "LUX", "2005-06-01", "Jean-Claude Juncker"),
        ("head_of_government", "PRT", "2019-06-01", "António Costa"),
        ("head_of_government", "PRT", "2003-06-01", "José Manuel Barroso"),
        ("head_of_government", "BEL", "2017-06-01", "Charles Michel"),
        ("foreign_minister", "ISR", "2017-06-01", "Benjamin Netanyahu"),
        ("foreign_minister", "CIV", "2022-06-01", "Kandia Camara"),
        ("foreign_minister", "SDN", "2024-12-01", "Ali Youssef al-Sharif"),
        ("foreign_minister", "SOM", "2024-10-01", "Ahmed Moallim Fiqi"),
        ("head_of_government", "WSM", "2010-06-01", "Tuilaepa Sailele Malielegaoi"),
        ("head_of_government", "SLB", "2021-06-01", "Manasseh Sogavare"),
        ("head_of_government", "VUT", "2018-06-01", "Charlot Salwai"),
        ("head_of_state", "PLW", "2015-06-01", "Tommy Remengesau"),
        ("head_of_government", "PLW", "2015-06-01", "Tommy Remengesau"),
        ("head_of_state", "TON", "2019-06-01", "Tupou VI"),
        ("head_of_government", "TON", "2003-06-01", "Tupou VI"),  # as Prince ʻUlukālala Lavaka Ata
        ("head_of_state", "KIR", "2010-06-01", "Anote Tong"),
        ("head_of_state", "MHL", "2022-06-01", "David Kabua"),
        ("head_of_state", "FSM", "2021-06-01", "David Panuelo"),
        ("head_of_government", "TUV", "2015-06-01", "Enele Sopoaga"),
        ("foreign_minister", "TLS", "2010-06-01", "Zacarias da Costa"),
        ("foreign_minister", "MLT", "2010-06-01", "Tonio Borg"),
        ("foreign_minister", "GTM", "2010-06-01", "Haroldo Rodas"),
        ("foreign_minister", "CRI", "2016-06-01", "Manuel González Sanz"),
        ("foreign_minister", "PAN", "2016-06-01", "Isabel Saint Malo"),
        ("foreign_minister", "PAN", "2010-06-01", "Juan Carlos Varela"),
        ("foreign_minister", "VAT", "2000-06-01", "Jean-Louis Tauran"),
        ("foreign_minister", "KGZ", "2008-06-01", "Ednan Karabayev"),
        ("foreign_minister", "CYP", "2005-06-01", "George Iacovou"),
        ("foreign_minister", "SVN", "2002-06-01", "Dimitrij Rupel"),
        ("foreign_minister", "PRT", "2001-06-01", "Jaime Gama"),
        ("foreign_minister", "LBR", "2022-06-01", "Dee-Maxwell Saah Kemayah"),
        ("foreign_minister", "TCD", "2023-06-01", "Mahamat Saleh Annadif"),
        ("foreign_minister", "CIV", "2024-06-01", "Léon Kacou Adom"),
        ("foreign_minister", "ALB", "2026-06-01", "Ferit Hoxha"),
        ("foreign_minister", "ALB", "2012-01-01", "Edmond Haxhinasto"),
        ("foreign_minister", "ECU", "2022-06-01", "Juan Carlos Holguín"),
        ("foreign_minister", "WSM", "2023-06-01", "Fiamē Naomi Mataʻafa"),
        ("head_of_government", "TON", "2025-06-01", "ʻAisake Eke"),
        ("head_of_government", "WSM", "2025-12-01", "La'auli Leuatea Schmidt"),
    ],
)
def test_holders(g, office, code, day, expected):
    assert holder(g, office, code, day) == expected


def test_existing_records_keep_their_first_office(g):
    """Offices are appended: Juncker is found as Commission president, Costa as Council president."""
    juncker = one(g, "Jean-Claude Juncker")
    assert juncker.offices[0].office == "president_european_commission"
    assert one(g, "António Costa").offices[0].office == "president_european_council"
    assert holder(g, "head_of_government", "LUX", "2014-06-01") == "Xavier Bettel"
    assert holder(g, "head_of_government", "BEL", "2020-06-01") == "Sophie Wilmès"


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Mircea Geoana", "Geoană", "Geoana", "Мирча Джоанэ"], "Mircea Geoană"),
        (["Teodor Melescanu", "Meleșcanu", "Мелешкану"], "Teodor Meleșcanu"),
        (["Nikolai Mladenow", "Mladenov", "Николай Младенов"], "Nickolay Mladenov"),
        (["Ekaterina Sacharieva", "Zaharieva", "Захариева"], "Ekaterina Zaharieva"),
        (["Rumjana Schelewa", "Rumiana Zheleva", "Jeleva"], "Rumiana Jeleva"),
        (["Iwajlo Kalfin", "Kalfin"], "Ivailo Kalfin"),
        (["Luwsangiin Erdenetschuluun", "Erdenechuluun"], "Luvsangiin Erdenechuluun"),
        (["Sogavare", "Манассе Согаваре"], "Manasseh Sogavare"),
        (["Fiame Naomi Mataafa", "Mataafa"], "Fiamē Naomi Mataʻafa"),
        (["Djibril Bassolé", "Bassolé"], "Djibrill Bassolé"),
        (["Javier Perez de Cuellar", "Pérez de Cuéllar"], "Javier Pérez de Cuéllar"),
        (["Abdul Ilah al-Chatib", "Abdelilah al-Khatib"], "Abdul Ilah Khatib"),
        (["Eugene Chien", "Chien Yu-hsin"], "Eugene Chien"),
        (["Ahmed Moalim Fiqi", "Fiqi"], "Ahmed Moallim Fiqi"),
    ],
)
def test_name_variants(g, names, expected):
    assert {one(g, n).name for n in names} == {expected}


def test_shared_surnames_not_used_alone(g):
    """Namesakes (the Borgs of Malta, the Guterres of Timor-Leste and the UN, the Gomes of
    Guinea-Bissau, the Dorjis of Bhutan) are found by full name only."""
    mine = {r["name"] for r in gazetteer_file(FILE)}
    for word in ["Borg", "Guterres", "Gomes", "Dorji", "Koirala", "Pohiva", "Kamara", "Moncada", "Long"]:
        assert not {e.name for e in g.lookup(word, ["Person"])} & mine, word
    assert one(g, "Joe Borg").name != one(g, "Tonio Borg").name


def test_every_record_lists_its_surnames(records):
    """Without a `surname` key the extractor would derive one from the last word ("Long", "Lilo")."""
    assert records, FILE
    assert [r["name"] for r in records if "surname" not in r] == []


def test_records_have_names_in_three_languages(records):
    for r in records:
        assert r["name"] in r["aliases"]["en"], r["name"]
        assert r["aliases"].get("de") and r["aliases"].get("ru"), r["name"]
        assert r["offices"], r["name"]


def test_no_surname_is_a_common_word(records):
    common = {"long", "gift", "note", "christian", "miller", "moses", "tor", "rivas", "chang", "luna", "ali"}
    used = {normalize(s) for r in records for s in r["surname"] or []}
    assert used & common == set()


def test_foreign_ministers_known_across_the_years(g):
    """The foreign ministers of the countries this file fills are known on sample days."""
    for code in "ROU BGR LVA BOL PRY TWN GTM CRI PAN DOM".split():
        for day in ("2003-06-01", "2011-06-01", "2022-06-01"):
            if code == "TWN" and day == "2022-06-01":
                continue  # Joseph Wu, in another file
            assert holder(g, "foreign_minister", code, day) is not None, (code, day)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Der rumänische Außenminister traf am Montag in Sofia seinen bulgarischen Amtskollegen.",
            "de",
            {"Teodor Meleșcanu", "Ekaterina Zaharieva"},
        ),
        (
            "The Peruvian prime minister met the Bolivian foreign minister in Lima on Monday.",
            "en",
            {"Salvador del Solar", "Diego Pary"},
        ),
        (
            "Nikolai Mladenow traf am Dienstag in Bukarest den rumänischen Außenminister.",
            "de",
            {"Nickolay Mladenov", "Teodor Meleșcanu"},
        ),
    ],
)
def test_role_words_and_names_resolve_in_text(text, lang, expected):
    """Role words and German name forms name the holder on the article's day (2019-06-04)."""
    meetings = meetings_of(text, lang, "2019-06-04")
    assert meetings == [expected]


def test_not_duplicated_in_other_person_files(records):
    """A person lives in one file: offices of people recorded elsewhere were added to their records."""
    others = names_in_other_person_files(FILE)
    assert [r["name"] for r in records if normalize(r["name"]) in others] == []
