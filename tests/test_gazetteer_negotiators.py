"""Negotiators, envoys and delegation heads of the major talks and peace processes, 2000-2026
(office `envoy`, mostly kg/data/gazetteer/persons-envoys.yaml; some envoy terms live on the
records of heads of state and ministers in the other person files).

A state has many envoys at once, so no holder check: each name and a German or transliterated
spelling resolve to one record, whose envoy office is for the right state or organisation and
covers a day of the talks."""

from __future__ import annotations

import pytest
from conftest import gazetteer_file, meetings_of, one

from kg.gazetteer import normalize

FILE = "persons-envoys.yaml"


@pytest.fixture(scope="module")
def records():
    return gazetteer_file(FILE)


def body_id(g, body: str) -> str:
    """The entity id of a state (ISO alpha-3 code) or an organisation (its name)."""
    if len(body) == 3 and body.isupper():
        country = g.country(body)
        assert country is not None, body
        return country.id
    return next(e.id for e in g.entities("Organization") if e.name == body)


@pytest.mark.parametrize(
    ("names", "expected", "body", "day"),
    [
        # the six-party talks on North Korea, 2003-2008, and later North Korea envoys
        (["Kim Kye-gwan", "Kim Kye Gwan", "Ким Ке Гван"], "Kim Kye-gwan", "PRK", "2007-02-13"),
        (["James Kelly", "Jim Kelly", "James A. Kelly"], "James A. Kelly", "USA", "2003-08-27"),
        (["Christopher Hill", "Christopher R. Hill"], "Christopher R. Hill", "USA", "2007-02-13"),
        (["Kenichiro Sasae", "Sasae", "Сасаэ"], "Kenichiro Sasae", "JPN", "2007-02-13"),
        (["Mitoji Yabunaka", "Yabunaka"], "Mitoji Yabunaka", "JPN", "2003-08-27"),
        (["Alexander Losyukov", "Alexander Lossjukow", "Лосюков"], "Alexander Losyukov", "RUS", "2003-08-27"),
        (["Alexander Alexejew", "Aleksandr Alekseyev"], "Alexander Alekseyev", "RUS", "2006-12-18"),
        (["Chun Yung-woo", "Chun Young-woo", "Чхон Ён У"], "Chun Yung-woo", "KOR", "2007-02-13"),
        (["Lee Soo-hyuck", "Lee Soo-hyuk"], "Lee Soo-hyuck", "KOR", "2003-08-27"),
        (["Song Min-soon", "Сон Мин Сун"], "Song Min-soon", "KOR", "2005-09-19"),
        (["Wu Dawei", "У Давэй"], "Wu Dawei", "CHN", "2007-02-13"),
        (["Wang Yi", "Ван И"], "Wang Yi", "CHN", "2003-08-27"),
        (["Stephen Bosworth", "Bosworth", "Босуорт"], "Stephen Bosworth", "USA", "2010-01-01"),
        (["Sung Kim", "Sung Y. Kim"], "Sung Kim", "USA", "2015-06-01"),
        (["Joseph Yun", "Джозеф Юн"], "Joseph Yun", "USA", "2017-06-01"),
        (["Kim Yong Chol", "Kim Yong-chol", "Ким Ён Чхоль"], "Kim Yong-chol", "PRK", "2018-06-01"),
        (["Song Il Ho", "Song Il-ho"], "Song Il-ho", "PRK", "2012-11-15"),
        (["Shinsuke Sugiyama", "Sugiyama", "Сугияма"], "Shinsuke Sugiyama", "JPN", "2012-11-15"),
        # China's, Russia's, Iran's and Turkey's envoys and negotiators
        (["Xue Bing", "Сюэ Бин"], "Xue Bing", "CHN", "2023-06-01"),
        (["Deng Xijun"], "Deng Xijun", "CHN", "2023-06-01"),
        (["Zamir Kabulov", "Samir Kabulow", "Kabulov", "Кабулов"], "Zamir Kabulov", "RUS", "2021-03-18"),
        (["Sergej Werschinin", "Sergei Vershinin", "Вершинин"], "Sergey Vershinin", "RUS", "2022-06-01"),
        (["Abbas Araghtschi", "Araqchi", "Аракчи"], "Abbas Araghchi", "IRN", "2015-07-14"),
        (["Ali Bagheri", "Багери"], "Ali Bagheri Kani", "IRN", "2022-08-08"),
        (["Madschid Tacht-Rawantschi", "Takht-Ravanchi"], "Majid Takht-Ravanchi", "IRN", "2025-04-12"),
        (["Kasem Gharibabadi", "Gharibabadi"], "Kazem Gharibabadi", "IRN", "2025-05-16"),
        (["Serdar Kilic", "Serdar Kılıç", "Сердар Кылыч"], "Serdar Kılıç", "TUR", "2022-01-14"),
        (["Ruben Rubinjan", "Rubinyan", "Рубинян"], "Ruben Rubinyan", "ARM", "2022-01-14"),
        # Africa: AU, IGAD, UN and US envoys, negotiators
        (["Obasanjo", "Обасанджо"], "Olusegun Obasanjo", "African Union", "2022-11-02"),
        (["Thabo Mbeki", "Табо Мбеки"], "Thabo Mbeki", "African Union", "2012-09-27"),
        (["Pierre Buyoya", "Буйоя"], "Pierre Buyoya", "African Union", "2015-06-20"),
        (["Abdulsalami Abubakar", "Abdulsalam Abubakar"], "Abdulsalami Abubakar", "African Union", "2012-09-27"),
        (["Phumzile Mlambo-Ngcuka"], "Phumzile Mlambo-Ngcuka", "African Union", "2022-11-02"),
        (["Uhuru Kenyatta", "Кеньятта"], "Uhuru Kenyatta", "East African Community", "2023-06-01"),
        (
            ["Seyum Mesfin", "Seyoum Mesfin"],
            "Seyoum Mesfin",
            "Intergovernmental Authority on Development",
            "2015-08-17",
        ),
        (["Lazarus Sumbeiywo", "Sumbeiywo"], "Lazaro Sumbeiywo", "KEN", "2024-06-01"),
        (["Redwan Hussein", "Redwan Hussien", "Redwan"], "Redwan Hussien", "ETH", "2022-11-02"),
        (["Ali Osman Taha", "Али Осман Таха"], "Ali Osman Taha", "SDN", "2004-05-26"),
        (["Tut Kew Gatluak", "Gatluak"], "Tut Gatluak", "SSD", "2020-08-31"),
        (["Mirko Manzoni", "Манцони"], "Mirko Manzoni", "United Nations", "2021-06-01"),
        (["Ramtane Lamamra", "Ламамра"], "Ramtane Lamamra", "United Nations", "2024-07-10"),
        (["Mike Hammer", "Michael Hammer"], "Mike Hammer", "USA", "2023-05-01"),
        (["David Satterfield", "Саттерфилд"], "David Satterfield", "USA", "2022-03-01"),
        # Asia: Mindanao, Colombia, Afghanistan, Myanmar
        (["Miriam Coronel Ferrer", "Coronel-Ferrer"], "Miriam Coronel-Ferrer", "PHL", "2014-03-27"),
        (["Marvic Leonen", "Leonen"], "Marvic Leonen", "PHL", "2012-10-15"),
        (["Teresita Deles", "Ging Deles"], "Teresita Quintos Deles", "PHL", "2014-03-27"),
        (["Jess Dureza", "Dureza"], "Jesus Dureza", "PHL", "2017-05-24"),
        (["Tengku Abdul Ghafar"], "Tengku Abdul Ghafar Tengku Mohamed", "MYS", "2014-03-27"),
        (["Sergio Jaramillo"], "Sergio Jaramillo Caro", "COL", "2016-08-24"),
        (["Otty Patino", "Otty Patiño"], "Otty Patiño", "COL", "2023-06-09"),
        (["Abdullah Abdullah", "Абдулла Абдулла"], "Abdullah Abdullah", "AFG", "2020-09-12"),
        (["Masum Stanekzai", "Masoom Stanekzai"], "Masoom Stanekzai", "AFG", "2020-09-12"),
        (["Noeleen Heyzer", "Heyzer", "Хейзер"], "Noeleen Heyzer", "United Nations", "2022-08-17"),
        (["Christine Schraner Burgener"], "Christine Schraner Burgener", "United Nations", "2019-06-01"),
        (["Yohei Sasakawa", "Sasakawa"], "Yohei Sasakawa", "JPN", "2020-11-01"),
        # Europe: Russia-Ukraine talks, EU special representatives, Minsk Group co-chairs
        (["David Arachamija", "Davyd Arakhamiia", "Арахамия"], "David Arakhamia", "UKR", "2022-03-29"),
        (["Miroslav Lajcak", "Lajčák", "Лайчак"], "Miroslav Lajčák", "European Union", "2023-06-21"),
        (["Miroslav Lajčák"], "Miroslav Lajčák", "United Nations General Assembly", "2018-01-01"),
        (["Philippe Lefort", "Lefort"], "Philippe Lefort", "European Union", "2013-06-01"),
        (["Herbert Salber", "Salber", "Зальбер"], "Herbert Salber", "European Union", "2016-06-01"),
        (["Jacques Faure", "Жак Фор"], "Jacques Faure", "OSCE Minsk Group", "2011-06-01"),
        (["Carey Cavanaugh", "Cavanaugh"], "Carey Cavanaugh", "OSCE Minsk Group", "2001-04-03"),
        (["Igor Chowajew", "Igor Khovaev", "Ховаев"], "Igor Khovaev", "OSCE Minsk Group", "2021-06-01"),
        (["Leonid Kutschma", "Кучма"], "Leonid Kuchma", "UKR", "2015-02-12"),
        (["Michail Surabow", "Зурабов"], "Mikhail Zurabov", "RUS", "2015-02-12"),
        (["Igor Kostjukow", "Костюков"], "Igor Kostyukov", "RUS", "2025-05-16"),
        (["Michail Galusin", "Галузин"], "Mikhail Galuzin", "RUS", "2025-05-16"),
        (["Serhij Kyslyzja", "Кислица"], "Serhiy Kyslytsya", "UKR", "2025-05-16"),
        (["Mychajlo Podoljak", "Podolyak"], "Mykhailo Podolyak", "UKR", "2022-03-29"),
        # UN and US envoys for Libya, Iraq, Afghanistan, the Middle East, Sudan and the Great Lakes
        (["Jan Kubis", "Ян Кубиш"], "Ján Kubiš", "United Nations", "2021-06-01"),
        (["Nikolai Mladenow", "Младенов"], "Nickolay Mladenov", "United Nations", "2018-06-01"),
        (["Tarek Mitri", "Mitri"], "Tarek Mitri", "United Nations", "2013-06-01"),
        (["Ad Melkert", "Melkert"], "Ad Melkert", "United Nations", "2010-06-01"),
        (["Nick Haysom", "Haysom"], "Nicholas Haysom", "United Nations", "2022-06-01"),
        (["Deborah Lyons"], "Deborah Lyons", "United Nations", "2021-06-01"),
        (["Andrew Natsios", "Natsios"], "Andrew Natsios", "USA", "2007-06-01"),
        (["Russ Feingold", "Feingold"], "Russ Feingold", "USA", "2014-06-01"),
        (["Hady Amr"], "Hady Amr", "USA", "2023-06-01"),
        (["Thomas West", "Tom West"], "Thomas West (diplomat)", "USA", "2022-06-01"),
        (["Junichi Ihara", "Ihara"], "Junichi Ihara", "JPN", "2014-05-29"),
        (["Juan Camilo Restrepo"], "Juan Camilo Restrepo", "COL", "2017-06-01"),
    ],
)
def test_names_resolve_to_an_envoy_of_the_body_on_the_day(g, names, expected, body, day):
    assert {one(g, n).name for n in names} == {expected}
    person = one(g, names[0])
    target = body_id(g, body)
    assert [o for o in person.offices if o.office == "envoy" and o.country == target and o.held_on(day)], (
        expected,
        body,
        day,
    )


