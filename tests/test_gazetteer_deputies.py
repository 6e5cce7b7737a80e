"""The deputy prime ministers, vice premiers and other go-betweens of kg/data/gazetteer/persons-deputies.yaml,
and the deputy terms added to records of other person files (Li Keqiang, Dmitry Medvedev, Wang Qishan, ...)."""

from __future__ import annotations

import re

import pytest
import yaml
from conftest import gazetteer_file, names_in_other_person_files, one

from kg.gazetteer import DATA_DIR, normalize

FILE = "persons-deputies.yaml"
OFFICES = ("deputy_head_of_government", "envoy", "trade_minister")
DAY = re.compile(r"\d{4}-\d\d-\d\d")


@pytest.fixture(scope="module")
def records():
    return gazetteer_file(FILE)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Новак", "Alexander Nowak", "Aleksandr Novak"], "Alexander Novak"),
        (["Juri Borissow", "Yuri Borisov", "Юрий Борисов"], "Yury Borisov"),
        (["Schuwalow", "Shuvalov", "Шувалов"], "Igor Shuvalov"),
        (["Dworkowitsch", "Dvorkovich", "Дворкович"], "Arkady Dvorkovich"),
        (["Rogosin", "Rogozin", "Рогозин"], "Dmitry Rogozin"),
        (["Golikowa", "Golikova", "Голикова"], "Tatyana Golikova"),
        (["Chusnullin", "Khusnullin", "Хуснуллин"], "Marat Khusnullin"),
        (["Tschernyschenko", "Chernyshenko"], "Dmitry Chernyshenko"),
        (["Setschin", "Sechin", "Сечин"], "Igor Sechin"),
        (["Ziwiljow", "Цивилёв", "Tsivilev"], "Sergei Tsivilev"),
        (["Wang Qishan", "Ван Цишань"], "Wang Qishan"),  # a record of persons-envoys.yaml
        (["Liu He", "Лю Хэ"], "Liu He"),
        (["He Lifeng", "Хэ Лифэн"], "He Lifeng"),
        (["Ding Xuexiang", "Дин Сюэсян"], "Ding Xuexiang"),
        (["Zhang Youxia", "Чжан Юся"], "Zhang Youxia"),
        (["Lu Fuyuan", "Lü Fuyuan"], "Lü Fuyuan"),
        (["Mansour bin Zayed", "Mansur bin Zayid Al Nahyan"], "Mansour bin Zayed Al Nahyan"),
        (["Asaad bin Tarik Al Said", "Asa'ad bin Tariq Al Said"], "Asaad bin Tariq Al Said"),
        (["Bozdag", "Bekir Bozdağ"], "Bekir Bozdağ"),
        (["Stefanischyna", "Stefanishyna", "Стефанишина"], "Olha Stefanishyna"),
        (["Mustafajew", "Mustafayev", "Шахин Мустафаев"], "Shahin Mustafayev"),
        (["Raimondo", "Раймондо"], "Gina Raimondo"),
        (["Lutnick", "Howard Lutnick"], "Howard Lutnick"),
        (["Granholm", "Гранхольм"], "Jennifer Granholm"),
        (["Aghasadeh", "Gholamreza Aghazadeh"], "Gholam Reza Aghazadeh"),
        (["Fereydoun Abbasi-Davani", "Fereydoun Abbasi-Dawani"], "Fereydoun Abbasi"),
        (["Patriarch Kyrill", "Патриарх Кирилл"], "Patriarch Kirill of Moscow"),
    ],
)
def test_name_variants(g, names, expected):
    assert {one(g, n).name for n in names} == {expected}


@pytest.mark.parametrize("surname", ["Novak", "Nowak"])
def test_a_common_surname_alone_names_no_deputy(g, surname):
    # many Czech, Slovene and Polish people bear it: only the full name is Russia's deputy prime minister
    assert g.lookup(surname, ["Person"]) == []


