"""RawDocument → Document: article paragraphs, captions apart, boilerplate gone.

Steps, in order: outlet and home clock; HTML or text to blocks; captions out;
furniture dropped; the page cut at a tail marker ("延伸閱讀") and split into
sections at an appended-article marker ("往下看更多文章"); offsets assigned.
"""
from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import regex
from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from . import lexicon
from .readers.textpage import date_line
from .text import content_hash, detect_language, detect_script, fold_name
from .types import Document, Paragraph, RawDocument

BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 section article blockquote tr table figure header footer hr pre dd dt dl "
    "aside main center tbody thead".split()
)
CAPTION_TAGS = frozenset(["figcaption"])
SPACE = regex.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
DEFAULT_TZ = "Asia/Shanghai"


@lru_cache(maxsize=1)
def _rules():
    bp = lexicon.load().boilerplate
    drop = regex.compile("|".join(f"(?:{p})" for p in bp["drop"]))
    words = regex.compile(r"(?:^|[-_\s])(?:%s)(?:$|[-_\s\d])" % "|".join(map(regex.escape, bp["drop_attr_words"])), regex.I)
    tails = {SPACE.sub("", t) for t in bp["tails"]}
    boundaries = {SPACE.sub("", t).rstrip("⤵") for t in bp["boundaries"]}
    return drop, words, tails, boundaries, frozenset(bp["drop_tags"])


def _dropped(tag: Tag, attr_words, drop_tags) -> bool:
    if tag.name in drop_tags:
        return True
    attrs = tag.attrs or {}
    ident = " ".join(filter(None, [attrs.get("id") if isinstance(attrs.get("id"), str) else None,
                                   " ".join(attrs.get("class") or [])]))
    if ident and attr_words.search(ident):
        return True
    return any(k.startswith("data-selfpromo") for k in attrs)


def html_blocks(html: str) -> tuple[list[str], list[str]]:
    """Text blocks and captions of an HTML body, in document order."""
    _, attr_words, _, _, drop_tags = _rules()
    soup = BeautifulSoup(html, "lxml")
    blocks: list[str] = []
    captions: list[str] = []
    buf: list[str] = []

    def flush():
        if buf:
            blocks.append("".join(buf))
            buf.clear()

    def walk(node: Tag):
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, Comment):
                    buf.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if _dropped(child, attr_words, drop_tags):
                continue
            if name in CAPTION_TAGS:
                captions.append(child.get_text(" "))
                continue
            if name == "img":
                alt = child.get("alt") or child.get("title")
                if alt:
                    captions.append(alt)
                continue
            if name in BLOCK_TAGS:
                flush()
                walk(child)
                flush()
            else:
                walk(child)

    walk(soup)
    flush()
    return blocks, captions


def _tz(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except Exception:
        return ZoneInfo(DEFAULT_TZ)


def _is_caption_line(line: str, suffixes: tuple[str, ...]) -> bool:
    """Text-page captions end with a photo credit: '… 美聯社', '…。AP圖片', '…（新华社）'."""
    tail = line.rsplit(None, 1)[-1] if " " in line else line[-8:]
    if any(line.endswith(s) for s in suffixes):
        return True
    lex = lexicon.load()
    return " " in line and fold_name(tail) in lex.agency_by_alias and len(tail) <= 6


def clean(raw: RawDocument) -> Document:
    lex = lexicon.load()
    drop, _, tails, boundaries, _ = _rules()
    credit_suffixes = tuple(lex.boilerplate["photo_credit_suffixes"])
    outlet = lex.outlet_for(raw.url, raw.outlet)
    tzname = outlet.timezone if outlet else DEFAULT_TZ
    tz = _tz(tzname)

    published = raw.published_at
    if published is not None and published.tzinfo is None:
        published = published.replace(tzinfo=tz)

    if raw.body_format == "html":
        blocks, captions = html_blocks(raw.body)
    else:
        blocks, captions = raw.body.splitlines(), []

    lines = [SPACE.sub(" ", b).strip() for b in blocks]
    lines = [l for l in lines if l]

    if raw.reader == "textpage":
        # Everything above the first date line is navigation and the title.
        for i, line in enumerate(lines):
            if date_line(line):
                lines = lines[i + 1:]
                break

    paragraphs: list[Paragraph] = []
    section, section_date = 0, published
    pending_boundary = 0  # paragraphs left in which a date line may follow a boundary
    prev = None
    offset = 0
    for line in lines:
        key = SPACE.sub("", line)
        if key in tails:
            break
        if key.rstrip("⤵") in boundaries:
            section += 1
            section_date = None
            pending_boundary = 3
            continue
        if drop.search(line):
            continue
        if pending_boundary:
            pending_boundary -= 1
            d = date_line(line)
            if d:
                section_date = d.replace(tzinfo=tz)
                pending_boundary = 0
                continue
        if raw.body_format == "text":
            if line == prev or _is_caption_line(line, credit_suffixes):
                if line != prev:
                    captions.append(line)
                prev = line
                continue
        elif paragraphs and line == paragraphs[-1].text:
            continue
        prev = line
        paragraphs.append(Paragraph(index=len(paragraphs), start=offset, text=line, section=section,
                                    published_at=section_date if section else None))
        offset += len(line) + 2

    # an appended article's date line comes after its title: date the whole section
    section_days = {p.section: p.published_at for p in paragraphs if p.section and p.published_at}
    for p in paragraphs:
        if p.section and p.published_at is None:
            p.published_at = section_days.get(p.section)
    caps: list[str] = []
    for c in captions:
        c = SPACE.sub(" ", c).strip()
        if c and c not in caps:
            caps.append(c)
    body_text = "\n\n".join(p.text for p in paragraphs)
    title = SPACE.sub(" ", raw.title).strip() if raw.title else None
    sample = (title or "") + body_text
    return Document(
        path=raw.path,
        item=raw.item,
        url=raw.url,
        title=title,
        outlet=outlet.name if outlet else raw.outlet,
        published_at=published.astimezone(tz) if published else None,
        timezone=tzname,
        script=detect_script(sample),
        language=detect_language(sample),
        paragraphs=paragraphs,
        captions=caps,
        photo_credits=photo_credits(caps),
        content_hash=content_hash(title or "", body_text),
        reader=raw.reader,
    )


PAREN_CREDIT = regex.compile(r"[（(]([^（）()]{2,24})[）)]\s*$")


def photo_credits(captions: list[str]) -> list[str]:
    """Canonical agency (or the credit as written) from the end of each caption."""
    lex = lexicon.load()
    suffixes = tuple(lex.boilerplate["photo_credit_suffixes"])
    out: list[str] = []
    for cap in captions:
        m = PAREN_CREDIT.search(cap)
        credit = m.group(1).strip() if m else cap.rsplit(None, 1)[-1] if " " in cap else ""
        for s in suffixes:
            if credit.endswith(s) and len(credit) > len(s):
                credit = credit[: -len(s)].strip()
                break
        if not credit:
            continue
        agency = lex.agency_by_alias.get(fold_name(credit))
        name = agency.name if agency else credit if (m or len(credit) <= 12) else None
        if name and len(name) <= 24:
            out.append(name)
    return out
