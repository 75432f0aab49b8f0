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


def test_an_archive_of_mainland_stories_dates_them_on_beijing_time():
    post = ("---\ntitle: 致命的野味\ndate: 2020-02-05T16:25:55+00:00\nauthor: Nei.st\n"
            "from: https://nei.st/medium/china-newsweek/x\n---\n<p>钟南山表示，野生动物是源头。</p>\n")
    doc = clean(read_bytes("p.md", post.encode())[0])
    assert doc.timezone == "Asia/Shanghai" and doc.published_at.date().isoformat() == "2020-02-06"


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


# --- page furniture: captions by position and by shape, credits, link lists, tweets -------

from datetime import datetime, timezone  # noqa: E402

import pytest  # noqa: E402

from extractor.types import RawDocument  # noqa: E402

BODY = "<p>外交部发言人今天在记者会上表示，双方将继续对话。</p>"


def page(html: str, title: str | None = None) -> RawDocument:
    return RawDocument(path="t.html", body=html, body_format="html", title=title, outlet="美国之音",
                       published_at=datetime(2021, 1, 20, 12, 0, tzinfo=timezone.utc))


def texts(html: str, title: str | None = None) -> list[str]:
    return [p.text for p in clean(page(html, title)).paragraphs]


def test_small_print_under_a_picture_is_a_caption_not_a_paragraph():
    doc = clean(page('<img src="a.jpg" width="100%"><div><small style="color: #999;">某议员周二在记者会上表示支持该法案。'
                     '</small></div>' + BODY))
    assert [p.text for p in doc.paragraphs] == ["外交部发言人今天在记者会上表示，双方将继续对话。"]
    assert doc.captions == ["某议员周二在记者会上表示支持该法案。"]


def test_small_print_away_from_a_picture_stays_text():
    assert texts("<p><small>某议员周二表示支持该法案。</small></p>" + BODY)[0] == "某议员周二表示支持该法案。"


def test_element_whose_class_names_a_caption_goes_to_captions():
    doc = clean(page('<div class="image-caption"><span>立法院长在会上致词。（记者王明摄）</span>'
                     '<span class="copyright">Photo: XYZ</span></div>'
                     '<div class="picinfo">部長10日表示將調整政策。（中央社檔案照片）</div>' + BODY))
    assert len(doc.paragraphs) == 1
    assert "立法院长在会上致词。（记者王明摄） Photo: XYZ" in doc.captions
    assert "部長10日表示將調整政策。（中央社檔案照片）" in doc.captions


@pytest.mark.parametrize("caption", [
    "某委员12日出席记者会时表示，将继续推动改革。（美国之音/张三）",
    "大会主席致词时说，感谢各方支持。（记者李四摄）",
    "某议员在国会发言。(记者 黄五摄)Photo: XYZ",
    "抗议者在街头集会（路透社2020年7月30日）",
    "一名工人在港口作业。(JOHN DOE/AFP/Getty Images)",
    "资料图片：2020年3月，某地机场的企业标识。REUTERS/John Doe",
    "图片版权AFP",
    "总统在白宫发表讲话。（图片来源：视觉中国）",
])
def test_paragraph_ending_with_a_photo_credit_is_a_caption(caption):
    doc = clean(page(f"<p>{caption}</p>" + BODY))
    assert caption not in [p.text for p in doc.paragraphs]
    assert caption in doc.captions


@pytest.mark.parametrize("text", [
    "外交部发言人称：「我们坚决反对。」(中国新闻网)",  # a news item credited to its source
    "居民消费价格指数同比上涨1.7%（路透调查中值为上涨1.8%）",
    "他补充说，此事与本案无关（详见附件）",
])
def test_paragraph_ending_with_a_source_or_an_aside_stays_text(text):
    assert text in texts(f"<p>{text}</p>" + BODY)


def test_block_repeating_the_alt_text_of_the_picture_above_is_a_caption():
    doc = clean(page('<div><img src="a.jpg" alt="市长周二视察灾区。"></div><div class="info">市长周二视察灾区。</div>' + BODY))
    assert [p.text for p in doc.paragraphs] == ["外交部发言人今天在记者会上表示，双方将继续对话。"]


def test_body_sentence_copied_into_a_later_alt_text_stays_text():
    # some outlets reuse a paragraph as the alt text of a picture further down
    got = texts("<p>张三表示，在家上班压力小得多。</p><p>李四也同意。</p>"
                '<figure><img src="a.jpg" alt="张三表示，在家上班压力小得多。"><figcaption></figcaption></figure><p>后文。</p>')
    assert got == ["张三表示，在家上班压力小得多。", "李四也同意。", "后文。"]


