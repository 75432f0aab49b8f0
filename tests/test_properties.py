"""The extractor never crashes on text, and every claim's offsets give its text back.

Property-based (hypothesis): arbitrary bytes and Unicode, text built from the
pieces attributions are made of (names, cues, credits, quotation marks,
dates) so that claims are actually found, articles as plain text and as HTML,
huge paragraphs and HTML nested thousands of levels deep. For every claim,
``document.text[start:end] == claim.text``, in the pipeline's output and in
the stored database (``substr(documents.text, start + 1, end - start)``).
"""
import html
import itertools
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import db
from extractor.pipeline import process_bytes
from extractor.store import Store

# QUOTEDB_EXAMPLES=5000 for a longer hunt than CI's
EXAMPLES = int(os.environ.get("QUOTEDB_EXAMPLES", "150"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NAMES = ["习近平", "習近平", "李强", "汪文斌", "外交部发言人", "外交部發言人毛寧", "他", "她们", "普京", "拜登", "Joe Biden",
         "美国国务卿布林肯", "一名官员", "消息人士", "双方", "王毅的发言人", "张", "联合国"]
CUES = ["说", "說", "表示", "指出", "强调", "称", "認為", "透露", "还说", "并称", "告诉路透社", "在记者会上说"]
CREDITS = ["据新华社报道，", "據中央社報導，", "据路透社引述美联社报道，", "法新社报道说，", "（法新社北京20日电）", "综合外电报道，"]
MARKS = ["，", "。", "：", "“", "”", "「", "」", "『", "』", '"', "'", "（", "）", "《", "》", "、", "；", "！", "？", "……",
         "\n", " ", "\u3000", "\t", ".", ",", ":"]
WORDS = ["中方", "坚决反对", "双方应当加强合作", "2023年12月20日", "星期三", "12月20日", "昨天", "上午", "这段话", "表示深感愧疚",
         "一带一路", "COVID-19", "100%", "http://example.com", "&amp;", "<b>", "</b>", "\ufffd", "\u200b", "🇨🇳", "\x00"]
PIECES = NAMES + CUES + CREDITS + MARKS + WORDS

piece = st.one_of(st.sampled_from(PIECES), st.text(max_size=4))
paragraph = st.lists(piece, max_size=50).map("".join)
article = st.lists(paragraph, min_size=1, max_size=8)


def claims_slice_their_document(processed) -> int:
    """Assert the offsets of every claim; the number of claims checked."""
    checked = 0
    for doc, claims in processed.documents:
        text = doc.text
        for c in claims:
            assert 0 <= c.start <= c.end <= len(text), (c.start, c.end, len(text))
            assert text[c.start:c.end] == c.text
            checked += 1
    return checked


def as_html(paragraphs, escape=True) -> str:
    body = "".join(f"<p>{html.escape(p) if escape else p}</p>" for p in paragraphs)
    return f'<html><head><meta charset="utf-8"><title>t</title></head><body>{body}</body></html>'


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_bytes_are_read_or_rejected_never_raised(data):
    result = process_bytes("any.txt", data)
    assert result.rejected is None or (isinstance(result.rejected, str) and result.rejected)
    claims_slice_their_document(result)


@SETTINGS
@given(st.text(max_size=3000))
def test_any_unicode_as_a_text_article(text):
    claims_slice_their_document(process_bytes("any.txt", text.encode("utf-8")))


@SETTINGS
@given(article)
def test_attribution_like_text_as_a_text_article(paragraphs):
    claims_slice_their_document(process_bytes("a.txt", "\n\n".join(paragraphs).encode("utf-8")))


@SETTINGS
@given(article, st.booleans())
def test_attribution_like_text_as_html_escaped_or_raw(paragraphs, escape):
    claims_slice_their_document(process_bytes("a.html", as_html(paragraphs, escape).encode("utf-8")))


TAGS = ["div", "span", "p", "b", "section", "table", "td", "li", "ul", "blockquote", "font", "em"]  # not <a>: link text is no claim


@settings(max_examples=max(40, EXAMPLES // 4), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraph.map(lambda t: t.replace("\x00", "")),  # a NUL byte makes the file binary: rejected, rightly
       st.integers(min_value=1, max_value=4000), st.lists(st.sampled_from(TAGS), min_size=1, max_size=4), st.booleans())
def test_deeply_nested_html(text, depth, tags, closed):
    opening = "".join(f"<{tags[i % len(tags)]}>" for i in range(depth))
    closing = "".join(f"</{tags[i % len(tags)].split()[0]}>" for i in reversed(range(depth))) if closed else ""
    page = f"<html><body>{opening}<p>外交部发言人汪文斌说，中方坚决反对。</p>{html.escape(text)}{closing}</body></html>"
    result = process_bytes("deep.html", page.encode("utf-8"))
    assert result.rejected is None
    assert claims_slice_their_document(result) >= 1


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=40), st.integers(min_value=20_000, max_value=60_000), st.booleans())
def test_a_huge_paragraph(text, size, as_page):
    """Tens of thousands of characters in one paragraph: a lead attribution, then any text and a
    Chinese clause, repeated (Chinese, so that the extractor reads all of it)."""
    filler = text + "中方坚决反对任何形式的干涉，"
    body = ("外交部发言人汪文斌说，" + filler * (size // len(filler) + 1))[:size]
    data = as_html([body]) if as_page else body
    claims_slice_their_document(process_bytes("huge.html" if as_page else "huge.txt", data.encode("utf-8")))


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=2_000, max_value=6_000))
def test_a_long_paragraph_full_of_attributions(size):
    """Kept below 10,000 characters: the subject search is cubic in a paragraph's cues (see README)."""
    sentence = "外交部发言人汪文斌说，“中方坚决反对任何形式的干涉，”他表示，双方应当加强合作，据新华社报道，"
    body = (sentence * (size // len(sentence) + 1))[:size]
    assert claims_slice_their_document(process_bytes("long.txt", body.encode("utf-8"))) > 10


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("properties") / "quotes.db"
    db.migrate(path)
    conn = db.connect(path)
    yield Store(conn), itertools.count()
    conn.close()


@SETTINGS
@given(article, st.booleans())
def test_stored_offsets_slice_the_stored_text(store, paragraphs, as_page):
    s, counter = store
    n = next(counter)
    data = as_html(paragraphs) if as_page else "\n\n".join(paragraphs)
    result = process_bytes(f"article-{n}.{'html' if as_page else 'txt'}", data.encode("utf-8"))
    s.add(result)
    rows = s.conn.execute(
        "select claims.text, substr(documents.text, claims.start + 1, claims.\"end\" - claims.start), "
        "documents.text, claims.start, claims.\"end\" "
        "from claims join documents on documents.id = claims.document_id where documents.path = ?",
        (result.path,)).fetchall()
    assert len(rows) == sum(len(c) for _, c in result.documents if c) or any(
        s.conn.execute("select 1 from document_copies where path = ?", (result.path,)))
    for text, sliced, document, start, end in rows:
        assert document[start:end] == text
        assert sliced == text
