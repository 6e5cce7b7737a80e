"""Articles: plain text, Markdown (optional YAML front matter), HTML, folders and standard input.

    article = load_article("news/baku.md", published="2018-09-04")
    article.text      # the cleaned text: evidence offsets refer to it
    article.source    # kg.model.Source (id from the URL, else from the text)

Cleaning drops site chrome and boilerplate (photo credits, cookie notices, "See also" blocks,
job ads, newsletter prompts) so that it yields no facts. Errors are InputErrors naming the file.
"""

from __future__ import annotations

import datetime as _dt
import html
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.model import Source

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".text")
LANGUAGES = ("de", "en")


@dataclass(frozen=True)
class Article:
    source: Source
    text: str
    path: str


# -- bytes -> text ---------------------------------------------------------------------------


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1; binary data is an error."""
    if not data.strip():
        raise InputError("the file is empty", file=name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"broken UTF-16 text ({exc.reason})", file=name) from exc
    if b"\x00" in data[:4096]:
        raise InputError("this is a binary file, not text; give .txt, .md or .html articles", file=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 4096):
        raise InputError("this is a binary file, not text; give .txt, .md or .html articles", file=name)
    return text.replace("\r\n", "\n").replace("\r", "\n")


# -- language --------------------------------------------------------------------------------

_STOP = {
    "de": set(
        "der die das und ist nicht mit sich des dem den ein eine einer zu von auf für im auch als wurde wurden nach bei zwischen über sowie dass werden hat sind war".split()
    ),
    "en": set(
        "the and of to in is that for on with was were as by at from his her has have be it an this which are said after between".split()
    ),
}


def detect_language(text: str) -> str | None:
    """'de' or 'en' by stopword counts; None when the text reads as neither."""
    words = re.findall(r"[^\W\d_]+", text[:20000].casefold())
    if not words:
        return None
    scores = {lang: sum(map(stop.__contains__, words)) for lang, stop in _STOP.items()}  # in C: no step per word
    lang = max(scores, key=lambda k: scores[k])
    if scores[lang] < max(2, 0.08 * len(words)):
        return None
    return lang


# -- boilerplate -----------------------------------------------------------------------------

_SEE_ALSO_WORDS = r"(?:siehe auch|see also|lesen sie auch|mehr zum thema|weitere artikel|related(?: articles| stories)?|read more|more on this(?: topic)?|das könnte sie auch interessieren|you might also like)"
_MARKUP = r"[\s*_#>]*"  # Markdown emphasis, heading and quote marks around a heading
# a "See also" heading: on a line of its own its block ends the text; with a colon and its links on
# the same line ("Mehr zum Thema: A · B") the line is dropped
_SEE_ALSO = re.compile(rf"^{_MARKUP}{_SEE_ALSO_WORDS}{_MARKUP}(?P<colon>:?)(?P<rest>.*)$", re.IGNORECASE)
_ONLY_MARKUP = re.compile(_MARKUP)
# a link to another story after a heading word in capitals on the same line, with no colon ("RELATED Minister
# to visit Tokyo next month")
_LINK_LINE = re.compile(r"^[\s*_#>]*(?:RELATED|SEE ALSO|READ MORE|SIEHE AUCH|LESEN SIE AUCH|MEHR ZUM THEMA)\s+\S")


def _see_also(line: str, alone: bool) -> bool:
    """Whether a line is a "See also" heading on its own (`alone`), or one followed by a colon."""
    m = _SEE_ALSO.match(line)
    if m is None:
        return False
    return _ONLY_MARKUP.fullmatch(m["rest"]) is not None if alone else bool(m["colon"])


_RULE_LINE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")  # a Markdown horizontal rule
_CREDIT = re.compile(
    r"^\s*(?:photo|foto|bild|image|picture|quelle|source|credit|fotos?|©|\(c\))\s*[:©]\s*\S.{0,80}$|^\s*©.{0,80}$",
    re.IGNORECASE,
)
_BOILER_CUES = [
    r"\bcookies?\b",
    r"datenschutz",
    r"privacy (?:policy|statement)",
    r"\bnewsletter\b",
    r"abonnieren|subscribe|sign up",
    # (not a candidacy: "die Bewerbung Bakus um die Expo", "bei der Bewerbung um einen Sitz im Sicherheitsrat")
    r"lebenslauf|bewerbung(?!\s+(?:\w+s\s+)?(?:um|für)\b)|\bcv\b|résumé|resume",
    r"\bsucht\b.*\b(?:experten|mitarbeiter|autoren|redakteur)|we are hiring|we'?re hiring|job opening|apply now|join our team",
    r"vergütung|remuneration|\bsalary\b",
    r"[\w.+-]+@[\w-]+\.[\w.]+",
    r"alle rechte vorbehalten|all rights reserved",
    r"wir verwenden|we use cookies|akzeptieren|accept all",
    r"folgen sie uns|follow us on|teilen auf|share on",
    r"\bwerbung\b|advertisement|anzeige\b",  # (not the "werbung" of a "Bewerbung um einen Sitz")
    r"impressum|imprint|terms of use|nutzungsbedingungen",
]
_BOILER_RE = [re.compile(p, re.IGNORECASE) for p in _BOILER_CUES]
# literal pieces of which every cue needs one (lower case): plain substring tests are cheap
_BOILER_LITERALS = (
    "cookie", "datenschutz", "privacy", "newsletter", "abonnieren", "subscribe", "sign up", "lebenslauf",
    "bewerbung", "cv", "résumé", "resume", "sucht", "hiring", "job opening", "apply now", "join our team",
    "vergütung", "remuneration", "salary", "@", "rechte vorbehalten", "rights reserved", "wir verwenden",
    "akzeptieren", "accept all", "folgen sie uns", "follow us on", "teilen auf", "share on", "werbung",
    "advertisement", "anzeige", "impressum", "imprint", "terms of use", "nutzungsbedingungen",
)  # fmt: skip


def _boiler_gate(p: str) -> bool:
    low = p.casefold()
    return any(map(low.__contains__, _BOILER_LITERALS))  # in C: no generator step per literal


def is_boilerplate(paragraph: str) -> bool:
    p = paragraph.strip()
    if not p:
        return True
    if _CREDIT.match(p):
        return True
    if not _boiler_gate(p):
        return False
    hits = sum(1 for rx in _BOILER_RE if rx.search(p))
    return hits >= 2 or (hits == 1 and len(p) < 160)


_ENTITY = re.compile(
    r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|quot|apos|lt|gt|nbsp|rsquo|lsquo|rdquo|ldquo|ndash|mdash|hellip);"
)


def clean_text(text: str) -> str:
    """Paragraphs without boilerplate, joined by blank lines; a 'See also' block ends the text."""
    text = text.replace("\u00a0", " ").replace("\u200b", "")
    if "&" in text:
        # character references a copied web page left in its text: "Qatar&#39;s Emir", "Trade &amp; Investment"
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text).replace("\u00a0", " ")
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text)]
    kept: list[str] = []
    for p in paragraphs:
        if not p:
            continue
        heading = next((ln for ln in p.splitlines() if not _RULE_LINE.match(ln)), "")
        if _see_also(heading, alone=True) and kept:
            break
        if is_boilerplate(p):
            if p.count("\n") < 2:
                continue
            # a block of several lines (a page whose paragraphs are parted by single line breaks): a donation
            # appeal or a newsletter line among them does not take the article with it; its lines are judged alone
            p = "\n".join(ln for ln in p.splitlines() if not is_boilerplate(ln))
        lines = [
            ln
            for ln in p.splitlines()
            if not _CREDIT.match(ln) and not _see_also(ln, alone=False) and not _LINK_LINE.match(ln)
        ]
        if lines:
            kept.append("\n".join(ln.rstrip() for ln in lines))
    return "\n\n".join(kept)


# -- formats ---------------------------------------------------------------------------------

_FRONT = re.compile(r"\A---\s*\n(.*?)\n(?:---|\.\.\.)\s*\n", re.DOTALL)


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    m = _FRONT.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise InputError(
            f"the front matter is not valid YAML: {getattr(exc, 'problem', exc)}",
            file=name,
            line=(line + 2) if line is not None else 1,
        ) from exc
    if not isinstance(meta, dict):
        raise InputError(
            "the front matter must be a mapping (title, published, url, publisher, lang)", file=name, line=1
        )
    return meta, text[m.end() :]


def strip_markdown(text: str) -> str:
    text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links keep their text
    # [ \t], not \s: a heading must not pull its blank line, and so its paragraph break, away
    text = re.sub(r"^[ \t]{0,3}#{1,6}[ \t]*", "", text, flags=re.MULTILINE)
    text = re.sub(r"^[ \t]{0,3}>[ \t]?", "", text, flags=re.MULTILINE)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"^[ \t]*[-*_]{3,}[ \t]*$", "", text, flags=re.MULTILINE)
    return text


class _HTMLText(HTMLParser):
    """Main text and metadata of an HTML page with the standard library only."""

    SKIP = {
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "svg",
        "figure",
        "figcaption",
        "iframe",
        "select",
        "template",
    }
    BLOCK = {
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "section",
        "article",
        "blockquote",
        "tr",
        "main",
        "ul",
        "ol",
        "table",
        "hr",
        "pre",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.jsonld: list[str] = []
        self.title = ""
        self.parts: list[str] = []
        self.article_parts: list[str] | None = None
        self.skip = 0
        self.in_title = False
        self.in_jsonld = False
        self.has_body = False
        self.article_depth = 0
        self._stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "body":
            self.has_body = True
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").casefold()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "html" and a.get("lang"):
            self.meta.setdefault("html:lang", a["lang"])
        if tag == "script" and "ld+json" in a.get("type", ""):
            self.in_jsonld = True
            self.jsonld.append("")
            return
        if tag == "title":
            self.in_title = True
        classes = (a.get("class", "") + " " + a.get("id", "")).casefold()
        chrome = re.search(
            r"cookie|consent|newsletter|share|social|related|sidebar|comment|advert|promo|breadcrumb|menu|footer|banner",
            classes,
        )
        if tag in self.SKIP or (chrome and tag in ("div", "section", "ul", "p", "span", "aside")):
            if tag not in ("br", "hr", "img", "meta", "link", "input"):
                self.skip += 1
                self._stack.append(tag)
            return
        if self.skip:
            if tag not in ("br", "hr", "img", "meta", "link", "input"):
                self._stack.append(tag)
            return
        if tag in ("article", "main"):
            self.article_depth += 1
            if self.article_parts is None:
                self.article_parts = []
        if tag in self.BLOCK:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.in_jsonld:
            self.in_jsonld = False
            return
        if tag == "title":
            self.in_title = False
        if self.skip and self._stack:
            # close the innermost open tag of a skipped region
            while self._stack:
                top = self._stack.pop()
                if top == tag:
                    break
            if not self._stack:
                self.skip = 0
            return
        if tag in ("article", "main") and self.article_depth:
            self.article_depth -= 1
        if tag in self.BLOCK:
            self._emit("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_jsonld:
            self.jsonld[-1] += data
        elif self.in_title:
            self.title += data
        elif not self.skip:
            self._emit(data)

    def _emit(self, data: str) -> None:
        self.parts.append(data)
        if self.article_depth and self.article_parts is not None:
            self.article_parts.append(data)


def _tidy(chunks: list[str]) -> str:
    text = "".join(chunks)
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def parse_html(raw: str, name: str) -> tuple[dict[str, Any], str]:
    """Metadata (meta tags, JSON-LD) and main text of an HTML page."""
    p = _HTMLText()
    try:
        p.feed(raw)
        p.close()
    except Exception as exc:  # html.parser is lenient; anything it raises is a broken page
        raise InputError(f"cannot parse the HTML: {exc}", file=name) from exc
    meta: dict[str, Any] = {}
    for blob in p.jsonld:
        try:
            data = json.loads(blob)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []:
            if not isinstance(item, dict) or not re.search(r"Article|Posting|Report", str(item.get("@type", ""))):
                continue
            meta.setdefault("title", item.get("headline"))
            meta.setdefault("published", item.get("datePublished"))
            meta.setdefault(
                "url",
                item.get("url") or (item.get("mainEntityOfPage") or {}).get("@id")
                if isinstance(item.get("mainEntityOfPage"), dict)
                else item.get("url"),
            )
            pub = item.get("publisher")
            meta.setdefault("publisher", pub.get("name") if isinstance(pub, dict) else pub)
            meta.setdefault("lang", item.get("inLanguage"))
    m = p.meta
    meta = {k: v for k, v in meta.items() if v}
    meta.setdefault("title", m.get("og:title") or html.unescape(p.title.strip()) or None)
    meta.setdefault(
        "published",
        m.get("article:published_time")
        or m.get("date")
        or m.get("dc.date")
        or m.get("pubdate")
        or m.get("datepublished"),
    )
    meta.setdefault("url", m.get("og:url"))
    meta.setdefault("publisher", m.get("og:site_name") or m.get("publisher"))
    meta.setdefault("lang", m.get("og:locale") or m.get("html:lang") or m.get("language"))
    text = _tidy(p.article_parts) if p.article_parts and len(_tidy(p.article_parts)) > 200 else _tidy(p.parts)
    if not p.has_body and not text.strip():
        raise InputError("the HTML page has no body text", file=name)
    if not text.strip():
        raise InputError("the HTML page has no readable text in its body", file=name)
    return {k: v for k, v in meta.items() if v}, text


def _trafilatura(raw: str) -> str | None:
    try:
        import trafilatura  # optional: better main-text extraction when installed
    except ImportError:
        return None
    try:
        return trafilatura.extract(raw, include_comments=False, include_tables=False)
    except Exception:
        return None


# -- the article -----------------------------------------------------------------------------


_DATE_STAMP = re.compile(r"\s*date (\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)(?:\s+|$)")


def _iso(value: Any, name: str, key: str = "published") -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    m = re.match(r"\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)", str(value))
    if not m:
        raise InputError(f"{value!r} is not a date (use YYYY-MM-DD)", file=name, field=key)
    return m.group(1)


def _title_of(text: str) -> str | None:
    first = text.strip().split("\n\n", 1)[0].strip()
    if first and "\n" not in first and len(first) < 160 and not re.search(r"[.!?:\"“”]$", first):
        return first
    return None


def article_from_text(
    raw: str,
    name: str,
    *,
    kind: str = "text",
    published: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    lang: str | None = None,
    title: str | None = None,
) -> Article:
    """An Article from decoded text of the given kind (text, markdown, html)."""
    meta: dict[str, Any] = {}
    body = raw
    if kind == "html" or (kind == "text" and re.match(r"\s*(<!doctype html|<html)", raw, re.IGNORECASE)):
        meta, body = parse_html(raw, name)
        better = _trafilatura(raw)
        if better and len(better) > 0.5 * len(body):
            body = better
    else:
        meta, body = split_front_matter(raw, name)
        if kind == "markdown" or meta:
            body = strip_markdown(body)
    stamp = _DATE_STAMP.match(body)
    if stamp is not None:
        # a page's own date stamp opening the text (" date 2022-07-27 Beijing, MINA – ..."): metadata, not a
        # sentence; the day (or the month) of publication unless another is given
        body = body[stamp.end() :]
        meta.setdefault("date", stamp[1])
    text = clean_text(body)
    if not text.strip():
        raise InputError("the article has no text once boilerplate is removed", file=name)
    lang = lang or meta.get("lang") or meta.get("language")
    lang = str(lang).split("-")[0].split("_")[0].casefold() if lang else detect_language(text)
    if lang not in LANGUAGES:
        found = f" (it reads as {lang!r})" if lang else ""
        raise InputError(
            f"language not supported{found}: kg reads German (de) and English (en); give --lang if detection is wrong",
            file=name,
        )
    url = url or meta.get("url")
    source = Source.make(
        url=str(url) if url else None,
        text=text,
        title=title or (str(meta["title"]) if meta.get("title") else _title_of(text)),
        published=_iso(published, name) or _iso(meta.get("published") or meta.get("date"), name),
        lang=lang,
        publisher=publisher or (str(meta["publisher"]) if meta.get("publisher") else None),
        path=name,
    )
    return Article(source=source, text=text, path=name)


def kind_of(path: Path) -> str:
    s = path.suffix.casefold()
    return "html" if s in (".html", ".htm") else "markdown" if s in (".md", ".markdown") else "text"


def load_article(path: str | Path, **overrides: Any) -> Article:
    """Read one article file ('-' for standard input)."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        return article_from_text(decode(data, "<stdin>"), "<stdin>", **overrides)
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", file=str(p))
    if p.is_dir():
        raise InputError("this is a folder; give files or use load_articles", file=str(p))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror}", file=str(p)) from exc
    return article_from_text(decode(data, str(p)), str(p), kind=kind_of(p), **overrides)


def article_paths(paths: list[str]) -> Iterator[Path | str]:
    """Files named and article files inside folders named ('-' stays '-')."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        p = Path(raw)
        if p.is_dir():
            yield from sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.casefold() in ARTICLE_SUFFIXES
                and not any(x.startswith(".") for x in f.relative_to(p).parts)
            )
        else:
            yield p
