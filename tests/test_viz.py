"""kg viz in a real headless Chromium (Debian's /usr/bin/chromium driven by Playwright), both engines.

Each page is opened from file:// with every non-file request aborted and recorded; the nodes and
edges are read back from the page's own vis DataSets/DataViews and compared with the store.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from browser import CHROMIUM, CHROMIUM_ARGS  # tests/browser.py
from click.testing import CliRunner

from kg.cli import main
from kg.ingest import ingest
from kg.schema import load_schema
from kg.store import open_store
from kg.viz import select_view
from kg.viz.view import in_window, view_relationship_types

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "test-output"
XSS = 'He said </script><script>window.kgPwned=1;alert(1)</script><img src=x onerror="window.kgPwned=2"> & left.'


# -- the browser ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium chromium-driver")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A page opened from disk, with its console messages, dialogs and outside requests."""

    def __init__(self, browser: Any, path: Path):
        self.path = path
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.console: list[tuple[str, str]] = []
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.console.append(("pageerror", str(e))))
        self.page.on("request", lambda r: self.requests.append(r.url))

        def dialog(d: Any) -> None:
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", dialog)

        def route(r: Any) -> None:
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                self.blocked.append(r.request.url)
                r.abort()

        self.context.route("**/*", route)
        self.page.goto(path.resolve().as_uri())
        self.wait()

    def wait(self, timeout: float = 60) -> None:
        # polled from Python: the page's CSP forbids eval, which wait_for_function needs
        end = time.monotonic() + timeout
        while not self.js("window.kgReady === true"):
            assert time.monotonic() < end, f"page not ready after {timeout}s; console: {self.console}"
            time.sleep(0.05)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def visible(self) -> tuple[set[str], set[str]]:
        """Node and edge ids in the DataViews, checked against what vis-network holds to draw."""
        nodes = set(self.js("window.kg.visibleNodeIds()"))
        edges = set(self.js("window.kg.visibleEdgeIds()"))
        drawn_nodes = set(self.js("window.kg.network.body.nodeIndices"))
        drawn_edges = set(self.js("window.kg.network.body.edgeIndices"))
        assert (drawn_nodes, drawn_edges) == (nodes, edges)
        return nodes, edges

    def close(self) -> None:
        self.context.close()

    def assert_clean(self) -> None:
        problems = [m for m in self.console if m[0] in ("error", "pageerror", "warning")]
        assert problems == []
        assert self.requests == [self.path.resolve().as_uri()]
        assert self.blocked == []
        assert self.dialogs == []


@pytest.fixture
def open_page(browser: Any) -> Iterator[Any]:
    pages: list[Page] = []

    def opener(path: Path) -> Page:
        page = Page(browser, path)
        pages.append(page)
        return page

    yield opener
    for p in pages:
        p.close()


# -- data ----------------------------------------------------------------------------------------


def example_facts(examples: Path) -> dict[str, Any]:
    return yaml.safe_load((examples / "facts" / "baku-moscow-2018-09.yaml").read_text(encoding="utf-8"))


def write_facts(path: Path, facts: list[dict[str, Any]], **source: Any) -> Path:
    doc = {"source": {"publisher": "Test Wire", "published": "2019-03-02", "lang": "en", **source}, "facts": facts}
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    return path


def extra_facts(tmp_path: Path) -> Path:
    """Facts of our own: a later meeting, a visit elsewhere, and a quote that tries to run script."""
    folder = tmp_path / "facts"
    folder.mkdir()
    write_facts(
        folder / "later.yaml",
        [
            {
                "type": "meeting",
                "participants": ["Azerbaijan", "Georgia"],
                "date": "2020-02-14",
                "evidence": "Officials of both states held talks in February 2020.",
            },
            {
                "type": "statement",
                "speaker": "Ilham Aliyev",
                "quote": "We value good neighbourly ties.",
                "date": "2020-02-15",
                "evidence": XSS,
            },
        ],
        url="https://example.org/test/later",
        title="Talks <b>bold</b> in 2020",
    )
    return folder


def store_nodes(store: Any) -> set[str]:
    schema = load_schema()
    rows = store.query(
        "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN n.id",
        {"labels": [*schema.entities, *schema.events]},
    ).rows
    return {r[0] for r in rows}


def store_edges(store: Any) -> Counter[tuple[str, str, str]]:
    rows = store.query(
        "MATCH (a)-[r]->(b) WHERE type(r) IN $types RETURN a.id, type(r), b.id",
        {"types": view_relationship_types(load_schema())},
    ).rows
    return Counter((a, t, b) for a, t, b in rows)


def page_edges(page: Page, ids: set[str] | None = None) -> Counter[tuple[str, str, str]]:
    rows = page.js("window.kg.edges.get().map(e => [e.id, e.from, e.kgType, e.to])")
    return Counter((a, t, b) for i, a, t, b in rows if ids is None or i in ids)


# -- tests ---------------------------------------------------------------------------------------