@pytest.mark.parametrize(
    ("name", "body", "day"),
    [
        ("Kim Kye-gwan", "PRK", "2003-08-27"),  # the first round was led by Kim Yong-il
        ("Kenichiro Sasae", "JPN", "2019-01-01"),
        ("Marvic Leonen", "PHL", "2014-03-27"),  # a justice of the Supreme Court by then
        ("Herbert Salber", "European Union", "2019-01-01"),  # Toivo Klaar's term
        ("Abbas Araghchi", "IRN", "2022-08-08"),  # between his terms as negotiator and minister
    ],
)
def test_envoy_terms_end(g, name, body, day):
    person = one(g, name)
    target = body_id(g, body)
    assert not [o for o in person.offices if o.office == "envoy" and o.country == target and o.held_on(day)]


def test_shared_and_common_names_are_not_used_alone(g, records):
    """Korean and Chinese family names and common words name no record of this file alone."""
    here = {r["name"] for r in records}
    for word in ["Kim", "Lee", "Song", "Chun", "Wu", "Xue", "Deng", "Sun", "Kelly", "Hammer", "West", "Andrews"]:
        assert not [e.name for e in g.lookup(word, ["Person"]) if e.name in here], word
    for word in ["Faure", "Patiño", "Taha", "Davies", "Yun", "Alekseyev"]:
        assert not [e.name for e in g.lookup(word, ["Person"]) if e.name in here], word


