"""RawDocument → Document: article paragraphs, captions apart, boilerplate gone.

Steps, in order: outlet and home clock; HTML or text to blocks; captions out;
furniture dropped; the page cut at a tail marker ("延伸閱讀") and split into
sections at an appended-article marker ("往下看更多文章"); offsets assigned.

Captions leave the text two ways: by where they sit in the HTML (``html_blocks``:
<figcaption>, an element whose class names a caption, a <small> under a picture, a
block that repeats the alt text of the picture just above it, a gallery slide) and
by their shape (``_is_caption_line``: the line ends with a photo credit). Page
furniture is dropped by pattern (boilerplate.yml ``drop``), by position (a list of
links, the title repeated, an English tweet above its "— Name (@handle) date"
line), and cut out of a paragraph it ends ("（看完整報導）", "......more").
"""
from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import regex
from lxml import etree

from . import lexicon
from .readers.textpage import date_line
from .text import HAN, LATIN, content_hash, detect_language, detect_script, fold_name
from .types import Document, Paragraph, RawDocument

BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 section article blockquote tr table figure header footer hr pre dd dt dl "
    "aside main center tbody thead".split()
)
CAPTION_TAGS = frozenset(["figcaption"])
SPACE = regex.compile(r"[\s\u3000\u00a0\u200b\ufeff]+")
DEFAULT_TZ = "Asia/Shanghai"


class _Any:
    """Search for any of several regular expressions. Those anchored at the line start are
    kept apart from the rest: in one alternation, every ^-pattern would be retried at every
    position of the line."""

    def __init__(self, patterns):
        anchored = [p for p in patterns if p.startswith("^")]
        floating = [p for p in patterns if not p.startswith("^")]
        self._parts = [regex.compile("|".join(f"(?:{p})" for p in ps)) for ps in (anchored, floating) if ps]

    def search(self, text: str):
        for part in self._parts:
            m = part.search(text)
            if m:
                return m
        return None


def _attr_words(words) -> regex.Pattern:
    """Words of an id/class: "image-caption", "wp-caption-text", "dotcom-ad", "StyledByline"."""
    alts = "|".join(map(regex.escape, words))
    return regex.compile(r"(?:^|[-_\s]|(?-i:(?<=[a-z])(?=[A-Z])))(?:%s)(?:$|[-_\s\d]|(?-i:(?<=[a-z])(?=[A-Z])))" % alts,
                         regex.I)


@lru_cache(maxsize=1)
def _rules():
    bp = lexicon.load().boilerplate
    drop = _Any(bp["drop"])
    words = _attr_words(bp["drop_attr_words"])
    tails = {SPACE.sub("", t) for t in bp["tails"]}
    boundaries = {SPACE.sub("", t).rstrip("⤵") for t in bp["boundaries"]}
    return drop, words, tails, boundaries, frozenset(bp["drop_tags"])


@lru_cache(maxsize=1)
def _caption_rules():
    bp = lexicon.load().boilerplate
    return (_attr_words(bp["caption_attr_words"]), _Any(bp["caption_tails"]),
            tuple(bp["photo_credit_suffixes"]), int(bp.get("caption_max_chars", 400)),
            frozenset(fold_name(a) for a in bp.get("photo_agencies") or []))


@lru_cache(maxsize=1)
def _inline_rules():
    bp = lexicon.load().boilerplate
    tweet = bp["tweet"]
    strip = regex.compile("|".join(f"(?:{p})" for p in bp["strip_tails"]))
    bylines = regex.compile("|".join(f"(?:{p})" for p in bp.get("inline_bylines") or ["(?!)"]))
    return (strip, regex.compile(tweet["attribution"]), float(tweet["latin_share"]), int(tweet["max_paragraphs"]),
            _Any(bp["lead_drop"]), bylines)


def _ident(attrs: dict) -> str:
    """The words of an element's id and class, as its attribute rules read them: the id,
    then the class names one space apart (the class attribute is kept as written, see html_blocks)."""
    ident = attrs.get("id")
    return " ".join(filter(None, [ident if isinstance(ident, str) else None, " ".join((attrs.get("class") or "").split())]))


