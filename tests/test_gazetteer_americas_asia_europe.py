"""Office holders of kg/data/gazetteer/persons-americas-asia-europe.yaml (Latin America and the
Caribbean, Asia-Pacific, the smaller European states), loaded through kg.gazetteer."""

from __future__ import annotations

import pytest
from conftest import gazetteer_file, meetings_of, one

from kg.gazetteer import normalize

FILE = "persons-americas-asia-europe.yaml"


@pytest.fixture(scope="module")
def records():
    return gazetteer_file(FILE)


def country_id(g, code):
    c = g.country(code)
    assert c is not None, code
    return c.id


@pytest.mark.parametrize(
    ("office", "code", "day", "expected"),
    [
        ("head_of_state", "VEN", "2019-06-01", "Nicolás Maduro"),
        ("head_of_state", "VEN", "2010-06-01", "Hugo Chávez"),
        ("foreign_minister", "VEN", "2016-01-01", "Delcy Rodríguez"),
        ("head_of_state", "GUY", "2019-06-01", "David A. Granger"),
        ("head_of_government", "GUY", "2023-01-01", "Mark Phillips (politician)"),
        ("head_of_state", "MEX", "2019-06-01", "Andrés Manuel López Obrador"),
        ("head_of_state", "MEX", "2025-01-01", "Claudia Sheinbaum"),
        ("foreign_minister", "MEX", "2019-06-01", "Marcelo Ebrard"),
        ("head_of_state", "ARG", "2019-06-01", "Mauricio Macri"),
        ("head_of_state", "ARG", "2024-06-01", "Javier Milei"),
        ("head_of_state", "CHL", "2019-06-01", "Sebastián Piñera"),
        ("head_of_state", "CUB", "2019-06-01", "Miguel Díaz-Canel"),
        ("head_of_government", "CUB", "2021-01-01", "Manuel Marrero Cruz"),
        ("head_of_government", "AUS", "2019-06-01", "Scott Morrison"),
        ("foreign_minister", "AUS", "2023-01-01", "Penny Wong"),
        ("head_of_state", "PHL", "2019-06-01", "Rodrigo Duterte"),
        ("head_of_government", "THA", "2019-06-01", "Prayut Chan-o-cha"),
        ("head_of_government", "THA", "2025-07-28", "Phumtham Wechayachai"),  # acting, Paetongtarn suspended
        ("head_of_government", "THA", "2025-06-15", "Paetongtarn Shinawatra"),
        ("head_of_state", "THA", "2019-06-01", "Vajiralongkorn"),
        ("head_of_state", "PRK", "2019-06-01", "Kim Jong Un"),
        ("head_of_state", "TWN", "2019-06-01", "Tsai Ing-wen"),
        ("head_of_government", "BGD", "2019-06-01", "Sheikh Hasina"),
        ("head_of_state", "XKX", "2019-06-01", "Hashim Thaçi"),
        ("head_of_government", "HRV", "2019-06-01", "Andrej Plenković"),
        ("head_of_state", "VAT", "2019-06-01", "Pope Francis"),
        ("head_of_state", "VAT", "2010-06-01", "Pope Benedict XVI"),
        ("head_of_government", "IRL", "2019-06-01", "Leo Varadkar"),
    ],
)
def test_holders(g, office, code, day, expected):
    holder = g.holder(office, country_id(g, code), day)
    assert holder is not None and holder.name == expected, (office, code, day, holder and holder.name)


def test_presidential_systems_record_both_offices(g):
    """Where the president heads state and government, both offices name the same person ..."""
    for code in ("MEX", "ARG", "COL", "CHL", "VEN", "PHL", "CYP"):
        cid = country_id(g, code)
        for day in ("2005-06-01", "2019-06-01"):
            hos, hog = g.holder("head_of_state", cid, day), g.holder("head_of_government", cid, day)
            assert hos is not None and hos == hog, (code, day, hos, hog)