def test_paragraph_repeating_a_printed_caption_is_dropped():
    got = texts("<figure><img src='a.jpg'><figcaption>部长在会上发言。</figcaption></figure>"
                "<p>部长在会上发言。</p>" + BODY)
    assert got == ["外交部发言人今天在记者会上表示，双方将继续对话。"]


def test_gallery_slides_are_captions_and_the_gallery_header_is_dropped():
    doc = clean(page(BODY + '<h3>相关图集：两岸关系七十年</h3>'
                     '<div><img src="a.jpg" width="100%"><b>一国两制</b>：1979年，北京提出“一国两制”，时任领导人表示要和平统一。</div>'
                     '<div><img src="b.jpg" width="100%"><b>九二共识</b>：1992年，两会在香港会谈。</div>'
                     "<p><strong>小标题</strong></p><p>军方发言人周一表示，演习将如期举行。</p>"))
    assert [p.text for p in doc.paragraphs] == ["外交部发言人今天在记者会上表示，双方将继续对话。", "小标题",
                                                "军方发言人周一表示，演习将如期举行。"]
    assert any(c.startswith("一国两制：1979年") for c in doc.captions)


def test_blocks_that_are_only_links_are_dropped():
    got = texts(BODY + '<ul><li><a href="/1">总统称将访问欧洲</a></li><li><a href="/2">外长：不会让步</a></li></ul>'
                '<p><a href="/3">官员表示不排除制裁</a></p>'
                '<p>他说，<a href="/4">制裁</a>不是选项。<br/><a href="/en">点击查看英文版。</a></p>')
    assert got == ["外交部发言人今天在记者会上表示，双方将继续对话。", "他说，制裁不是选项。"]


def test_byline_and_timestamp_elements_are_dropped():
    got = texts('<div class="StyledByline-x1"><ul><li>某某</li><li>BBC记者</li></ul></div>'
                '<div class="e1 StyledTimestamp-y2"><time>50 分钟前</time></div>' + BODY)
    assert got == ["外交部发言人今天在记者会上表示，双方将继续对话。"]


@pytest.mark.parametrize("line", [
    "AMY QIN", "KONEY BAI,KONEY BAI", "洪沙 （综合报道）", "文木 / 洪沙（法新社，美联社）",
    "2020-10-11T09:33:25.855Z", "50 分钟前", "1 小时前",
    "记者乔龙 责编：胡力汉 许书婷 网编：瑞哲", "自由亚洲电台记者 夏小华 台北报导 责编 许书婷 网编 瑞哲",
    "译者/何黎", "翻译：纽约时报中文网", "编译 张三/李四；审校 王五",
    "Amy Doe是《纽约时报》国际记者，报道中国文化。欢迎在Twitter上关注她：@amydoe。", "Jane Roe对本文有研究贡献。",
    "点击查看本文英文版。", "影片來源：中央社", "视频【某议长月底将访台】", "我们的标准：汤森路透“信任原则”",
    "（欢迎点击此处订阅NYT简报，我们将在每个工作日发送最新内容至您的邮箱。）",
    "上午8點同步發送電子報！快來訂閱「早安世界」給你最精華的新聞摘要。",
    "若有任何建議請來信告訴我們，想獲得更多最新資訊快來和中央社做朋友。", "今晨最新",
])
def test_bylines_credits_timestamps_and_promotions_are_dropped(line):
    assert texts(f"<p>{line}</p>" + BODY) == ["外交部发言人今天在记者会上表示，双方将继续对话。"]


def test_teaser_links_are_cut_from_the_end_of_a_paragraph():
    got = texts("<p>部長12日說，明天會下雨。（<a href='/full'>看完整報導</a>）</p>"
                "<p>氣象局今天表示，颱風逼近，各地應加強防災，陳姓官員說，民眾切勿前往海邊攝......more</p>")
    # the cut teaser ends mid-word ("攝"): it is not taken for a photo credit
    assert got == ["部長12日說，明天會下雨。", "氣象局今天表示，颱風逼近，各地應加強防災，陳姓官員說，民眾切勿前往海邊攝"]


def test_english_tweet_and_its_attribution_line_are_dropped():
    doc = clean(page("<p>国务卿周日在推特上表示，中共是核心威胁。</p>"
                     "<blockquote><p>The CCP is the central threat of our time. pic.twitter.com/AbC123</p>"
                     "<p>— Secretary Doe (@SecDoe) January 17, 2021</p></blockquote>"
                     "<p>他还说，自由国家必须团结。</p>"))
    assert [p.text for p in doc.paragraphs] == ["国务卿周日在推特上表示，中共是核心威胁。", "他还说，自由国家必须团结。"]
    for p in doc.paragraphs:
        assert doc.text[p.start:p.start + len(p.text)] == p.text


