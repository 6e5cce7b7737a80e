"""Event data: GDELT and ICEWS loaders, CAMEO/PLOVER coding, the dyad. Both engines.

Expected figures are counted in the test from the raw files with the csv module, never written in.
Bad-row files are built here from synthetic rows of our own.
"""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import ROOT, shared_path

from kg.bulk import checkpoint_id, read_checkpoint
from kg.cli import main
from kg.coding import crosswalk
from kg.gazetteer import load_gazetteer
from kg.ingest import label_counts
from kg.store import open_store

sys.path.insert(0, str(ROOT / "tests" / "bench"))
from bench_gdelt import build_file  # noqa: E402

csv.field_size_limit(10**7)
EXPORT = ("eventdata", "gdelt", "gdelt2_export_20150218230000_first100.tsv")
MENTIONS = ("eventdata", "gdelt", "gdelt2_mentions_20150218230000_first100.tsv")
BACKFILE = ("eventdata", "gdelt", "gdelt1_backfile_1979_first100.tsv")
ICEWS = ("eventdata", "icews", "icews_events_2018_sample_EXCERPT.tab")


def kg(store_uri: str, *args: str) -> Any:
    return CliRunner().invoke(main, ["--store", store_uri, *args], catch_exceptions=False)


def tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if row]


def count(store: Any, cypher: str, **params: Any) -> int:
    return store.query(cypher, params).rows[0][0]


# -- synthetic rows of our own ------------------------------------------------------------------


def gdelt2_row(
    gid: int, *, date: str = "20180901", a1: str = "AZE", a2: str = "RUS", code: str = "042", goldstein: str = "1.9"
) -> list[str]:
    f = [""] * 61
    f[0], f[1], f[2], f[3], f[4] = str(gid), date, date[:6], date[:4], f"{date[:4]}.6658"
    f[5], f[6], f[7] = a1 + "GOV", "TEST ACTOR ONE", a1
    f[15], f[16], f[17] = a2, "TEST ACTOR TWO", a2
    f[25], f[26], f[27], f[28], f[29], f[30] = "1", code, code[:3], code[:2], "1", goldstein
    f[31], f[32], f[33], f[34] = "3", "1", "3", "1.25"
    f[51:59] = ["4", "Testville, Test Province, Russia", "RS", "RS99", "", "43.5", "39.7", "-1"]
    f[59], f[60] = date + "120000", f"https://example.org/kg-test/{gid}"
    return f


