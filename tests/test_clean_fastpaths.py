"""The shortcuts that keep reading and cleaning cheap give the answers of the long way round.

Each test pins an edge a shortcut relies on: class attributes kept as written by the parser
and split where read, the tag pattern of limit_depth, one pass over a feed item, script
detection that stops after one conversion, outlets looked up by index.
"""
from datetime import datetime, timezone

import pytest

from extractor import lexicon
from extractor.clean import html_blocks
from extractor.readers import feed
from extractor.readers.markup import limit_depth
from extractor.text import detect_language, detect_script


# --- class attributes: one string, split on whitespace where the rules read it -------------

@pytest.mark.parametrize("cls", ["ad", " ad ", "x\tad", "x\nad", "x\u00a0ad", "x\u3000ad", "story  ad-slot"])
def test_a_drop_word_among_class_names_drops_the_element_whatever_the_whitespace(cls):
    blocks, _ = html_blocks(f'<p>正文第一段。</p><div class="{cls}">广告内容</div>')
    assert [b.strip() for b in blocks] == ["正文第一段。"]


def test_a_drop_word_inside_a_class_name_does_not_drop_it():
    blocks, _ = html_blocks('<div class="header loaded">正文。</div>')
    assert [b.strip() for b in blocks] == ["正文。"]


def test_a_class_naming_a_caption_makes_a_caption_with_spaces_around_it():
    blocks, captions = html_blocks('<p>正文。</p><div class="  image-caption\t">习近平会见外宾。（新华社）</div>')
    assert [b.strip() for b in blocks] == ["正文。"]
    assert captions == ["习近平会见外宾。（新华社）"]


def test_the_id_and_the_class_are_both_read():
    blocks, _ = html_blocks('<p>正文。</p><div id="sidebar" class="box">边栏</div><div id="main">主文。</div>')
    assert [b.strip() for b in blocks] == ["正文。", "主文。"]


def test_whitespace_only_and_link_only_blocks():
    blocks, _ = html_blocks('<p>\u3000\u200b </p><p><a href="/x">相关文章</a> <a href="/y">另一篇</a></p><p>正文。</p>')
    assert [b.strip() for b in blocks] == ["正文。"]


# --- the lxml tree read as BeautifulSoup read it (blocks unchanged on the whole corpus) ------

def test_a_run_of_spaces_between_tags_becomes_one_space_or_one_newline():
    blocks, _ = html_blocks("<p>第一，<span>甲</span>   <span>乙</span>\n\n  <span>丙</span></p>")
    assert blocks == ["第一，甲 乙\n丙"]


def test_preformatted_text_keeps_its_spaces():
    blocks, _ = html_blocks("<pre>甲\n\n  乙</pre>")
    assert blocks == ["甲\n\n  乙"]


def test_style_and_comment_text_are_no_part_of_a_dropped_elements_text():
    trace = []
    html_blocks('<p>正文。</p><div class="ad">继续<!-- 注释 --><svg><style>.a{fill:none}</style></svg>浏览</div>', trace)
    assert ("element dropped", "继续 浏览") in trace


def test_text_after_a_comment_or_a_dropped_element_stays_in_its_block():
    blocks, _ = html_blocks('<p>甲<!-- 注释 -->乙<span class="ad">广告</span>丙</p>')
    assert blocks == ["甲乙丙"]


@pytest.mark.parametrize("html", ["", "   ", "<!-- 只有注释 -->"])
def test_a_page_with_no_text_has_no_blocks(html):
    assert html_blocks(html) == ([], [])


# --- limit_depth: which tags open an element -----------------------------------------------

def test_self_closing_tags_do_not_count_towards_the_depth():
    html = "<div/>" * 300 + "<p>text</p>"
    assert limit_depth(html, 5) == html


def test_a_slash_inside_a_tag_does_not_close_it():
    html = '<a href="/x/y">' * 6 + "text" + "</a>" * 6
    out = limit_depth(html, 3)
    assert out.count("<a ") == 3 and out.count("</a>") == 3 and "text" in out


def test_tags_in_comments_and_scripts_do_not_count():
    html = "<!--" + "<div>" * 300 + "--><script>" + "<div>" * 300 + "</script><p>x</p>"
    assert limit_depth(html) == html


def test_deep_nesting_is_cut_below_the_limit_and_text_kept():
    html = "<div>" * 250 + "deep" + "</div>" * 250
    out = limit_depth(html)
    assert out.count("<div>") == 200 and out.count("</div>") == 200 and "deep" in out


# --- feeds: an item's first element of each name, in document order -------------------------

def test_feed_item_fields_are_the_first_of_each_name_nested_or_prefixed():
    xml = """<?xml version="1.0"?>
<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>c</title>
<item><x><link>https://a.example/1</link></x><link>https://a.example/2</link>
<title>T1</title><description>short</description><content:encoded><![CDATA[<p>long</p>]]></content:encoded>
<pubDate>Wed, 24 Apr 2024 08:45:50 +0000</pubDate></item>
<item><guid>g2</guid><summary>s</summary><updated>2024-04-24T08:00:00Z</updated></item>
</channel></rss>"""
    first, second = feed.read("f.xml", xml)
    assert (first.url, first.title, first.body) == ("https://a.example/1", "T1", "<p>long</p>")
    assert first.published_at == datetime(2024, 4, 24, 8, 45, 50, tzinfo=timezone.utc)
    assert (second.item, second.body, second.url) == ("g2", "s", None)
    assert second.published_at == datetime(2024, 4, 24, 8, 0, tzinfo=timezone.utc)


# --- script and language ---------------------------------------------------------------------

@pytest.mark.parametrize("text, script", [
    ("中国国家主席习近平星期三会见俄罗斯总理米舒斯京。", "simplified"),
    ("中國國家主席習近平星期三會見俄羅斯總理米舒斯京。", "traditional"),
    ("人民大会堂", "simplified"),  # no character that t2s changes
    ("中文", "other"),  # too short to tell
    ("The talks will continue. 中文", "other"),
])
def test_script_detection(text, script):
    assert detect_script(text) == script


@pytest.mark.parametrize("text, language", [
    ("中国国家主席习近平会见外宾。", "zh"),
    ("The Prime Minister said on Tuesday that the talks would continue.", "en"),
    ("12345 — …", "und"),
])
def test_language_detection(text, language):
    assert detect_language(text) == language


# --- outlets by index ----------------------------------------------------------------------

def test_outlet_for_prefers_the_url_host_then_the_name():
    lex = lexicon.load()
    outlet = next(o for o in lex.outlets if o.domains)
    other = next(o for o in lex.outlets if o is not outlet and o.names)
    domain = outlet.domains[0]
    assert lex.outlet_for(f"https://news.{domain}/a", other.names[0]) is outlet
    assert lex.outlet_for(f"https://{domain.upper()}/a", None) is outlet
    assert lex.outlet_for(f"https://not{domain}/a", other.names[0]) is other
    assert lex.outlet_for(None, other.names[0]) is other
    assert lex.outlet_for("https://unknown.example/a", "nobody at all") is None