def test_prime_ministers_beside_a_president(g):
    """... but where a prime minister sits beside the president, the prime minister heads the government."""
    for code in ("GUY", "LKA", "TWN", "HRV", "IRL"):
        cid = country_id(g, code)
        hos, hog = g.holder("head_of_state", cid, "2019-06-01"), g.holder("head_of_government", cid, "2019-06-01")
        assert hos is not None and hog is not None and hos != hog, (code, hos, hog)


def test_no_holder_where_none_is_recorded(g):
    """Collective heads of state and unknown successors are left out rather than guessed."""
    assert g.holder("head_of_state", country_id(g, "BIH"), "2019-06-01") is None
    assert g.holder("head_of_state", country_id(g, "COL"), "2026-09-01") is None
    assert g.holder("head_of_state", country_id(g, "PER"), "2026-01-01") is None


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Maduro", "Мадуро", "Nicolas Maduro"], "Nicolás Maduro"),
        (["Chávez", "Chavez", "Уго Чавес"], "Hugo Chávez"),
        (["Papst Franziskus", "Bergoglio", "Папа Франциск"], "Pope Francis"),
        (["Benedikt XVI.", "Ratzinger", "Papst Benedikt XVI."], "Pope Benedict XVI"),
        (["Kim Jong-un", "Ким Чен Ын"], "Kim Jong Un"),
        (["Gloria Macapagal-Arroyo", "Arroyo"], "Gloria Macapagal Arroyo"),
        (["Ferdinand Marcos Jr.", "Bongbong Marcos"], "Bongbong Marcos"),
        (["Maha Vajiralongkorn", "Rama X"], "Vajiralongkorn"),
        (["Prayuth Chan-ocha", "Prayut"], "Prayut Chan-o-cha"),
        (["Mahathir bin Mohamad", "Mahathir", "Махатхир"], "Mahathir Mohamad"),
        (["Suu Kyi", "Аун Сан Су Чжи"], "Aung San Suu Kyi"),
        (["Prachanda", "Dahal"], "Pushpa Kamal Dahal"),
        (["Thaci", "Thaçi", "Тачи"], "Hashim Thaçi"),
        (["Djukanovic", "Đukanović", "Milo Djukanović"], "Milo Đukanović"),
        (["Glafkos Klerides", "Clerides"], "Glafcos Clerides"),
        (["AMLO", "López Obrador", "Lopez Obrador"], "Andrés Manuel López Obrador"),
        (["Jakobsdottir", "Katrín Jakobsdóttir"], "Katrín Jakobsdóttir"),
    ],
)
def test_name_variants(g, names, expected):
    assert {one(g, n).name for n in names} == {expected}


@pytest.mark.parametrize("word", ["Santos", "Castro", "Fox", "Nepal", "Montenegro", "Morales", "Kirchner", "Frieden"])
def test_common_or_shared_words_name_no_person_alone(g, records, word):
    """A common word, a shared family name or a place is never read as one of these persons."""
    here = {r["name"] for r in records}
    assert not [e.name for e in g.lookup(word, ["Person"]) if e.name in here]


def test_records_follow_the_file_conventions(records):
    assert len(records) >= 300
    for rec in records:
        aliases = rec["aliases"]
        assert {"en", "de", "ru"} <= set(aliases), rec["name"]
        assert all(aliases[lang] for lang in ("en", "de", "ru")), rec["name"]
        # an explicit surname list: the extractor must not derive one from the last word
        assert "surname" in rec and isinstance(rec["surname"], list), rec["name"]
        assert all(len(normalize(s)) >= 3 for s in rec["surname"]), rec["name"]
        assert rec["offices"], rec["name"]
        for o in rec["offices"]:
            offices = {
                "head_of_state",
                "head_of_government",
                "foreign_minister",
                "secretary_general",
                "defence_minister",
            }
            assert o["office"] in offices, rec["name"]


def test_role_words_resolve_in_text():
    """offices.yaml's role words name these holders on the article's day (2025-03-10)."""
    text = "Die mexikanische Präsidentin traf am Montag in Buenos Aires den argentinischen Präsidenten."
    meetings = meetings_of(text, "de", "2025-03-10")
    assert meetings == [{"Claudia Sheinbaum", "Javier Milei"}]