@lru_cache(maxsize=1)
def _ident_kinds():
    """(dropped, caption) for an id/class string, remembered: pages repeat the same few
    classes on every paragraph, and each search runs two long alternations."""
    _, attr_words, _, _, _ = _rules()
    caption_words = _caption_rules()[0]

    @lru_cache(maxsize=8192)
    def kinds(ident: str) -> tuple[bool, bool]:
        return bool(attr_words.search(ident)), bool(caption_words.search(ident))

    return kinds


def _self_promotion(attrs: dict) -> bool:
    for k in attrs:
        if k.startswith("data-selfpromo"):
            return True
    return False


def _note(trace: list | None, rule: str, text: str) -> None:
    if trace is not None and text.strip():
        trace.append((rule, SPACE.sub(" ", text).strip()))


# a character that is not space: a text node with one adds letters to its block
LETTER = regex.compile(r"[^\s\u3000\u00a0\u200b\ufeff]")


# BeautifulSoup's reading of text nodes, kept so that blocks stay as they were: a string of
# ASCII spaces only becomes one space (a newline if it has one), except inside <pre>; the text
# of <script>, <style>, <template> and ruby annotations is no part of an element's text.
ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"
PRE_TAGS = frozenset(["pre", "textarea"])
HIDDEN_TEXT_TAGS = frozenset(["rt", "rp", "style", "script", "template"])


def _spaced(text: str, pre: bool) -> str:
    if pre or text.strip(ASCII_SPACES):
        return text
    return "\n" if "\n" in text else " "


def _strings(el, pre: bool):
    if el.text:
        yield _spaced(el.text, pre)
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in HIDDEN_TEXT_TAGS:  # not a comment
            yield from _strings(child, pre or tag in PRE_TAGS)
        if child.tail:
            yield _spaced(child.tail, pre)


def _text(el) -> str:
    """An element's text, its strings one space apart."""
    return " ".join(_strings(el, el.tag in PRE_TAGS))


def _parse_html(html: str):
    """The page's root element, None for a page with no markup and no text."""
    parser = etree.HTMLParser()
    parser.feed(html)
    try:
        return parser.close()
    except etree.XMLSyntaxError:  # "Document is empty"
        return None


