"""Each reader turns its input shape into RawDocuments with url, title, date."""
from datetime import timezone
from pathlib import Path

import pytest

from extractor.clean import clean
from extractor.readers import RejectedFile, read_bytes, read_file

SEEDS = Path(__file__).parent.parent / "seeds"


def test_jekyll_post_gives_metadata_and_html_body():
    [doc] = read_file(SEEDS / "000_f368392b458932ac.txt")
    assert doc.reader == "frontmatter"
    assert doc.url == "https://www.zaobao.com/realtime/china/story20231220-1457193"
    assert doc.title.startswith("习近平会见俄总理")
    assert doc.outlet == "联合早报"
    assert doc.published_at.tzinfo is not None
    assert doc.published_at.astimezone(timezone.utc).isoformat().startswith("2023-12-20T06:09")
    assert doc.body_format == "html" and "<p>" in doc.body


def test_fragment_without_front_matter_uses_epoch_comment_and_title_link():
    [doc] = read_file(SEEDS / "004_fdcd79bf8f3446f8.txt")
    assert doc.reader == "fragment"
    assert doc.url.startswith("https://www.rfi.fr/cn/")
    assert doc.title.endswith('"战略选择"')  # &quot; unescaped
    # the epoch comment (12:45 UTC) is when the feed fetched it; the page's own stamp, on the outlet's clock, dates it
    assert doc.published_at.isoformat() == "2023-12-20T13:15:00" and doc.published_at.tzinfo is None
    assert clean(doc).published_at.astimezone(timezone.utc).isoformat() == "2023-12-20T12:15:00+00:00"


def test_text_page_finds_title_and_local_date_line():
    [doc] = read_file(SEEDS / "003_482bb0ea1bd75584.txt")
    assert doc.reader == "textpage"
    assert doc.title == "俄總理米舒斯京:真誠願意進一步強化中俄戰略夥伴關係"
    assert (doc.published_at.year, doc.published_at.month, doc.published_at.day, doc.published_at.hour) == (2023, 3, 21, 20)
    assert doc.body_format == "text"


def test_fragment_with_date_lines_instead_of_html():
    text = "<!--NaN-->\n[标题](https://example.com/a)\n------\n日期：2021年01月08日\n外交部发言人汪文斌说，中方坚决反对。\n"
    [doc] = read_bytes("x.txt", text.encode())
    assert doc.body_format == "text" and doc.url == "https://example.com/a"
    assert doc.published_at.date().isoformat() == "2021-01-08" and doc.published_at.tzinfo is None  # local day
    assert doc.body.startswith("外交部发言人")


def test_mirrored_fragment_dates_itself_by_its_rfc_2822_date_line():
    text = ("[端传媒 | 逃离微信](https://chinadigitaltimes.net/chinese/2020/06/x/)\n------\n"
            "日期：Thu, 25 Jun 2020 21:37:05 +0000\n\n<p>作者：林启</p><p>他说，好。</p>")
    [doc] = read_bytes("x.md", text.encode())
    assert doc.published_at.astimezone(timezone.utc).isoformat() == "2020-06-25T21:37:05+00:00"
    assert "日期" not in doc.body and doc.body_format == "html"


def test_a_page_stamp_dates_the_page_over_the_feeds_fetch_time():
    text = ("---\nlayout: post\ntitle: 马克龙下周一接见蓬佩奥\ndate: 2020-11-13T23:57:08.000Z\nauthor: 法广\n"
            "from: http://www.rfi.fr/cn/x\n---\n<!--1605311828000-->\n[马克龙下周一接见蓬佩奥](http://www.rfi.fr/cn/x)\n"
            "------\n\n<div>\n<div>13/11/2020 - 22:21</div><p>法国外交部长勒德里昂13日表示，这是一个坏主意。</p></div>")
    [doc] = read_bytes("x.md", text.encode())
    # 23:57 UTC is already the 14th in Paris; the page itself says the 13th, 22:21 on its clock
    assert doc.published_at.replace(tzinfo=None).isoformat() == "2020-11-13T22:21:00" and doc.published_at.tzinfo is None
    cleaned = clean(doc)
    assert cleaned.published_at.isoformat() == "2020-11-13T22:21:00+01:00"


def test_an_unreadable_date_line_stays_in_the_body():
    text = "[标题](https://example.com/a)\n------\n日期：待定\n<p>他说，好。</p>"
    [doc] = read_bytes("x.md", text.encode())
    assert doc.published_at is None and doc.body.startswith("日期：待定")