@pytest.mark.parametrize(
    ("code", "day", "expected"),
    [
        ("CHN", "2005-06-01", {"Huang Ju", "Wu Yi", "Zeng Peiyan", "Hui Liangyu"}),
        ("CHN", "2010-06-01", {"Li Keqiang", "Hui Liangyu", "Zhang Dejiang", "Wang Qishan"}),
        ("CHN", "2016-06-01", {"Zhang Gaoli", "Liu Yandong", "Wang Yang", "Ma Kai"}),
        ("CHN", "2020-06-01", {"Han Zheng", "Sun Chunlan", "Hu Chunhua", "Liu He"}),
        ("CHN", "2025-06-01", {"Ding Xuexiang", "He Lifeng", "Zhang Guoqing", "Liu Guozhong"}),
        ("TUR", "2016-01-01", {"Numan Kurtulmuş", "Yalçın Akdoğan", "Tuğrul Türkeş"}),
    ],
)
def test_deputies_on_a_day(g, code, day, expected):
    """Everyone who held the deputy office of a state on a day: several at once, unlike a role word's office."""
    country = g.country(code)
    held = {
        p.name
        for p in g.entities("Person")
        for o in p.offices
        if o.office == "deputy_head_of_government" and o.country == country.id and o.held_on(day)
    }
    assert expected <= held, expected - held
    if code == "CHN":
        assert held == expected


def test_russian_deputies_in_2021(g):
    rus = g.country("RUS").id
    held = {
        p.name
        for p in g.entities("Person")
        for o in p.offices
        if o.office == "deputy_head_of_government" and o.country == rus and o.held_on("2021-06-01")
    }
    expected = {"Alexander Novak", "Yury Borisov", "Tatyana Golikova", "Marat Khusnullin", "Alexei Overchuk"}
    assert expected <= held
    assert "Dmitry Kozak" not in held  # in the Kremlin by then


def test_every_record_follows_the_file_conventions(records):
    assert len(records) >= 100
    for r in records:
        assert r["name"] in r["aliases"]["en"], r["name"]
        assert r["aliases"].get("de") and r["aliases"].get("ru"), r["name"]
        assert "surname" in r and isinstance(r["surname"], list), r["name"]
        assert all(len(normalize(s)) >= 3 for s in r["surname"]), r["name"]
        assert r["offices"] and {o["office"] for o in r["offices"]} <= set(OFFICES), r["name"]


def test_office_days_ordered(records):
    for r in records:
        for o in r["offices"]:
            start, end = str(o["start"]), str(o["end"]) if o.get("end") else None
            assert DAY.fullmatch(start), (r["name"], o)
            assert end is None or (DAY.fullmatch(end) and start <= end), (r["name"], o)


def test_not_duplicated_in_other_person_files(records):
    """A person lives in one file: those with a record elsewhere got the office added there."""
    others = names_in_other_person_files(FILE)
    assert [r["name"] for r in records if normalize(r["name"]) in others] == []
    names = [normalize(r["name"]) for r in records]
    assert len(names) == len(set(names))


def test_surnames_name_only_their_bearer(g, records):
    """A surname used alone is shared with no other entity of the gazetteer; Chinese names have none."""
    for r in records:
        for s in r["surname"]:
            assert [e.name for e in g.lookup(s)] == [r["name"]], (s, r["name"])
        if r["offices"][0]["country"] == "CHN":
            assert r["surname"] == [], r["name"]


def test_shared_and_common_names_are_not_used_alone(g, records):
    here = {r["name"] for r in records}
    for word in [
        "Borisov",
        "Patrushev",
        "Abbasi",
        "Evans",
        "Ross",
        "Perry",
        "Wright",
        "Chu",
        "Schmid",
        "Mora",
        "Kirill",
    ]:
        assert not [e.name for e in g.lookup(word, ["Person"]) if e.name in here], word


def test_deputy_office_has_no_role_words():
    with (DATA_DIR / "offices.yaml").open(encoding="utf-8") as fh:
        offices = yaml.safe_load(fh)
    assert offices["deputy_head_of_government"] == {"en": [], "de": [], "ru": []}


def test_offices_added_to_records_elsewhere_keep_their_first_office(g):
    assert one(g, "Li Keqiang").offices[0].office == "head_of_government"
    assert one(g, "Dmitry Medvedev").offices[0].office == "head_of_state"
    assert one(g, "Wang Qishan").offices[0].office == "vice_president"
    assert one(g, "Ali Akbar Salehi").offices[0].office == "foreign_minister"
    assert any(o.office == "deputy_head_of_government" and o.held_on("2006-06-01") for o in one(g, "Medvedev").offices)


def test_trade_terms_before_the_cabinet_file_do_not_overlap(g):
    from test_gazetteer_data import _overlaps

    assert _overlaps(g, "trade_minister") == []