def html_blocks(html: str, trace: list | None = None, shown: list | None = None) -> tuple[list[str], list[str]]:
    """Text blocks and captions of an HTML body, in document order.

    Captions: <figcaption> and <img alt>; an element whose id/class names a caption
    ("image-caption", "picinfo"); a <small> right under a picture; the block right under
    a picture when it repeats the picture's alt text; a gallery slide (a picture, then a
    bold title and its text, in one block). A block whose text is all link text (a list
    of related articles, "点击查看本文英文版") is dropped. ``trace`` collects (rule, text)
    of what did not become a block; ``shown`` the captions printed on the page (not alt text).

    One parse, one walk over the tree: every node is visited once, and only an element
    that leaves the text whole (dropped, a caption) is read as a whole. The tree is lxml's:
    BeautifulSoup builds the same libxml2 parse four times slower, and the walk reads text
    nodes as it did (``_spaced``, ``_strings``), so blocks are unchanged.
    """
    drop_tags = _rules()[4]
    caption_max = _caption_rules()[3]
    kinds = _ident_kinds()
    blocks: list[str] = []
    captions: list[str] = []
    root = _parse_html(html)
    if root is None:
        return blocks, captions
    buf: list[str] = []
    # the block being built: whether it has letters, whether any of them is outside link
    # text, the alt text of the picture right above its first letter, whether it is a gallery slide
    lettered = unlinked = slide = False
    alt: str | None = None
    pic: tuple[str, object] | None = None  # (alt key, container) of the last picture, until text follows it

    def flush():
        nonlocal lettered, unlinked, slide, alt
        if buf:
            text = "".join(buf)
            if lettered:
                if not unlinked:
                    _note(trace, "link-only block", text)
                elif slide:
                    caption(text, "caption: gallery slide")
                elif alt and SPACE.sub("", text) == alt:
                    caption(text, "caption: repeats the picture's alt text")
                else:
                    blocks.append(text)
            buf.clear()
        lettered = unlinked = slide = False
        alt = None

    def caption(text: str, rule: str):
        nonlocal pic
        if SPACE.sub("", text):
            _note(trace, rule, text)
            captions.append(text)
            if shown is not None:
                shown.append(text)
        pic = None

    def string(text: str, linked: bool, pre: bool):
        nonlocal lettered, unlinked, alt, pic
        if LETTER.search(text):
            if not lettered and pic:
                alt = pic[0]
            pic = None
            lettered = True
            if not linked:
                unlinked = True
        buf.append(_spaced(text, pre))

    def element(child, container, linked: bool, pre: bool):
        nonlocal slide, pic
        name = child.tag
        if not isinstance(name, str):
            return  # a comment or a processing instruction is no text
        attrs = child.attrib
        ident = _ident(attrs) if attrs else ""
        dropped_word, caption_word = kinds(ident) if ident else (False, False)
        if name in drop_tags or dropped_word or (attrs and _self_promotion(attrs)):
            if trace is not None and name not in ("script", "style"):
                _note(trace, "element dropped", _text(child))
            return
        if name in CAPTION_TAGS:
            caption(_text(child), "caption: figcaption")
            return
        if name == "img":
            alt_text = attrs.get("alt") or attrs.get("title")
            if alt_text:
                captions.append(alt_text)
            pic = (SPACE.sub("", alt_text or ""), container)
            return
        if caption_word:
            text = _text(child)
            if len(text) <= caption_max:
                for img in child.iter("img"):
                    if img.get("alt") or img.get("title"):
                        captions.append(img.get("alt") or img.get("title"))
                caption(text, "caption: element named as one")
                return
        if pic and not lettered:
            if name == "small":
                caption(_text(child), "caption: small print under a picture")
                return
            if name in ("b", "strong") and pic[1] is container:
                slide = True
        is_link = linked or (name == "a" and "href" in attrs)
        pre = pre or name in PRE_TAGS
        if name in BLOCK_TAGS:
            flush()
            walk(child, child, is_link, pre)
            flush()
        else:
            walk(child, container, is_link, pre)

    def walk(node, container, linked: bool, pre: bool):
        if node.text:
            string(node.text, linked, pre)
        for child in node:
            element(child, container, linked, pre)
            if child.tail:
                string(child.tail, linked, pre)

    element(root, None, False, False)
    flush()
    return blocks, captions