MARKDOWN_POST = """---
layout: post
title: 泉港：热搜的一天
date: 2018-11-09
---

原文来自订阅号「NGOCN君」：~~[泉港：热搜的一天](https://mp.weixin.qq.com/s/-7VxGqC8JSCFdOrm_NmClg)~~

---

![](https://i.loli.net/2018/11/12/5be99e08b35c6.jpg)

**作者 \\| 阿七、小田**

此外，有网友质疑，**泉港相关话题的排名被压低。**
## 通报数据不全

刘志杰发文反驳：[ 中山大学官僚主义登峰造极？](https://mp.weixin.qq.com/s/damIixQSsrcr8DTsduN3rA)

<figcaption>
关注环境污染<br>
扫码订阅
</figcaption>

肖鹏告诉NGOCN，他觉得很生气。
"""


def test_markdown_jekyll_post_gives_clean_paragraphs():
    [raw] = read_bytes("p.md", MARKDOWN_POST.encode())
    assert raw.body_format == "html"
    doc = clean(raw)
    assert [p.text for p in doc.paragraphs] == [
        "原文来自订阅号「NGOCN君」：泉港：热搜的一天",
        "作者 | 阿七、小田",
        "此外，有网友质疑，泉港相关话题的排名被压低。",
        "通报数据不全",  # a heading is its own paragraph, even right under one
        "刘志杰发文反驳： 中山大学官僚主义登峰造极？",  # the link's text, not its address
        "肖鹏告诉NGOCN，他觉得很生气。",
    ]
    assert "关注环境污染" in doc.captions[0] and "loli.net" not in doc.text


def test_markdown_body_without_html_tags_keeps_a_paragraph_per_line():
    body = ("**“有一点刺鼻。”** 村民肖鹏这么描述。\n渔民说，他觉得很生气。\n\n"
            "![截图](https://i.imgur.com/Nxe7caH.jpg)\n\n### “无声”\n")
    [raw] = read_bytes("p.md", f"---\ntitle: 泉港\n---\n{body}".encode())
    assert raw.body_format == "html"
    assert [p.text for p in clean(raw).paragraphs] == ["“有一点刺鼻。” 村民肖鹏这么描述。", "渔民说，他觉得很生气。", "“无声”"]


def test_html_body_with_markdown_bold_is_not_rendered():
    body = "食品价格下降2.0%。<br>\n**全产业链套保**\n<p>生猪期货上市后，可借鉴[经验](https://example.com/a)。</p>\n"
    [raw] = read_bytes("p.md", f"---\ntitle: 生猪期货\n---\n{body}".encode())
    assert raw.body_format == "html" and raw.body == body


def test_plain_text_body_with_asterisks_is_not_markdown():
    body = "外交部发言人说，*号处为注释。\n王某**和李某**都表示同意。\n"
    [raw] = read_bytes("p.md", f"---\ntitle: 注释\n---\n{body}".encode())
    assert raw.body_format == "text" and raw.body == body
    assert [p.text for p in clean(raw).paragraphs] == ["外交部发言人说，*号处为注释。", "王某**和李某**都表示同意。"]


def test_rss_file_gives_one_document_per_item():
    feed = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>rthk</title>
    <item><title>A</title><link>https://news.rthk.hk/1.htm</link><description><![CDATA[<p>\xe4\xbb\x96\xe8\xaa\xaa\xef\xbc\x8c\xe5\xa5\xbd\xe3\x80\x82</p>]]></description><pubDate>Wed, 24 Apr 2024 14:28:00 +0800</pubDate></item>
    <item><title>B</title><link>https://news.rthk.hk/2.htm</link><description>text</description><pubDate>Wed, 24 Apr 2024 05:17:00 +0800</pubDate></item>
    </channel></rss>"""
    docs = read_bytes("feed.xml", feed)
    assert [d.title for d in docs] == ["A", "B"]
    assert [d.item for d in docs] == ["https://news.rthk.hk/1.htm", "https://news.rthk.hk/2.htm"]
    assert docs[0].published_at.utcoffset().total_seconds() == 8 * 3600
    assert "<p>" in docs[0].body


def test_corpus_rss_snapshot_holds_many_items():
    path = Path(__file__).parent.parent.parent / "shared" / "corpus" / "rthk" / "00001.xml"
    if not path.exists():
        pytest.fail(f"this test needs ../shared/corpus beside the checkout ({path} is missing)")
    docs = read_file(path)
    assert len(docs) == 100 and all(d.url and d.published_at for d in docs)


def test_gb18030_and_big5_files_are_decoded():
    simp = "<p>外交部发言人汪文斌说，朱镕基的书很好。</p>"
    trad = "<p>外交部發言人說，這是中華民國的立場。</p>"
    [a] = read_bytes("a.html", ('<meta charset="gb2312">' + simp).encode("gb18030"))
    assert "朱镕基" in a.body
    [b] = read_bytes("b.html", trad.encode("big5"))
    assert "發言人" in b.body


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"---\ntitle: [unclosed\n---\n<p>x</p>", "malformed YAML"),
])
def test_bad_input_is_rejected_with_a_reason(data, reason):
    with pytest.raises(RejectedFile) as err:
        read_bytes("bad", data)
    assert reason in str(err.value)