def test_chinese_tweet_stays_when_its_attribution_line_is_dropped():
    got = texts("<p>华涌在推特上写道：</p><p>警察又来敲门了，我不会离开。 pic.twitter.com/XyZ987</p>"
                "<p>— 华涌 (@HuaYong798) August 25, 2020</p>")
    assert got == ["华涌在推特上写道：", "警察又来敲门了，我不会离开。 pic.twitter.com/XyZ987"]


def test_title_repeated_above_the_article_is_dropped():
    assert texts("<h1>美国大选：拜登称将团结美国</h1>" + BODY, title="美国大选：拜登称将团结美国") == [
        "外交部发言人今天在记者会上表示，双方将继续对话。"]


def test_page_date_is_dropped_above_the_article_but_kept_below():
    got = texts("<div><i>2020年 7月 18日</i></div>" + BODY + "<p>2020年3月14日</p><p>这一天，封城开始。</p>")
    assert got == ["外交部发言人今天在记者会上表示，双方将继续对话。", "2020年3月14日", "这一天，封城开始。"]


def test_editor_line_ending_the_last_paragraph_is_cut():
    doc = clean(read_bytes("cna.html", "<p>蓬佩奧說，自己的檢測結果呈現陰性。（譯者：陳彥鈞/核稿：楊昭彥）1091002</p>".encode())[0])
    assert doc.paragraphs[-1].text == "蓬佩奧說，自己的檢測結果呈現陰性。"


def test_doctype_and_head_of_a_whole_page_are_no_paragraphs():
    blocks, _ = html_blocks("<!DOCTYPE html><html><head><title>标题</title></head><body><p>正文内容在这里。</p></body></html>")
    assert blocks == ["正文内容在这里。"]


@pytest.mark.parametrize("byline", ["#記者王小明的採訪報導#", "#央廣記者王小明採訪報導#", "#請聽記者王小明報導#",
                                    "#王小明的報導#", "#請聽以下專題報導#"])
def test_a_byline_inside_a_paragraph_splits_the_lead_from_the_story(byline):
    assert texts(f"<p>院長表示，將協助產業度過難關。{byline}行政院會23日通過追加預算。</p>") == [
        "院長表示，將協助產業度過難關。", "行政院會23日通過追加預算。"]


def test_a_pull_quote_repeating_part_of_a_paragraph_is_dropped():
    html = ("<p>他说，我们的社会早已危机四伏，需要更多人清醒地面对现实。</p>"
            "<blockquote>我们的社会早已危机四伏，需要更多人清醒地面对现实。</blockquote>"
            "<p>记者问他下一步怎么办。</p>").encode()
    texts = [p.text for p in clean(read_bytes("page.html", html)[0]).paragraphs]
    assert texts == ["他说，我们的社会早已危机四伏，需要更多人清醒地面对现实。", "记者问他下一步怎么办。"]


def test_a_run_together_copy_of_paragraphs_goes_and_the_paragraphs_stay_once():
    parts = ["法院周二公布判决，被告被判处有期徒刑十八年。", "被告当庭表示服从法院判决，不会上诉。"]
    html = "".join(f"<p>{t}</p>" for t in parts + ["".join(parts)] + parts).encode()
    texts = [p.text for p in clean(read_bytes("page.html", html)[0]).paragraphs]
    assert texts == parts  # the parts as printed last


def test_an_excerpt_heading_a_post_gives_way_to_the_same_words_in_the_text():
    quote = "出了新的事情，我可能都不用过问，因为它有一个程序，自己就可以按照程序走。"
    html = f"<p>{quote}</p><p>记者问校长如何处理。</p><p>{quote}</p><p>他还说，学校会配合调查。</p>".encode()
    texts = [p.text for p in clean(read_bytes("page.html", html)[0]).paragraphs]
    assert texts == ["记者问校长如何处理。", quote, "他还说，学校会配合调查。"]


@pytest.mark.parametrize("footer", [
    "<p>The post 维舟 | 河北：“大局意识”之苦 appeared first on 中国数字时代.</p>",
    "<p>The post <a href='#'>63名歐洲議員呼籲展開行動</a> first appeared on <a href='#'>Bitter Winter</a>.</p>",
    "<p>相关阅读：【网络民议】某地患者在北京遭拒收</p>",
])
def test_feed_footers_and_further_reading_are_dropped(footer):
    assert texts(BODY + footer) == ["外交部发言人今天在记者会上表示，双方将继续对话。"]


def test_deutsche_welles_editorial_note_is_not_article_text():
    got = texts("<p>何俊仁表示，他不会离开香港。</p><p><em>德國之聲致力於為您提供客觀中立的新聞報導，以及展現多種角度的評論分析。"
                "文中評論及分析僅代表作者或專家個人立場。</em></p>")
    assert got == ["何俊仁表示，他不会离开香港。"]