def test_whole_graph_page_draws_what_the_store_holds(store, examples, tmp_path, open_page, engine):
    ingest(store, [examples / "facts", extra_facts(tmp_path)])
    view = select_view(store)
    page = open_page(view.write(tmp_path / "all.html"))
    page.assert_clean()
    nodes, edges = page.visible()
    assert nodes == store_nodes(store)
    assert page_edges(page, edges) == store_edges(store)
    assert page.js("window.kg.nodes.length") == len(nodes)
    # physics stabilised, then stopped
    assert page.js("window.kg.network.physics.physicsEnabled") is False
    OUTPUT.mkdir(exist_ok=True)
    page.page.screenshot(path=str(OUTPUT / f"viz-whole-{engine}.png"))


def test_dyad_shows_meeting_agreements_and_arms_with_evidence(store, examples, tmp_path, open_page, engine):
    ingest(store, [examples / "facts", extra_facts(tmp_path)])
    view = select_view(store, dyad=("AZE", "RUS"))
    page = open_page(view.write(tmp_path / "dyad.html"))
    page.assert_clean()
    nodes, edges = page.visible()
    assert nodes == {n.id for n in view.nodes}
    types = dict(page.js("window.kg.nodes.get().map(n => [n.id, n.kgType])"))
    # the 2020 meeting with Georgia is not between Azerbaijan and Russia
    meetings = [i for i, t in types.items() if t == "Meeting"]
    assert len(meetings) == 1
    facts = example_facts(examples)["facts"]
    wanted = {
        "Meeting": next(f for f in facts if f["type"] == "meeting"),
        "AgreementSigning": next(f for f in facts if f["type"] == "agreement_signing"),
        "ArmsTransfer": next(f for f in facts if f["type"] == "arms_transfer"),
    }
    for label, fact in wanted.items():
        (event,) = [i for i, t in types.items() if t == label]
        page.js("id => window.kg.showNode(id)", event)
        panel = page.page.inner_text("#kg-details")
        assert fact["evidence"] in panel
        assert "kg examples" in panel  # publisher
        link = page.page.get_attribute("#kg-details a", "href")
        assert link == example_facts(examples)["source"]["url"]
        assert "modality" in panel
    # the Sochi place is drawn, and the agreement count (ten) is in the evidence panel
    assert any(n.name == "Sochi" for n in view.nodes if n.id in nodes)
    (signing,) = [i for i, t in types.items() if t == "AgreementSigning"]
    page.js("id => window.kg.showNode(id)", signing)
    assert str(wanted["AgreementSigning"]["count"]) in page.page.inner_text("#kg-details .kg-claim dl")
    # the arms transfer's speaker
    (arms,) = [i for i, t in types.items() if t == "ArmsTransfer"]
    page.js("id => window.kg.showNode(id)", arms)
    assert wanted["ArmsTransfer"]["speaker"] in page.page.inner_text("#kg-details")
    OUTPUT.mkdir(exist_ok=True)
    page.page.click("canvas", position={"x": 5, "y": 5})
    page.js("id => window.kg.showNode(id)", signing)
    page.page.screenshot(path=str(OUTPUT / f"viz-dyad-aze-rus-{engine}.png"))
    assert page.dialogs == []


def test_search_filters_and_date_slider_change_the_visible_set(store, examples, tmp_path, open_page):
    ingest(store, [examples / "facts", extra_facts(tmp_path)])
    view = select_view(store)
    page = open_page(view.write(tmp_path / "all.html"))
    everything = page.visible()
    by_id = {n.id: n for n in view.nodes}
    adjacent: dict[str, set[str]] = {n.id: set() for n in view.nodes}
    for e in view.edges:
        adjacent[e.source].add(e.target)
        adjacent[e.target].add(e.source)

    # search in Russian finds Putin by his alias; his neighbours come along
    putin = next(n.id for n in view.nodes if n.name == "Vladimir Putin")
    page.page.fill("#kg-search", "Путин")
    nodes, _ = page.visible()
    assert nodes == {putin} | adjacent[putin]
    assert page.js("window.kg.network.getSelectedNodes()") == [putin]
    page.page.fill("#kg-search", "")
    assert page.visible() == everything

    # a node type filter: meetings go, and Georgia (only in a meeting) goes with them
    page.page.uncheck("#kg-types input[data-type=Meeting]")
    nodes, edges = page.visible()
    meetings = {n.id for n in view.nodes if n.type == "Meeting"}
    assert meetings and not nodes & meetings
    georgia = next(n.id for n in view.nodes if n.name == "Georgia")
    assert georgia not in nodes
    assert not any(e.source in meetings or e.target in meetings for e in view.edges if e.id in edges)
    page.page.check("#kg-types input[data-type=Meeting]")
    assert page.visible() == everything

    # a relationship filter: no PARTY edge is left, every node stays
    page.page.uncheck("#kg-rels input[data-type=PARTY]")
    nodes, edges = page.visible()
    assert nodes == everything[0]
    party = {e.id for e in view.edges if e.type == "PARTY"}
    assert party and edges == everything[1] - party
    page.page.check("#kg-rels input[data-type=PARTY]")

    # the date slider: move "to" down to the earliest date
    dates = page.js("window.kg.dates")
    assert dates == sorted(dates) and len(dates) > 2
    page.page.focus("#kg-to")
    page.page.keyboard.press("Home")
    nodes, _ = page.visible()
    first = dates[0]
    kept_events = {n.id for n in view.nodes if n.kind == "event" and in_window(n.when, first, first)}
    assert {i for i in nodes if by_id[i].kind == "event"} == kept_events
    assert kept_events and len(kept_events) < sum(1 for n in view.nodes if n.kind == "event")
    assert all(any(x in kept_events for x in adjacent[i]) for i in nodes if by_id[i].kind == "entity")
    assert page.page.input_value("#kg-from") == page.page.input_value("#kg-to") == "0"
    page.page.keyboard.press("End")
    assert page.visible() == everything

    # focus on selection
    sochi = next(n.id for n in view.nodes if n.name == "Sochi")
    page.js("id => window.kg.network.selectNodes([id])", sochi)
    page.page.click("#kg-focus")
    nodes, _ = page.visible()
    assert nodes == {sochi} | adjacent[sochi]
    page.page.click("#kg-reset")
    assert page.visible() == everything
    page.assert_clean()


