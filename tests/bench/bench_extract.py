"""Extraction throughput on ~3 KB news articles (German and English), on one core.

    python tests/bench/bench_extract.py [--articles 600] [--repeat 3]

The articles are generated here from templates in our own words, with names, places, dates and
figures varied, so every run reads the same mix. Loading (cleaning, language detection) and
extraction are both timed; the gazetteer index is built once before timing (as in a long run).
Target: at least 200 articles per second. Each run reads every article; the best of `--repeat`
runs is reported, as timeit does, since other processes on a busy machine slow some runs.
"""

from __future__ import annotations

import argparse
import random
import time

DE = [
    "Am {day}. {month_de} reiste der {adj_de}e Präsident {p1} zu einem offiziellen Besuch nach {c2_de}.",
    "In {place} traf er sich mit seinem {adj2_de}en Amtskollegen {p2}.",
    "Nach den Gesprächen unterzeichneten beide Seiten {n_de} Abkommen über die Zusammenarbeit in den Bereichen Energie und Verkehr.",
    "„Unsere Beziehungen entwickeln sich auf allen Ebenen sehr gut“, erklärte {p2s}.",
    "Im vergangenen Jahr wuchs der Handel zwischen beiden Ländern um {pct} Prozent auf {amt} Mrd. US-Dollar.",
    "Laut {p1s} hat {c1_de} bislang Waffen aus {c2_de} für mehr als {arms} Mrd. USD gekauft.",
    "Auch die militärisch-technische Zusammenarbeit zwischen {c1_de} und {c2_de} wurde besprochen.",
    "Die Opposition kritisierte die Reise, die Regierung wies die Kritik zurück.",
    "Beobachter erwarten, dass die Gespräche im Herbst fortgesetzt werden.",
    "Der Besuch dauerte zwei Tage, am zweiten Tag besichtigte die Delegation ein Industriegebiet am Stadtrand.",
]
EN = [
    "{p1} arrived in {place} on {weekday} for a state visit to {c2_en}.",
    "The {adj_en} president met his {adj2_en} counterpart {p2} for talks that lasted four hours.",
    "The two leaders signed {n_en} agreements on energy, transport and education.",
    '"We have reached a new level of trust between our nations," {p2s} said after the meeting.',
    "Trade between the two countries grew by nearly {pct} percent last year to about ${amt}bn, according to official data.",
    "{c2_en} has supplied weapons worth more than ${arms}bn to {c1_en} so far.",
    "Energy cooperation between {c1_en} and {c2_en} remains the backbone of the relationship.",
    "Critics at home questioned the timing of the trip, which came weeks before a parliamentary vote.",
    "Officials said a follow-up meeting of ministers was planned for the autumn.",
    "Security was tight in the city centre, where several streets were closed to traffic for the day.",
]
PAIRS = [
    ("Ilham Alijew", "Ilham Aliyev", "Alijew", "aserbaidschanisch", "Azerbaijani", "Aserbaidschan", "Azerbaijan"),
    ("Wladimir Putin", "Vladimir Putin", "Putin", "russisch", "Russian", "Russland", "Russia"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdoğan", "türkisch", "Turkish", "der Türkei", "Turkey"),
    ("Kassym-Schomart Tokajew", "Kassym-Jomart Tokayev", "Tokajew", "kasachisch", "Kazakh", "Kasachstan", "Kazakhstan"),
]
PLACES = {
    "Russland": "Sotschi",
    "Russia": "Sochi",
    "Aserbaidschan": "Baku",
    "Azerbaijan": "Baku",
    "der Türkei": "Ankara",
    "Turkey": "Ankara",
    "Kasachstan": "Astana",
    "Kazakhstan": "Astana",
}
MONTHS = ["Januar", "März", "Mai", "Juni", "September", "Oktober"]


def article(rng: random.Random, lang: str) -> str:
    a, b = rng.sample(PAIRS, 2)
    v = {
        "p1": a[0] if lang == "de" else a[1],
        "p1s": a[2],
        "p2": b[0] if lang == "de" else b[1],
        "p2s": b[2],
        "adj_de": a[3],
        "adj2_de": b[3],
        "adj_en": a[4],
        "adj2_en": b[4],
        "c1_de": a[5],
        "c2_de": b[5],
        "c1_en": a[6],
        "c2_en": b[6],
        "place": PLACES[b[5] if lang == "de" else b[6]],
        "day": rng.randint(1, 28),
        "month_de": rng.choice(MONTHS),
        "weekday": rng.choice(["Monday", "Tuesday", "Friday"]),
        "n_de": rng.choice(["zehn", "vier", "12"]),
        "n_en": rng.choice(["ten", "four", "12"]),
        "pct": rng.randint(3, 40),
        "amt": rng.randint(2, 30),
        "arms": rng.randint(1, 9),
    }
    lines = DE if lang == "de" else EN
    paras = []
    while sum(map(len, paras)) < 2900:
        paras.append(" ".join(s.format(**v) for s in rng.sample(lines, 4)))
    return "\n\n".join(paras)[:3100]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument(
        "--repeat", type=int, default=3, help="timed runs; the best is reported (a busy machine slows some)"
    )
    args = ap.parse_args()
    from kg.extract import extract_article, extract_text
    from kg.model import Source
    from loaders.article import article_from_text

    rng = random.Random(7)  # noqa: S311 - reproducible sample texts, not security
    texts = [(article(rng, lang), lang) for lang in ("de", "en") for _ in range(args.articles // 2)]
    extract_text(texts[0][0], Source.make(text="warm-up", published="2019-05-05"), "de")  # builds the gazetteer index
    size = sum(len(t.encode()) for t, _ in texts) / len(texts)
    runs = []
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        cpu = time.process_time()
        facts = 0
        for i, (text, lang) in enumerate(texts):
            art = article_from_text(text, f"bench-{i}.txt", published="2019-05-05", lang=None)
            assert art.source.lang == lang
            facts += len(extract_article(art))
        runs.append((time.perf_counter() - start, time.process_time() - cpu, facts))
    elapsed, cpu, facts = min(runs, key=lambda r: r[1])
    print(f"{len(texts)} articles, {size / 1024:.1f} KB each on average, {facts} facts; best of {len(runs)} runs")
    print(
        f"wall {elapsed:.2f} s: {len(texts) / elapsed:.0f} articles/s, {facts / elapsed:.0f} facts/s (target: 200 articles/s)"
    )
    print(
        f"cpu  {cpu:.2f} s: {len(texts) / cpu:.0f} articles/s on one core (wall time counts other processes on a busy machine)"
    )
    print("all runs (cpu s): " + ", ".join(f"{r[1]:.2f}" for r in runs))


if __name__ == "__main__":
    main()