def test_every_record_lists_its_surnames_and_three_languages(records):
    for r in records:
        assert "surname" in r and isinstance(r["surname"], list), r["name"]
        assert r["aliases"].get("en") and r["aliases"].get("de") and r["aliases"].get("ru"), r["name"]
        assert all(len(normalize(s)) >= 3 for s in r["surname"]), r["name"]
        assert r["offices"], r["name"]


@pytest.mark.parametrize(
    ("text", "lang", "day", "expected"),
    [
        (
            "Kim Kye-gwan met Christopher Hill in Beijing on Tuesday.",
            "en",
            "2007-01-16",
            {"Kim Kye-gwan", "Christopher R. Hill"},
        ),
        (
            "Kenichiro Sasae traf am Dienstag in Peking Alexander Alexejew.",
            "de",
            "2006-12-19",
            {"Kenichiro Sasae", "Alexander Alekseyev"},
        ),
        (
            "Ruben Rubinyan met Serdar Kılıç in Vienna on Friday.",
            "en",
            "2022-02-25",
            {"Ruben Rubinyan", "Serdar Kılıç"},
        ),
        (
            "Miriam Coronel-Ferrer met Tengku Abdul Ghafar in Kuala Lumpur on Monday.",
            "en",
            "2014-01-20",
            {"Miriam Coronel-Ferrer", "Tengku Abdul Ghafar Tengku Mohamed"},
        ),
        (
            "Leonid Kutschma traf am Mittwoch in Minsk Michail Surabow.",
            "de",
            "2015-02-12",
            {"Leonid Kuchma", "Mikhail Zurabov"},
        ),
        (
            "Der UN-Sondergesandte Mirko Manzoni traf am Montag in Addis Abeba Olusegun Obasanjo.",
            "de",
            "2021-09-06",
            {"Mirko Manzoni", "Olusegun Obasanjo"},
        ),
    ],
)
def test_two_negotiators_meeting_in_text(text, lang, day, expected):
    """A sentence naming two of them meeting gives a meeting of those two people."""
    assert meetings_of(text, lang, day) == [expected]