def test_article_text_is_shown_as_text_and_runs_nothing(store, examples, tmp_path, open_page):
    ingest(store, [extra_facts(tmp_path)])
    view = select_view(store, entity="Ilham Aliyev")
    path = view.write(tmp_path / "xss.html")
    page = open_page(path)
    statement = next(n.id for n in view.nodes if n.type == "Statement")
    page.js("id => window.kg.showNode(id)", statement)
    quotes = page.js("Array.from(document.querySelectorAll('#kg-details blockquote')).map(q => q.textContent)")
    assert XSS in quotes
    assert page.js("document.querySelectorAll('#kg-details img, #kg-details script, #kg-details b').length") == 0
    assert page.js("window.kgPwned === undefined")
    assert "Talks <b>bold</b> in 2020" in page.page.inner_text("#kg-details")
    page.assert_clean()
    html = path.read_text(encoding="utf-8")
    assert "<script>window.kgPwned" not in html
    # the page only ever names outside addresses inside its data, never as something to load
    assert 'src="http' not in html and 'href="http' not in html


def test_empty_view_page_says_so(store, examples, tmp_path, open_page):
    ingest(store, [examples / "facts"])
    view = select_view(store, since="2030")
    assert view.is_empty
    page = open_page(view.write(tmp_path / "empty.html"))
    assert "This view is empty" in page.page.inner_text("body")
    assert "2030" in page.page.inner_text("body")
    page.assert_clean()


def test_cli_writes_the_dyad_page(store_uri, examples, tmp_path, open_page):
    with open_store(store_uri) as store:
        ingest(store, [examples / "facts"])
        expected = {n.id for n in select_view(store, dyad=("Azerbaijan", "Russia")).nodes}
    out = tmp_path / "dyad.html"
    result = CliRunner().invoke(main, ["--store", store_uri, "viz", "-o", str(out), "--dyad", "AZE", "RUS"])
    assert result.exit_code == 0, result.output
    assert f"{len(expected)} nodes" in result.output
    page = open_page(out)
    assert page.visible()[0] == expected
    page.assert_clean()


@pytest.mark.parametrize(
    ("args", "wanted"),
    [
        (["--entity", "Azerbaidjan"], "closest known names: Azerbaijan"),
        (["--dyad", "AZE", "Rusia"], "closest known names: Russia"),
        (["--entity", "Germany"], "holds nothing about it"),
        (["--types", "meetng"], "did you mean meeting"),
        (["--since", "last year"], "--since"),
        (["--entity", "Azerbaijan", "--dyad", "AZE", "RUS"], "either an entity or a dyad"),
    ],
)
def test_cli_bad_view_is_exit_2_with_closest_names(store_uri, examples, tmp_path, args, wanted):
    with open_store(store_uri) as store:
        ingest(store, [examples / "facts"])
    out = tmp_path / "x.html"
    result = CliRunner().invoke(main, ["--store", store_uri, "viz", "-o", str(out), *args])
    assert result.exit_code == 2, result.output
    assert wanted in result.output
    assert not out.exists()


def test_cli_unwritable_path_is_exit_2(store_uri, examples, tmp_path):
    with open_store(store_uri) as store:
        ingest(store, [examples / "facts"])
    for target in (tmp_path / "no" / "such" / "folder" / "x.html", tmp_path):
        result = CliRunner().invoke(main, ["--store", store_uri, "viz", "-o", str(target)])
        assert result.exit_code == 2, result.output
        assert "cannot write the page" in result.output
        assert str(target) in result.output


def test_notebook_display_is_an_iframe_of_the_same_page(store, examples):
    ingest(store, [examples / "facts"])
    view = select_view(store, entity="Putin")
    shown = view._repr_html_()
    assert shown.startswith("<iframe") and 'sandbox="allow-scripts"' in shown
    import html as _html

    srcdoc = shown.split('srcdoc="', 1)[1].rsplit('"></iframe>', 1)[0]
    page = _html.unescape(srcdoc)
    assert page == view.to_html()
    data = page.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert {n["id"] for n in json.loads(data)["nodes"]} == {n.id for n in view.nodes}