def _tz(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except Exception:
        return ZoneInfo(DEFAULT_TZ)


def _is_caption_line(line: str, suffixes: tuple[str, ...]) -> bool:
    """A caption by its shape: it ends with a photo credit.

    '… 美聯社', '…。AP圖片' (``photo_credit_suffixes``); '…（记者夏小华摄）', '…（美国之音/汤惠芸）',
    '… Photo: RFA', '图片版权AFP' (``caption_tails``); '…（路透社2019年7月30日）' (``_agency_credit``).
    """
    if line.endswith(suffixes):
        return True
    _, tails, _, _, _ = _caption_rules()
    if tails.search(line[-120:]):  # a credit is short and last
        return True
    if " " in line:
        tail = line.rsplit(None, 1)[-1]
        # the length first: folding a name converts it with OpenCC
        if len(tail) <= 6 and fold_name(tail) in lexicon.load().agency_by_alias:
            return True
    return _agency_credit(line, suffixes)


PAREN_CREDIT = regex.compile(r"[（(]([^（）()]{2,24})[）)]\s*$")
CREDIT_PARTS = regex.compile(r"\s*(?:[/／、，,;；]|图源[：:]|圖源[：:]|图[/／]|圖[/／]|图片[：:]|圖片[：:])\s*")
CREDIT_DATE = regex.compile(r"\s*(?:\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?)\s*$")
QUOTE_MARKS = regex.compile(r"[“”「」『』\"]")
LATIN_CREDIT = regex.compile(r"[A-Za-z][A-Za-z .'\-]{1,30}")  # a photographer: "Manuel CENETA"


def _agency_credit(line: str, suffixes: tuple[str, ...]) -> bool:
    """The closing parentheses hold only credits, one of them a news agency (agencies.yml kind
    ``agency``) or a picture agency (boilerplate.yml ``photo_agencies``): '…（法新社）',
    '…(AFP / Manuel CENETA)', '…（路透社资料图片）', '…（美联社2021年1月6日）'. A line with a
    quote is an item of news credited to its source ('…表示，「…」(中国新闻网)'), not a caption."""
    m = PAREN_CREDIT.search(line)
    if not m or m.start() == 0 or QUOTE_MARKS.search(line):
        return False
    lex = lexicon.load()
    photo_agencies = _caption_rules()[4]
    found = False
    for part in CREDIT_PARTS.split(m.group(1)):
        part = CREDIT_DATE.sub("", part).strip()
        for s in ("资料", "資料"):
            part = part.removeprefix(s)
        for s in suffixes:
            if part.endswith(s) and len(part) > len(s):
                part = part[: -len(s)]
                break
        for s in ("资料", "資料"):
            part = part.removesuffix(s)
        if not part:
            continue
        folded = fold_name(part)
        agency = lex.agency_by_alias.get(folded)
        if (agency and agency.kind == "agency") or folded in photo_agencies:
            found = True
        elif not LATIN_CREDIT.fullmatch(part):
            return False  # something other than a credit: "（路透调查中值为0.8%）", "（新华网）"
    return found


LINKS = regex.compile(r"\S*(?:https?://|pic\.twitter\.com/|www\.)\S*|@\w+")


def _latin_share(text: str) -> float:
    """Latin letters among the letters of ``text``, links and @handles aside."""
    text = LINKS.sub("", text)
    han = len(HAN.findall(text))
    latin = len(LATIN.findall(text))
    return latin / (han + latin) if han + latin else 0.0


def _split_at_bylines(line: str, bylines: regex.Pattern, trace: list | None) -> list[str]:
    """A byline inside a paragraph ends one paragraph and starts the next."""
    for m in bylines.finditer(line):
        _note(trace, "inline byline", m.group())
    return bylines.split(line)


def clean(raw: RawDocument, trace: list | None = None) -> Document:
    """``trace``, when given, collects (rule, text) for every line that did not become a
    paragraph as it was, for audits."""
    lex = lexicon.load()
    drop, _, tails, boundaries, _ = _rules()
    strip_tails, tweet_line, tweet_latin, tweet_max, lead_drop, bylines = _inline_rules()
    credit_suffixes = tuple(lex.boilerplate["photo_credit_suffixes"])
    outlet = lex.outlet_for(raw.url, raw.outlet)
    tzname = outlet.timezone if outlet else DEFAULT_TZ
    tz = _tz(tzname)

    published = raw.published_at
    if published is not None and published.tzinfo is None:
        published = published.replace(tzinfo=tz)

    shown: list[str] = []  # captions printed on the page: a paragraph repeating one is a caption
    if raw.body_format == "html":
        blocks, captions = html_blocks(raw.body, trace, shown)
    else:
        blocks, captions = raw.body.splitlines(), []
    shown_keys = {SPACE.sub("", c) for c in shown}

    # whitespace collapsed: the only space left in a line (or in a cut of its start) is " ",
    # so a line's key (its text without spaces) is line.replace(" ", "")
    lines = [SPACE.sub(" ", b).strip() for b in blocks]
    lines = [l for l in lines if l]
    if any("#" in l for l in lines):
        lines = [piece.strip() for l in lines for piece in _split_at_bylines(l, bylines, trace) if piece.strip()]

    if raw.reader == "textpage":
        # Everything above the first date line is navigation and the title.
        for i, line in enumerate(lines):
            if date_line(line):
                lines = lines[i + 1:]
                break

    title_key = SPACE.sub("", raw.title) if raw.title else None
    kept: list[tuple[str, int, datetime | None]] = []  # (text, section, section date)
    section, section_date = 0, published
    pending_boundary = 0  # paragraphs left in which a date line may follow a boundary
    prev = None
    for n, line in enumerate(lines):
        key = line.replace(" ", "")
        if key in tails:
            _note(trace, "tail marker", line)
            break
        if key.rstrip("⤵") in boundaries:
            section += 1
            section_date = None
            pending_boundary = 3
            continue
        cut = strip_tails.sub("", line).rstrip()
        teaser = cut != line
        if teaser:
            _note(trace, "inline tail cut", line[len(cut):])
            line, key = cut, cut.replace(" ", "")
            if not key:
                continue
        if drop.search(line):
            _note(trace, "furniture", line)
            continue
        if not kept and not section and lead_drop.search(line):
            _note(trace, "page date above the article", line)
            continue
        if pending_boundary:
            pending_boundary -= 1
            d = date_line(line)
            if d:
                section_date = d.replace(tzinfo=tz)
                pending_boundary = 0
                continue
        if tweet_line.search(line):
            # an embedded tweet: "— Name (@handle) January 17, 2021" under the tweet's own text
            _note(trace, "tweet", line)
            for _ in range(tweet_max):
                if not kept or kept[-1][1] != section or _latin_share(kept[-1][0]) < tweet_latin:
                    break
                _note(trace, "tweet", kept.pop()[0])
            continue
        if line == prev and raw.body_format == "text":
            continue
        if not teaser and _is_caption_line(line, credit_suffixes):  # a cut teaser ends mid-word
            _note(trace, "caption: ends with a photo credit", line)
            captions.append(line)
            prev = line
            continue
        if key in shown_keys:
            _note(trace, "caption: repeats a caption printed on the page", line)
            continue
        if title_key and key == title_key and n < 3 and not kept:
            _note(trace, "title repeated", line)
            continue
        if kept and line == kept[-1][0]:
            continue
        prev = line
        kept.append((line, section, section_date if section else None))

    kept = _without_pull_quotes(kept, trace)
    paragraphs: list[Paragraph] = []
    offset = 0
    for text, sec, day in kept:
        paragraphs.append(Paragraph(index=len(paragraphs), start=offset, text=text, section=sec, published_at=day))
        offset += len(text) + 2

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


PULL_QUOTE_MIN = 16  # shorter repeats are headings, labels and the like


def _without_pull_quotes(kept: list[tuple], trace: list | None) -> list[tuple]:
    """A paragraph printed again inside another, or again as it was, is a pull quote set
    in the page for show: the article says it once, where it stands in the text. A
    paragraph holding two or more others is the page's run-together copy of them: the
    parts stay, the copy goes."""
    keys = [t.replace(" ", "") for t, _, _ in kept]
    joined = "\n".join(keys)
    inside = {i: [j for j, other in enumerate(keys) if len(other) > len(key) and key in other]
              for i, key in enumerate(keys) if len(key) >= PULL_QUOTE_MIN and joined.count(key) > 1}
    holds: dict[int, int] = {}
    for containers in inside.values():
        for j in containers:
            holds[j] = holds.get(j, 0) + 1
    copies = {j for j, n in holds.items() if n >= 2}
    last = {key: i for i, key in enumerate(keys)}  # a repeat stays where the text goes on (an excerpt heads many posts)
    out = []
    for i, (item, key) in enumerate(zip(kept, keys)):
        if i in copies:
            _note(trace, "run-together copy of other paragraphs", item[0])
            continue
        if i in inside and (last[key] != i or any(j not in copies for j in inside[i])):
            _note(trace, "pull quote", item[0])
            continue
        out.append(item)
    return out


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
