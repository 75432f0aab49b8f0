"""Cleaning keeps article text, puts captions apart and drops page furniture."""
from pathlib import Path

from extractor.clean import clean, html_blocks
from extractor.readers import read_bytes, read_file

SEEDS = Path(__file__).parent.parent / "seeds"


def test_ads_and_captions_do_not_become_paragraphs():
    doc = clean(read_file(SEEDS / "000_f368392b458932ac.txt")[0])
    assert all("（新华社）" not in p.text for p in doc.paragraphs)
    assert doc.captions == ["中国国家主席习近平（右）12月20日上午会见俄罗斯总理米舒斯京。（新华社）"]
    assert doc.photo_credits == ["新华社"]
    assert doc.paragraphs[0].text.startswith("中国国家主席习近平星期三")
    assert doc.timezone == "Asia/Singapore" and doc.published_at.isoformat().startswith("2023-12-20T14:09")


def test_share_bar_and_feed_footer_are_dropped():
    doc = clean(read_file(SEEDS / "004_fdcd79bf8f3446f8.txt")[0])
    text = doc.text
    assert "分享" not in text and "feedx" not in text and "获取更多RSS" not in text
    assert doc.outlet == "法广" and doc.timezone == "Europe/Paris"


def test_paragraph_offsets_slice_the_document_text():
    doc = clean(read_file(SEEDS / "002_e5cfe8160906b070.txt")[0])
    for p in doc.paragraphs:
        assert doc.text[p.start:p.start + len(p.text)] == p.text


def test_text_page_drops_navigation_duplicates_and_captions():
    doc = clean(read_file(SEEDS / "003_482bb0ea1bd75584.txt")[0])
    texts = [p.text for p in doc.paragraphs]
    assert not any("Skip to Content" in t for t in texts)
    assert not any(t.endswith("美聯社") or t.endswith("AP圖片") for t in texts)
    assert len(texts) == len(set(texts))
    assert doc.script == "traditional"
    assert "美联社" in doc.photo_credits


def test_appended_article_is_its_own_section_with_its_own_date():
    doc = clean(read_file(SEEDS / "003_482bb0ea1bd75584.txt")[0])
    appended = [p for p in doc.paragraphs if p.section == 1]
    assert appended and all(p.published_at.date().isoformat() == "2024-04-26" for p in appended)
    assert not any("往下看更多文章" in p.text or "有 興 趣" in p.text for p in doc.paragraphs)


def test_inline_markup_does_not_split_a_paragraph():
    blocks, _ = html_blocks("<p>习近平<a href='#'>指出</a>，<span>中俄</span>关系好。</p><p>第二段</p>")
    assert [b.strip() for b in blocks if b.strip()] == ["习近平指出，中俄关系好。", "第二段"]


def test_english_article_is_detected():
    raw = read_bytes("e.html", b"<p>The Prime Minister said on Tuesday that the talks would continue.</p>")[0]
    assert clean(raw).language == "en"