def write_rows(path: Path, rows: list[list[str] | str]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else "\t".join(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def bad_gdelt_file(tmp_path: Path) -> tuple[Path, dict[int, str]]:
    """Three good rows and four bad ones; the bad ones by line with what the report must say."""
    broken = gdelt2_row(1004)
    broken[6] = '"TEST ACTOR ONE'
    rows: list[list[str] | str] = [
        gdelt2_row(1001),
        gdelt2_row(1002, code="057", goldstein="8.0"),
        gdelt2_row(1003)[:60],
        gdelt2_row(1005, date="20180231"),
        gdelt2_row(1006, code="999"),
        broken,
        gdelt2_row(1007, date="20181002", code="0871", goldstein="9.0"),
    ]
    expected = {
        3: "expected 61 columns, found 60",
        4: "is not a date",
        5: "unknown CAMEO event code '999'",
        6: "broken quoting",
    }
    return write_rows(tmp_path / "bad.export.CSV", rows), expected


# -- the samples --------------------------------------------------------------------------------


def test_samples_load_every_row_stored_or_reported(store_uri: str) -> None:
    files = [shared_path(*p) for p in (EXPORT, BACKFILE, MENTIONS)]
    result = kg(store_uri, "load", "gdelt", *map(str, files))
    assert result.exit_code == 0, result.output
    icews = shared_path(*ICEWS)
    result_i = kg(store_uri, "load", "icews", str(icews))
    assert result_i.exit_code == 0, result_i.output
    export_ids = {r[0] for r in tsv(files[0])}
    backfile_ids = {r[0] for r in tsv(files[1])}
    mention_rows = tsv(files[2])
    unmatched = [r for r in mention_rows if r[0] not in export_ids]
    icews_rows = tsv(icews)[1:]
    with open_store(store_uri) as store:
        checkpoints = {
            r[0]: r[1:] for r in store.query("MATCH (c:ImportCheckpoint) RETURN c.path, c.rows, c.bad, c.line").rows
        }
        gdelt_ids = {r[0] for r in store.query("MATCH (e:CodedEvent {dataset: 'gdelt'}) RETURN e.externalId").rows}
        icews_ids = {r[0] for r in store.query("MATCH (e:CodedEvent {dataset: 'icews'}) RETURN e.externalId").rows}
    assert gdelt_ids == export_ids | backfile_ids
    assert icews_ids == {r[0] for r in icews_rows}
    assert checkpoints[str(files[0])] == [len(tsv(files[0])), 0, len(tsv(files[0]))]
    assert checkpoints[str(files[1])][:2] == [len(tsv(files[1])), 0]
    # a mention is stored (joined to its event) or reported as referring to an event not loaded
    assert checkpoints[str(files[2])][:2] == [len(mention_rows) - len(unmatched), 0]
    reported = [line for line in result.output.splitlines() if "is not in the store" in line]
    assert len(reported) == len(unmatched)
    assert checkpoints[str(icews)][:2] == [len(icews_rows), 0]


def test_cameo_codes_keep_leading_zeros(store: Any) -> None:
    path = shared_path(*EXPORT)
    raw = {r[0]: (r[26], r[28]) for r in tsv(path)}
    assert any(code.startswith("0") for code, _ in raw.values())
    assert kg(store.uri, "load", "gdelt", str(path)).exit_code == 0
    stored = {
        r[0]: (r[1], r[2]) for r in store.query("MATCH (e:CodedEvent) RETURN e.externalId, e.cameo, e.rootCode").rows
    }
    assert stored == raw
    # the code is text in the store: a query for '042' finds it, 42 does not
    n042 = sum(1 for code, _ in raw.values() if code == "042")
    assert count(store, "MATCH (e:CodedEvent {cameo: $c}) RETURN count(e)", c="042") == n042 > 0
    assert count(store, "MATCH (e:CodedEvent {cameo: $c}) RETURN count(e)", c=42) == 0


def test_export_joins_its_mentions_with_confidence(store: Any) -> None:
    export, mentions = shared_path(*EXPORT), shared_path(*MENTIONS)
    # mentions first on the command line: kg still loads the export first
    result = kg(store.uri, "load", "gdelt", str(mentions), str(export))
    assert result.exit_code == 0, result.output
    ids = {r[0] for r in tsv(export)}
    expected: dict[tuple[str, str], float] = {}
    for r in tsv(mentions):
        if r[0] in ids:
            expected[(r[0], r[5])] = int(r[11]) / 100
    assert expected
    rows = store.query(
        "MATCH (c:Claim)-[:ABOUT]->(e:CodedEvent) MATCH (c)-[:REPORTED_IN]->(a:Article) "
        "MATCH (e)-[:REPORTED_IN]->(a) RETURN e.externalId, a.url, c.confidence"
    ).rows
    stored = {(r[0], r[1]): r[2] for r in rows}
    for key, confidence in expected.items():
        assert stored.get(key) == pytest.approx(confidence), key


def test_quad_class_and_goldstein_agree_with_gdelt_tables() -> None:
    """The crosswalk in schema/ against GDELT's own Goldstein table and the rows' QuadClass."""
    table = shared_path("eventdata", "cameo", "CAMEO.goldsteinscale.txt")
    with table.open(encoding="latin-1") as fh:
        gdelt = {r[0]: float(r[1]) for r in list(csv.reader(fh, delimiter="\t"))[1:] if r}
    cw = crosswalk()
    assert set(gdelt) == set(cw)
    assert {c: cw[c].goldstein for c in gdelt} == gdelt
    for r in tsv(shared_path(*EXPORT)):
        assert cw[r[26]].quad == int(r[29]) and cw[r[26]].root == r[28]


# -- the dyad -----------------------------------------------------------------------------------


def gdelt_pairs(path: Path) -> dict[frozenset[str], list[list[str]]]:
    g = load_gazetteer()
    pairs: dict[frozenset[str], list[list[str]]] = defaultdict(list)
    for r in tsv(path):
        a, b = g.by_code("cameo", r[7]) if r[7] else None, g.by_code("cameo", r[17]) if r[17] else None
        if a and b and a != b:
            pairs[frozenset((r[7], r[17]))].append(r)
    return pairs


def monthly(series: list[dict[str, Any]], source: str) -> dict[str, tuple[int, float]]:
    out: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for r in series:
        if r["source"] == source:
            out[r["month"]][0] += r["events"]
            out[r["month"]][1] += r["events"] * r["goldstein"]
    return {m: (int(n), round(g / n, 3)) for m, (n, g) in out.items()}


def test_dyad_counts_equal_a_hand_count_of_the_gdelt_file(store: Any) -> None:
    path = shared_path(*EXPORT)
    assert kg(store.uri, "load", "gdelt", str(path)).exit_code == 0
    pairs = gdelt_pairs(path)
    assert pairs
    for pair, rows in sorted(pairs.items(), key=lambda kv: (-len(kv[1]), sorted(kv[0])))[:4]:
        a, b = sorted(pair)
        hand: dict[str, list[float]] = defaultdict(list)
        for r in rows:
            hand[f"{r[1][:4]}-{r[1][4:6]}"].append(float(r[30]))
        expected = {m: (len(v), round(sum(v) / len(v), 3)) for m, v in hand.items()}
        result = kg(store.uri, "dyad", a, b, "--json")
        assert result.exit_code == 0, result.output
        d = json.loads(result.output)
        assert monthly(d["series"], "gdelt") == expected, (a, b)
        assert d["totals"]["events"] == len(rows)
        # CSV gives the same series
        out = kg(store.uri, "dyad", a, b, "--csv")
        csv_rows = list(csv.DictReader(out.output.splitlines()))
        assert sum(int(r["events"]) for r in csv_rows) == len(rows)


def test_dyad_counts_mirrored_icews_rows_once(store: Any) -> None:
    path = shared_path(*ICEWS)
    assert kg(store.uri, "load", "icews", str(path)).exit_code == 0
    g = load_gazetteer()
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    interactions: dict[frozenset[str], set[tuple[Any, ...]]] = defaultdict(set)
    raw: Counter[frozenset[str]] = Counter()
    for r in rows:
        a, b = g.country(r["Source Country"]), g.country(r["Target Country"])
        if a and b and a != b:
            pair = frozenset((a.id, b.id))
            raw[pair] += 1
            key = (
                r["Event Date"],
                r["Story ID"],
                r["Sentence Number"],
                r["CAMEO Code"],
                frozenset((r["Source Name"], r["Target Name"])),
            )
            interactions[pair].add(key)
    assert any(raw[p] > len(interactions[p]) for p in raw), "the sample has mirrored rows"
    for pair, keys in interactions.items():
        a, b = sorted(pair)
        d = json.loads(kg(store.uri, "dyad", a, b, "--json").output)
        assert d["totals"]["events"] == len(keys), (a, b)


def test_text_events_get_cameo_codes(store: Any, examples: Path) -> None:
    assert kg(store.uri, "ingest", str(examples / "facts")).exit_code == 0
    codes = {
        r[0]: r[1:]
        for r in store.query(
            "MATCH (e:Event) WHERE e.type IN ['visit', 'agreement_signing'] "
            "RETURN e.type, e.cameo, e.plover, e.goldstein, e.quadClass"
        ).rows
    }
    assert codes["visit"] == ["042", "CONSULT", 1.9, 1]
    assert codes["agreement_signing"] == ["057", "AGREE", 8.0, 1]
    military = store.query(
        "MATCH (e:Cooperation) WHERE e.domain IN ['military', 'military-technical'] RETURN e.cameo"
    ).rows
    assert military and all(r[0] == "062" for r in military)
    meetings = store.query("MATCH (e:Meeting) RETURN e.cameo").rows
    assert meetings and all(r[0] in ("040", "041", "044") for r in meetings)


def test_dyad_mixes_text_and_event_data(store: Any, examples: Path, tmp_path: Path) -> None:
    assert kg(store.uri, "ingest", str(examples / "facts")).exit_code == 0
    data = write_rows(
        tmp_path / "aze-rus.export.CSV", [gdelt2_row(2001), gdelt2_row(2002, code="046", goldstein="7.0")]
    )
    assert kg(store.uri, "load", "gdelt", str(data)).exit_code == 0
    text = count(
        store,
        "MATCH (e:Event) WHERE e.type IN ['meeting', 'visit', 'agreement_signing'] "
        "AND e.date STARTS WITH '2018-09' RETURN count(e)",
    )
    d = json.loads(kg(store.uri, "dyad", "Azerbaijan", "RUS", "--json").output)
    sources = Counter()
    for r in d["series"]:
        sources[r["source"]] += r["events"]
    assert sources["gdelt"] == 2
    assert sources["text"] == text > 0
    assert {m["type"] for m in d["meetings"]} >= {"meeting", "visit"}
    assert d["agreements"] and d["figures"]
    assert all(f["source"] for f in d["figures"])


@pytest.mark.embedded_only
@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_dyad_plot(store_uri: str, tmp_path: Path, suffix: str) -> None:
    data = write_rows(
        tmp_path / "p.export.CSV", [gdelt2_row(3001), gdelt2_row(3002, date="20181105", code="111", goldstein="-2.0")]
    )
    assert kg(store_uri, "load", "gdelt", str(data)).exit_code == 0
    out = tmp_path / f"dyad{suffix}"
    result = kg(store_uri, "dyad", "AZE", "RUS", "--table", "--plot", str(out))
    assert result.exit_code == 0, result.output
    head = out.read_bytes()[:200]
    assert head.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in out.read_bytes()[:2000] and head


def test_dyad_unknown_country_is_bad_input(store_uri: str) -> None:
    result = kg(store_uri, "dyad", "Atlantis", "RUS")
    assert result.exit_code == 2
    assert "unknown country 'Atlantis'" in result.output


# -- bad rows, --strict -------------------------------------------------------------------------


def test_bad_gdelt_rows_are_reported_and_good_rows_load(store: Any, tmp_path: Path) -> None:
    path, expected = bad_gdelt_file(tmp_path)
    result = kg(store.uri, "load", "gdelt", str(path))
    assert result.exit_code == 1, result.output
    for line, reason in expected.items():
        assert any(f"{path}:{line}: " in out and reason in out for out in result.output.splitlines()), (
            line,
            result.output,
        )
    assert "3 rows stored, 4 bad" in result.output
    ids = {r[0] for r in store.query("MATCH (e:CodedEvent) RETURN e.externalId").rows}
    assert ids == {"1001", "1002", "1007"}
    assert {r[0] for r in store.query("MATCH (e:CodedEvent) RETURN e.cameo").rows} == {"042", "057", "0871"}


def test_strict_stores_nothing_from_a_file_with_a_bad_row(store: Any, tmp_path: Path) -> None:
    path, expected = bad_gdelt_file(tmp_path)
    good = write_rows(tmp_path / "good.export.CSV", [gdelt2_row(5001), gdelt2_row(5002)])
    result = kg(store.uri, "load", "gdelt", "--strict", str(path), str(good))
    assert result.exit_code == 1, result.output  # one file stored, one not
    first = min(expected)
    assert f"{path}:{first}: {expected[first]}" in result.output
    assert {r[0] for r in store.query("MATCH (e:CodedEvent) RETURN e.externalId").rows} == {"5001", "5002"}
    alone = kg(store.uri, "load", "gdelt", "--strict", str(path))
    assert alone.exit_code == 2
    assert count(store, "MATCH (e:CodedEvent) RETURN count(e)") == 2


def test_bad_icews_rows_are_reported(store: Any, tmp_path: Path) -> None:
    header = [
        "Event ID",
        "Event Date",
        "Source Name",
        "Source Sectors",
        "Source Country",
        "Event Text",
        "CAMEO Code",
        "Intensity",
        "Target Name",
        "Target Sectors",
        "Target Country",
        "Story ID",
        "Sentence Number",
        "Publisher",
        "City",
        "District",
        "Province",
        "Country",
        "Latitude",
        "Longitude",
    ]

    def row(
        eid: str, date: str = "2018-09-01", code: str = "040", src: str = "Azerbaijan", tgt: str = "Russian Federation"
    ) -> list[str]:
        return [
            eid,
            date,
            src,
            "NA",
            src,
            "Consult",
            code,
            "1",
            tgt,
            "NA",
            tgt,
            "77",
            "1",
            "Test Wire",
            "Baku",
            "NA",
            "Baki",
            "Azerbaijan",
            "40.4",
            "49.9",
        ]

    rows: list[list[str] | str] = [
        header,
        row("1"),
        row("2", src="Russian Federation", tgt="Azerbaijan"),
        row("3", date="2018-13-01"),
        row("4", code="ABC"),
        row("5")[:19],
        row("6", date="2018-10-01", code="057"),
    ]
    path = write_rows(tmp_path / "events.tab", rows)
    result = kg(store.uri, "load", "icews", str(path))
    assert result.exit_code == 1, result.output
    assert f"{path}:4: Event Date '2018-13-01' is not a date" in result.output
    assert f"{path}:5: unknown CAMEO event code 'ABC'" in result.output
    assert f"{path}:6: expected 20 columns, found 19" in result.output
    assert {r[0] for r in store.query("MATCH (e:CodedEvent) RETURN e.externalId").rows} == {"1", "2", "6"}
    d = json.loads(kg(store.uri, "dyad", "Russian Federation", "AZE", "--json").output)
    assert d["totals"]["events"] == 2  # the mirrored pair once, the signing once


def test_not_a_gdelt_file_is_bad_input(store_uri: str, tmp_path: Path) -> None:
    path = write_rows(tmp_path / "odd.tsv", [["a", "b", "c"], ["d", "e", "f"]])
    result = kg(store_uri, "load", "gdelt", str(path))
    assert result.exit_code == 2
    assert "not a GDELT file" in result.output and str(path) in result.output


def test_reloading_changes_nothing(store: Any) -> None:
    path = shared_path(*EXPORT)
    assert kg(store.uri, "load", "gdelt", str(path)).exit_code == 0
    before = label_counts(store)
    again = kg(store.uri, "load", "gdelt", str(path))
    assert again.exit_code == 0 and "already loaded" in again.output
    store.write("MATCH (c:ImportCheckpoint) DETACH DELETE c", {})
    assert kg(store.uri, "load", "gdelt", str(path)).exit_code == 0  # without a checkpoint: MERGE by key
    assert label_counts(store) == before


# -- interrupted loads --------------------------------------------------------------------------


def test_killed_load_resumes_to_the_counts_of_an_uninterrupted_load(store_uri: str, tmp_path: Path) -> None:
    rows = 12_000
    data = build_file(shared_path(*EXPORT), tmp_path / "big.export.CSV", rows)
    command = [
        sys.executable,
        "-c",
        "from kg.cli import main; main()",
        "--store",
        store_uri,
        "load",
        "gdelt",
        "--batch",
        "1000",
        "-q",
        str(data),
    ]
    from loaders.gdelt import reader

    cid = checkpoint_id(reader(data))
    with open_store(store_uri) as store:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 300
        stored = 0
        while time.monotonic() < deadline:
            assert proc.poll() is None, "the load finished before it could be interrupted; use a larger file"
            stored = read_checkpoint(store, cid).get("rows") or 0
            if stored >= rows // 4:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        ck = read_checkpoint(store, cid)
        assert not ck.get("done") and 0 < ck["rows"] < rows
        partial = count(store, "MATCH (e:CodedEvent) RETURN count(e)")
        assert ck["rows"] <= partial < rows
        resumed = subprocess.run(command, capture_output=True, text=True)
        assert resumed.returncode == 0, resumed.stderr
        assert f"resumed after line {ck['line']:,}" in resumed.stdout
        after_resume = label_counts(store)
        store.reset()
        full = subprocess.run(command, capture_output=True, text=True)
        assert full.returncode == 0, full.stderr
        uninterrupted = label_counts(store)
    assert after_resume == uninterrupted
    assert uninterrupted["nodes"]["CodedEvent"] == rows


def test_zipped_file_loads_like_the_plain_one(store: Any, tmp_path: Path) -> None:
    import zipfile

    plain = shared_path(*EXPORT)
    zipped = tmp_path / "20150218230000.export.CSV.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(plain, "20150218230000.export.CSV")
    result = kg(store.uri, "load", "gdelt", str(zipped))
    assert result.exit_code == 0, result.output
    stored = {r[0] for r in store.query("MATCH (e:CodedEvent) RETURN e.externalId").rows}
    assert stored == {r[0] for r in tsv(plain)}
