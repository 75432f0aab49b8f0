"""The attribution rules, one behaviour at a time, on sentences written for them."""
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from extractor.pipeline import claims_in_text

WED = datetime(2023, 12, 20, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def claims(text, when=WED, outlet=None):
    return claims_in_text(text, published_at=when, outlet=outlet)


def one(text, when=WED):
    found = claims(text, when)
    assert len(found) == 1, [(c.speaker, c.text) for c in found]
    return found[0]


def test_speaker_is_the_subject_not_the_nearest_name():
    c = one("习近平星期三在人民大会堂会见俄罗斯总理米舒斯京时说，中方愿同俄方继续携手前行。")
    assert (c.speaker, c.cue, c.text) == ("习近平", "说", "中方愿同俄方继续携手前行")


def test_joint_subject_speaker_is_the_first():
    c = one("中国总理李克强与俄罗斯总理米舒斯京星期一举行视频会晤时说，中国愿意和俄罗斯保持高层交往。", datetime(2022, 12, 7, tzinfo=ZoneInfo("Asia/Shanghai")))
    assert c.speaker == "李克强"


def test_listener_after_dui_is_not_the_speaker():
    c = one("据中国央视报道，李强总理对米舒京先生说，“中俄关系继续在高水平上运行”。")
    assert c.speaker == "李强" and c.kind == "direct" and c.text == "中俄关系继续在高水平上运行"


def test_claim_runs_to_the_paragraph_end_without_the_full_stop():
    c = one("米舒斯京表示，俄方珍视两国友谊。双方合作前景广阔。")
    assert c.text == "俄方珍视两国友谊。双方合作前景广阔"


def test_two_attributions_in_one_paragraph_split_at_the_second():
    a, b = claims("習近平指出,中俄為世界大國。米舒斯京表示,俄羅斯真誠地願意加強夥伴關係。")
    assert (a.speaker, a.text) == ("习近平", "中俄為世界大國")
    assert (b.speaker, b.text) == ("米舒斯京", "俄羅斯真誠地願意加強夥伴關係")


def test_pronoun_resolves_to_the_previous_subject_across_paragraphs():
    found = claims("米舒斯京还向习近平表达祝贺。\n他说：“我衷心祝贺您。”\n他还说，新年快乐。")
    assert [c.speaker for c in found] == ["米舒斯京", "米舒斯京"]
    assert found[0].kind == "direct" and found[0].text == "我衷心祝贺您。"


def test_surname_alone_resolves_to_the_full_name_mentioned_before():
    found = claims("据俄媒卫星网说，普京11月8日在莫斯科会见了中央军委副主席张又侠。张表示，中方愿与俄方一道深化合作。")
    assert [(c.speaker, c.text) for c in found] == [("张又侠", "中方愿与俄方一道深化合作")]
    assert [s.agency for s in found[0].sources] == ["俄罗斯卫星通讯社"]
    assert found[0].said_on.isoformat() == "2023-11-08"


def test_familiar_lao_or_xiao_before_a_surname_names_the_person_of_that_surname():
    found = claims("何光伟表示，他很担心。\n老何说，这件事不好办。\n小何认为，还有办法。")
    assert [(c.speaker, c.text) for c in found] == [
        ("何光伟", "他很担心"), ("何光伟", "这件事不好办"), ("何光伟", "还有办法")]


def test_lao_or_xiao_before_a_word_is_no_familiar_name():
    found = claims("何光伟表示，他很担心。\n他右手小指无法并拢。老师说，这件事不好办。")
    assert [(c.speaker, c.text) for c in found] == [("何光伟", "他很担心"), ("老师", "这件事不好办")]


def test_surname_does_not_point_back_to_a_withheld_name():
    found = claims("何光伟说，他要起诉。\n局长何某表示，他没有收钱。\n老何认为，这件事不好办。")
    assert [c.speaker for c in found] == ["何光伟", "何某", "何光伟"]


def test_name_ends_before_suo_shuo():
    c = one("据新华社报道，考古学家罗泰所说的“南方说”，得到证实。罗泰表示，这些器物来自南方。")
    assert (c.speaker, c.text) == ("罗泰", "这些器物来自南方")


def test_a_clause_connective_is_not_part_of_an_unnamed_speaker():
    found = claims("部分人士认为此举是为了阻止请辞潮，但一名匿名的官员告诉路透社，这无助于阻止请辞潮。")
    assert [c.speaker for c in found] == ["部分人士", "一名匿名的官员"]
    c = one("尽管伊朗当局已公开呼吁民众克制出行，但圣地依然对外开放。")
    assert c.speaker == "伊朗当局"


def test_a_cue_in_an_even_if_clause_is_no_statement():
    assert claims("即使成员国承诺临时执行该协定，理论上也有可能最终否决它。") == []


def test_this_role_is_the_person_that_role_introduced():
    found = claims("上海市民王先生说，这份报告在微信圈内流传很广。\n该上海市民还表示，他并不害怕。")
    assert [c.speaker for c in found] == ["王先生", "王先生"]


def test_this_description_in_the_same_paragraph_is_the_person_who_just_spoke():
    found = claims("伊朗阿亚图拉 Mohammed Saeedi 公开表示，圣陵是治愈之家。但这位伊朗宗教学者也说，参拜需要谨慎。")
    assert [c.speaker for c in found] == ["Mohammed Saeedi", "Mohammed Saeedi"]


def test_this_role_named_before_for_someone_else_is_not_the_speaker():
    found = claims("尼科尔斯表示，他不同意美国政府律师的说法，因为该律师声称禁令不会阻止用户使用该软件。")
    assert [c.speaker for c in found if c.cue == "声称"] != ["尼科尔斯"]


def test_a_dotted_name_ends_where_its_spelling_does_before_a_verb():
    c = one("前联邦总理社民党主席威利·勃兰特推动这一希望转化为现实，他说：“属于一个整体的东西，就会生长到一起。”")
    assert c.speaker == "威利·勃兰特"
    assert one("参议员马可·鲁比奥说，这很好。").speaker == "鲁比奥"


def test_a_name_keeps_a_character_whose_simplified_form_is_a_rare_astral_one():
    c = one("天风国际证券的分析师郭明錤日前指出，这是多赢局面。")
    assert c.speaker == "郭明錤"


def test_zuihou_between_name_and_cue_is_an_adverb():
    found = claims("刘德立最后表示，西班牙面临第二波疫情。刘德立表示，有信心西国终将战胜疫情。")
    assert [c.text for c in found] == ["西班牙面临第二波疫情", "有信心西国终将战胜疫情"]


def test_yuqing_is_a_call_like_huyu_and_jieci_does_not_hide_it():
    c = one("为落实目标，刘德立借此吁请西班牙友人支持将台湾完整纳入世卫体系。")
    assert (c.speaker, c.cue, c.text) == ("刘德立", "吁请", "西班牙友人支持将台湾完整纳入世卫体系")
    assert one("为此，王毅借此呼吁各方保持克制。").cue == "呼吁"


def test_whoever_cites_figures_speaks_not_the_figures():
    c = one("评论员David Webb引用香港入境处的数据分析指出，香港已有超过13万人离开。")
    assert (c.speaker, c.cue) == ("David Webb", "指出")
    assert one("王毅引用数据说，香港已有超过13万人离开。").speaker == "王毅"


def test_figures_that_show_something_are_no_speaker():
    assert claims("联合国妇女署的全球新数据表明，新冠疫情可能使性别平等成果化为乌有。") == []
    assert claims("据指出，香港已有人离开。") == []


def test_a_spelled_family_name_learned_before_ends_where_its_spelling_ends():
    found = claims("民主德国发言人君特.沙博夫斯基在新闻发布会上表现出西方化的风格。\n"
                   "信息掌握不完整的沙博夫斯基给出了一个错误的答案说，这项法案立即生效。")
    assert [(c.speaker, c.text) for c in found] == [("君特·沙博夫斯基", "这项法案立即生效")]


def test_citation_chain_credits_both_agencies():
    c = one("据法新社引述中国央视的报道，习近平说：“维护中俄关系是战略选择”。")
    assert [(s.agency, s.role) for s in c.sources] == [("法新社", "credited"), ("央视", "cited-by")]


def test_parallel_credits():
    c = one("据中国央视和克里姆林宫的报道，米舒斯京对李强说：“中俄关系从未像现在这样好”。")
    assert [s.agency for s in c.sources] == ["央视", "克里姆林宫"]


def test_weekday_resolves_against_the_publication_day():
    c = one("米舒斯京周二在北京说，俄中关系紧密。")
    assert c.said_on.isoformat() == "2023-12-19"


def test_date_in_a_credit_does_not_date_the_statement():
    found = claims("李克强星期一（12月5日）说，中俄合作好。\n根据新华社星期三（12月7日）报道，李克强在会晤中说，中俄是邻国。",
                   datetime(2022, 12, 7, 17, 0, tzinfo=ZoneInfo("Asia/Singapore")))
    assert [c.said_on.isoformat() for c in found] == ["2022-12-05", "2022-12-05"]


def test_inherited_speaker_after_bing_shuo():
    found = claims("米舒斯京早些时候与李强会谈，他形容会谈很有意义，并说，双方都指出合作成绩。")
    assert found[-1].speaker == "米舒斯京" and found[-1].text == "双方都指出合作成绩"


@pytest.mark.parametrize("text", [
    "据说，这件事情很复杂。",
    "也就是说，双方还有分歧。",
    "七国集团发出了警告，要求停止援助。",
    "习近平会见了米舒斯京。",
])
def test_no_claim_without_a_speaking_subject(text):
    assert claims(text) == []


def test_mixed_and_direct_kinds():
    assert one('他并说，中俄应"不断扩大积极影响"。'.replace("他", "习近平")).kind == "mixed"
    assert one("习近平说：“维护中俄关系是战略选择”。").kind == "direct"


def test_offsets_slice_the_document_text_back_to_the_claim():
    from extractor.clean import clean
    from extractor.extract import extract_claims
    from extractor.types import RawDocument

    doc = clean(RawDocument(path="t", body="导语。\n习近平指出，中俄关系好。\n米舒斯京说：“同意。”", body_format="text", published_at=WED))
    found = extract_claims(doc)
    assert found and all(doc.text[c.start:c.end] == c.text for c in found)


@pytest.mark.parametrize("headline", [
    "习近平强调 深入学习坚决贯彻党的十九届五中全会精神 确保全面建设社会主义现代化国家开好局",
    "美官员称调查至少25起冲击国会涉恐案",
])
def test_headlines_and_link_lists_make_no_claims(headline):
    assert claims(headline) == []


def test_run_on_cue_opening_a_clause_of_its_subject():
    c = one("中国海警局26日在官方微博发出公告，称23日在香港东南水域截获一艘非法快艇。")
    assert (c.speaker, c.cue) == ("中国海警局", "称")
    assert c.text.startswith("23日在香港")


def test_attitude_after_a_cue_is_not_a_statement():
    assert claims("米舒斯京对习近平主席访问俄罗斯表示热烈欢迎。") == []


def test_statement_stops_before_a_sentence_commenting_on_it():
    c = claims("丛培武表示，中国不要求加拿大做“选择题”。这段话显然是指孟晚舟案件。")[0]
    assert c.text == "中国不要求加拿大做“选择题”"


def test_dateline_day_is_the_article_day_and_not_a_speaker():
    late = datetime(2020, 11, 6, 10, 23, tzinfo=ZoneInfo("Asia/Shanghai"))
    c = one("路透北京/上海11月5日 - 据两位知情人士透露，字节跳动正在就筹集新一轮融资进行初步磋商。", late)
    assert c.speaker == "两位知情人士" and c.said_on.isoformat() == "2020-11-05"
    assert [(s.agency, s.role) for s in c.sources] == [("路透社", "dateline")]


@pytest.mark.parametrize("published, day", [
    (datetime(2020, 10, 19, 13, 23, tzinfo=ZoneInfo("Asia/Shanghai")), "2020-10-16"),  # Friday's story, Monday's round-up
    (datetime(2020, 11, 20, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai")), "2020-11-20"),  # a month on: a misreading, not the day
])
def test_dateline_up_to_a_week_before_publication_dates_the_article(published, day):
    c = one("路透纽约10月16日 - 一位分析师表示，科技股的涨势并未终结。", published)
    assert c.said_on.isoformat() == day


def test_vague_time_in_the_clause_does_not_take_the_carried_day():
    found = claims("奥利昨天在加德满都会见魏凤和时说，两军友谊深厚。\n奥利本月初会见印度陆军司令时表示，相信两国问题可透过对话解决。",
                   datetime(2020, 11, 30, 15, 0, tzinfo=ZoneInfo("Asia/Singapore")))
    assert [c.said_on.isoformat() for c in found] == ["2020-11-29", "2020-11-30"]


def test_group_inside_a_running_statement_does_not_split_it():
    c = one("克拉芙特透过推特表示，她已经跟蔡英文总统通过话，两人谈到，台湾是世界典范。")
    assert c.speaker == "克拉芙特" and c.text.endswith("台湾是世界典范")


def test_written_text_speaks_for_its_author():
    found = claims("金正恩向南韩发来通知，表示深感愧疚。通知还称，这是一起不幸事件。")
    assert [c.speaker for c in found] == ["金正恩", "金正恩"]


def test_possessed_subject_is_the_head_with_its_owner():
    c = one("孟晚舟的律师团声称她的权利当时受到侵犯。")
    assert c.speaker == "孟晚舟的律师团"


def test_role_name_after_possessive_wins_over_the_owner():
    c = one("华为的律师Richard Peck表示，这些担忧是虚伪的。")
    assert c.speaker == "Richard Peck"


def test_pronoun_character_inside_a_place_name_is_no_pronoun():
    c = one("南达科他州共和党州长克里斯蒂·诺姆说：“这不是压倒性的胜利。”")
    assert c.speaker == "克里斯蒂·诺姆" and c.kind == "direct"


def test_byline_after_a_dateline_names_no_speaker():
    c = claims("【大纪元2020年12月20日讯】（大纪元记者林燕报导）美国总统川普周六（12月19日）首次置评网络攻击事件。他说，假媒体不敢讨论网攻可能来自中国。",
               datetime(2020, 12, 19, 13, 6, tzinfo=ZoneInfo("America/New_York")))[0]
    assert c.speaker == "特朗普" and c.said_on.isoformat() == "2020-12-19"


def test_hyphenated_transliteration_after_a_role():
    c = one("人权观察组织联合国主任路易斯-夏邦努（Louis Charbonneau）表示，沙特未能赢得席位。")
    assert c.speaker == "路易斯-夏邦努"


def test_medium_after_zai_is_not_the_speaker():
    c = one("消防部门在推特上发帖称，消防员扑灭了国会大厦附近的一处火势。")
    assert c.speaker == "消防部门"


def test_organisation_in_apposition_names_the_speaker():
    c = one("中共媒体环球时报9月19日在推特上说，“如果挑衅行为违反了法律，战争就会爆发。”")
    assert c.speaker == "环球时报" and c.kind == "direct"


def test_unnamed_speaker_keeps_its_description():
    assert one("埃及安全部门一名高级官员就说，双方取得显著进展。").speaker == "埃及安全部门一名高级官员"


def test_pronoun_with_no_person_named_makes_no_claim():
    assert claims("业内人士关注此事。他说，情况复杂。") == []


def test_latin_alias_must_be_a_whole_word():
    found = claims("零售品牌GAP宣布，将关闭门店。")
    assert all(c.speaker != "美联社" for c in found)


def test_interviewer_after_jieshou_is_not_the_speaker():
    c = one("黑利在接受BBC访问时说，美国必须强硬。")
    assert c.speaker == "黑利"


def test_government_of_a_person_speaks_as_an_organisation():
    c = one("特朗普政府认为，这项协议对美国不公平。")
    assert c.speaker == "特朗普政府" and c.speaker_kind == "organization"


def test_unknown_title_before_a_name():
    assert one("韩国国防部长官徐旭也说，军方将加强戒备。").speaker == "徐旭"


def test_compound_cue_runs_on_like_its_base():
    assert one("习近平又说全球南方国家应当加强团结合作。").speaker == "习近平"


@pytest.mark.parametrize("text", ["他直言不讳地警告对手。", "一位不愿透露姓名的高管表示，公司将裁员。"])
def test_cue_inside_a_longer_phrase_is_not_a_cue(text):
    assert all(c.cue not in ("直言", "透露") for c in claims(text))


def test_quotation_sentence_without_a_cue_continues_the_subject_before_it():
    found = claims("商鹏飞否认两件事有关。“两者之间没有任何关系。”")
    assert [(c.speaker, c.kind, c.text) for c in found] == [("商鹏飞", "direct", "两者之间没有任何关系。")]


def test_statement_opening_with_a_quotation_ends_with_it():
    c = one("他说：“我们会继续合作。”他一直在北京工作。".replace("他说", "米舒斯京说"))
    assert c.text == "我们会继续合作。" and c.kind == "direct"


def test_sentence_naming_the_speaker_again_is_narration():
    c = one("米舒斯京12日说，俄方愿意合作。米舒斯京12日下午搭机离开北京。")
    assert c.text == "俄方愿意合作"


def test_new_clause_of_the_same_subject_with_bing_cheng():
    found = claims("金正恩对此表示“非常愧疚”，并称这起事故很不幸，没有料到会发生。")
    assert [c.cue for c in found] == ["表示", "称"] and found[1].text == "这起事故很不幸，没有料到会发生"


def test_house_number_is_not_a_day():
    c = one("特朗普在洛克菲勒广场30号说，选举被操纵了。", datetime(2020, 10, 2, tzinfo=ZoneInfo("America/New_York")))
    assert c.said_on.isoformat() == "2020-10-02"


@pytest.mark.parametrize("text", [
    "他接受了《光明日报》的采访。",  # 明日 of a daily's name
    "这表明日本不会让步。",  # 表明 + 日本
    "《今日美国》报道了此事。",  # a title names a work
])
def test_a_day_word_inside_a_name_is_no_day(text):
    from extractor.extract.dates import find_dates
    assert find_dates(text, date(2018, 4, 26)) == []


def test_a_day_word_before_a_report_is_still_a_day():
    from extractor.extract.dates import find_dates
    assert [d.day.isoformat() for d in find_dates("他明日报道此事，今日报道另一件。", date(2018, 4, 26))] == ["2018-04-27", "2018-04-26"]


@pytest.mark.parametrize("text, day", [
    ("今年7月27日开出头奖。", "2020-07-27"),  # not 27日 of last month
    ("去年12月30日他曾表态。", "2019-12-30"),
    ("前年8月30日，选举中心宣布结果。", "2018-08-30"),
    ("他上月30日表示不会参选。", "2020-08-30"),
    ("他上个月3号说过。", "2020-08-03"),
    ("选举将于本月20日举行。", "2020-09-20"),  # to come: no day said, so the finder gives it and the clause drops it
])
def test_a_year_or_month_named_relative_to_the_article_dates_the_day(text, day):
    from extractor.extract.dates import find_dates
    assert [d.day.isoformat() for d in find_dates(text, date(2020, 9, 12))] == [day]


@pytest.mark.parametrize("text, ref, day", [
    ("（法新社巴黎31日电）研究人员今天指出，冰盖消融加速。", date(2020, 9, 1), "2020-08-31"),
    ("委员会30日表示，将延后表决。", date(2021, 3, 1), None),  # February has no 30th either: no day
    ("委员会28日表示，将延后表决。", date(2021, 3, 1), "2021-02-28"),
])
def test_a_day_this_month_lacks_is_last_months(text, ref, day):
    from extractor.extract.dates import find_dates
    assert [d.day.isoformat() for d in find_dates(text, ref)][:1] == ([day] if day else [])


def test_the_same_month_is_the_month_named_before():
    from extractor.extract.dates import find_dates
    found = find_dates("蔡英文8月28日宣布放宽进口，国务院随后在同月31日宣布创立对话。", date(2020, 11, 10))
    assert [d.day.isoformat() for d in found] == ["2020-08-28", "2020-08-31"]
    assert find_dates("国务院在同月31日宣布创立对话。", date(2020, 11, 10)) == []  # which month, the paragraph does not say


@pytest.mark.parametrize("text", ["被告还押至下月22日求情。", "工资每月15日发放。"])
def test_next_month_and_every_month_are_no_day_of_this_one(text):
    from extractor.extract.dates import find_dates
    assert all(d.day > date(2020, 9, 12) for d in find_dates(text, date(2020, 9, 12)))


SEPT21 = datetime(2020, 9, 21, 12, 0, tzinfo=ZoneInfo("Asia/Taipei"))


@pytest.mark.parametrize("text", [
    "今年7月27日开出史上最高威力彩头奖，由两注均分，台彩公司表示，中奖人已完成领奖。",
    "今年7月6日暴力冲击国会事件余波未了，联邦调查局警告，可能会出现更多骚乱。",
])
def test_an_event_weeks_before_in_an_earlier_clause_does_not_date_the_statement(text):
    assert one(text, SEPT21).said_on == date(2020, 9, 21)


@pytest.mark.parametrize("text, day", [
    ("论坛9月18日举行，蔡英文透过预录影片表示，台湾寻求加入协定。", date(2020, 9, 18)),  # recent: where she spoke
    ("8月6日警方再票控24人，案件暂定下月提堂，警方表示，不排除更多人被捕。", date(2020, 8, 6)),  # the speaker's own day
    ("姚女士4月11日接到通知，半小时后医生宣布，抢救无效。", date(2020, 4, 11)),  # the day goes on
    ("7月27日，台彩公司表示，中奖人已完成领奖。", date(2020, 7, 27)),  # the clause is the date alone
    ("7月27日在记者会上回答提问时，台彩公司表示，中奖人已完成领奖。", date(2020, 7, 27)),  # a time frame
])
def test_a_date_that_frames_the_statement_still_dates_it(text, day):
    assert one(text, SEPT21).said_on == day


def test_a_statement_with_an_event_to_come_this_month_keeps_the_article_day():
    c = one("国际奥委会将于本月20日举行选举，主席巴赫表示，奥委会正研究革新。", datetime(2025, 3, 8, tzinfo=ZoneInfo("Asia/Hong_Kong")))
    assert c.said_on == date(2025, 3, 8)


def test_weekday_after_a_role_word_is_not_a_name():
    found = claims("加拿大警察周一告诉法庭，这次逮捕符合相关程序。")
    assert all(c.speaker != "周一" for c in found)


def test_name_glossed_in_latin_is_learned_for_the_rest_of_the_article():
    found = claims("研究员塔奇顿（Michael Touchton）也同意这些观点。他认为，美国错失了机会。\n塔奇顿说，这很遗憾。")
    assert [(c.speaker, c.text) for c in found] == [("塔奇顿", "美国错失了机会"), ("塔奇顿", "这很遗憾")]


def test_quotation_before_a_glossed_speaker():
    c = one("“我们会赢，”执行董事长井贤栋(Eric Jing)表示。")
    assert (c.speaker, c.kind) == ("井贤栋", "direct")


@pytest.mark.parametrize("text, speaker", [
    ("其母公司腾讯的发言人表示，公司正在检视这一命令。", "腾讯的发言人"),
    ("张方父亲称，村委会工作人员打来电话。", "张方父亲"),
    ("香港特区政府发言人4日回复记者查询时表示，特区政府强烈反对。", "香港特区政府发言人"),
    ("武汉的医护人员称，由于缺乏防护设备，许多人感染。", "武汉的医护人员"),
    ("包括推特、脸书和YouTube等在内的众多社交媒体平台先后宣布限制特朗普的账号。", "众多社交媒体平台"),
    ("金正恩以统一战线部的名义向南韩发来通知，表示深感愧疚。", "金正恩"),
])
def test_the_speaker_is_the_head_of_the_subject_phrase(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text", ["商鹏飞告诉路透社，加拿大不会让步。", "商鹏飞向路透社透露，加拿大不会让步。", "商鹏飞接受路透社采访时说，加拿大不会让步。"])
def test_the_outlet_told_is_credited(text):
    assert [s.agency for s in one(text).sources] == ["路透社"]


def test_person_heading_a_relative_clause():
    assert one("时任南方都市报主编的程益中认为，弱势群体不需要媒体监督。").speaker == "程益中"


def test_comma_clause_inherits_the_speaker_of_its_sentence():
    found = claims("校方表示该学生做法已违反校纪，称必需受到处罚。")
    assert [c.speaker for c in found] == ["校方", "校方"]


def test_pronoun_prefers_the_person_earlier_in_the_sentence():
    c = one("世卫组织总干事谭德塞发表了一番发言，他表示，对抗新冠肺炎可能没有特效药。")
    assert c.speaker == "谭德塞"


def test_learned_name_is_not_found_inside_a_longer_dotted_name():
    found = claims("乔治·凯南在书中写道，他的家族很骄傲。乔治·凯南骄傲地称，家族里没有人不是纯正的血统。")
    assert {c.speaker for c in found} == {"乔治·凯南"}


def test_agency_quoting_someone_credits_the_agency_and_the_someone_speaks():
    c = one("路透社引述一名官员的话说，谈判仍在继续。")
    assert (c.speaker, [s.agency for s in c.sources]) == ("一名官员", ["路透社"])


def test_report_relaying_a_person_makes_the_person_speak():
    assert one("报导也引述温起锋父亲称，在派出所看到温起锋被上铐。").speaker == "温起锋父亲"


def test_attitude_in_quotation_marks_is_not_a_statement():
    assert claims("英国首相约翰逊已对惨剧表示“震惊”。") == []


# Days carried between statements -----------------------------------------------------------

MON = datetime(2020, 7, 20, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_lead_takes_the_day_the_body_gives_the_same_speaker():
    found = claims("中国大使丛培武说，中方不要求加方选边站。\n"
                   "使馆7月17日在官网发布丛培武的谈话。丛培武表示，两国关系不存在根本冲突。", MON)
    assert [(c.speaker, c.said_on.isoformat()) for c in found] == [("丛培武", "2020-07-17"), ("丛培武", "2020-07-17")]


def test_lead_keeps_the_article_day_when_the_body_day_is_long_before():
    found = claims("中国大使丛培武说，中方不要求加方选边站。\n"
                   "使馆5月17日在官网发布丛培武的谈话。丛培武表示，两国关系不存在根本冲突。", MON)
    assert [c.said_on.isoformat() for c in found] == ["2020-07-20", "2020-05-17"]


def test_statement_past_the_lead_keeps_the_article_day():
    found = claims("两国关系出现变化。\n加方对此有不同看法。\n丛培武说，中方不要求加方选边站。\n"
                   "使馆7月17日在官网发布丛培武的谈话。丛培武表示，两国关系不存在根本冲突。", MON)
    assert [c.said_on.isoformat() for c in found] == ["2020-07-20", "2020-07-17"]


def test_day_of_a_report_does_not_date_what_it_relays_of_someone_seen_before():
    found = claims("蓬佩奥周五（17日）接受采访时说，政府仍在调查。\n媒体周六报道说，蓬佩奥认为，俄罗斯发起了网攻。", MON)
    assert [c.said_on.isoformat() for c in found] == ["2020-07-17", "2020-07-17"]


def test_day_of_a_report_dates_what_it_relays_when_nothing_else_does():
    c = one("多家媒体周五报道说，调查人员表示，调查仍在进行。", MON)
    assert c.said_on.isoformat() == "2020-07-17"


def test_people_of_a_dated_meeting_speak_on_its_day():
    found = claims("总统府昨天（19日）宣布，蔡英文已与美国大使克拉芙特进行视讯对谈。\n"
                   "对谈过后，克拉芙特也立即透过推特表示，台湾是世界典范。", MON)
    assert found[1].speaker == "克拉芙特"
    assert [c.said_on.isoformat() for c in found] == ["2020-07-19", "2020-07-19"]


def test_people_merely_named_in_a_dated_statement_keep_their_own_day():
    found = claims("总统府昨天（19日）宣布，蔡英文将出访友邦。\n蔡英文表示，出访是为了巩固邦谊。", MON)
    assert [c.said_on.isoformat() for c in found] == ["2020-07-19", "2020-07-20"]


def test_the_article_day_named_again_for_a_speaker_holds_for_what_he_says_next():
    found = claims("吴钊燮上周五（17日）接受专访表示，台美关系有长足进步。\n"
                   "吴钊燮20日上午赴立法院备询时再次强调，关系进展快速。\n吴钊燮说，我们会加紧脚步。", MON)
    assert [c.said_on.isoformat() for c in found] == ["2020-07-17", "2020-07-20", "2020-07-20"]


def test_the_day_another_publishes_a_statement_does_not_end_the_day_it_was_made():
    found = claims("魏凤和周五（17日）在莫斯科与辛格举行了会晤。\n"
                   "国防部官网周一刊登新闻稿，魏凤和表示，领土一寸也不能丢。\n魏凤和称，两军关系受到影响。", MON)
    assert [c.said_on.isoformat() for c in found][1:] == ["2020-07-17"]


def test_title_held_by_two_people_at_once_names_nobody():
    bare = one("中央军委副主席表示，两军合作深入。")
    named = one("中央军委副主席何卫东表示，两军合作深入。")
    assert (bare.speaker, bare.speaker_kind, named.speaker) == ("中央军委副主席", "unnamed", "何卫东")


def test_role_word_after_a_role_is_not_a_name():
    # 成 is a surname, but 顾问团成员 is one role and names nobody
    assert one("一名顾问团成员认为，警方的做法带有政治目的。").speaker == "一名顾问团成员"


def test_role_right_after_an_organisation_is_the_speaker():
    assert one("白宫医生表示，总统的健康情况极好。").speaker == "白宫医生"
    assert one("外交部表示，中方坚决反对。").speaker == "外交部"


@pytest.mark.parametrize("text, speaker", [
    ("楼继伟表示，中国经济将保持稳定增长。", "楼继伟"),  # a surname outside the hundred commonest
    ("比尔.毕晓普认为，这是错误的。", "比尔·毕晓普"),  # a full stop for the middle dot
    ("汉斯·冯·斯巴克斯基说，这是错误的。", "汉斯·冯·斯巴克斯基"),
    ("分析师张瑜称，经济正在复苏。", "张瑜"),  # 称 ends the name
    ("白宫医生康利周一表示，总统情况良好。", "康利"),  # 周一 is the day
    ("曾任助理国务卿的薛瑞福（Randall Schriver）说，局势紧张。", "薛瑞福"),  # a Chinese name for a foreigner
    ("刘晓棕作证说，他不知道。", "刘晓棕"),
])
def test_names_the_lexicon_does_not_know(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text", ["“分离是迟早的”，简舒这样说。", "“分离是迟早的”，简舒如是说。",
                                  "“分离是迟早的，”华创证券首席分析师简舒称。"])
def test_cue_closing_the_sentence_after_the_quotation(text):
    c = one(text)
    assert (c.speaker, c.text.rstrip("，")) == ("简舒", "分离是迟早的")


@pytest.mark.parametrize("text, speaker", [
    ("中国贸促会表示，将继续支持企业。", "中国贸促会"),
    ("中国外汇市场自律机制秘书处周二晚间称，将维护市场稳定。", "中国外汇市场自律机制秘书处"),
    ("王纬温的评论称，这是错误的。", "王纬温"),  # the author speaks through the text
    ("英国说，将采取措施。", "英国"),
])
def test_organisations_countries_and_authors_the_lexicon_does_not_know(text, speaker):
    assert one(text).speaker == speaker


def test_country_inside_a_statement_does_not_start_a_new_one():
    c = one("比斯瓦斯说，美国宣布对半导体的出口禁令，将影响中国公司。")
    assert c.speaker == "比斯瓦斯" and c.text.startswith("美国宣布")


def test_company_by_its_short_name_later_in_the_paragraph():
    found = claims("蚂蚁集团回应称，已收到通知。蚂蚁表示，将认真学习。")
    assert [(c.speaker, c.text) for c in found] == [("蚂蚁集团", "已收到通知"), ("蚂蚁集团", "将认真学习")]


def test_prosecution_as_a_party_starts_its_own_statement():
    found = claims("检方律师还透露，华为曾包租飞机。检方称，这是因为制裁。")
    assert [c.speaker for c in found] == ["检方律师", "检方"]


@pytest.mark.parametrize("text", ["银保监会没有回应路透的置评请求。", "李四拒绝透露，谁是消息来源。",
                                  "他不认为，台湾会受影响。", "教育厅8月26日宣布这项政策后，紧张情势升级。"])
def test_speech_denied_or_used_as_a_time_clause_is_no_statement(text):
    assert claims(text) == []


def test_negated_cue_inside_a_statement_does_not_split_it():
    c = one("特朗普说，他不会承诺和平移交权力，这令人担忧。")
    assert c.text == "他不会承诺和平移交权力，这令人担忧"


def test_statement_may_open_with_a_time_clause():
    assert one("伊凡卡说每次特朗普听见死亡数字的汇报时，她都看见他眼里的痛苦。").speaker == "伊凡卡"


def test_quotation_on_either_side_of_the_cue_both_belong_to_the_speaker():
    found = claims("“我们会赢，”拜登说，“这是肯定的。”")
    assert [(c.speaker, c.text) for c in found] == [("拜登", "我们会赢，"), ("拜登", "这是肯定的。")]


def test_bare_role_refers_back_to_the_person_it_introduced():
    found = claims("急诊医生菲利普斯表示，疫情严重。\n医生还表示，医院人手不足。")
    assert [c.speaker for c in found] == ["菲利普斯", "菲利普斯"]


def test_cue_after_a_role_is_not_a_name():
    assert [c.speaker for c in claims("一名记者谈到，形势紧张。")] != ["谈到"]


@pytest.mark.parametrize("text, speaker", [
    ("常玮平在视频中表示：「我受到了酷刑。」", "常玮平"),
    ("鍾南山今天在廣州出席「呼吸疾病會議」時說，疫情可能反彈。", "钟南山"),  # a quoted name, not a quotation
    ("网络安全所所长曾怡硕认为，美国并非杞人忧天。", "曾怡硕"),  # 曾 the surname, not 曾 "once"
    ("中國異議人士王愛忠說，這是打壓。", "王爱忠"),
    ("伊朗国防部在周五的一份声明中说，将回应。", "伊朗国防部"),  # another country's ministry; the frame 在…中
    ("梅拉妮娅-特朗普表示，她很悲伤。", "梅拉妮娅-特朗普"),  # as written (dev gold keeps the hyphen)
    ("电话接通后老师说，不必担心。", "老师"),
])
def test_speakers_found_in_an_audit_of_unseen_articles(text, speaker):
    assert one(text).speaker == speaker


def test_title_before_a_cue_after_a_role_is_no_name():
    assert one("外交部发言人曾表示，中方反对。").speaker == "外交部发言人"


def test_cue_with_no_subject_inside_a_running_statement_continues_it():
    # after 說， the statement runs on; 並呼籲 (with its marker) starts a new one
    assert [c.text for c in claims("蔡英文今天說，台灣不會挑釁，呼籲中共必須自我克制。")] == ["台灣不會挑釁，呼籲中共必須自我克制"]
    assert len(claims("蔡英文今天說，台灣不會挑釁，並呼籲中共必須自我克制。")) == 2


@pytest.mark.parametrize("text, speaker", [
    ("駐歐盟兼比利時代表處今晚表示，将加强合作。", "驻欧盟兼比利时代表处"),  # an office named after the organisation
    ("旺中集团事后发声明表示，将提起诉讼。", "旺中集团"),
    ("白宫和国会都表示，将加强合作。", "白宫"),  # two speakers, not an office of the first
])
def test_offices_and_time_words_after_the_speaker(text, speaker):
    assert one(text).speaker == speaker


def test_words_after_a_cue_that_follows_a_quotation_are_the_speakers_too():
    found = claims("「我們不會放棄，」陳時中說，因為了解疫情的嚴重性。")
    assert [(c.speaker, c.text) for c in found] == [("陈时中", "我們不會放棄，"), ("陈时中", "因為了解疫情的嚴重性")]


def test_straight_and_curly_marks_mixed_in_one_quotation():
    assert one('"我们会继续努力，”丹Daniel Katzive表示。').speaker == "Daniel Katzive"


def test_person_after_the_quotation_outranks_the_body_named_before_him():
    assert one("“我们需要更多援助，”参议院共和党领袖麦康奈尔(Mitch McConnell)补充道。").speaker == "麦康奈尔"


def test_cue_word_is_no_name_and_the_wire_end_mark_is_no_statement():
    found = claims("旺中集团表示，报道是恶意中伤，并解释称，将提告。（完）")
    assert [(c.speaker, c.text) for c in found] == [("旺中集团", "报道是恶意中伤"), ("旺中集团", "将提告")]


def test_group_of_lawyers_speaks_and_a_statement_issued_is_no_cue():
    c = one("中国人权律师团上周发出声明，表示常玮平的妻子22日接到电话，告诉她常玮平被拘留。")
    assert (c.speaker, c.cue) == ("中国人权律师团", "表示")



def test_statement_still_to_come_is_not_one_made():
    assert claims("拜登将在周五宣布，美国重返巴黎协定。") == []
    assert one("国防部发言人史顺文少将今天说，国军全面检讨。").speaker == "史顺文"  # 少将 is a rank
    c = one("史达伟还说，四国外长将通过此次会议重申，印太地区的重要性。")
    assert c.speaker == "史达伟"


@pytest.mark.parametrize("text, speaker", [
    ("路透都柏林/布鲁塞尔11月11日 - 爱尔兰外交贸易部长科文尼周三表示，协议仍有可能达成。", "科文尼"),  # not 路透
    ("美国海军第七舰队在其脸书上发文称，舰队通过了台湾海峡。", "美国海军第七舰队"),  # the medium is no speaker
    ("减灾办公室（UN Office for Disaster Risk Reduction）表示，要加强准备。", "减灾办公室"),  # not the UN of the gloss
])
def test_datelines_media_and_glosses_are_no_speakers(text, speaker):
    assert one(text).speaker == speaker


def test_one_could_say_is_no_cue():
    assert claims("他对此可说乐此不疲，这是好事。") == []


def test_this_time_before_a_cue_and_this_company_back_references():
    assert one("美国上诉法院本次表示，原判有误。").speaker == "美国上诉法院"
    found = claims("腾讯公司表示，业绩增长。\n该公司还称，用户增加。")
    assert [c.speaker for c in found] == ["腾讯", "腾讯"]


def test_tan_yan_may_close_a_sentence_after_the_quotation():
    found = claims("张三说，好。\n「但是很难，」他坦言。")
    assert [(c.speaker, c.text) for c in found][-1] == ("张三", "但是很难，")


# --- session 3: rules found on a fourth unseen-article audit ---

def test_special_dispatch_dateline_dates_today_and_names_no_reporter():
    # 專電 is a dateline like 電: the reporter is nobody's speaker, 今天 is the day filed (28th, not the 29th of publication)
    c = one("（中央社記者王小明布魯塞爾19日專電）「全球氣候與能源市長聯盟」今天表示，已將會籍名稱更正。")
    assert (c.speaker, str(c.said_on)) == ("全球气候与能源市长联盟", "2023-12-19")


def test_quoted_body_name_with_its_office_speaks():
    c = one("「國際特赦組織」（Amnesty International）秘書處今天表示，此案不公。")
    assert c.speaker == "国际特赦组织秘书处"


def test_quoted_phrase_after_a_cue_is_no_speaker():
    found = claims("金正恩对此表示“非常愧疚”，并称这起事故很不幸。")
    assert [c.speaker for c in found] == ["金正恩", "金正恩"]


def test_the_one_replied_to_is_no_speaker():
    c = one("該聯盟秘書處今天以電子郵件回覆中央社記者詢問，表示已更正名稱。")
    assert c.speaker != "中央社"


@pytest.mark.parametrize("text, speaker", [
    ("勞動基金炒股案延燒，金管會晚間表示，近日已啟動專案金檢。", "金管会"),
    ("農委會今天發出新聞稿表示，將加強查驗。", "农委会"),
    ("中選會表示，投票將如期舉行。", "中选会"),
])
def test_abbreviated_commission_names_speak(text, speaker):
    assert one(text).speaker == speaker


def test_name_introduced_with_a_role_is_found_again_before_a_pronoun():
    # 他 is 高文谦, the subject of the paragraph, not 特朗普 whom he talks about
    found = claims("资深政策顾问高文谦是党史专家。高文谦也对特朗普政府的做法有些意见，但他说，这跟黑箱制度不可比。")
    assert [c.speaker for c in found] == ["高文谦"]


def test_role_name_runs_to_its_latin_gloss():
    c = one("都柏林大学教授杜考尔斯基思(Alex Dukalskis)告诉本台，独裁者不公布健康信息。")
    assert c.speaker == "杜考尔斯基思"


def test_title_after_the_name_stays_out_of_it():
    c = one("委员会主席麦戈文众议员（James McGovern）呼吁，国会应尽快通过法案。")
    assert c.speaker == "麦戈文"


def test_place_phrase_with_zai_is_no_speaker():
    found = claims("在东京大学(UT)的研究员表示，政府应更透明。")
    assert all(not c.speaker.startswith("在") for c in found)


def test_person_described_by_a_former_post_speaks():
    c = one("曾任美国国防部长办公室中国科科长的包士可（Joseph Bosco）对本台表示，美国社会重新意识到威胁。")
    assert c.speaker == "包士可"


def test_subject_opening_the_clause_keeps_it_over_a_described_object():
    c = one("习近平会见了拜登的特使布林肯时表示，中美应合作。")
    assert c.speaker == "习近平"


def test_lie_is_no_given_name():
    found = claims("一名男子曾谎称没有离开香港。")
    assert all(c.speaker != "曾谎" for c in found)


def test_negated_clause_is_no_role_phrase():
    c = one("美国负责APEC的官员上周对外表示，美国还没有决定由谁代表出席APEC，认为习近平会成为焦点。")
    assert c.speaker == "美国负责APEC的官员" and c.text.endswith("会成为焦点")


@pytest.mark.parametrize("text, speaker", [
    ("对于峰会，美国有三名外交官透露，特朗普仍打算重办峰会。", "三名外交官"),
    ("有关部门负责人表示，这不可行。", "有关部门负责人"),
    ("一位不愿具名的人权律师透露，他仍被监控。", "一位不愿具名的人权律师"),
])
def test_unnamed_speaker_phrase_leaves_out_there_is(text, speaker):
    assert one(text).speaker == speaker


def test_who_someone_is_is_not_what_he_said():
    found = claims("记者6月中旬见到他时，凯莱赫是认为市场与现实脱节的人之一。")
    assert found == []


@pytest.mark.parametrize("text, cue", [
    ("“我们会继续努力的吗？”王毅反问。", "反问"),
    ("“我们会继续努力的。”王毅笑道。", "笑道"),
    ("“我什么都被轮到了”，王毅自嘲道。", "自嘲道"),
])
def test_speech_verbs_closing_a_quotation(text, cue):
    c = one(text)
    assert (c.speaker, c.cue, c.kind) == ("王毅", cue, "direct")


@pytest.mark.parametrize("text, speaker", [
    ("同样是受害人的邹雪明告诉记者，这是她踩的第一个雷。", "邹雪明"),
    ("一位在台北工作的林先生说，很多朋友都关注大选。", "林先生"),
])
def test_name_described_before_it_speaks(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text", [
    "在北京做大学生的时候表示，北京比新疆自由。",
    "调查显示，多数欧洲人认为，疫情让态度恶化。",
])
def test_noun_after_de_is_no_described_name(text):
    assert all(c.speaker not in ("时候", "欧洲人") for c in claims(text))


def test_including_x_the_unnamed_speakers_are_the_speakers():
    c = one("包括邹雪在内的多位受访人士对记者表示，银行理财收益率太低。")
    assert c.speaker == "多位受访人士"


def test_they_is_never_one_named_person():
    found = claims("李茂说，他投了四百万元。他们认为，年化12%算不得高收益。")
    assert [c.speaker for c in found] == ["李茂"]


def _credits(c):
    return [(s.agency, s.role) for s in c.sources if s.role != "dateline"]


def test_wire_dateline_in_another_outlet_credits_its_lead_paragraph():
    found = claims_in_text("（法新社巴黎18日電）研究人員表示，免疫系統能記住病毒。\n另一位學者說，還需要更多研究。",
                           published_at=WED, outlet="法广")
    assert [_credits(c) for c in found] == [[("法新社", "credited")], []]


def test_outlets_own_dateline_credits_nothing():
    c = claims_in_text("（中央社記者王小明台北19日電）外交部今天表示，將加強合作。", published_at=WED, outlet="中央社")[0]
    assert _credits(c) == []


def test_bare_company_is_the_company_just_named():
    found = claims("腾讯周四公布第三季度业绩。公司称，金融科技业务的收入保持健康增速。")
    assert [(c.speaker, c.speaker_written) for c in found] == [("腾讯", "公司")]


def test_company_is_never_a_public_body():
    found = claims("外交部表示，中方反对。公司称，业务正常。")
    assert [c.speaker for c in found] == ["外交部", "公司"]


def test_headline_names_whom_the_body_calls_the_company():
    from extractor.clean import clean
    from extractor.extract import extract_claims
    from extractor.types import RawDocument
    doc = clean(RawDocument(path="t", body="此外，公司并指，金融科技业务的收入保持增速。", body_format="text",
                            title="腾讯控股第三季手游收入大增", published_at=WED))
    assert [c.speaker for c in extract_claims(doc)] == ["腾讯"]  # the lexicon's name for 腾讯控股


def test_comma_inside_a_gloss_does_not_split_the_clause():
    c = one("國家颶風中心（National Hurricane Center, NHC）表示，莎莉移動速度緩慢。")
    assert c.speaker == "国家飓风中心"


@pytest.mark.parametrize("text, speaker", [
    ("設於邁阿密的國家颶風中心表示，若干地區降雨量可達近890毫米。", "国家飓风中心"),
    ("拜登的竞选团队表示，双方同意。", "拜登的竞选团队"),
    ("中国的官方电视台表示，疫苗接种顺利。", "中国的官方电视台"),
])
def test_body_described_by_a_relative_clause_is_the_body(text, speaker):
    assert one(text).speaker == speaker


def test_role_word_before_a_common_noun_teaches_no_name():
    found = claims("特朗普说，他很好。\n他度过了总统任期中第一个周末。他坚称，被噤声会激怒支持者。")
    assert [c.speaker for c in found] == ["特朗普", "特朗普"]


@pytest.mark.parametrize("text, speaker", [
    ("温斯顿·叶普说，他之前并不了解孟晚舟。", "温斯顿·叶普"),  # 叶 is no transliteration character
    ("第一个证人是皇家骑警温斯顿·叶普（Winston Yep），他在法庭上称，双方没有商议。", "温斯顿·叶普"),
    ("卫生经济学家安娜·弗雷塔斯·里贝罗（Ana Freitas Ribeiro）说，只依赖一家很危险。", "安娜·弗雷塔斯·里贝罗"),
    ("劳工部官员斯蒂芬·亚尔-洛尔表示，有待观察。", "斯蒂芬·亚尔-洛尔"),
])
def test_names_with_a_middle_dot_are_whole(text, speaker):
    assert one(text).speaker == speaker


# ---- texts speak for whoever issued them; interviews; bare 指


@pytest.mark.parametrize("text, speaker", [
    ("美国智库战略研究所周四发表报告。报告指出，中国正在扩大影响。", "美国战略研究所"),  # 智库: what kind of body
    ("白宫周二发布声明。王毅说，这是干涉内政。声明还指出，美方将继续施压。", "白宫"),
    ("11月3日上海证券交易所突发公告称，暂缓上市。公告指，公司不符合上市条件。", "上海证券交易所"),
])
def test_a_text_speaks_for_whoever_issued_it(text, speaker):
    assert claims(text)[-1].speaker == speaker


def test_a_text_of_another_kind_does_not_take_the_issuer():
    found = claims("白宫周二发布声明。王毅说，这是干涉内政。报告指出，美方将继续施压。")
    assert found[-1].speaker == "王毅"  # no report was issued: the last speaker, as before


def test_a_bare_body_noun_is_the_body_named_before():
    found = claims("澳大利亚战略研究所表示，微信受到审查。\n研究所的报告提到，媒体格局正在改变。")
    assert [c.speaker for c in found] == ["澳大利亚战略研究所", "澳大利亚战略研究所"]


@pytest.mark.parametrize("text, speaker", [
    ("他说，没有问题。\n卢伟国指中国经济正在复苏，需求强劲。", "卢伟国"),
    ("澳大利亚战略研究所周四发表报告，指中共借助微信进行信息控制。", "澳大利亚战略研究所"),
])
def test_zhi_running_into_a_clause_is_a_cue(text, speaker):
    assert claims(text)[-1].speaker == speaker and claims(text)[-1].cue == "指"


@pytest.mark.parametrize("text", [
    "卢伟国说，这指的是中国经济。",
    "卢伟国说，所谓主权是指国家的权力。",
    "卢伟国说，周五股指盘中一度跳水。",
    "卢伟国说，矛头指向美国政府的政策。",
])
def test_zhi_meaning_refers_to_or_an_index_is_no_cue(text):
    assert [c.cue for c in claims(text)] == ["说"]


def test_a_cue_opening_its_clause_inside_a_statement_keeps_its_speaker():
    found = claims("陈志豪曾对此表示，投票缺乏专业性。他也指港台一再传播偏颇的信息，认为政府有必要加强监管。")
    assert [(c.speaker, c.cue) for c in found] == [("陈志豪", "表示"), ("陈志豪", "指"), ("陈志豪", "认为")]


def test_where_someone_spoke_is_not_a_body_speaking():
    found = claims("美国联邦调查局局长雷在华盛顿哈德逊研究所发表演讲时说，中国是最大威胁。", datetime(2020, 7, 8, tzinfo=ZoneInfo("America/New_York")))
    assert [c.speaker for c in found] == ["克里斯托弗·雷"]  # the director, by his title; not the institute


def test_outlet_in_brackets_opening_a_story_is_its_dateline():
    found = claims("（德国之声中文网）澳大利亚战略研究所周四表示，微信受到审查。", outlet="德国之声")
    assert [c.speaker for c in found] == ["澳大利亚战略研究所"]


def test_a_day_soon_to_come_is_no_day_said_and_not_last_year():
    jan11 = datetime(2021, 1, 11, 12, tzinfo=ZoneInfo("Europe/Paris"))
    c = one("将于1月20日就职的拜登表示，他将推动新纾困方案。", jan11)
    assert str(c.said_on) == "2021-01-11"  # not 2020-01-20


def test_a_month_and_day_far_ahead_is_last_year():
    jan2 = datetime(2021, 1, 2, 12, tzinfo=ZoneInfo("Asia/Shanghai"))
    c = one("王毅12月30日表示，中方愿意合作。", jan2)
    assert str(c.said_on) == "2020-12-30"


def test_a_known_name_in_a_frame_after_an_unknown_name_does_not_speak():
    c = one("周保松先生在為端傳媒版本的按語中寫道：「這篇訪問是去年做的。」")
    assert c.speaker == "周保松"


def test_jiezhe_after_a_name_is_an_adverb():
    assert one("拜登接著強調，聯合夥伴將使美國更強。").speaker == "拜登"


@pytest.mark.parametrize("text, speaker", [
    ("房地产商潘石屹1月8日表示，做长租公寓的主要有两类人。", "潘石屹"),
    ("百富公司董事长兼首席调研官周志明表示，这家公司的价值下降了。", "周志明"),
    ("非洲疾病控制中心负责人周四表示，尼日利亚出现了另一种病毒。", "非洲疾病控制中心负责人"),
    ("知名企业家王健林在会上说，商场的租金还会下降。", "王健林"),
])
def test_a_full_name_after_a_noun_for_what_someone_is_speaks(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, not_speaker", [
    ("根据业者申请书指出，陶瓷面砖面临低价倾销。", "申请书"),
    ("丁真珍珠先生向公众表示歉意，并呼吁大家关爱身体健康。", "向公众"),
    ("我知道这个人曾经称我为杀人犯，但我不能再坐视不理。", "曾经"),
    ("日本厚生劳动省指出，东京都内有一名机师确诊。", "劳动省"),
])
def test_words_after_a_noun_are_no_names(text, not_speaker):
    assert all(c.speaker != not_speaker for c in claims(text))


def test_a_name_before_the_role_ending_a_noun_phrase_is_the_person():
    assert one("这样的计划极具争议，新加坡国立大学的费雪教授表示，疫苗要等三期试验结果。").speaker == "费雪"
    assert one("哈佛大学的张小明教授表示，疫苗要等三期试验结果。").speaker == "张小明"


def test_a_word_before_a_role_is_no_name():
    c = one("一家大型德企的安全负责人表示，相关的风险已经计算在内。")
    assert c.speaker_kind == "unnamed" and c.speaker == "一家大型德企的安全负责人"


def test_a_surname_with_a_title_after_a_description_is_that_person():
    c = one("哈佛大学的张教授表示，疫苗要等三期试验结果。")  # resolved later through the surname, if named
    assert (c.speaker, c.speaker_kind) == ("张教授", "person")


def test_a_ministry_ending_in_sheng_is_a_body():
    c = one("日本厚生劳动省指出，东京都内有一名从英国返国的男性机师确诊。")
    assert (c.speaker, c.speaker_kind) == ("日本厚生劳动省", "organization")


def test_a_body_someone_comes_from_does_not_speak():
    found = claims("一名来自青海省一所少数民族大学的学生告诉记者，在其学校里信仰是违禁品。")
    assert all("青海省" != c.speaker for c in found)


def test_a_latin_name_with_a_middle_initial_is_whole_and_a_quote_before_it_is_its_own():
    found = claims("“总统身体很好，”Sean P. Conley 医生在一封声明中表示，但他没有说这个时期会有多长。")
    assert [(c.speaker, c.kind) for c in found] == [("Sean P. Conley", "direct"), ("Sean P. Conley", "indirect")]


def test_a_body_glossed_with_its_abbreviation_goes_by_it():
    found = claims("俄罗斯联邦监狱管理局（FSIN）也证实，他们拘捕了纳瓦尼。FSIN透过声明表示，纳瓦尼违反了缓刑规定。")
    assert [(c.speaker, c.speaker_written) for c in found if c.cue == "表示"] == [("俄罗斯联邦监狱管理局", "FSIN")]


def test_an_abbreviation_in_its_gloss_is_no_speaker():
    c = one("蔡英文提到亚太经合组织(APEC)领袖会议对台湾的重要性，并强调台湾要开拓全球市场。")
    assert c.speaker == "蔡英文"


def test_because_before_a_body_is_not_part_of_its_name():
    assert one("因为德国农业部表示，由于猪瘟的出现，不能再颁发证书。").speaker == "德国农业部"


@pytest.mark.parametrize("text", [
    "德国指的是被欧洲联盟认为非法的土耳其钻油行动。",
    "很大原因是参众两院呼吁，是民主党、共和党议员共同的要求。",
])
def test_a_copula_or_passive_makes_a_clause_not_a_speaker(text):
    assert all("是" not in c.speaker and "被" not in c.speaker for c in claims(text))


def test_a_passive_in_a_relative_clause_still_describes_a_speaker():
    assert one("这位曾因传福音被拘留的牧师说，全国各地被拘留的远不止他们。").speaker == "这位曾因传福音被拘留的牧师"


@pytest.mark.parametrize("text, speaker, cue, said", [
    ("康利周日证实，特朗普仍在使用类固醇。", "康利", "证实", "特朗普仍在使用类固醇"),
    ("陈肇始也承认，公众可能会对此感到担忧。", "陈肇始", "承认", "公众可能会对此感到担忧"),
    ("廖万城坦承，他有收取佣金。", "廖万城", "坦承", "他有收取佣金"),
    ("马云当时则反驳，大股东希望以假内容误导市场。", "马云", "反驳", "大股东希望以假内容误导市场"),
])
def test_admitting_confirming_and_rebutting_are_statements(text, speaker, cue, said):
    c = one(text)
    assert (c.speaker, c.cue, c.text) == (speaker, cue, said)


@pytest.mark.parametrize("text", [
    "马杜洛第2任期不被美国为首的50国承认，他们支持瓜伊多。",
    "民营医院一度被指责「贡献不如公立医院」。",
    "我们不得不承认，在生产和经营方面，很多企业都存在着不规范。",
    "谣言毋需对消息的正式证实，因而很容易离经叛道。",
])
def test_a_passive_or_a_noun_use_of_those_cues_is_no_statement(text):
    assert claims(text) == []


def test_a_cue_whose_clause_turns_into_a_time_frame_is_not_the_statement():
    c = one("白宫医生康利周日在向媒体介绍特朗普身体情况时承认，特朗普曾一度情况严重。")
    assert (c.speaker, c.cue, c.text) == ("康利", "承认", "特朗普曾一度情况严重")


def test_the_person_after_a_glossed_owner_and_de_is_the_speaker():
    c = one("德国总理梅克尔（Angela Merkel）的发言人塞柏特（Steffen Seibert）表示，德国不承认他是总统。")
    assert c.speaker == "塞柏特"


def test_a_glossed_transliteration_keeps_all_its_characters():
    c = one("自从鲁卡申柯（Alexander Lukashenko）声称胜选以来，首都爆发大规模示威。")
    assert c.speaker == "鲁卡申柯"


def test_a_party_caucus_convener_is_a_role():
    c = one("民众党团总召赖香伶表示，民进党否决过去的承诺。")
    assert c.speaker == "赖香伶"


def test_a_quotation_that_opens_a_longer_sentence_does_not_end_the_statement():
    c = one("江启臣表示，“防疫优先是国民党的坚持”，虽集会方式调整，但反对的决心不会改变。")
    assert c.text == "“防疫优先是国民党的坚持”，虽集会方式调整，但反对的决心不会改变" and c.kind == "mixed"


def test_a_quotation_followed_by_the_narrators_next_clause_ends_the_statement():
    c = one("国台办也回复称“无中生有，别有用心”，并批评是民进党当局的伎俩。")
    assert c.text == "无中生有，别有用心" and c.kind == "direct"


def test_a_compiled_foreign_report_dateline_dates_the_article_by_its_day():
    c = one("（中央社明斯克23日综合外电报导）塞柏特表示，德国不承认他。", datetime(2020, 9, 24, 7, 58, tzinfo=ZoneInfo("Asia/Taipei")))
    assert str(c.said_on) == "2020-09-23"


def test_telling_the_outlet_that_publishes_the_article_credits_no_one():
    text = "博图斯对美国之音说，他安全回家了。"
    assert one_in(text, "美国之音").sources == [] and [s.agency for s in one_in(text, "法广").sources] == ["美国之音"]


def one_in(text, outlet):
    found = claims(text, outlet=outlet)
    assert len(found) == 1, [(c.speaker, c.text) for c in found]
    return found[0]


def test_a_foreign_name_introduced_in_full_comes_back_by_its_family_name():
    found = claims("澳大利亚广播公司前驻中国记者比尔·博图斯（Bill Birtles）的2020年过得如同一场风暴：\n"
                   "8月，中国国营电视台澳籍记者成蕾因被拘。\n"
                   "坐在熟悉的家中，博图斯几乎有些不适应这里的慢节奏。回顾这一年，他说自己是幸运的。")
    assert [(c.speaker, c.text) for c in found] == [("比尔·博图斯", "自己是幸运的")]


def test_banks_and_rating_agencies_speak_through_their_reports():
    c = one("投行摩根士丹利最新研究报告指出，美国收紧对华科技限制。")
    assert (c.speaker, c.text) == ("摩根士丹利", "美国收紧对华科技限制")
    assert one("渣打发表报告。该银行表示，外资流入中国。").speaker == "渣打银行"


def test_a_name_with_a_title_after_it_closes_a_relative_clause():
    c = one("已从中国青年政治学院退休的邢小群教授写道：“我感到自己就像待宰杀的羔羊。”")
    assert (c.speaker, c.kind) == ("邢小群", "direct")


@pytest.mark.parametrize("text, speaker", [
    ("在现场观看的业主靳先生告诉记者，香堂村已经被封锁。", "靳先生"),
    ("业主王女士说，小区已经断水。", "王女士"),
])
def test_a_surname_with_a_courtesy_title_after_a_description_speaks(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text", ["他对王先生说，小区已经断水。", "一位女士说，小区已经断水。"])
def test_a_courtesy_title_after_a_listener_or_a_count_is_no_speaker(text):
    assert all(c.speaker not in ("王先生", "位女士") for c in claims(text))


def test_a_name_the_narration_introduces_with_a_title_is_who_he_points_to():
    found = claims("警方表示，案件正在调查。\n盛洪教授曾担任研究所所长。\n盛洪自己的房子被强拆。他对记者说，拆毁家园只需要一刻钟。")
    assert [(c.speaker, c.text) for c in found][-1] == ("盛洪", "拆毁家园只需要一刻钟")


def test_a_title_that_begins_a_longer_word_introduces_no_name():
    found = claims("安庆律师事务所合伙人威廉姆斯曾为政府提供咨询。他说，协议涉及三项条件。")
    assert [c.speaker for c in found] == ["威廉姆斯"]


def test_this_official_is_the_unnamed_official_described_before():
    found = claims("一位公司知情人士表示，公司将注资。伯克斯随后发表讲话。该知情人士还说，注资规模不大。")
    assert [c.speaker for c in found] == ["一位公司知情人士", "一位公司知情人士"]


def test_a_count_stays_with_its_measure_word_in_a_long_description():
    c = one("一位要求匿名的原体制内学者对记者表示，强拆行为让他感到悲愤。")
    assert c.speaker == "一位要求匿名的原体制内学者"


def test_the_relative_of_someone_named_by_shape_speaks_and_comes_back_as_his_brother():
    found = claims("香港电台报道，邓棨然的弟弟接受该台访问时说，官方没有通知家属。他的弟弟说，他不知道审讯日期。")
    assert [c.speaker for c in found] == ["邓棨然的弟弟", "邓棨然的弟弟"]


def test_his_lawyer_is_the_lawyer_of_the_man_last_speaking():
    found = claims("王毅说，这是真的。他的发言人表示，中方欢迎。")
    assert [c.speaker for c in found] == ["王毅", "王毅的发言人"]


@pytest.mark.parametrize("text, speaker", [
    ("有香港人权组织表示，信件内容大致相同。", "香港人权组织"),
    ("有关部门表示，信件内容大致相同。", "有关部门"),
])
def test_some_body_introduced_with_you_is_named_without_it(text, speaker):
    assert one(text).speaker == speaker


def test_a_country_speaks_with_its_day_between_it_and_the_cue():
    c = one("英国也在14日宣布，将在2027年以前全面移除5G网络中的华为设备。")
    assert (c.speaker, c.text) == ("英国", "将在2027年以前全面移除5G网络中的华为设备")
    assert one("英国14日宣布，将移除华为设备。").speaker == "英国"


def test_his_answer_is_not_renamed_as_a_relative():
    found = claims("王毅说，这是真的。他的回答是，中方欢迎。")
    assert "王毅的回答是" not in [c.speaker for c in found]


@pytest.mark.parametrize("text, source", [
    ("据香港苹果日报，支联会副主席邹幸彤称，庭审一般在两至三个月内进行。", "苹果日报"),
    ("据《纽约时报》，律师邹幸彤称，庭审一般在两至三个月内进行。", "纽约时报"),
    ("《纽约时报》报导说，助理国务卿史迪威指称，总领事有可疑举动。", "纽约时报"),
    ("《纽约时报》采访助理国务卿史迪威表示，休斯敦领事馆是间谍中心。", "纽约时报"),
])
def test_an_outlet_credited_without_a_reporting_verb_or_in_title_marks(text, source):
    assert [s.agency for s in one(text).sources] == [source]


@pytest.mark.parametrize("text", ["据悉，律师邹幸彤称，庭审将在下月进行。", "据法国《世界报》评论认为，德斯坦是位政治家。"])
def test_according_to_a_phrase_that_is_no_outlet_credits_no_one(text):
    assert all(c.sources == [] for c in claims(text))


def test_an_outlet_relaying_one_speaker_mid_paragraph_credits_only_that_sentence():
    found = claims("《中流》重出江湖；《苹果日报》引用分析人士的话说，中共允许复办。但杂志社长李伟东认为，《中流》更倾向于支持习近平。")
    assert [(c.speaker, [s.agency for s in c.sources]) for c in found] == [("分析人士", ["苹果日报"]), ("李伟东", [])]


def test_an_official_of_one_side_speaks_not_the_side():
    c = one("《华盛顿邮报》引述不具名的美方官员指出，美国怀疑中国政府。")
    assert c.speaker == "美方官员" and [s.agency for s in c.sources] == ["华盛顿邮报"]


def test_a_name_after_the_lexicons_title_says_who_held_the_office():
    c = one("1971年8月15日，时任美国总统尼克松宣布，美元和黄金脱钩。")
    assert (c.speaker, str(c.said_on)) == ("尼克松", "1971-08-15")


def test_a_short_name_after_the_title_stays_the_holder_the_lexicon_knows():
    c = one("美国商务部长罗斯表示，这一措施是为了保护国家安全。", datetime(2020, 8, 7, tzinfo=ZoneInfo("Asia/Shanghai")))
    assert c.speaker == "威尔伯·罗斯"


@pytest.mark.parametrize("opener", ["不过", "此外", "另外", "因此"])
def test_she_after_a_clause_opener_is_the_woman_last_speaking(opener):
    found = claims(f"张杏如表示，书局是父亲最常到访的地方。{opener}她也提到，修复老房不容易。")
    assert [(c.speaker, c.text) for c in found][-1] == ("张杏如", "修复老房不容易")


def test_a_body_announcing_by_notice_speaks_and_the_notice_goes_on_for_it():
    found = claims("中国国家网信办今天公告，将对8款手机浏览器进行专项集中整治。\n公告称，这波整治将着力解决3大突出问题。")
    assert [(c.speaker, c.cue) for c in found] == [("中国国家网信办", "公告"), ("中国国家网信办", "称")]


@pytest.mark.parametrize("text", [
    "中国民航局联合发布公告，对来华航班乘客实行核酸检测。",
    "记者查阅公司公告，并未发现股东大会的授权。",
])
def test_a_notice_as_a_noun_is_no_cue(text):
    assert [c for c in claims(text) if c.cue == "公告"] == []


def test_a_run_on_cues_object_ends_with_its_sentence():
    c = one("白宫周一宣布美国驻联合国大使将访问台湾。台湾外交部随后发布了行程。")
    assert c.text == "美国驻联合国大使将访问台湾"


def test_a_quotation_carries_a_run_on_statement_on():
    found = claims("杨玉圣说，这不对。他对记者表示当局执意强拆，很难理解。“既不合法，也不符合程序。”")
    assert found[-1].text == "当局执意强拆，很难理解。“既不合法，也不符合程序。”"


@pytest.mark.parametrize("dot", ["•", "‧", "・", "･"])
def test_any_middle_dot_in_a_name_is_the_middle_dot(dot):
    c = one(f"律师马克{dot}科恩说，她不是人们描述的那种恶魔。")
    assert c.speaker == "马克·科恩" and c.text == "她不是人们描述的那种恶魔"


def test_a_glossed_name_does_not_start_with_its_dot():
    c = one("哥伦比亚大学的亚历山大·库利(Alex Cooley)说，俄罗斯仍然把邻国视为势力范围。")
    assert c.speaker == "库利"


@pytest.mark.parametrize("text, speaker", [
    ("中国人民大学退休教授周孝正对本台说，大学生普遍都愿意赚钱。", "周孝正"),
    ("发言人周一表示，大学生普遍都愿意赚钱。", "发言人"),
])
def test_zhou_after_a_role_is_a_surname_unless_it_is_a_day(text, speaker):
    assert one(text).speaker == speaker


def test_a_name_after_two_descriptions_in_a_list_speaks():
    c = one("中国人民大学退休教授、社会学家周孝正指出，当今大学生对参军普遍并不感冒。")
    assert c.speaker == "周孝正"


@pytest.mark.parametrize("text, speaker", [
    ("Cresset Wealth Advisors的首席投资官Jack Ablin说，科技公司的获利巨大。", "Jack Ablin"),
    ("Farr, Miller & Washington LLC总裁Michael Farr表示，减持部分科技股可能是个好主意。", "Michael Farr"),
    ("“科技公司的获利巨大，”CMC Markets UK分析师David Madden说。", "David Madden"),
    ("Jack Ablin和Michael Farr都表示，科技公司的获利巨大。", "Jack Ablin"),
])
def test_a_latin_firm_before_a_role_and_a_name_is_the_employer_not_the_speaker(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("智利外长安德烈斯·阿拉曼德表示，智利国防部正在密切关注。", "安德烈斯·阿拉曼德"),  # 烈
    ("副国务卿彼得·莫里奇说，美国人民重新看待中国。", "彼得·莫里奇"),  # 得
    ("亚历克斯·谢波德表示，出版商的言论自由论只是借口。", "亚历克斯·谢波德"),  # 历
    ("国务院发言人摩根·奥特加斯说，这是最高级别的访问。", "摩根·奥特加斯"),  # 摩
])
def test_common_transliteration_characters_make_a_whole_name(text, speaker):
    assert one(text).speaker == speaker


def test_a_province_is_no_transliterated_name():
    assert one("山东省政府宣布，将彻查顶替行为。").speaker != "山东"


@pytest.mark.parametrize("text, speaker", [
    ("自由之家总裁迈克尔·J·阿布拉莫维兹说，我们需要共同行动。", "迈克尔·J·阿布拉莫维兹"),
    ("约翰·F·肯尼迪说，我们需要共同行动。", "约翰·F·肯尼迪"),
])
def test_a_latin_middle_initial_stays_inside_a_transliterated_name(text, speaker):
    assert one(text).speaker == speaker


def test_a_quotation_opening_its_sentence_belongs_to_a_long_subject_after_it():
    found = claims("“健康危机正在为未来奠定基础，”自由之家总裁迈克尔·J·阿布拉莫维兹说，“我们需要共同行动。”")
    assert [(c.speaker, c.text) for c in found] == [
        ("迈克尔·J·阿布拉莫维兹", "健康危机正在为未来奠定基础，"), ("迈克尔·J·阿布拉莫维兹", "我们需要共同行动。")]


def test_a_quoted_name_in_the_sentence_is_not_what_a_long_subject_after_it_said():
    found = claims("今日是「南京大屠杀死难者国家公祭日」，教育局局长蔡若莲出席一项悼念活动致辞表示，南京大屠杀是最黑暗的一页。")
    assert [c.text for c in found] == ["南京大屠杀是最黑暗的一页"]


def test_an_office_named_with_its_holder_later_in_the_article_is_that_person():
    found = claims("意大利外长强调，必须尊重香港人的权利和自由。\n法新社报道，意大利外长迪马约表示，两国外长签署两项协议。")
    assert [c.speaker for c in found] == ["迪马约", "迪马约"]


def test_an_office_named_with_its_holder_earlier_is_that_person_too():
    found = claims("巴西卫生部长爱德华多·帕祖洛宣布购买疫苗。\n巴西卫生部长表示，计划将其纳入国家免疫计划。")
    assert [c.speaker for c in found] == ["爱德华多·帕祖洛", "爱德华多·帕祖洛"]


@pytest.mark.parametrize("text", [
    "学者警告，中国正走向复辟。\n学者胡星斗说，这是倒退。",  # a bare role is anyone's
    "中国智库学者警告，可能武力统一。\n报道重提中国智库学者关于2021年的预测。",  # 关于 is no name
])
def test_a_bare_role_or_a_word_after_a_title_names_no_holder(text):
    assert claims(text)[0].speaker != "胡星斗" and claims(text)[0].speaker != "关于"


def test_a_statement_opening_with_someone_elses_is_nested_and_says_all_of_it():
    found = claims("发言人博伦向法广表示，国际特赦组织多年来呼吁跨国集团坚守企业伦理。")
    assert [(c.speaker, c.text) for c in found] == [
        ("博伦", "国际特赦组织多年来呼吁跨国集团坚守企业伦理"), ("国际特赦组织", "跨国集团坚守企业伦理")]


def test_an_outlet_saying_that_someone_said_nests_nothing_and_credits_it():
    found = claims("彭博社称，普京表示愿意停火。")
    assert [(c.speaker, c.text, [s.agency for s in c.sources]) for c in found] == [("普京", "愿意停火", ["彭博社"])]


def test_an_outlet_speaking_credits_what_it_relays_later_in_its_paragraph():
    found = claims("世界报说，美国国务院发言人奥塔格斯解释时说，“这是为了保护知识产权”。她还说，美国不会容忍。"
                   "中国外交部发言人汪文斌表示，中方对此予以强烈谴责。")
    assert [(c.speaker, [s.agency for s in c.sources]) for c in found] == [
        ("奥塔格斯", ["世界报"]), ("奥塔格斯", ["世界报"]), ("汪文斌", ["世界报"])]


def test_an_official_body_speaking_credits_no_one():
    found = claims("白宫表示，特使的沟通富有建设性。威特科夫强调，希望透过对话化解分歧。")
    assert [(c.speaker, c.sources) for c in found] == [("白宫", []), ("威特科夫", [])]


def test_an_outlet_credits_nothing_said_before_it_speaks():
    found = claims("汪文斌表示，中方予以谴责。世界报说，北京将采取报复措施。")
    assert [(c.speaker, c.sources) for c in found][0] == ("汪文斌", [])


def test_the_one_answered_or_told_is_no_speaker():
    assert all(c.speaker != "法广" for c in claims("音乐节策划人杨晓回答法广说，大家通常用发言表达支持。"))


@pytest.mark.parametrize("text", [
    "其中包括医生李文亮，他的去世曾引发全国呼吁言论自由。",
    "专家的语气透露，新冠病毒不可能彻底消灭。",
])
def test_an_event_or_quality_of_someone_does_not_speak(text):
    assert all("的" not in c.speaker for c in claims(text))


@pytest.mark.parametrize("text, speaker", [
    ("孟晚舟的律师团声称，证据不足。", "孟晚舟的律师团"),
    ("黎智英的友人说，黎智英不会逃亡。", "黎智英的友人"),
    ("香港记者协会的观察员指出，现场有大量市民被截停。", "香港记者协会的观察员"),
])
def test_someones_lawyer_friend_or_observer_speaks(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("written", ["世卫组织", "世界卫生组织", "世衛組織"])
def test_an_organisation_is_named_by_its_full_name_however_written(written):
    assert one(f"{written}表示，疫情令人极为关切。").speaker == "世界卫生组织"


@pytest.mark.parametrize("text, speaker", [
    ("韩国总统办公室周四表示，中国已向一款韩国手游颁发了许可。", "韩国总统办公室"),
    ("日本首相官邸表示，首相不会出席。", "日本首相官邸"),
    ("以色列总理办公室说，总理将访问华盛顿。", "以色列总理办公室"),
])
def test_the_office_of_a_title_speaks_not_its_holder(text, speaker):
    assert one(text).speaker == speaker


def test_an_office_introduced_with_its_country_goes_by_its_short_name():
    found = claims("韩国总统办公室周四表示，中国已颁发了许可。\n总统办公室称，这是四年来首次颁发许可。")
    assert [c.speaker for c in found] == ["韩国总统办公室", "韩国总统办公室"]


@pytest.mark.parametrize("text, speaker", [
    ("“它具有保值性，”CMC Markets的Michael Hewson表示。", "Michael Hewson"),
    ("行业研究组织Korea Academic Society of Games的总裁Wi Jong-hyun称，这是一家独立发行方。", "Wi Jong-hyun"),
    ("Charles de Gaulle说，法国需要独立。", "Charles de Gaulle"),
])
def test_a_latin_firms_man_and_a_name_with_of_or_de(text, speaker):
    assert one(text).speaker == speaker


def test_two_latin_names_joined_by_and_are_not_one_name():
    assert all(c.speaker != "Jack Ablin and Michael Farr" for c in claims("Jack Ablin and Michael Farr表示，科技公司获利巨大。"))


@pytest.mark.parametrize("written", ["世界报", "法国世界报", "《世界報》"])
def test_le_monde_is_named_as_outlets_write_it(written):
    found = claims(f"据{written}报道，马克龙表示，法国将获得重启资金。")
    assert [s.agency for s in found[0].sources] == ["世界报"]


def test_what_a_clause_is_about_after_its_de_does_not_speak():
    found = claims("决议文表达了议会要求欧盟加强贸易关系多样化的立场，并指出，欧盟要降低自身产业的脆弱性。")
    assert all(c.speaker != "立场" for c in found)


def test_the_author_speaks_through_a_text_after_de_even_mid_sentence():
    c = one("導言並引述自由黨眾議員馬凱（John McKay）的評論指出，「現下正是加拿大與台灣更緊密合作的大好機會」。")
    assert c.speaker == "马凯"


@pytest.mark.parametrize("text, speaker", [
    ("基辛格提及英国外交官克劳对英德两国几乎注定对抗的悲观分析，并写道，中国就像德意志帝国。", "基辛格"),
    ("卢森堡首相贝特尔表示，边境将保持开放。", "贝特尔"),
    ("Regeneron 首席执行长 Leonard Schleifer 称：「我们就会找到治疗方法。」", "Leonard Schleifer"),
    ("赫尔穆特和洛基·施密特基金会的总经理斯特凡·赫姆斯（Stefan Herms）表示，收藏并没有任何特别的意图。", "斯特凡·赫姆斯"),  # the full name the article gives
])
def test_an_unknown_foreign_name_opening_the_clause_is_its_subject_not_a_place_or_firm(text, speaker):
    assert one(text).speaker == speaker


def test_a_place_with_someone_counted_is_that_someone():
    assert one("不过，斯里兰卡一名部长对此辩护说，再向中国贷款是因为中国有钱。").speaker == "斯里兰卡一名部长"


def test_a_body_named_in_quotation_marks_before_its_kind_is_the_name():
    assert one("“立即和平”组织说，这些房屋中超过90%位于约旦河西岸腹地。").speaker == "立即和平"


@pytest.mark.parametrize("text, not_speaker", [
    ("特朗普政府打破外交惯例，单方面宣布不再认为定居点违反国际法。", "单方面"),
    ("主持人提到，既然無法獲得中國官方證實，而消息又從中國傳出。", "既然无法获得中国官方"),
])
def test_an_adverb_or_a_clause_is_no_speaker(text, not_speaker):
    assert all(c.speaker != not_speaker for c in claims(text))


def test_a_weather_forecaster_is_a_role_before_a_name():
    assert one("中央氣象局預報員林伯東表示，今天台灣上空晴朗無雲。").speaker == "林伯东"


def test_a_surname_before_a_role_is_the_person_of_that_surname():
    found = claims("中国外交部发言人汪文斌将美国的决定定性为“政治挑衅”。汪发言人还表示北京将采取报复措施。")
    assert [(c.speaker, c.text) for c in found] == [("汪文斌", "北京将采取报复措施")]


def test_this_spokesman_is_the_spokesman_just_quoted():
    found = claims("美国国务院发言人奥塔格斯说，这是为了保护知识产权。这名发言人还说，特朗普坚持正义。")
    assert [c.speaker for c in found] == ["奥塔格斯", "奥塔格斯"]


def test_an_outlet_relaying_a_paragraph_leaves_its_subjects_to_the_pronouns():
    found = claims("法国世界报说，中国在周三做出回应。中国外交部发言人汪文斌将这个决定定性为“政治挑衅”。他表示，中方予以谴责。")
    assert [(c.speaker, [s.agency for s in c.sources]) for c in found][-1] == ("汪文斌", ["世界报"])


def test_a_treaty_quoted_is_no_source():
    c = one("美国国务院发言人奥塔格斯引用《维也纳公约》说，外交官必须尊重所在国的法律。")
    assert (c.speaker, c.sources) == ("奥塔格斯", [])


def test_that_day_is_the_day_the_paragraph_last_named():
    c = one("四国外长会昨天（19日）在东京举行。美国国务卿蓬佩奥当天接受日本媒体专访，称世界长期面临中国威胁。")
    assert c.said_on == date(2023, 12, 19)


def test_that_day_of_an_event_months_back_does_not_date_a_statement():
    found = claims("3月8日的行动造成混乱。警员追问当日谁是车手，李嘉滨称活动最终取消。")
    assert [c.said_on for c in found if c.speaker == "李嘉滨"] == [date(2023, 12, 20)]


@pytest.mark.parametrize("text, speaker, quoted", [
    ("特朗普反思了过往的主张，“现在对我来说，这回事是有点不切实际。”", "特朗普", "现在对我来说，这回事是有点不切实际。"),
    ("特朗普出席活动。他被捕后情绪陷入谷底，出现长时间失眠，“24小时也睡不着，不吃东西、不见人”。", "特朗普",
     "24小时也睡不着，不吃东西、不见人"),
    ("刘然至今都很懊恼，如果不是自己贪图收益，他也不会转移资金，“说到底还是自己太贪，怪不得别人。”", "刘然",
     "说到底还是自己太贪，怪不得别人。"),
])
def test_a_quoted_statement_closing_a_sentence_is_its_subjects(text, speaker, quoted):
    c = one(text)
    assert (c.speaker, c.text, c.kind, c.cue) == (speaker, quoted, "direct", "")


@pytest.mark.parametrize("text", [
    "但考虑到特朗普当选后未按惯例出售资产，「如今通过出售资产来重回正常的政治环境具有信号意义，或也是人们的要求。」",
    "特朗普出席活动，他被称为“港独分子”。",
])
def test_a_quotation_after_someone_the_sentence_is_about_or_a_term_is_no_ones(text):
    assert claims(text) == []


@pytest.mark.parametrize("text", [
    "美国参议院通过国防授权法，纳入多项友台内容，包括重申「台湾关系法」及支持对台军售。",
    "当局采取了严厉措施，包括在7月17日即宣布乌鲁木齐封城。",
    "那些说“质疑是不负责任”的人，需要回应。",
])
def test_a_common_word_shaped_like_a_name_does_not_speak(text):
    assert [c.speaker for c in claims(text)] == []


def test_a_name_not_in_the_word_list_still_speaks_by_its_shape():
    assert one("张帆表示，这很重要。").speaker == "张帆"


def test_a_word_after_a_possessive_is_no_person_of_that_shape():
    c = one("工作人员胡敬唯表达了对欧泓奕投入的钦佩，说她“还挺积极的，也蛮有勇气的”。")
    assert c.speaker == "胡敬唯"


@pytest.mark.parametrize("text, said", [
    ("新疆当局表示将采取“最坚决、最果断的措施”遏制疫情。", "将采取“最坚决、最果断的措施”遏制疫情"),
    ("王毅表示要采取“坚决措施”。", "要采取“坚决措施”"),
])
def test_a_term_quoted_inside_a_run_on_clause_keeps_the_clause(text, said):
    assert one(text).text == said


@pytest.mark.parametrize("text", ["他是替北京方面说话的“红色媒体”。", "李文亮在直播中说出那句“新年好”。"])
def test_speaking_and_saying_out_are_verbs_not_cues(text):
    assert claims(text) == []


def test_an_unnamed_body_opening_the_next_paragraph_does_not_pass_the_last_speaker_on():
    found = claims("王毅表示，很好。\n日本宇航研发机构12月15日举行发布会，介绍在“隼鸟2号”密封舱内发现的样本。")
    assert [c.speaker for c in found] == ["王毅"]


def test_the_last_speaker_goes_on_after_a_time_in_the_next_paragraph():
    found = claims("王毅表示，很好。\n此外，并介绍了在“隼鸟2号”密封舱内发现的样本，称“这很重要”。")
    assert [c.speaker for c in found][:1] == ["王毅"] and len(found) >= 2


def test_an_agency_credited_in_a_paragraph_with_no_statement_does_not_speak_next():
    found = claims("据法新社发自东京的报道，科学家们面对样本都说不出话了。\n"
                   "日本宇航研发机构12月15日举行记者会，介绍在“隼鸟2号”密封舱内发现的样本。")
    assert "法新社" not in [c.speaker for c in found]


@pytest.mark.parametrize("text, speaker", [
    ("该媒体的独立评论员施洋撰文说，解放军可以做到这一点。", "施洋"),  # 撰文 ends the name
    ("学者张三发文称，这很重要。", "张三"),
    ("另一名业主陈新（化名）也称，因为疫情，店铺都不能开业了。", "陈新"),  # 业主 is what he is
    ("北大教授沈阳称，这是恶意诽谤。", "沈阳"),  # a city's name after a role word is a person's
    ("前国防部副部长林中斌十四日表示，坎贝尔是务实的人。", "林中斌"),  # 林中 is a word, 林中斌 a name
])
def test_a_name_after_a_role_or_before_a_writing_verb(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text", ["王毅出席会议。老板娘安慰我，别怕，你吃你的。", "王毅出席会议。他说这番“大话”的时候，毫不违和。"])
def test_a_word_after_a_role_word_is_no_name_and_saying_this_is_no_cue(text):
    assert claims(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("丹麦首相已经警告，病毒的变异可能“对疫苗的有效性构成风险”。", "丹麦首相"),  # the country a role serves
    ("芬兰外长表示，欧盟应当团结。", "芬兰外长"),
    ("“美国人民救了我。”弗林将军说。", "弗林"),  # 将军 is written after names
    ("特别是美国海军近日宣布重建第一舰队，预计将驻扎新加坡。", "美国海军"),  # 特别是 leads the clause
])
def test_a_transliterated_country_before_a_role_and_a_subject_after_a_lead(text, speaker):
    assert one(text).speaker == speaker


def test_xuancheng_takes_its_statement_without_punctuation():
    c = one("虽然中共宣称研发出疫苗，但是最近传出有工人集体感染。")
    assert (c.speaker, c.cue, c.text) == ("中共", "宣称", "研发出疫苗")  # the 但是 clause answers the 虽然


def test_a_statement_nesting_another_runs_on_past_it():
    found = claims("中共前外交官陈用林先生对大纪元记者表示，中共现在声称经济发展靠“国内循环”，这是它被迫之举。"
                   "因为整个世界都在制裁中共。")
    outer = next(c for c in found if c.speaker == "陈用林")
    assert outer.text == "中共现在声称经济发展靠“国内循环”，这是它被迫之举。因为整个世界都在制裁中共"


@pytest.mark.parametrize("text, speakers", [
    ("世界报说，中国当局当天中午警告在美国的中国留学生提高警惕。", {"中国当局"}),  # an outlet relays
    ("哈斯克尔表示，他认为经济面临下行风险。", {"哈斯克尔"}),  # he says what he thinks
])
def test_a_statement_inside_a_statement_counts_when_relayed_or_his_own(text, speakers):
    assert speakers <= {c.speaker for c in claims(text)}


def test_what_a_speaker_could_claim_is_no_statement():
    assert claims("算上美国人的持股，字节跳动便可以声称新公司的所有权是由多数美国人持有。") == []


@pytest.mark.parametrize("text, speaker", [
    ("裁判官王丝丽判刑时指，三人在社运日益增加的时候犯案。", "王丝丽"),  # court roles
    ("研究中心的研究助理欣茨表示，导弹很可能是 Qiam 型号。", "欣茨"),
    ("海关助理关长黄蕙荃表示，海关推出试行计划。", "黄蕙荃"),
    ("一位关键的共和党参议员马可·鲁比奥说，领事馆不是外交设施。", "鲁比奥"),  # 可 is not on the list, the dot says foreign
])
def test_more_roles_and_a_dotted_name_after_a_role(text, speaker):
    assert one(text).speaker == speaker


def test_a_long_description_of_an_official_is_the_known_person_just_named():
    found = claims("美国国务卿蓬佩奥说，中国必须改变。这位美国首席外交官在记者会上说：“我们正在制定明确的预期要求。”")
    assert [c.speaker for c in found] == ["蓬佩奥", "蓬佩奥"]


def test_a_description_of_someone_unknown_is_not_the_last_speaker():
    found = claims("记者范若伊说，圈子不大。这位要求匿名的中国籍员工说，大家都感到恐惧。")
    assert found[-1].speaker != "范若伊"


def test_a_body_written_with_a_countrys_short_form_is_the_body_named_before():
    found = claims("中国驻德国使馆周六表示，德方言论严重违反国际法。中国驻德使馆称，香港事务纯属中国内政。")
    assert [c.speaker for c in found] == ["中国驻德国使馆", "中国驻德国使馆"]


def test_a_forecast_speaks_for_the_body_that_made_it():
    c = one("法国国家统计署的预测说，法国明年第一季度的经济运行只能恢复到95%。")
    assert c.speaker == "法国国家统计署"


def test_que_opening_a_clause_is_no_name():
    assert all(c.speaker != "却一再" for c in claims("不过，中共官方与党媒，却一再宣称“粮食丰收已成定局”。"))


def test_after_a_weak_cue_a_call_and_a_view_are_statements_of_their_own():
    found = claims("民主派人士张明批评，当局正在打压异见，令人愤怒，呼吁各国要强硬回应，认为这是一场倒退。")
    assert [(c.cue, c.text, c.rule.startswith("weak")) for c in found] == [
        ("批评", "当局正在打压异见，令人愤怒", True),
        ("呼吁", "各国要强硬回应", False),
        ("认为", "这是一场倒退", False),
    ]


@pytest.mark.parametrize("text, speaker", [
    ("欧盟首席谈判代表巴尼耶表示，本周的谈判没有进展。", "巴尼耶"),  # 代表 the title
    ("欧盟首席代表巴尼耶(Michel Barnier)在记者会上表示，本周的谈判没有进展。", "巴尼耶"),
    ("王毅代表习近平表示，中方欢迎各方参与。", "王毅"),  # 代表 the verb: he speaks for him
])
def test_daibiao_before_a_name_is_a_title_unless_someone_stands_before_it(text, speaker):
    assert one(text).speaker == speaker


def test_having_finished_speaking_is_no_statement():
    assert claims("分析师李明说完这段预言后向我眨眨眼，转身离开了会场。") == []


@pytest.mark.parametrize("text, speaker", [
    ("“这不应该与政治扯上关系，”飞书称。", "飞书"),
    ("「現在的打壓比從前厲害。」一教友說。", "一教友"),
    ("“学校可以自行管理这些服务，”飞书在一份声明中称。", "飞书"),  # the name before where it spoke
])
def test_a_name_alone_after_a_quotation_is_its_speaker(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text", [
    "“这是一份重要的文件，”文章称。",  # a text word, not a name
    "他的成果将以「不同的方式」受到强调。",  # a quoted term, not a quoted statement
])
def test_no_name_after_a_quotation_when_it_is_a_word_or_a_term(text):
    assert all(c.speaker not in ("文章", "受到") for c in claims(text))


def test_a_name_after_a_description_that_runs_on_past_de():
    c = one("身在伦敦的资深专栏作者李志文则认为，局势仍在恶化。")
    assert (c.speaker, c.text) == ("李志文", "局势仍在恶化")


def test_a_cue_with_its_object_before_a_colon_and_a_quotation():
    c = one("环保组织负责人陈大文向记者介绍了调查的结果：“河水已被严重污染。”")
    assert (c.speaker, c.cue, c.text) == ("陈大文", "介绍", "河水已被严重污染。")


@pytest.mark.parametrize("text, speaker", [
    ("大会发言人买力克（Malik）表示，当地局势在恶化。", "买力克"),  # 买 and 力 are no transliteration characters
    ("美国国际贸易委员会（ITC）表示，已着手调查。", "美国国际贸易委员会"),  # 委员 is a role, 会 no name
    ("公司首席执行官撒辛（Ugur Sahin）表示，疫苗仍然有效。", "撒辛"),
])
def test_a_name_between_a_role_and_its_latin_gloss_is_read_whole(text, speaker):
    assert one(text).speaker == speaker


def test_a_lawyer_named_after_his_role_and_again_with_the_title_is_the_lawyer():
    assert one("他们的代理律师王大明律师说：“法院拒见律师。”").speaker == "王大明"


def test_a_platform_someone_writes_on_is_not_the_speaker():
    c = one("绿营大老高明远在个人脸书批评，“这样台湾还算是个国家？”")
    assert c.speaker == "高明远"


@pytest.mark.parametrize("text, cue", [
    ("维权人士袁大同近日撰文披露，他在狱中再次遭到殴打。", "披露"),
    ("外交部长吴大明日前接受电台专访提及，台湾不会寻求全面的外交关系。", "提及"),
    ("基金会董事长游大成受访时直指，部长犯了一个大忌。", "直指"),
])
def test_disclosing_mentioning_and_pointing_out_are_cues(text, cue):
    assert one(text).cue == cue


def test_a_place_between_and_and_the_cue_keeps_the_speaker():
    found = claims("王大明说，他没有罪，并在庭上说：“我是冤枉的。”")
    assert [(c.speaker, c.text) for c in found] == [("王大明", "他没有罪"), ("王大明", "我是冤枉的。")]


def test_a_quotation_its_own_cue_opened_is_not_taken_by_the_next_cue():
    found = claims("李大明在庭上说：“我们没有叛乱。”他强调，人民会站在一起。")
    assert [(c.cue, c.text) for c in found] == [("说", "我们没有叛乱。"), ("强调", "人民会站在一起")]


def test_a_quotation_closing_with_a_comma_still_belongs_to_the_speaker_after_it():
    found = claims("新政策框架表明“他们认为升息幅度是错误的，”研究主管Jason Thomas说。")
    assert [(c.speaker, c.cue) for c in found] == [("Jason Thomas", "说")]


def test_a_day_followed_by_yi_for_how_is_a_day():
    c = one("王大明20日以视讯方式接受专访表示，台美关系已有长足进步。", datetime(2020, 9, 29, tzinfo=ZoneInfo("Asia/Taipei")))
    assert c.said_on == date(2020, 9, 20)


def test_a_place_and_a_dash_opening_the_story_is_a_dateline():
    c = one("马萨诸塞州坎布里奇——联邦检察官周一称，赵捷联系了击剑教练。")
    assert c.speaker == "联邦检察官"


@pytest.mark.parametrize("text, speaker", [
    ("“下一步将做好准备工作。”证监会发言人称。", "证监会发言人"),  # 人称 of 发言人称 is no "known as"
    ("「待遇不错。」一名离职员工对财新记者说。", "一名离职员工"),  # the listener is no part of the speaker
])
def test_a_spokesman_or_someone_telling_a_reporter_after_a_quotation(text, speaker):
    assert one(text).speaker == speaker


def test_renchen_known_as_is_no_cue():
    assert all(c.cue != "称" for c in claims("张三，人称“张大胆”。"))


def test_a_meeting_speaks_for_the_body_that_held_it():
    found = claims("中共中央政治局今天召开会议，审议纲要。会议指出，要稳就业。")
    assert [c.speaker for c in found] == ["中共中央政治局会议"]
    assert claims("会议指出，要稳就业。") == []


@pytest.mark.parametrize("text, speaker", [
    ("吉尔·拜登表示，她将继续教书。", "吉尔·拜登"),  # the lexicon knows 乔·拜登 and 约瑟夫·拜登: not her
    ("众议员马特·盖茨表示，他计划挑战选举结果。", "马特·盖茨"),
    ("乔·拜登表示，他将继续。", "拜登"),
    ("副国务卿斯蒂芬·比根说，对话会继续。", "比根"),  # the lexicon spells him 史蒂芬·比根
    ("大使泰里·爱德华·布兰斯塔德说，两国应合作。", "布兰斯塔德"),  # 特里·布兰斯塔德, with a middle name
    ("加拿大总理贾斯汀·特鲁多说，加方关切。", "特鲁多"),
    ("拉里·库德洛表示，经济强劲。", "库德洛"),  # no given name in the lexicon: any is his (not 拉里 speaking)
])
def test_a_given_name_before_a_known_surname_says_whether_it_is_the_known_person(text, speaker):
    assert one(text).speaker == speaker


def test_a_surname_the_article_gave_someone_else_by_full_name_is_that_person():
    found = claims("佛州众议员马特·盖茨表示，他计划挑战。\n盖茨表示，自己已经与塔伯维尔进行了交谈。")
    assert [c.speaker for c in found] == ["马特·盖茨", "马特·盖茨"]


def test_a_bare_surname_the_lexicon_names_so_stays_its_person_after_a_relative_is_named():
    found = claims("第一夫人梅拉尼娅·特朗普周二发表讲话。\n特朗普说，情况就是这样。")
    assert [c.speaker for c in found] == ["特朗普"]


@pytest.mark.parametrize("text, speaker", [
    ("二阶俊博今天表示，希望前往墓前吊唁。", "二阶俊博"),  # a Japanese family name of two characters
    ("越南外交部发言人黎氏秋姮星期四说，越南有充足的法律依据。", "黎氏秋姮"),  # a Vietnamese woman's 氏
    ("自民党干事长(秘书长)二阶俊博今天表示，希望前往墓前吊唁。", "二阶俊博"),  # a role glossed in brackets
])
def test_japanese_and_vietnamese_names_of_four_characters_are_whole(text, speaker):
    assert one(text).speaker == speaker


def test_a_known_title_glossed_in_brackets_still_names_the_person_after_it():
    c = one("陆委会主委（部长）陈明通表示，两岸应对话。")  # in 2023 the title alone is 邱垂正's
    assert c.speaker == "陈明通"


def test_a_japanese_family_name_alone_is_the_person_named_in_full_before():
    found = claims("二阶俊博今天表示，希望前往墓前吊唁。二阶然后说，希望有机会。")
    assert [c.speaker for c in found] == ["二阶俊博", "二阶俊博"]


def test_a_cue_with_le_after_bing_is_the_speakers_next_act_not_more_of_the_statement():
    found = claims("欧洲央行周四警告称，最近病毒感染激增对复苏构成风险，并重申了将借贷成本保持在低位的承诺。")
    assert [(c.cue, c.text) for c in found] == [("称", "最近病毒感染激增对复苏构成风险"),
                                                ("重申", "将借贷成本保持在低位的承诺")]


@pytest.mark.parametrize("text, speaker", [
    ("“签证限制是象征性的。”系主任叶耀元告诉本台。", "叶耀元"),
    ("“签证限制是象征性的。”苏紫云告诉BBC中文。", "苏紫云"),
])
def test_a_quotation_closing_its_sentence_is_told_by_whoever_tells_the_listener_after_it(text, speaker):
    c = one(text)
    assert (c.speaker, c.kind, c.text) == (speaker, "direct", "签证限制是象征性的。")


def test_a_dotted_name_around_a_known_given_name_is_someone_else_and_is_called_by_its_first_part():
    found = claims("“我很感谢美国政府的努力。”菊尔·伊力哈木告诉本台。菊尔正忙着制作纪录片。菊尔说，家人的权利遭剥夺。")
    assert [c.speaker for c in found] == ["菊尔·伊力哈木", "菊尔·伊力哈木"]


def test_a_clause_that_only_turns_to_a_listener_keeps_the_sentences_subject():
    c = one("吴钊燮致词时以索马里兰语，向穆姆德问候，还对穆姆德说：“欢迎你加入我们！”")
    assert (c.speaker, c.text) == ("吴钊燮", "欢迎你加入我们！")


@pytest.mark.parametrize("text, speaker", [
    ("劉姓NGO工作者指出，中國的不可控制性太高。", "刘姓NGO工作者"),
    ("鄭姓台青表示，不對政治表態一直是自己的安全立場。", "郑姓台青"),
    ("一名陈姓女子对记者说，她很害怕。", "陈姓女子"),  # up to the adverbials before the cue
    ("长期接触相关议题的刘姓非政府组织（NGO）工作者告诉中央社，多数台青的风险意识不高。", "刘姓非政府组织（NGO）工作者"),
    ("張姓男子和李姓女子表示，他们不知道。", "张姓男子"),  # two people: the first
])
def test_someone_named_by_family_name_and_a_description_is_all_of_it(text, speaker):
    assert one(text).speaker == speaker


def test_the_family_name_of_nobody_is_no_speaker():
    assert claims("老百姓表示，他们不知情。") == []


def test_shuohuang_lying_is_no_cue():
    assert claims("导师王明以学生说谎为借口，强迫她吃辣椒。") == []


@pytest.mark.parametrize("text, speaker", [
    ("香港警方国安处高级警司李桂华表示，怀疑他挪用款项。", "李桂华"),  # a police rank after the force
    ("民進黨立法院黨團書記長鍾佳濱則說，相信國民黨團會有動作。", "钟佳滨"),
    ("与会的达赖喇嘛西藏宗教基金会董事长达瓦才仁表示，中共长期压迫西藏宗教文化。", "达瓦才仁"),
])
def test_the_person_holding_a_role_speaks_not_the_body_or_namesake_before_it(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text", [
    "对此，有中国网友相信官方说法，认为可能有所夸张。",  # 网友, then a verb phrase: no name of four characters
    "在进行这项调查之际，美国总统川普政府表示准备派遣边境巡逻人员。",
])
def test_four_characters_after_a_role_are_a_name_only_when_nothing_else_reads_them(text):
    assert all(c.speaker not in ("相信官方", "川普政府") for c in claims(text))


def test_a_person_introduced_in_narration_is_who_she_refers_to():
    found = claims("中國社會工作及女權運動家郭晶先前發表了日記。她說，自己擔心官方說法會妨礙真實描述。")
    assert [c.speaker for c in found] == ["郭晶"]


def test_a_full_width_dot_between_han_joins_a_name():
    c = one("現年35歲的中國律師蘇菲亞．黃（Sophia Huang）說，很多武漢人活在傷痛中。")
    assert c.speaker == "苏菲亚·黄"


def test_a_name_in_a_simplified_article_keeps_its_variant_character():
    c = one("前区议员陈家峯今天表示，他会继续关注社区事务，希望政府回应。")
    assert c.speaker == "陈家峯"


def test_a_leaders_administration_goes_by_the_leaders_canonical_name():
    assert one("川普政府表示，中国窃取智慧财产。").speaker == "特朗普政府"


def test_the_content_of_a_statement_just_issued_speaks_for_its_issuer():
    c = one("美國國務卿蓬佩奧今天與波羅的海三國的外交部長發布一份聯合聲明，內容指出：「我們堅決反對俄國改寫歷史。」")
    assert (c.speaker, c.kind) == ("蓬佩奥", "direct")


@pytest.mark.parametrize("text, day", [
    ("许智峯周六表示自己及家人银行户口被冻结。但翌日，许智峯表示户口已遭解冻。", date(2023, 12, 17)),
    ("许智峯在12月14日宣布流亡。次日，许智峯表示户口已遭解冻。", date(2023, 12, 15)),
])
def test_the_next_day_is_the_day_after_the_one_named_before(text, day):
    assert claims(text)[-1].said_on == day


def test_a_content_word_without_a_text_issued_in_its_paragraph_names_no_author():
    found = claims("美联社的报道则说，中国政府提供巨额资金。\n\n这个独立小组的一份报告，内容直指世卫力量不足。")
    assert [c.speaker for c in found] == ["美联社"]


@pytest.mark.parametrize("text", [
    "新加坡内部安全局说明了情况。当局不便透露更多详情。",
    "梵蒂冈方面没有公开回应蓬佩奥的言论。",
    "苹果公司虽然没有正面回应，但不可能不认真对待。",
    "Pornhub不愿意告诉我该公司雇佣了多少内容审核员。",
])
def test_a_cue_denied_between_subject_and_cue_is_no_statement(text):
    assert claims(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("朱凤莲不点名回应说，极少数台独顽固分子长期挑动两岸对立。", "朱凤莲"),
    ("翟东升在视频中毫不掩饰地声称，中美之间各种危机都可以搞定。", "翟东升"),
    ("李桂华不断强调，警方只是要求银行处理。", "李桂华"),
    ("东京都政府不得不呼吁，民众应在家里安静地度过新年假期。", "东京都政府"),  # right before the cue, too
])
def test_words_with_bu_that_deny_nothing_keep_the_statement(text, speaker):
    assert one(text).speaker == speaker


def test_a_name_is_followed_by_a_negated_act_and_then_the_cue():
    found = claims("高级警司李桂华表示，怀疑他挪用款项。\n\n李桂华不评论为何户口曾遭解冻，只强调警方只是要求银行处理涉案款项。")
    assert [(c.speaker, c.text) for c in found][-1] == ("李桂华", "警方只是要求银行处理涉案款项")


def test_an_adverb_opening_a_clause_is_no_transliterated_speaker():
    found = claims("马克龙周一在巴黎发表讲话，特别强调欧洲必须团结。")
    assert [(c.speaker, c.text) for c in found] == [("马克龙", "欧洲必须团结")]


@pytest.mark.parametrize("text", [
    "马克龙在介绍这项改革的时候，特别强调欧洲必须团结。",
    "马克龙在宣布这项改革的时候说，欧洲必须团结。",
])
def test_a_cue_inside_a_de_shihou_frame_is_when_not_what(text):
    assert [(c.speaker, c.text) for c in claims(text)] == [("马克龙", "欧洲必须团结")]


@pytest.mark.parametrize("adverb", ["再次", "特别", "一再", "同时"])
def test_a_cue_after_an_adverb_opens_a_new_clause_of_the_same_subject(adverb):
    found = claims(f"马克龙周一在巴黎发表讲话，{adverb}强调欧洲必须团结。")
    assert [(c.speaker, c.cue, c.text) for c in found] == [("马克龙", "强调", "欧洲必须团结")]


def test_going_further_is_no_cue():
    assert claims("马克龙表示，欧洲必须团结。\n\n更进一步说，整个欧洲都在走向老龄化。") == \
        claims("马克龙表示，欧洲必须团结。")


def test_a_speaker_named_again_ends_the_statement_before():
    found = claims("马克龙批评这项计划，认为那只会伤害农民，不过周一马克龙在会见农民的时候，也特别强调，欧洲必须团结。")
    assert [(c.speaker, c.cue) for c in found] == [("马克龙", "认为"), ("马克龙", "强调")]
    assert "会见农民" not in found[0].text and found[1].text == "欧洲必须团结"


def test_a_pronoun_is_not_the_organisation_it_possesses():
    found = claims("黄之锋此前被捕。他的Facebook专页刊登了他写的信，他说自己从未碰过毒品。")
    assert [c.speaker for c in found] == ["黄之锋"]


def test_a_person_inside_a_description_is_not_who_the_pronoun_means():
    found = claims("其中有以反特朗普出名的共和党参议员穆考斯基，她公开表示希望特朗普辞职。")
    assert [c.speaker for c in found] == ["穆考斯基"]


def test_the_subject_opening_the_sentence_outranks_a_person_in_its_object():
    found = claims("特朗普还把自己的作风与民主党候选人拜登对比，他警告，如果拜登胜选，中国将掌握美国。")
    assert [c.speaker for c in found] == ["特朗普"]


def test_predicates_joined_by_bing_keep_the_subject_that_opened_them():
    found = claims("拜登很快更正错误，并为自己的口误道歉，表示自己太专注于选举，又说大家必须担忧。")
    assert [(c.speaker, c.cue) for c in found] == [("拜登", "表示"), ("拜登", "又说")]


def test_past_a_joined_predicate_only_an_opening_subject_speaks():
    found = claims("警方在场戒备，曾截查在场人士，并发出警告，警告现场的人立即离开。")
    assert all(c.speaker != "在场人士" for c in found)


@pytest.mark.parametrize("text", ["马克龙曾说过，欧洲必须团结。", "马克龙说了：欧洲必须团结。"])
def test_an_aspect_particle_after_shuo_is_no_part_of_the_statement(text):
    assert [(c.speaker, c.text) for c in claims(text)] == [("马克龙", "欧洲必须团结")]


def test_an_aspect_particle_after_another_cue_is_a_description_not_a_statement():
    assert claims("他就是那个多年前就承诺过，要查清此案的部长。") == []


def test_a_subject_joined_by_yiji_speaks():
    found = claims("负责贸易政策的高级官员，以及马克龙总统本人都多次强调这样的作法是基于新原则。")
    assert [c.speaker for c in found] == ["马克龙"]


def test_a_numbered_order_speaks_for_whoever_signed_it():
    found = claims("去年11月，马克龙总统签了第13959号行政命令，禁止投资。行政命令中说，这些资金将帮助对手。")
    assert [(c.speaker, c.rule) for c in found] == [("马克龙", "cue:text-author")]


@pytest.mark.parametrize("text, speaker", [
    ("正如金庸所言，江湖险恶。", "金庸"),
    ("正如马克龙总统经常提到的，欧洲必须团结。", "马克龙"),
    ("如同作家伏尔泰曾经说过的，最好是好的敌人。", "伏尔泰"),
])
def test_what_follows_as_someone_said_is_their_statement(text, speaker):
    c = one(text)
    assert c.speaker == speaker and c.text == text.split("，", 1)[1].rstrip("。")


@pytest.mark.parametrize("text", ["正如我所说，中国需要改革。", "正如上文提到的，中国需要改革。"])
def test_as_said_by_the_writer_or_the_text_is_no_one_speaking(text):
    assert claims(text) == []


def test_bijing_opening_a_clause_is_no_part_of_the_speaker():
    assert one("毕竟戈培尔老师也说过：记住，你只是一粒尘埃。").speaker == "戈培尔"


def test_an_interview_frame_after_the_subjects_comma_keeps_the_subject():
    c = one("时任卫生署长杨志良，8日接受本台采访也表示，不知道有什么密约。")
    assert (c.speaker, c.text) == ("杨志良", "不知道有什么密约")


def test_the_first_of_names_described_together_speaks_through_an_interview_frame():
    c = one("时任卫生署长的叶金川、杨志良接受本台采访都表示，没有听说过。")
    assert (c.speaker, c.text) == ("叶金川", "没有听说过")


def test_citing_a_thing_leaves_the_one_who_cites_speaking():
    found = claims("发言人庄人祥今天引用近期的检验样本提出说明，强调普筛还是会有遗漏个案。")
    assert [(c.speaker, c.text) for c in found][-1] == ("庄人祥", "普筛还是会有遗漏个案")


def test_citing_a_source_hands_the_statement_to_the_source():
    assert one("美国多家媒体引用资深消息来源称，是副总统批准了增援。").speaker == "资深消息来源"


def test_a_latin_name_before_gongsi_is_the_company_speaking():
    c = one("周三，Acme公司在一份声明中表示，新产品将在明年上市。")
    assert (c.speaker, c.speaker_kind) == ("Acme", "organization")


@pytest.mark.parametrize("text, speaker", [
    ("Blue Harbor Capital外汇策略主管John Carter表示，美元仍将走强。", "John Carter"),
    ("Delta Research and Markets分析师Anna Lee说，油价将回落。", "Anna Lee"),
])
def test_a_firm_named_in_latin_before_a_role_and_a_name_is_the_employer(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("美元仍将走强，默克尔的发言人Steffen Seibert表示。", "Steffen Seibert"),
    ("美元仍将走强，默克尔的一名发言人表示。", "默克尔的一名发言人"),
])
def test_after_the_statement_the_one_possessed_speaks_not_the_owner(text, speaker):
    assert one(text).speaker == speaker


def test_a_latin_gloss_may_carry_a_party_after_the_spelling():
    from extractor.extract.speakers import glossed
    text = "州议员施耐德（Lara Schneider，社民党）说，预算不够。"
    assert [text[e:e + 1] for s, e in glossed(text)] == ["（"]  # the bracket is a gloss


def test_what_someone_deems_needed_is_a_noun_not_a_statement():
    c = one("公司表示，其遵守当地的法律，可以进行当局认为必要的检查。")
    assert c.text == "其遵守当地的法律，可以进行当局认为必要的检查"


def test_a_chinese_short_name_given_in_brackets_names_the_body_again():
    found = claims("总部设在日内瓦的国际自由记者联合会（以下简称记联会）周一发表声明。记联会在声明中表示：“记者必须受到保护。”")
    assert [c.speaker for c in found] == ["国际自由记者联合会"]


def test_an_analysts_reading_is_a_weak_statement():
    c = one("学者今天分析，这次发言没有违反政策。")
    assert (c.speaker, c.cue, c.rule.startswith("weak-cue")) == ("学者", "分析", True)


@pytest.mark.parametrize("text", ["据分析，房价明年将上涨。", "经过分析，房价明年将上涨。"])
def test_analysis_without_an_analyst_is_no_statement(text):
    assert claims(text) == []


def test_an_analyst_before_a_cue_still_speaks():
    assert one("分析师警告称，房价明年将上涨。").speaker == "分析师"


def test_a_country_opening_its_sentence_speaks_without_a_comma():
    c = one("挪威也表示将提供援助。")
    assert (c.speaker, c.text) == ("挪威", "将提供援助")


def test_a_country_inside_a_statement_does_not_speak_without_a_comma():
    assert [c.speaker for c in claims("拜登说，美国宣布制裁是正确的决定。")] == ["拜登"]


def test_a_less_reported_country_names_its_ministry():
    assert one("丹麦外交部表示，愿接收难民。").speaker == "丹麦外交部"


def test_a_country_that_published_figures_does_not_speak_through_a_later_bare_cue():
    assert claims("日本公布数据显示出口增速超过预期，表明全球需求强劲。") == []


def test_calling_something_by_a_quoted_name_is_a_weak_statement():
    c = one("日本称这场战争为“自卫战争”，并举行纪念活动。")
    assert (c.speaker, c.rule.startswith("weak-cue")) == ("日本", True)


def test_a_former_holder_is_not_who_the_bare_title_means_later():
    found = claims("前总统奥巴马周六将为拜登助选。特朗普总统前往宾州。总统表示，疫苗将是免费的。")
    assert [c.speaker for c in found] == ["特朗普"]


def test_a_title_written_with_a_country_is_not_the_bare_title():
    found = claims("俄罗斯总统普京希望他早日康复。总统多次称美国已在“绕过最后一个弯道”。")
    assert all(c.speaker != "普京" for c in found)


def test_a_way_of_saying_ending_in_shuo_opens_a_statement_of_its_own():
    found = claims("特朗普表示安全的疫苗将在数个星期内运给民众注射，并补充说疫苗将是免费的。")
    assert [(c.cue, c.text) for c in found] == [("表示", "安全的疫苗将在数个星期内运给民众注射"), ("补充说", "疫苗将是免费的")]


def test_a_second_statement_of_a_sentence_keeps_the_day_of_its_speaker():
    found = claims("拜登周二告诉支持者，该州本周每天确诊病例均创下新高，并声称特朗普已放弃抗疫。")
    assert [c.said_on for c in found] == [date(2023, 12, 19)] * 2


@pytest.mark.parametrize("text, cue", [
    ("庄祖宜在微博上贴文，“本来期待这个周末终于能全家团聚。”", "贴文"),
    ("庄祖宜曾发文：“我曾经一闪念，试想这样离开家是什么感觉”，这段又引来网友呛声。", "发文"),
])
def test_a_post_quoted_speaks_for_its_author(text, cue):
    c = one(text)
    assert (c.speaker, c.cue, c.kind) == ("庄祖宜", cue, "direct")


def test_a_directive_issued_is_not_a_post_quoted():
    assert claims("教育部发文，要求各地做好开学准备。") == []


@pytest.mark.parametrize("text", ["饶庆铃召开记者会表示，案子到此为止。", "王毅主持会议时表示，案子到此为止。"])
def test_holding_a_press_conference_ends_the_name_before_the_cue(text):
    assert one(text).text == "案子到此为止"


def test_a_sentence_about_the_speaker_after_an_opening_clause_is_narration():
    c = one("TikTok反驳说，服务器根本就不在中国。为了更像一家美国企业，TikTok特意聘请了前迪士尼经理。")
    assert c.text == "服务器根本就不在中国"


def test_a_person_described_by_what_they_know_speaks_not_what_they_know():
    c = one("熟悉美国总统历史的普林斯顿大学教授杰里哲（Julian Zelizer）认为，拜登没必要太早宣布。")
    assert c.speaker == "杰里哲"


def test_the_one_criticised_is_not_the_subject_of_the_next_clause():
    found = claims("王毅表示，双方应加强合作。该文章还批评了阿米尔·汗与土耳其走得太近，称他正在与敌人建立友谊。")
    assert all(c.speaker != "阿米尔·汗" for c in found)


def test_zhi_after_a_frame_with_zhong_is_a_cue_and_a_middle_finger_is_not():
    assert one("张建宗在网志中指，香港经历了修例风波。").speaker == "张建宗"
    assert claims("张建宗向记者竖起中指，香港经历了修例风波。") == []


@pytest.mark.parametrize("text, source", [
    ("博雷利在今年5月初接受法国《星期日报》（Journal Le Dimanche）采访时指出，欧洲过去太天真了。", "星期日报"),
    ("王毅向《华尔街日报》表示，中美关系很重要。", "华尔街日报"),
])
def test_a_paper_told_by_its_title_is_credited(text, source):
    assert [s.agency for s in one(text).sources] == [source]


def test_a_weekday_inside_a_title_is_a_name_not_a_day():
    from extractor.extract.dates import find_dates
    assert find_dates("他接受《星期日报》采访。", date(2020, 9, 12)) == []


def test_an_outlet_citing_from_within_a_report_is_credited():
    c = one("纽约时报在一篇特别报道中引述卫生部长陈时中指出，台湾将持续目前的抗疫政策。")
    assert (c.speaker, [s.agency for s in c.sources]) == ("陈时中", ["纽约时报"])


@pytest.mark.parametrize("text, cue", [
    ("王必胜说，千头万绪，一一厘清；并打趣道：“好多爱心美食，减重无望了。”", "打趣道"),
    ("特朗普讽刺道：“我们国家需要的是黑暗的冬天。”", "讽刺道"),
])
def test_a_verb_of_manner_with_dao_before_a_quotation_says_it(text, cue):
    c = claims(text)[-1]
    assert (c.cue, c.kind) == (cue, "direct") and c.text.startswith(("好多", "我们"))


@pytest.mark.parametrize("text", ["他知道：“这是真的。”", "那首歌里唱道：“谁不是凡人一个。”"])
def test_knowing_and_a_place_before_dao_say_nothing(text):
    assert all(c.cue not in ("知道", "里唱道") for c in claims(text))


def test_a_paper_that_narrates_the_story_is_its_own_outlet_not_a_source():
    found = claims("张正对《棱镜》表示，银行理财收益率太低。\n在与投资人交流的过程中，《棱镜》发现，他们对网贷很了解。")
    assert [s.agency for s in found[0].sources] == []


def test_a_paper_told_that_does_not_narrate_is_still_a_source():
    found = claims("张正对《棱镜》表示，银行理财收益率太低。\n在与投资人交流的过程中，记者发现，他们对网贷很了解。")
    assert [s.agency for s in found[0].sources] == ["棱镜"]


@pytest.mark.parametrize("text, speaker", [
    ("华盛顿警告道，这家设备供应商会通过其产品进行间谍行动。", "华盛顿"),
    ("台北则认为，中华民国是一个主权独立的国家。", "台北"),
])
def test_a_capital_opening_its_clause_speaks_for_its_government(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text", ["北京一位新闻助理告诉记者，日子一向不好过。", "台北101今天表示，将在大楼外墙点灯。"])
def test_a_capital_before_more_words_is_a_place(text):
    assert all(c.speaker not in ("北京", "台北") for c in claims(text))


def test_a_persons_article_speaks_for_its_author():
    assert one("黄俊铭文章提到，她唱的“中国”指的是“中华民国”。").speaker == "黄俊铭"


@pytest.mark.parametrize("text, day", [
    ("洲际交易所集团当地时间1月4日（新加坡时间1月5日）表示，纽交所不再推进摘牌。", "2021-01-04"),
    ("他2月5日晚9点（北京时间6日早10点）表示，谈判会继续。", "2021-02-05"),
])
def test_a_date_given_again_on_another_clock_keeps_the_first(text, day):
    from extractor.extract.dates import find_dates
    assert [d.day.isoformat() for d in find_dates(text, date(2021, 2, 6))][:1] == [day]
    assert len(find_dates(text, date(2021, 2, 6))) == 1


def test_a_clock_in_brackets_without_a_date_before_is_still_a_date():
    from extractor.extract.dates import find_dates
    assert [d.day.isoformat() for d in find_dates("白宫（美东时间2月4日）表示，会继续谈判。", date(2021, 2, 6))] == ["2021-02-04"]


def test_a_description_given_again_in_short_is_the_one_described():
    found = claims("中国央行相关部门负责人周二在媒体吹风会指出，拒收现金有三个新特征。\n"
                   "上述央行负责人称，整治拒收人民币现金并非一刀切。")
    assert [c.speaker_written for c in found] == ["中国央行相关部门负责人", "上述央行负责人"]
    assert found[0].speaker == found[1].speaker


def test_a_description_given_again_does_not_take_another_role():
    found = claims("中国央行相关部门负责人周二指出，拒收现金有三个新特征。\n上述外交部发言人称，中方不接受。")
    assert found[0].speaker != found[-1].speaker


def test_a_quotation_closed_outside_its_marks_is_the_next_sentences_speakers():
    found = claims("王毅表示，中方愿意合作。\n“我们将继续努力”。李强说，中国经济稳中向好。")
    assert [(c.speaker, c.text) for c in found][1:] == [("李强", "我们将继续努力"), ("李强", "中国经济稳中向好")]


def test_a_quotation_closed_inside_its_marks_still_goes_on_from_the_paragraph_before():
    found = claims("王毅表示，中方愿意合作。\n“我们将继续努力”。他说，中国经济稳中向好。")
    assert [c.speaker for c in found] == ["王毅", "王毅", "王毅"]


def test_a_term_closed_with_the_opening_mark_does_not_swallow_the_attribution_after_it():
    c = one("目前香港不少独立媒体都依赖“众筹“维持营运，但麦燕庭认为，“苹果日报”必须另觅途径。")
    assert (c.speaker, c.text) == ("麦燕庭", "“苹果日报”必须另觅途径")


@pytest.mark.parametrize("text, spans", [
    ("“我在微博上第一次关注“ME TOO”是在去年，”她说。", ["“我在微博上第一次关注“ME TOO”"]),
    ("他说““包括里根在内，他是最好的总统。”", ["““包括里根在内，他是最好的总统。”"]),
])
def test_a_quotation_inside_a_quotation_is_no_wrong_closer(text, spans):
    from extractor.extract.quotes import quote_spans
    assert [text[o:c + 1] for o, c in quote_spans(text)] == spans


@pytest.mark.parametrize("text", ["黎智英回应记者提问，说这次行动是否有政治考虑，要问警察。",
                                  "黎智英回应路透社的询问，称这次行动是否有政治考虑，要问警察。"])
def test_the_question_answered_is_not_the_answer(text):
    c = one(text)
    assert (c.speaker, c.text) == ("黎智英", "这次行动是否有政治考虑，要问警察")


def test_a_quotation_left_open_goes_on_until_the_next_paragraph_closes_it():
    found = claims("记协主席杨健兴表示，事件相当恐怖。\n杨健兴：“可能一两个月之前也没有想象到，香港会出现这样的情形：传媒机构会被这样搜查：\n"
                   "我们见过第三世界地方有出现过，但未想过香港会出现这情况。”\n警方表示，行动合法。")
    assert [(c.speaker, c.kind) for c in found][1:] == [("杨健兴", "direct"), ("杨健兴", "direct"), ("警方", "indirect")]
    assert found[2].text == "我们见过第三世界地方有出现过，但未想过香港会出现这情况。"


def test_a_paragraph_closing_a_quotation_no_cue_opened_is_no_run_on():
    found = claims("“特朗普一旦当选，对欧盟来说，无异于一场灾难。\n而这一点对中国非常有利。巴尔金说，欧洲的意愿就会越薄弱。”")
    assert all(not c.text.startswith("而这一点") for c in found)


def test_a_text_issued_by_a_verb_that_names_it_speaks_for_its_issuer():
    found = claims("中纪委网站上周末以“境外不是天堂”为题发文。文章表示，现实中一些案例是“配偶子女移居海外”。")
    assert [(c.speaker_written, c.cue) for c in found] == [("中纪委网站", "表示")]


def test_an_issuing_verb_ends_who_speaks():
    assert all("联署" not in c.speaker for c in claims("民主派议员发表联署，形容这是践踏新闻自由的粗暴行径。"))


def test_a_bare_presidential_office_after_another_countrys_president_is_that_countrys():
    assert one("48岁的波兰总统杜达确诊感染新冠，但总统府称其健康状况良好。").speaker == "波兰总统府"


@pytest.mark.parametrize("text", ["总统府称，蔡英文健康状况良好。",
                                  "往返内地或澳门的私家车亦会增加，运输署呼吁旅客及早规划行程。"])
def test_a_bare_office_keeps_its_usual_place_when_no_other_holder_is_named(text):
    assert not one(text).speaker.startswith(("波兰", "澳门"))


def test_a_name_before_yanli_is_the_whole_name():
    found = claims("在清华大学政治系原讲师吴强眼里，口罩外交徒劳无功。\n吴强：“北京进入战略收缩。”")
    assert [c.speaker for c in found] == ["吴强"]


def test_the_one_urged_or_pushed_out_is_no_speaker():
    assert all(c.speaker != "华为" for c in claims("华盛顿敦促全球各地的政府排挤华为，称华为将用户数据交给中国政府。"))


def test_a_name_after_a_description_and_before_a_time_word_speaks():
    c = one("顺利连任亚投行行长的金立群早前透露，亚投行把救助基金的规模提升至130亿美元。")
    assert c.speaker == "金立群"


def test_a_time_clause_after_de_is_no_name():
    assert all("时候" not in c.speaker for c in claims("说这话的时候他说，自己很生气。"))


@pytest.mark.parametrize("text, speaker", [
    ("交易员表示，疫苗利好提升风险偏好。", "交易员"),
    ("U.S.Global Investors首席交易员Michael Matousek说，这只是自然回调。", "Michael Matousek"),
])
def test_traders_speak(text, speaker):
    assert one(text).speaker == speaker


def test_the_subject_is_found_before_a_question_and_its_when_clause():
    c = one("陈时中下午在记者会回应媒体询问，此群聚案疫情要观察到什么时候才算安全时表示，现在言之过早。")
    assert (c.speaker, c.cue, c.text) == ("陈时中", "表示", "现在言之过早")


def test_hereinafter_called_is_no_cue():
    assert claims("现年64岁的胡怀邦曾任国家开发银行（下称国开行）党委书记，于2018年9月到龄离任。") == []


def test_the_one_who_did_it_to_someone_still_speaks():
    c = one("2018年在温哥华逮捕华为首席财务官孟晚舟的加拿大警察周一告诉法庭，这次逮捕符合相关程序。")
    assert c.speaker.endswith("加拿大警察") and c.text == "这次逮捕符合相关程序"


def test_a_report_revealing_more_is_no_statement():
    assert claims("林昶的简历透露出更多细节。") == []


def test_an_opening_mark_after_a_full_stop_closes_the_quotation():
    c = one("经济学家罗格夫写道：“纸币有助于匿名交易，电子货币原则上可以由政府追踪。“78％的美元流通货币是百元大钞。")
    assert (c.kind, c.text) == ("direct", "纸币有助于匿名交易，电子货币原则上可以由政府追踪。")


def test_a_listener_glossed_in_brackets_is_skipped():
    c = one("沃森后来告诉国家广播公司新闻网（NBC News ），一名保镖来到他的办公室取走了病历。")
    assert (c.speaker, c.text) == ("沃森", "一名保镖来到他的办公室取走了病历")


@pytest.mark.parametrize("text, speaker", [
    ("外长恰普托维奇说，华沙愿意在危机中进行调解。", "恰普托维奇"),
    ("热恩别科夫表示，他准备辞去总统职务。", "热恩别科夫"),
])
def test_transliterations_opening_with_qia_or_re_are_names(text, speaker):
    assert one(text).speaker == speaker


def test_qiaqia_is_an_adverb_not_a_name():
    assert claims("这恰恰说明部分交易存在腐败现象。") == []


@pytest.mark.parametrize("text, speaker", [
    ("外交部办公室未明确解释他请辞的原因，仅表示，部长早就想离开。", "外交部办公室"),
    ("李明虽表示因个人原因请辞，但当地媒体批评他的工作。", "李明"),
    ("川普现在说，民主党都在偷窃这个选举。", "特朗普"),
    ("张德江目前表示，这项工作进展顺利。", "张德江"),
])
def test_adverbs_and_negations_after_a_name_end_it(text, speaker):
    assert one(text).speaker == speaker


def test_a_name_does_not_end_before_weilai():
    c = one("拜登未来的白宫幕僚长克兰（Ron Klain）今天表示，病故总人数恐超过50万人。")
    assert c.speaker == "克兰"


@pytest.mark.parametrize("text, said", [
    ("舒莫夫斯基虽表示因个人原因请辞，但当地媒体批评他领导的卫生部。", "因个人原因请辞"),
    ("尽管王毅表示中方愿意对话，但美方并未回应。", "中方愿意对话"),
])
def test_what_was_said_under_a_concession_ends_at_but(text, said):
    assert one(text).text == said


def test_a_concession_before_the_attribution_clause_does_not_cut_the_statement():
    c = one("童女士虽然没有胜诉，但她的律师表示，虽然法院没有认定诉讼请求，但是起诉给被告一个震慑。")
    assert c.text == "虽然法院没有认定诉讼请求，但是起诉给被告一个震慑"


def test_a_name_between_a_body_and_its_role_word_is_the_speaker():
    found = claims("教育部陈宝生部长说：确保教师工资不低于当地公务员。\n陈部长还说：提高教师待遇和地位。")
    assert [c.speaker for c in found] == ["陈宝生", "陈宝生"]


def test_a_body_glossed_with_an_acronym_is_no_person():
    assert one("英格兰银行（BOE）今天表示，刺激方案总额将维持不变。").speaker == "英格兰银行"


def test_a_countrys_central_bank_speaks_by_its_own_name():
    assert one("英国央行还说：“预估2021年底前国内生产毛额都不会恢复。”").speaker == "英格兰银行"


def test_a_country_opening_a_clause_with_a_say_cue_speaks():
    c = one("四国海军在印度洋启动联合军演，中国回应说希望有关国家促进地区和平与稳定。")
    assert (c.speaker, c.text) == ("中国", "希望有关国家促进地区和平与稳定")


def test_a_news_agency_told_and_glossed_is_credited():
    c = one("办公室告诉波兰新闻社（PAP），外长希望继任者维持目前的路线。")
    assert [s.agency for s in c.sources] == ["波兰新闻社"]


def test_an_unnamed_station_told_is_no_credit():
    c = one("军方发言人德耶内今天告诉国营电视台，下一场战役将出动战车。")
    assert c.sources == []


def test_announcing_a_thing_pointed_at_is_no_statement():
    found = claims("发言人赵立坚在会中主动宣布这一讯息，并指杨洁篪是应三国政府邀请。")
    assert [c.cue for c in found] == ["指"]


def test_a_run_on_cue_after_a_space_takes_one_sentence():
    c = one("上周美国总统特朗普签署行政令，宣布 45 天后禁止与微信进行任何交易。行政令的措辞相对模糊。")
    assert c.text == "45 天后禁止与微信进行任何交易"


@pytest.mark.parametrize("text", ["用蔡霞的话说，这是彻底的脱钩。",
                                  "蔡霞被开除党籍，用她自己的话说，“这是彻底的脱钩”。"])
def test_in_someones_own_words_is_their_statement(text):
    assert one(text).speaker == "蔡霞"


@pytest.mark.parametrize("text, speaker", [("连胜文表示，两岸应该和平发展。", "连胜文"),
                                           ("就连中国领导人现在也公开承认，之前的说法是错误的。", "中国领导人")])
def test_jiulian_leads_a_clause_but_lian_opens_a_name(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, cue, said", [
    ("外长王毅强调了两国经贸合作的重要性。", "强调", "两国经贸合作的重要性"),
    ("徐部长也谈到了明年举行峰会的可能性。", "谈到", "明年举行峰会的可能性"),
    ("蓬佩奥也提及了古巴对委内瑞拉的安全协助。", "提及", "古巴对委内瑞拉的安全协助"),  # as 提到
])
def test_a_topic_stressed_after_le_is_the_statement(text, cue, said):
    c = one(text)
    assert (c.cue, c.text) == (cue, said)


@pytest.mark.parametrize("text", ["老师还提到了该学生的家长。", "外长王毅强调了这一点。", "王毅宣布了反制措施。"])
def test_a_thing_pointed_at_or_an_act_is_no_topic(text):
    assert claims(text) == []


def test_a_stressed_topic_ends_the_statement_before_it():
    found = claims("格拉济耶夫说，两国应该加强资源合作。他强调了金融合作的重要性。")
    assert [(c.speaker, c.cue, c.text) for c in found] == [("格拉济耶夫", "说", "两国应该加强资源合作"),
                                                          ("格拉济耶夫", "强调", "金融合作的重要性")]


def test_a_share_of_people_polled_is_no_speaker():
    found = claims("欧洲人还提到了贸易逆差扩大的问题。\n调查显示，仅有7%的欧洲人认为，中国是可靠的伙伴。")
    assert [c.cue for c in found] == ["提到"]


@pytest.mark.parametrize("text, speaker", [("前局长马时亨受访时表示，经济会好转。", "马时亨"),
                                           ("马时亨表示，经济会好转。", "马时亨"),
                                           ("王毅同时表示，中方不接受。", "王毅")])
def test_shi_may_open_a_given_name_but_never_end_one(text, speaker):
    assert one(text).speaker == speaker


def test_an_email_named_again_speaks_for_its_sender():
    found = claims("记者看到的电子邮件显示，美国半导体协会周五表示，商务部已否决多项申请。\n该邮件称行动涉及范围很大的产品。")
    assert [(c.speaker, c.text) for c in found][-1] == ("美国半导体协会", "行动涉及范围很大的产品")


@pytest.mark.parametrize("text, speaker", [("“江苏高院”微信公众号周四称，法院今日进行了公开宣判。", "江苏高院"),
                                           ("台湾移民署今（25日）表示，将驱逐此人出境。", "台湾移民署"),
                                           ("李彬豪受查时表示，是受人委托才找上征信社。", "李彬豪")])
def test_an_account_a_bracketed_day_or_a_questioning_ends_a_name(text, speaker):
    assert one(text).speaker == speaker


def test_a_titled_name_opening_the_clause_speaks_after_rebutting_a_comment():
    assert one("中国大使丛培武还反驳总理的评论，称中国没有胁迫外交。").speaker == "丛培武"


def test_one_included_in_a_group_is_not_its_voice():
    assert one("包括副总统彭斯在内的不少人呼吁严惩暴徒。").speaker == "不少人"


def test_a_body_comes_back_by_a_contraction_of_its_name():
    found = claims("美国国家安全委员会星期一发表声明说，这些演讲很重要。\n国安会表示，这些演讲实现了几个目标。")
    assert [c.speaker for c in found] == ["美国国家安全委员会"] * 2


def test_a_body_comes_back_by_the_end_of_its_name():
    found = claims("台湾移民署今天表示，将驱逐此人出境。\n移民署强调，外来人士在台应遵守法律。")
    assert [c.speaker for c in found] == ["台湾移民署"] * 2


def test_the_report_going_on_keeps_its_credit():
    found = claims("根据苹果日报报导，移民署表示，将驱逐此人出境。\n报导又指，征信社受人委托。李彬豪受访时表示，是受人委托。")
    assert (found[-1].speaker, [s.agency for s in found[-1].sources]) == ("李彬豪", ["苹果日报"])


def test_ji_is_a_transliteration_character():
    assert one("格拉济耶夫说，我们必须使用本国货币。").speaker == "格拉济耶夫"


def test_giving_the_statement_above_is_no_new_statement():
    assert claims("陆委会今天举行记者会，媒体就此事提问，发言人邱垂正作上述表示。") == []


def test_a_body_forced_to_respond_is_no_speaker():
    found = claims("部分参选人发起共同纲领，迫使港府回应「五大诉求」。")
    assert all(c.speaker != "香港特区政府" for c in found)


def test_a_body_after_an_events_frame_is_named_without_it():
    assert one("金融委会议后河南官方表态“坚决打击逃废债”。").speaker == "河南官方"


@pytest.mark.parametrize("text, said", [
    ("河南官方表态“坚决打击逃废债”，辽宁省国资委亦于近日表达类似态度。", "坚决打击逃废债"),
    ("赵立坚称“这是错误的”，美国应当停止干涉。", "“这是错误的”，美国应当停止干涉"),
])
def test_a_quotation_ends_where_the_narrator_turns_to_someone_else(text, said):
    assert one(text).text == said


def test_cui_is_a_transliteration_character():
    assert one("捷克外长佩崔切克今天表示，本周将召见中国大使。").speaker == "佩崔切克"


def test_a_quotation_inside_a_statement_is_not_the_next_speakers():
    found = claims("中国外长王毅声称要他「付出深重代价」，捷克外长佩崔切克今天表示，本周将召见中国大使。")
    assert [(c.speaker, c.text) for c in found] == [("王毅", "要他「付出深重代价」"), ("佩崔切克", "本周将召见中国大使")]


@pytest.mark.parametrize("text, speaker", [
    ("特朗普前律师朱利安尼说，选举有舞弊。", "朱利安尼"),
    ("拜登总统顾问沙利文说，美国将与盟友合作。", "沙利文"),
    ("特朗普政府国务卿蓬佩奥说，中国是威胁。", "蓬佩奥"),
    ("特朗普集团法务长Alan Garten说，该公司已经配合调查。", "Alan Garten"),
    ("习近平会见俄罗斯总理米舒斯京时说，中方愿同俄方合作。", "习近平"),
])
def test_the_holder_of_a_role_of_someone_named_before_speaks(text, speaker):
    assert one(text).speaker == speaker


def test_a_company_named_after_a_person_speaks_as_the_company():
    assert one("特朗普集团表示，这项调查出于政治目的。").speaker == "特朗普集团"


def test_a_bare_bing_goes_on_from_the_role_that_opens_the_sentence_not_from_a_name_it_acts_on():
    c = one("纽约州检察官正在调查特朗普与特朗普集团是否操纵资产价值，并称艾瑞克不配合这项调查。")
    assert (c.speaker, c.text) == ("纽约州检察官", "艾瑞克不配合这项调查")


def test_a_role_before_the_name_is_no_opener_of_its_own():
    found = claims("六四学生领袖王丹晚间发文悼念，并表示当年的学生永远不会忘记他。")
    assert [c.speaker for c in found] == ["王丹"]


def test_her_in_the_next_paragraph_is_who_spoke_not_whom_she_quoted():
    found = claims("詹姆斯表示，特朗普前私人律师科恩在国会作证时称，总统夸大了资产的价值。\n她还指出，艾瑞克拒绝作证。")
    assert [c.speaker for c in found] == ["詹姆斯", "科恩", "詹姆斯"]


def test_shuocheng_describes_as_and_is_no_statement():
    assert claims("正像袁先生把赖斯、鲍威尔和奥巴马等等说成是“黑人”的另类一样。") == []


def test_a_name_ending_in_xin_speaks_with_shuo():
    found = claims("中国国家卫健委副主任曾益新表示，中国支持溯源工作。\n曾益新说，目前已经与世卫组织开了四次视频会。")
    assert [c.speaker for c in found] == ["曾益新", "曾益新"]


def test_a_quotation_describing_a_speech_is_the_statement_alone():
    c = one("《求是》杂志刊登习近平强调「公有制主体地位不能动摇」的讲话，并不一致，再次惹起评论。")
    assert (c.speaker, c.kind, c.text) == ("习近平", "direct", "公有制主体地位不能动摇")


def test_a_reply_cue_takes_its_statement():
    assert one("黄之锋回复说，自己反对《香港国安法》。").cue == "回复说"


def test_a_homophone_slip_in_a_known_name_is_that_person():
    c = one("前众志秘书长黄之锋收到选举主任的质询，黄之峰回复说，自己反对《香港国安法》。")
    assert (c.speaker, c.speaker_written) == ("黄之锋", "黄之峰")


def test_two_spellings_of_an_unknown_name_stay_apart():
    found = claims("台湾学者林郁芳说，美国会防范中国。\n林郁方说，台湾是很重要的棋子。")
    assert [c.speaker for c in found] == ["林郁芳", "林郁方"]


def test_a_quoted_question_before_an_answer_is_not_the_answerers():
    found = claims("针对记者提问，“越南对军演有何反应”，黎氏秋姮回答称，“这是侵犯越南的主权。”")
    assert [(c.speaker, c.text) for c in found] == [("黎氏秋姮", "这是侵犯越南的主权。")]


@pytest.mark.parametrize("text, said", [
    ("蓬佩奥并未提供更多细节，但提到台湾是美国的“可靠伙伴”。", "台湾是美国的“可靠伙伴”"),
    ("梁君彦提到2016年前立法会已出现乱局。", "2016年前立法会已出现乱局"),
])
def test_tidao_runs_on_with_a_clause_that_says_something(text, said):
    assert one(text).text == said


@pytest.mark.parametrize("text", [
    "杜特尔特提到中国与其他国家的不同之处。",
    "蔡英文提到美台经济对话与领袖会议对台湾的重要性。",
    "赖清德也提到维斯特奇尔讲出的“我是台湾人”那句话。",
    "拜登提到他的儿子博。",
])
def test_tidao_with_only_a_topic_makes_no_claim(text):
    assert claims(text) == []


def test_a_reminder_is_a_weak_statement_and_the_quotes_after_it_go_on():
    found = claims("范德赖恩说：“美国民主有韧性。”\n但范德赖恩提醒，不能忘记数千万美国人投给川普的事实。\n「川普的支持者依然存在。」")
    assert [(c.speaker, c.cue, c.rule.startswith("weak-cue")) for c in found] == [
        ("冯德莱恩", "说", False), ("冯德莱恩", "提醒", True), ("冯德莱恩", "", False)]


def test_a_notice_speaks_for_the_body_that_gave_notice_the_paragraph_before():
    found = claims("潮阳区贵屿镇政府今天在微信上通报，17岁的卢姓男子举行婚礼。\n通报称，镇政府已对双方家长进行法制教育。")
    assert [(c.speaker, c.text) for c in found] == [("潮阳区贵屿镇政府", "镇政府已对双方家长进行法制教育")]


def test_the_body_adopting_a_report_speaks_not_the_report():
    c = one("監察院日前通過監委瓦歷斯．貝林委員提出的調查報告，認為法院判決認定多位民眾受傷。")
    assert c.speaker == "监察院"


@pytest.mark.parametrize("text", ["王明坚定果断地对儿子说：“你记住。”", "我对儿子说：“你记住。”"])
def test_how_and_to_whom_someone_speaks_is_no_speaker(text):
    assert all("儿子" not in c.speaker for c in claims(text))


@pytest.mark.parametrize("text, said", [
    ("政府建议人们不要旅行进入实施第四级管控的区域。", "人们不要旅行进入实施第四级管控的区域"),
    ("黄奇帆建议证监会应该给互联网一个约定。", "证监会应该给互联网一个约定"),
])
def test_a_recommendation_runs_on_into_what_is_recommended(text, said):
    assert one(text).text == said


def test_a_body_passing_a_proposal_is_not_recommending():
    assert [c.cue for c in claims("人大常委于11日以全票通过建议的方案。")] == []


def test_a_name_ends_before_the_time_word_after_it():
    assert one("斯洛伐克总理马托维奇之后说，他的新冠检测也呈阳性。").speaker == "马托维奇"


def test_a_sentence_the_narrator_credits_to_a_report_ends_the_statement_before_it():
    c = one('吉利创始人李书福说，这是"吉利十多年来最大的飞跃"。据彭博社报道，这家汽车制造商投资了180亿元。')
    assert c.text == '这是"吉利十多年来最大的飞跃"'


def test_making_a_reply_with_a_colon_gives_what_was_replied():
    c = one("特朗普总统随即做出回应：为什么不在大选前宣布这一消息？")
    assert (c.speaker, c.cue, c.text) == ("特朗普", "回应", "为什么不在大选前宣布这一消息？")


def test_a_hyphenated_transliteration_is_one_name_not_a_known_namesake():
    found = claims("“中国很清楚这一点，”国家安全事务教授琼·约翰逊-弗里斯(Joan Johnson-Freese)说。\n“美国要打造的是一辆梅赛德斯，”约翰逊-弗里斯说。")
    assert [c.speaker for c in found] == ["琼·约翰逊-弗里斯", "琼·约翰逊-弗里斯"]


def test_a_person_quoting_another_makes_the_words_his_own():
    found = claims("“我们不能永远躺在地球这个摇篮里，”航天科技集团公司高管包为民最近在国家电视台上引述苏联火箭科学家康斯坦丁·齐奥尔科夫斯基(Konstantin Tsiolkovsky)的话说。")
    assert [c.speaker for c in found] == ["包为民"]


def test_an_outlet_quoting_someone_after_the_quotation_credits_that_one():
    c = one("“该草案可能会在12月发布，”美联社引述一名官员的话说。")
    assert (c.speaker, [s.agency for s in c.sources]) == ("一名官员", ["美联社"])


def test_a_predicate_going_on_with_jixu_keeps_the_described_subject():
    c = one("中国驻加拿大大使丛培武则出席多伦多大学的演讲，继续捍卫港版国安法，称“中国中央政府必须采取措施。”")
    assert c.speaker == "丛培武"


def test_a_sentence_opening_with_a_pronoun_no_one_can_be_still_ends_the_statement_before():
    c = one("Katherine Lei等分析师在一份报告中表示，尽管如此，“银行可能需要考虑美国合规义务”。他们表示，“我们认为风险相对较低。”")
    assert c.text == "尽管如此，“银行可能需要考虑美国合规义务”"


def test_he_after_an_unnamed_speaker_is_that_speaker():
    found = claims("有导游表示，地图导航显示未及时更新。他说曾向交警查询，得悉有不少车辆都驶错路口。")
    assert [(c.speaker, c.text[:4]) for c in found] == [("导游", "地图导航"), ("导游", "曾向交警")]


@pytest.mark.parametrize("text", ["蓬佩奥称许英国下令排除华为设备是做了正确决定。", "投资者乐观地认为华盛顿将出台新一轮刺激措施。"])
def test_praise_and_adverbs_in_di_are_no_cue_and_no_name(text):
    assert all(c.cue != "称" and not c.speaker.endswith("地") for c in claims(text))


def test_a_notice_with_no_issuer_named_speaks_for_the_body_acting_and_its_website_is_credited():
    found = claims("中央纪委国家监委对云公民严重违纪违法问题进行了立案审查调查。\n根据中央纪委国家监委网站消息，通报称云公民理想信念丧失。\n通报还指云公民严重违反党的组织纪律。")
    assert [(c.speaker, c.cue, [s.agency for s in c.sources]) for c in found] == [
        ("中央纪委国家监委", "称", ["中央纪委国家监委网站"]), ("中央纪委国家监委", "指", [])]


def test_someone_named_deep_in_a_clause_of_time_is_not_who_he_is():
    c = one("在愤怒地打电话咒骂彭斯之后，特朗普在集会上煽动支持者，反对他自己的副总统，他说，“我希望他不要听从那些蠢货的话。”")
    assert c.speaker == "特朗普"


@pytest.mark.parametrize("text, speaker", [
    ("澳门行政长官贺一诚受访时表示，澳门经济受疫情影响。在被问及香港警方搜查壹传媒一事时，他说，此事港澳不能比较。", "贺一诚"),
    ("在加入特朗普政府之前，蓬佩奥曾在国会担任众议员，他表示他的部门会在周四发布指导意见。", "蓬佩奥"),
    ("在特朗普于白宫附近发表演说后，混乱场面一发不可收拾，他在演说中声称这场大选被窃取了。", "特朗普"),
])
def test_he_is_not_someone_named_inside_a_clause_of_time_unless_its_own_subject(text, speaker):
    assert claims(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("川普（特朗普）总统贸易顾问纳瓦罗周一表示，中共对美国发动多方攻势。", "纳瓦罗"),
    ("美国总统气候特使克里表示，各国应加快减排。", "克里"),
    ("习近平会见俄罗斯总理米舒斯京时说，中方愿意合作。", "习近平"),
    ("电影导演刘非比接受本台记者陈品洁专访时表示，剧组找不到讲汉语的演员。", "刘非比"),
])
def test_a_role_of_someone_with_its_field_named_is_held_by_the_one_after_it(text, speaker):
    assert one(text).speaker == speaker


def test_a_three_character_guess_after_a_role_is_no_name_when_another_role_follows():
    c = one("脸书主管廉正事务副总裁罗森（Guy Rosen）表示：「我们会在通知中加注。」")
    assert c.speaker == "罗森"


def test_a_role_glossed_in_latin_capitals_still_names_who_follows():
    c = one("香港交易所行政总裁(CEO)李小加周一在告别交流会上称，本月底退任后不会离开香港。")
    assert c.speaker == "李小加"


@pytest.mark.parametrize("text", ["脸书加强使用规范，包括若总统川普错误地宣称胜选时所应采取的对策。",
                                  "如果特朗普宣称胜选，推特会加注警告。"])
def test_what_someone_might_say_if_something_happened_is_no_statement(text):
    assert claims(text) == []


def test_several_is_no_if():
    assert one("若干官员表示，中方愿意合作。").speaker == "若干官员"


def test_a_name_ending_in_the_first_character_of_a_word_with_the_cue_still_speaks():
    found = claims("中央气象局预报员张承传告诉记者，明天开始东北季风增强。\n张承传说，沿海地区风力较大。")
    assert [(c.speaker, c.text) for c in found][-1] == ("张承传", "沿海地区风力较大")


def test_a_guessed_name_does_not_unblock_a_cue_used_as_a_noun():
    assert all(c.cue != "呼吁" for c in claims("西北大学佛教研究所所长李利安教授曾发出呼吁，希望有关部门停止拆除观音像。"))


def test_he_is_a_person_not_a_body_named_in_the_topic_before():
    found = claims("审计处长吴锦祥今天指出，相关究责正在进行中。对于民进党籍议员要求提报监察院，他则说考虑研办。")
    assert [c.speaker for c in found] == ["吴锦祥", "吴锦祥"]


def test_a_witness_recalling_speaks_but_a_memory_does_not():
    assert one("纳瓦罗回忆，当时中共代表团对着我们微笑，却丝毫未透露病毒疫情。").cue == "回忆"
    assert claims("提审是一段不太美好的回忆，以至于之后的日子里，他很害怕。") == []


def test_a_text_sent_to_someone_speaks_for_its_sender():
    found = claims("纳瓦罗说，情况严重。2月23日他发给川普总统的备忘录说，新冠病毒会感染1亿美国人。")
    assert [(c.speaker, c.said_on) for c in found][-1] == ("纳瓦罗", date(2023, 2, 23))


def test_the_reporter_told_is_not_part_of_the_unnamed_speaker():
    c = one("汉阳医院有关负责人向财新记者回忆，当时医院医护力量已经到了极限。")
    assert c.speaker == "汉阳医院有关负责人"


def test_a_run_on_cue_takes_the_day_its_sentence_names():
    c = one("欧洲联盟28日晚上对中国实施港区国安法做出具体回应，认为中国行动违背国际承诺。",
            datetime(2020, 7, 29, 6, 35, tzinfo=ZoneInfo("Asia/Taipei")))
    assert (c.speaker, c.said_on) == ("欧盟", date(2020, 7, 28))


@pytest.mark.parametrize("text", ["无法提出登机前3日阴性证明者", "近3日没有新增病例"])
def test_a_count_of_days_is_no_day_of_the_month(text):
    from extractor.extract.dates import find_dates
    assert find_dates(text, date(2020, 8, 4)) == []


def test_a_paragraph_quoting_no_one_carries_the_speaker_on_to_a_quotation_after_it():
    found = claims("冯教授表示，南美没有跳出中等收入陷阱。\n南美一些国家都没有跨过中等收入陷阱，“就是因为没有制度上的变革”。\n"
                   "“当讲到一个国家没法跨越这个陷阱的时候，也就意谓着人口的大多数还属于贫困状态。”")
    assert [(c.speaker, c.rule) for c in found][-1] == ("冯教授", "continuation-quote")


def test_a_paragraph_naming_someone_else_does_not_carry_the_speaker_on():
    found = claims("冯教授表示，南美没有跳出中等收入陷阱。\n一名学生则举手提问，“那么中国呢？”\n"
                   "“当讲到一个国家没法跨越这个陷阱的时候，也就意谓着人口的大多数还属于贫困状态。”")
    assert all(c.rule != "continuation-quote" for c in found)


def test_someone_in_the_know_speaks_unnamed():
    assert one("知情者悲愤地说道：“从来没有看到过如此缺德的政府。”").speaker == "知情者"


# From a twenty-ninth audit

def test_an_adverb_after_a_name_guessed_after_a_role_is_not_part_of_the_name():
    assert one("北京天则经济研究所副所长蒋豪却认为言之尚早。").speaker == "蒋豪"


@pytest.mark.parametrize("text, speaker", [
    ("美国国家监管机构食品药品管理局称，新冠疫苗可能获批。", "美国食品药品管理局"),
    ("中国电影行业监管机构国家电影局(China Film Administration)上周表示，观众之间必须空出座位。", "中国国家电影局"),
    ("欧盟执行机构欧盟委员会表示，四个国家全面禁止进口。", "欧盟委员会"),
])
def test_the_kind_of_body_before_its_name_is_not_part_of_the_name(text, speaker):
    assert one(text).speaker == speaker


def test_a_kind_of_investor_is_no_kind_of_body():
    assert one("国际机构投资者协会表示，市场已经稳定。").speaker == "国际机构投资者协会"


def test_a_firm_of_a_kind_speaks_by_its_latin_name():
    assert one("影音网站YouTube今天表示，将禁止其发布新影片一周。").speaker == "YouTube"


def test_a_family_name_in_pinyin_comes_first():
    found = claims("大学生Qian Jiayin走进电影院观影。“家里的音响效果跟电影院不能比。”Qian周一上午表示。")
    assert [c.speaker for c in found] == ["Qian Jiayin"]


def test_a_title_with_the_short_form_of_its_country_names_its_holder():
    c = one("解放军频越台海中线，台防长称目前没有武力入台征兆。", datetime(2020, 9, 29, tzinfo=ZoneInfo("Asia/Taipei")))
    assert c.speaker == "严德发"


def test_the_short_form_of_a_country_does_not_make_a_title_of_another_word():
    from extractor import lexicon
    titles = lexicon.load().speakers_by_title
    assert "英国王" not in titles and "新总理" not in titles and "英首相" in titles


def test_answering_is_a_cue_but_an_answer_is_not():
    assert one("苏贞昌回答，他相信台湾人民一定坚持寸土不让。").cue == "回答"
    assert claims("这个问题的回答，取决于美国的态度。") == []


def test_a_sentence_setting_the_next_speakers_scene_ends_the_statement_before():
    found = claims("台湾国防部长严德发表示，目前没有战争的征兆。台湾行政院长苏贞昌今天在立法院被问及，"
                   "如果两岸开战，台湾军方能撑多久。苏贞昌回答，他相信台湾人民一定坚持寸土不让。")
    assert [(c.speaker, c.text) for c in found] == [("严德发", "目前没有战争的征兆"),
                                                    ("苏贞昌", "他相信台湾人民一定坚持寸土不让")]


def test_that_report_citing_another_outlet_is_a_chain():
    found = claims("据联合早报今天报道，台防长称目前没有武力入台征兆。该报道引据东森新闻台消息，江启臣质询时指出，解放军扰台次数历来最多。")
    assert [s.agency for s in found[-1].sources] == ["联合早报", "东森新闻"]


def test_those_who_gave_an_answer_counted_in_a_poll_are_no_speaker():
    found = claims("张建宗说，很好。\n调查中，回答“普通/一半半”的有23.0%；表示不信任的则有60.1%。")
    assert [c.speaker for c in found] == ["张建宗"]


def test_a_cue_describing_who_someone_is_reports_no_statement():
    assert claims("德国财政部长奥拉夫·舒尔茨是第一位在推文中正式宣布此一决定的政府部长。") == []
    assert one("拜登宣布美国是中国的朋友。").text == "美国是中国的朋友"


def test_a_country_speaks_after_a_frame_of_when():
    assert one("在最初的回应中，德国曾表示将接收100名至150名无人陪伴的未成年人。").speaker == "德国"


def test_an_indictment_speaks_for_who_brought_the_charges():
    found = claims("美国检方说，这只是冰山一角。\n司法部起诉34岁的李晓宇与33岁的董家智。\n起诉书称，两人受雇于中国国家安全部。")
    assert found[-1].speaker == "司法部"


def test_charging_someone_with_something_is_a_statement():
    assert one("美国众议院通过法案，指其强迫维族穆斯林劳动。").cue == "指"


def test_a_text_named_between_its_verb_and_its_kind_still_has_its_issuer():
    found = claims("自由之家周三公布年度网络自由（Freedom on the Net）报告。\n报告说，全球网络自由情况持续下降。")
    assert found[-1].speaker == "自由之家"


def test_a_text_someone_else_submitted_is_not_the_subjects():
    assert _issued_by("大纪元获得医院提交的《相关情况汇报》。") == []


def _issued_by(text):
    from extractor.extract import _issuing_pattern
    return [m.group(0) for m in _issuing_pattern()[0].finditer(text) if "的" in text[m.start():m.start() + 3]]


def test_a_time_word_ends_a_name_after_a_role():
    assert one("印度科技部长普拉萨上个月表示，苹果已有8家代工厂转移到了印度。").speaker == "普拉萨"


def test_an_unnamed_official_telling_of_someone_elses_words_says_them_all():
    found = claims("一位不愿透露姓名的韩国官员告诉记者，康京和在会谈中提到了美国新政府的问题。这位官员表示，王毅重申了中国的反对。")
    assert [c.speaker for c in found] == ["一位不愿透露姓名的韩国官员", "康京和", "一位不愿透露姓名的韩国官员", "王毅"]
    assert found[0].text.startswith("康京和")


def test_who_a_report_is_according_to_does_not_say_the_words_it_quotes():
    found = claims("“你要么作为一名爱国者被历史铭记，”据两名了解谈话内容的人士透露，特朗普这样对他说，“要么就被当作一个娘炮载入史册。”")
    assert "特朗普这样对他说" not in "".join(c.text for c in found)


def test_a_predicate_between_the_subject_and_and_said_keeps_the_subject():
    found = claims("王毅于周三抵达韩国首都。与此同时，中国国家主席习近平星期三向美国当选总统拜登发去贺电，祝贺他赢得选举，并表示希望实现“双赢合作”。")
    assert [c.speaker for c in found] == ["习近平"]


def test_this_official_is_the_official_described_not_the_spokesman_introduced():
    found = claims("外交部发言人赵立坚说，反对打压。\n蚂蚁集团的一名发言人说，用户无法使用支付宝。\n外交部发言人赵立坚星期四表示，不要泛化。这位发言人还表示，中方将继续采取必要措施。")
    assert found[-1].speaker == "赵立坚"


def test_and_then_said_after_a_name_is_one_cue():
    c = claims("葛优表示：“观众会永远记住他。”梁天则说道，“所有业内人士都会怀念他。”")[-1]
    assert (c.speaker, c.cue) == ("梁天", "则说道")


def test_the_outlet_interviewing_someone_is_credited_for_the_rest_of_the_interview():
    found = claims("克拉佛-卡罗内在接受路透社专访时指出，这项计划将吸引投资。他透露，基础建设将是第一批关注焦点。")
    assert [[s.agency for s in c.sources] for c in found] == [["路透社"], ["路透社"]]


def test_an_agency_told_and_in_the_dateline_is_one_source():
    c = claims_in_text("（法新社巴黎18日電）一名军方人士告诉法新社，这座小镇已经沦陷。", published_at=WED, outlet="法广")[0]
    assert [s.agency for s in c.sources] == ["法新社"]


def test_again_claimed_with_its_punctuation_is_a_cue():
    c = claims("国台办发言人朱凤莲声称，台湾民众清楚。\n她又称，民进党当局挟洋自重，只会伤害台湾同胞的利益。")[-1]
    assert (c.speaker, c.cue, c.text) == ("朱凤莲", "又称", "民进党当局挟洋自重，只会伤害台湾同胞的利益")


def test_also_called_naming_something_is_no_statement():
    assert claims("新冠病毒又称为新型冠状病毒，国际上亦称为SARS-CoV-2。") == []


def test_wrote_with_dao_as_written_in_a_book_is_a_cue():
    c = one("许章润在书中后记写到，仍“祈求华夏清明，但愿人间有福”。")
    assert (c.speaker, c.cue, c.kind) == ("许章润", "写到", "mixed")


def test_a_thing_pointed_at_after_any_cue_is_no_statement():
    assert claims("欧盟必须清晰明确且一而再、再而三地指出这一问题。") == []


def test_a_body_no_press_named_after_according_to_with_a_speech_verb_speaks():
    c = one("据世界卫生组织说，目前有50个疫苗正处在人体试验阶段。")
    assert (c.speaker, c.text, c.sources) == ("世界卫生组织", "目前有50个疫苗正处在人体试验阶段", [])


def test_a_press_name_after_according_to_stays_a_credit():
    c = one("据山东电视台说，特朗普表示，他不会让步。")
    assert c.speaker == "特朗普" and [s.agency for s in c.sources] == ["山东电视台"]


def test_a_body_introduced_by_its_kind_and_quoted_name_speaks_by_that_name():
    found = claims("中国网购平台「网易严选」今晚宣布了新的安排。\n网易严选表示，今年双11不做复杂优惠玩法。")
    assert [(c.speaker, c.text) for c in found] == [("网易严选", "今年双11不做复杂优惠玩法")]


def test_a_quoted_word_after_many_firms_is_no_body():
    assert claims("很多公司“瘦身”的事实已经印证。\n瘦身表示，这是大势所趋。") == []


def test_a_quoted_name_opening_the_sentence_before_its_cue_speaks():
    c = one("“经济五贤人”也警告说，随着确诊人数不断增加，经济恢复也可能面临停滞。")
    assert (c.speaker, c.cue) == ("经济五贤人", "警告说")


def test_a_quoted_idea_holds_no_view():
    assert all(c.speaker != "一个中国原则" for c in claims("“一个中国原则”认为台湾是中国的一部分。"))


def test_a_report_analysing_speaks_for_its_author():
    found = claims("美国国务院周二发表年度报告。但是年度报告分析认为，中国的人权状况恶化。")
    assert [(c.speaker, c.cue, c.text) for c in found] == [("美国国务院", "认为", "中国的人权状况恶化")]


def test_and_said_after_a_clause_with_no_subject_keeps_the_sentences_subject():
    c = one("副总统赖清德今天接见日本代表泉裕泰，除感谢日本政府支持台湾外，并说，未来国家间互相合作都是非常必要。")
    assert (c.speaker, c.cue) == ("赖清德", "并说")


def test_a_quotation_after_a_spaced_full_stop_continues_the_speaker():
    found = claims("华盛顿律师莱汉·阿萨特说：“今天是个信号。”她的弟弟在新疆被监禁。 “这是通往正义的起点。”")
    assert [(c.speaker, c.text) for c in found][-1] == ("莱汉·阿萨特", "这是通往正义的起点。")


def test_fauci_in_taiwanese_spelling_is_fauci():
    assert one("美国传染病专家弗契说，疫苗是隧道尽头的光亮。").speaker == "福奇"


def test_a_charge_after_a_passive_arrest_is_the_agents():
    c = one("他7月6日遭中国警方从家中带走，指他涉嫌到四川嫖娼。")
    assert (c.speaker, c.text) == ("中国警方", "他涉嫌到四川嫖娼")


def test_a_charge_after_an_arrest_by_a_counted_agent_is_the_agents():
    assert one("周庭昨日遭十多名港警逮捕，指她涉嫌勾结外国势力。").speaker == "香港警方"


def test_one_arrested_with_no_agent_named_still_speaks_for_himself():
    assert one("李四被拘留，称他是无辜的。").speaker == "李四"


def test_one_arrested_speaking_of_himself_keeps_his_words():
    assert one("王五被警方带走，称“我是无辜的”。").speaker == "王五"


@pytest.mark.parametrize("text, speaker", [
    ("罹难女童就读的凤西国小表示，武姓女童目前就读三年级。", "凤西国小"),
    ("乌克兰民防机构称，一架飞机在哈尔科夫坠毁。", "乌克兰民防机构"),
])
def test_schools_and_agencies_unknown_to_the_lexicon_speak(text, speaker):
    assert one(text).speaker == speaker


def test_a_schoolmate_is_no_school():
    assert all(not c.speaker.endswith("大学") for c in claims("当年的大学同学把信息转给我，说：“他看到之后会心里发抖。”"))


def test_a_body_met_in_a_when_clause_is_not_who_spoke():
    c = one("外长王毅周五在北京，会见国际原子能机构总干事格罗西时指，当前国际局势动荡不安。")
    assert c.speaker == "王毅"


def test_putting_forward_a_quoted_view_is_a_cue():
    found = claims("“我认为华盛顿应正式接待蔡英文，”图米提出，“我们还必须继续对台军售。”")
    assert [(c.speaker, c.text) for c in found] == [("图米", "我认为华盛顿应正式接待蔡英文，"), ("图米", "我们还必须继续对台军售。")]


def test_putting_forward_a_quoted_idea_is_no_statement():
    assert claims("习近平提出“人类命运共同体”理念。") == []


def test_presenting_a_thing_is_no_statement():
    assert claims("日本宇航研发机构举行发布会，介绍在密封舱内发现的样本。") == []


def test_a_quotation_after_a_paragraph_opening_on_the_last_speaker_is_theirs():
    found = claims("作家詹姆斯·斯卡林说，酒店往往是比较中立的空间。\n斯卡林发现，他遇到的中国游客都是来回忆上世纪70年代的。\n"
                   "“通过访问朝鲜，他们基本上是在访问自己的历史。”")
    assert [(c.speaker, c.kind) for c in found][-1] == ("詹姆斯·斯卡林", "direct") and len(found) == 2


def test_a_quotation_after_a_paragraph_about_someone_else_is_not_the_last_speakers():
    found = claims("作家詹姆斯·斯卡林说，酒店往往是比较中立的空间。\n摄影师妮可·里德发现，酒店里挤满中国游客。\n"
                   "“通过访问朝鲜，他们基本上是在访问自己的历史。”")
    assert all(c.text != "通过访问朝鲜，他们基本上是在访问自己的历史。" or c.speaker != "詹姆斯·斯卡林" for c in found)


@pytest.mark.parametrize("text, speaker", [
    ("据美国国务院周二发表的声明称，美方将加征关税。", "美国国务院"),
    ("据国药集团公布的消息称，该疫苗有效率为79%。", "国药集团"),
])
def test_a_text_credited_to_its_issuer_speaks_for_the_issuer(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("路透社的报道称，这项裁决将不会产生直接影响。", "路透社"),
    ("知情人士的消息说，美方将加征关税。", "知情人士"),
    ("世界报的文章继续写道，东京希望加强联系。", "世界报"),
])
def test_a_report_of_someone_speaks_for_them_not_as_the_report(text, speaker):
    assert one(text).speaker == speaker


def test_a_pronoun_points_back_to_an_official_never_named():
    found = claims("据中国商务部条法司副司长周三在发布会上透露，中欧双方需要尽快开展文本的法律审核。\n"
                   "“协定的一个主要方面是市场准入的承诺，”她称。")
    assert [c.speaker for c in found] == ["商务部条法司副司长", "商务部条法司副司长"]


@pytest.mark.parametrize("text, unnamed", [
    ("美国官员说，谈判仍在进行。\n他表示，双方分歧很大。", "美国官员"),  # officials: often several
    ("记者问，北约是否有所准备。\n他说，北约已经准备好了。", "记者"),  # the reporter asking
    ("诸多议员批评了好莱坞。\n他强调，这种情况很常见。", "诸多议员"),
])
def test_a_pronoun_does_not_point_back_to_unnamed_people_who_may_be_several(text, unnamed):
    second = text.split("\n")[1]
    assert all(c.speaker != unnamed for c in claims(text) if c.text in second)


def test_a_pronoun_points_to_the_person_named_since_the_unnamed_official():
    found = claims("一名外交官说，谈判仍在进行。\n外交部长王毅周三会见了布林肯。他说，双方要加强沟通。")
    assert found[-1].speaker == "王毅"


@pytest.mark.parametrize("text", [
    "欧盟向中国企业提供了有法律约束力的市场准入承诺，也就是说中国企业获得了更好的制度性承诺。",
    "中国证监会发送了新的政策建议，拟允许美国选择一家企业进行试点审计。",
])
def test_a_cue_word_heading_a_noun_phrase_is_no_statement(text):
    assert claims(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("拜登的团队此前承诺，拜登政府会全面执行该法案。", "拜登的团队"),
    ("美国的官员承诺，中国企业将获得更好的待遇。", "美国的官员"),
])
def test_a_cue_word_after_who_speaks_or_an_adverb_stays_a_verb(text, speaker):
    assert one(text).speaker == speaker


def test_an_outlet_named_in_quotation_marks_goes_by_its_listed_name():
    found = claims("“华盛顿自由灯塔”称，与哥大合作是中共政府的优先事项，中共政府承诺在2010年至2015年期间支付100万美元。")
    assert found[0].speaker == "华盛顿自由灯塔报" and [s.agency for s in found[1].sources] == ["华盛顿自由灯塔报"]


def test_a_body_named_in_quotation_marks_after_a_frame_of_when_issues_the_report():
    found = claims("就在蓬佩奥发表声明之前，“透明国际”发布了《2020年出口腐败报告》。\n"
                   "这份报告指出，外国官员的贿赂造成了巨大的损失。\n"
                   "报告在谈到中国情况的时候表示，中国在相关立法方面取得了一些进展。")
    assert [(c.speaker, c.cue) for c in found] == [("透明国际", "指出"), ("透明国际", "表示")]


def test_a_complaint_filed_speaks_for_who_filed_it():
    found = claims("TikTok在诉状中辩称，川普滥用了紧急经济权力法。\n诉状中声称，川普的命令「剥夺了用户的权利」。")
    assert [c.speaker for c in found] == ["TikTok", "TikTok"]


def test_a_transliterated_name_with_mi_for_me_speaks():
    assert one("帕蜜拉说：「我觉得是我的国家把我跟丈夫拆散了。」").speaker == "帕蜜拉"


def test_a_short_quoted_term_inside_a_sentence_is_no_statement_before_the_cue():
    found = claims("虽然家族成员里也有「川粉」，不过帕米拉说，美国民众应牢记美国是个移民国家。")
    assert [c.text for c in found] == ["美国民众应牢记美国是个移民国家"]


def test_a_spokesman_quoting_his_leader_speaks_himself():
    c = one("外交部发言人引述林郑月娥的话指出，“我和我的同事依法惩治危害国家安全的行为，是光荣的使命。”")
    assert c.speaker == "外交部发言人" and c.kind == "direct"


def test_a_bodys_own_report_speaks_for_the_body_later():
    found = claims("（德国之声中文网）根据德国柏林墨卡托中国研究所的最新报告，欧盟在数十种产品上严重依赖中国。\n"
                   "研究所首席经济学家曾格莱恩（Max Zenglein）指出，依赖性变得明显。\n"
                   "报告指出，来自中国的投资在欧洲仍处于比较低的水平。")
    assert found[-1].speaker == "德国柏林墨卡托中国研究所"


def test_a_papers_own_article_is_not_taken_for_its_author():
    found = claims("法国议员周三发表联署评论文章，呼吁各国关注维吾尔人。\n"
                   "《解放报》的文章题为《打破沉默》，由三十名议员联署。\n文章写道，国际社会放任不管。")
    assert found[-1].speaker != "法国解放报"


def test_the_one_spoken_to_after_a_dropped_subject_is_not_the_speaker():
    found = claims("隔壁楼的邻居就把周边的人拉走了，还对舞蹈老师说，别让她去跳舞了。")
    assert all("老师" not in c.speaker for c in found)


def test_a_possessed_head_whose_owner_is_in_quotation_marks_is_no_speaker_alone():
    found = claims("“唐矮子”的儿子说，这家店已经开了五十年。")
    assert all(not c.speaker.startswith("的") for c in found)


def test_those_a_verb_causes_to_speak_are_the_speakers_not_the_verb():
    found = claims("他们对中国低头，引发诸多议员批评“伪善”，尤其好莱坞是软实力的领头羊。")
    assert [c.speaker for c in found] == ["诸多议员"]


def test_a_name_the_article_says_is_made_up_is_whom_a_later_pronoun_means():
    found = claims("张慧说，她很难过。\n\n王颖（化名）是孝感人，在武汉上大学。\n\n她后来说，“歧视就是歧视。”")
    assert [c.speaker for c in found] == ["张慧", "王颖"]


def test_a_place_given_a_made_up_name_is_no_person():
    found = claims("在大旺村 (化名)，村民说，拆迁款没有发放。")
    assert [c.speaker for c in found] == ["村民"]


def test_later_before_a_cue_is_an_adverb_not_the_for_of_dui_lai_shuo():
    assert one("张慧后来说，歧视就是歧视。").speaker == "张慧"
    assert claims("对我来说，歧视就是歧视。") == []


def test_a_long_transliteration_after_a_role_is_not_cut_to_a_chinese_name():
    assert one("波兰总理莫拉维茨基现场发表讲话说，波兰应该与白俄罗斯站在一起。").speaker == "莫拉维茨基"


@pytest.mark.parametrize("text, speaker", [
    ("俄罗斯时事评论人士尼科里斯基说，波兰与白俄罗斯拥有密切联系。", "尼科里斯基"),
    ("中国人民银行原行长戴相龙今天表示，暂停上市是正确的。", "戴相龙"),
])
def test_the_name_after_a_commentator_or_bank_governor_speaks(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("白俄罗斯著名人权机构“春天”表示，有多达300多人被捕。", "春天"),
    ("越南媒体“Tuoi Tre”周二表示，川普领先。", "Tuoi Tre"),
])
def test_a_kind_of_body_then_its_name_in_quotation_marks_is_the_named_body(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text", [
    "维权人裴国动于近日返回北京，向媒体表示，其将以余生来检验法治。",
])
def test_told_the_press_or_a_time_word_is_no_family_name(text):
    assert all(c.speaker not in ("向媒体", "于近") for c in claims(text))


def test_a_statement_a_body_spoke_in_is_its_own():
    found = claims("美国参议员联名写信给贸易代表莱特希泽，鼓励他展开谈判。\n\n"
                   "台湾驻美代表处在一个声明中表达感谢。\n\n声明说，“驻美代表处表达诚挚感谢。”")
    assert found[-1].speaker == "台湾驻美代表处"


def test_a_foreign_name_spelt_two_ways_in_one_article_is_one_person():
    found = claims("州务卿布拉德·拉芬斯佩格在记者会上说，选举没有舞弊。\n\n拉芬斯珀格说，他收到了死亡威胁。")
    assert [c.speaker for c in found] == ["布拉德·拉芬斯佩格", "布拉德·拉芬斯佩格"]


def test_names_of_three_characters_one_apart_stay_two_people():
    found = claims("约翰逊说，选举没有舞弊。\n\n约翰森说，他收到了死亡威胁。")
    assert [c.speaker for c in found] == ["约翰逊", "约翰森"]


def test_cnn_goes_by_its_latin_name_however_written():
    found = claims("邓肯对美国有线电视新闻网表示，他相信坎普。")
    assert [s.agency for s in found[0].sources] == ["CNN"]


def test_a_rating_agency_speaks_but_an_index_named_for_it_does_not():
    assert one("标普认为，中芯国际在未来12个月或将保持净现金状况。").speaker == "标普"
    found = claims("英特尔急升7%，为标普500指数成份股中涨幅最大个股，此前该公司表示，新任执行长将在下月上任。")
    assert all(c.speaker != "标普" for c in found)


def test_whom_an_unnamed_official_received_is_a_frame_of_when():
    assert one("部长接见美国代表团时表示，台湾和美国携手面对疫情。").speaker == "部长"


def test_a_thousands_comma_is_no_clause_break():
    c = one("约翰逊高举着整本2,000页文件的副本打趣地称：“我看过协议了吗？答案是肯定的。”")
    assert (c.speaker, c.cue) == ("约翰逊", "称")


def test_calling_someone_by_a_quoted_name_is_no_statement():
    assert claims("阿扎尔在致辞时出现口误，曾将蔡英文说成“President Xi”。") == []
    assert one("张慧说成都飞机工业集团很好。").text == "成都飞机工业集团很好"


def test_when_and_in_which_language_someone_spoke_leave_the_subject_before_them():
    c = one("阿扎尔在台湾总统府致辞，一开始以英语说：“Thank you very much for welcoming me.”")
    assert (c.speaker, c.kind) == ("阿扎尔", "direct")


def test_calling_someone_a_name_is_no_statement():
    found = claims("蔡英文在社交媒体发文，呼吁台湾民众别再用“金钗”、称呼国庆典礼上的礼宾人员。")
    assert [(c.speaker, c.cue) for c in found] == [("蔡英文", "呼吁")]


def test_a_clarification_is_a_statement_but_asking_for_one_is_not():
    assert one("北荣院方29日澄清，这是一场误会。").speaker == "北荣院方"
    assert claims("议员们要求澄清，这是否属实。") == []


@pytest.mark.parametrize("text, speaker", [
    ("岂料父亲回应称：“女婴第一次坠楼时啥事也没有。”", "父亲"),  # unexpectedly, not a Mr 岂料
    ("--中国中央经济工作会议指出，2021年宏观政策要保持连续性。", "中国中央经济工作会议"),  # a bullet of a list
])
def test_words_before_a_subject_that_name_no_one(text, speaker):
    assert one(text).speaker == speaker


def test_a_country_that_denies_then_says_speaks_in_both_clauses():
    c = one("中国否认有关从事间谍活动的指控，称是“恶意诽谤”。")
    assert (c.speaker, c.text) == ("中国", "是“恶意诽谤”")


@pytest.mark.parametrize("text, speaker", [
    ("國發會指出，政府將強化育才攬才。", "国发会"),
    ("高雄市政府警察局刑事警察大隊今天表示，有網站散布影像。", "高雄市政府警察局刑事警察大队"),
    ("石家庄民政局救助站告诉记者，他们已安排社工每天上门探望。", "石家庄民政局救助站"),
    ("國發會報告也指出，政府將強化育才攬才。", "国发会"),  # a body's text, with no 的 between
])
def test_bodies_known_by_their_endings(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("外交部长佩特切克说，这些话太过份。", "佩特切克"),
    ("捷克外交部长佩特切克说，这些话太过份。", "佩特切克"),
    ("外交部长佩特日切克（Tomáš Petříček）说：“我希望中方能解释这些话。”", "佩特日切克"),  # accents in the gloss
    ("外交部长说，这些话太过份。", "外交部长"),  # no name: still the minister, not the ministry
    ("早在8月，阿塞拜疆国防部长就表示，该国将夺回其失去的领土。", "阿塞拜疆国防部长"),
])
def test_a_minister_named_after_the_ministry_speaks_not_the_ministry(text, speaker):
    assert one(text).speaker == speaker


def test_a_spokesman_relaying_his_leaders_talk_speaks():
    assert one("民进党发言人谢佩芬会后转述蔡英文的谈话指出，中国经济进入转折期。").speaker == "谢佩芬"


def test_a_new_proposal_is_no_cue():
    assert claims("美国提出新建议，斡旋方将继续推动。") == []


def test_a_quotation_then_its_text_is_the_authors_who_issued_it():
    found = claims("发改委周三发文称，将培育基地。\n“加快高端装备制造产业补短板。”文件称，强调加快技术攻关。")
    assert [(c.speaker, c.kind) for c in found][:2] == [("国家发改委", "indirect"), ("国家发改委", "direct")]
    assert all(c.kind != "direct" for c in claims("“加快高端装备制造产业补短板。”文件称，强调加快技术攻关。"))
    # (no one issued a text: the quotation has no author)


def test_a_text_about_someone_is_not_theirs():
    found = claims("特朗普对TikTok的行政命令是用将来时态表述的。\n“其数据收集可能会让中共接触到美国人的信息，”命令中写道。")
    assert all(c.speaker != "TikTok" for c in found)


def test_who_saw_a_text_is_not_its_author():
    c = one("路透看到的一份日期为7月17日的国务院内部电子邮件称，已经计划了多班这样的航班。")
    assert c.speaker != "路透社" and c.speaker.endswith("国务院")


def test_a_short_form_of_a_body_named_in_full_is_that_body():
    found = claims("美中贸易全国委员会昨天发布报告称，美国企业仍看好中国。\n美中贸委会指出，美中关系是首要关切。")
    assert [c.speaker for c in found] == ["美中贸易全国委员会", "美中贸易全国委员会"]


def test_a_body_sharing_a_run_of_characters_is_not_a_short_form():
    found = claims("中国工商银行表示，将保持流动性合理充裕。\n中国银行指出，贷款增速放缓。")
    assert found[1].speaker == "中国银行"


def test_central_banks_go_by_the_name_the_press_writes():
    assert one("中国人民银行表示，将保持流动性合理充裕。").speaker == "中国央行"
    assert one("日本银行表示，经济已经开始好转。").speaker == "日本央行"


def test_a_site_credited_by_its_latin_name_is_a_source():
    found = claims("根据FiveThirtyEight的报导，威斯康辛州长表示，周三才能知道结果。")
    assert [s.agency for s in found[0].sources] == ["FiveThirtyEight"]


def test_a_statement_ends_where_the_press_is_credited_with_the_next_sentence():
    c = one("国防部今天表示，此专案已核定结案。媒體報導，陸軍對美採購直升機。")
    assert c.text == "此专案已核定结案"


@pytest.mark.parametrize("text", [
    "美国国务院18日表示，将实施制裁。\n同日，中国外交部表示，坚决反对。",
    "美国国务院18日表示，将实施制裁。\n中国外交部当天表示，坚决反对。",
    "美国国务院18日表示，将实施制裁。\n《环球时报》当天发表社评称，制裁无效。",
])
def test_that_same_day_is_the_day_last_named(text):
    assert claims(text)[-1].said_on == date(2023, 12, 18)


@pytest.mark.parametrize("text", [
    "美国国务院18日表示，将实施制裁。\n约翰逊在脱欧当天宣布，新时代开始了。",  # the day of Brexit, not the 18th
    "美国国务院18日表示，将实施制裁。\n今年7月，网站报导，教宗当日的讲稿称，他很忧虑。",  # a day of that month
])
def test_the_day_of_something_else_is_not_the_day_last_named(text):
    assert claims(text)[-1].said_on == date(2023, 12, 20)


@pytest.mark.parametrize("text, said", [
    ("捷克外交部31日表示，将召见中国驻捷克大使，捷克外长也批评王毅的语言超出了外交惯例。", "将召见中国驻捷克大使"),
    ("印度称，对拉达克地区握有完全的掌控权，中国则认为该地区属于中国的领土。", "对拉达克地区握有完全的掌控权"),
])
def test_someone_else_judging_or_holding_another_view_ends_the_statement(text, said):
    assert claims(text)[0].text == said


def test_what_the_speaker_tells_of_others_saying_stays_in_the_statement():
    c = claims("邱大展指出，执政党立法推定在野党的财产不当，大法官还说合宪，根本是宪政笑话。")[0]
    assert c.text.endswith("根本是宪政笑话")


def test_a_quotation_split_by_a_long_subject_is_all_that_speakers():
    found = claims("“这些疫苗非常有效，”美国政府研发新冠病毒疫苗的“曲速行动”的首席科学顾问蒙塞夫·斯劳伊（Moncef Sloui）"
                   "在美国广播公司的“本周”节目中说，“我对打疫苗没有任何不舒服。”")
    assert [(c.speaker, c.text) for c in found] == [("蒙塞夫·斯劳伊", "这些疫苗非常有效，"),
                                                    ("蒙塞夫·斯劳伊", "我对打疫苗没有任何不舒服。")]


def test_an_economist_by_the_chinese_title_is_named_after_it():
    assert one("渣打大中华区高级经济师刘健恒称，港元拆息不会跌至低位。").speaker == "刘健恒"


def test_a_named_holder_of_someones_office_speaks_not_the_owner():
    assert one("埃尔多安总统的新闻办公室负责人阿尔通（Fahrettin Altun）建议启动集中化进程。").speaker == "阿尔通"


def test_a_listener_described_by_whose_adviser_he_is_does_not_speak():
    assert one("特朗普对拜登的顾问王明说，要加强合作。").speaker == "特朗普"


def test_a_nationality_between_a_role_and_a_name_leaves_the_role_the_names():
    found = claims("世界田联主席英国人塞巴斯蒂安·科公开表示对奥运存有疑虑。\n据共同社报道，世界田联主席称奥运能否举办“不确定”。")
    assert [c.speaker for c in found] == ["塞巴斯蒂安·科", "塞巴斯蒂安·科"]


def test_a_latin_name_given_in_a_gloss_is_the_person_glossed():
    found = claims("30岁的拉姆塞（Alicia Ramsay）说，此行是观赏鲸鲨之旅的一部分。\n“小鲸鱼决定来看看我们，”Ramsay女士告诉当地媒体。")
    assert [c.speaker for c in found] == ["拉姆塞", "拉姆塞"]


def test_an_acronym_gloss_stays_the_bodys():
    found = claims("美国地质调查所（USGS）警告，火山灰可能大量排放。\nUSGS又说，附近发生地震。")
    assert [c.speaker for c in found] == ["美国地质调查所", "美国地质调查所"]


@pytest.mark.parametrize("text, who", [
    ("国家卫健委证实了这一事件。该部门在一份声明中说，正在调查。", "国家卫健委"),
    ("美国国务院证实了这一事件。该机构在一份声明中说，正在调查。", "美国国务院"),
])
def test_this_department_is_the_public_body_named_before(text, who):
    assert one(text).speaker == who


@pytest.mark.parametrize("text, who", [
    ("前日本央行审议委员木内登英表示，日本没能让货币政策正常化。", "木内登英"),
    ("日本央行总裁黑田东彦表示，不确定性仍然非常高。\n黑田东彦指出，日本经济正逐渐复苏。", "黑田东彦"),
])
def test_a_japanese_name_with_a_listed_family_name_is_whole(text, who):
    assert claims(text)[-1].speaker == who


def test_an_adverb_after_a_name_is_not_part_of_it():
    assert one("何频如此表示，这些人是不会帮他的。").speaker == "何频"


def test_a_quotation_before_the_wires_end_mark_continues_the_speaker():
    found = claims("“日本没能正常化，”委员王明表示。“如今正在为此付出代价。”(完)")
    assert [c.text for c in found] == ["日本没能正常化，", "如今正在为此付出代价。"]


def test_a_titled_notice_speaks_for_the_body_its_title_names_first():
    found = claims("官方微博发布了《成都市联合调查组关于毛洪涛事件有关情况调查的通报》。毛洪涛在文中提出指控。\n"
                   "通报称，“未发现王清远同志存在违纪违法行为。”\n通报披露指，“两人在具体工作上存在过分歧。”\n"
                   "通报最后写道，“他的离世是不幸和损失。”")
    assert [c.speaker for c in found] == ["成都市联合调查组"] * 3


def test_a_firm_by_its_chinese_name_after_what_it_makes_speaks():
    assert one("美国第二大原油生产商雪佛龙周一宣布，将收购诺贝尔能源公司。").speaker == "雪佛龙"


def test_how_firms_of_a_kind_speak_names_no_firm():
    assert claims("科技巨头纷纷表示，将加强合作。") == []


def test_a_king_named_after_his_title_is_found_again_by_family_name_and_title():
    found = claims("同日，国王玛哈·哇集拉隆功夫妇出席了揭幕仪式。日前，“我们都一样爱他们，”哇集拉隆功对记者说。"
                   "当被问及是否愿意妥协时，国王回答说，“泰国是妥协之地。”")
    assert [c.speaker for c in found] == ["玛哈·哇集拉隆功", "玛哈·哇集拉隆功"]


@pytest.mark.parametrize("text, speaker", [
    ("东英吉利大学的保罗·亨特说，衰退已经开始。", "保罗·亨特"),  # 保 of 保罗 spells a name too
    ("英国前外交大臣大卫·米利班德认为，中国已经不可或缺。", "大卫·米利班德"),  # 大卫: common characters, a given name
    ("大卫·米利班德认为，中国已经不可或缺。", "大卫·米利班德"),
    ("参谋首长联席会议主席密利表示，中国想超越美国。", "密利"),
])
def test_a_foreign_name_spelt_with_common_characters_is_read_whole(text, speaker):
    assert one(text).speaker == speaker


def test_a_title_between_a_glossed_name_and_its_gloss_is_no_part_of_the_name():
    c = one("英国东英吉利大学的保罗·亨特教授（Paul Hunter）说，这项研究非常令人担忧。")
    assert (c.speaker, c.speaker_written) == ("保罗·亨特", "保罗·亨特教授")


def test_in_someones_view_ends_the_name_before_seeing():
    found = claims("在商务部研究院研究员彭波看来，协定的签订是标志性事件。他说：“这是仅次于WTO的事件。”")
    assert [c.speaker for c in found] == ["彭波"]


def test_a_known_name_that_opens_a_longer_dotted_name_is_not_that_person():
    c = one("“我们应该尊重选举结果。”米歇尔·奥巴马称。")  # not 米歇尔 (Charles Michel), nor 奥巴马 (Barack)
    assert c.speaker == "米歇尔·奥巴马"


@pytest.mark.parametrize("text, speaker", [
    ("台北市天文館今天指出，夏日流星雨季將在7月下旬拉開序幕。", "台北市天文馆"),
    ("晃晃二手書店則在臉書表示，電商平台的削價競爭打到書市骨折。", "晃晃二手书店"),
])
def test_a_museum_a_library_or_a_bookshop_speaks_as_a_body(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("占中发起人之一陈健民表示，运动已经结束。", "陈健民"),
    ("被取消资格的四名立法会议员之一郭家麒说，今天不是黑暗的一日。", "郭家麒"),
])
def test_one_of_those_holding_a_role_is_named_after_it(text, speaker):
    assert one(text).speaker == speaker


def test_an_author_is_a_role_before_a_name():
    found = claims("报告作者之一章亦文，曾研究女性职场歧视。她告诉本台，国企女高管的比例差别很大。")
    assert [c.speaker for c in found] == ["章亦文"]


@pytest.mark.parametrize("text, cue, said", [
    ("王毅警告称美国的做法不可接受。", "警告", "美国的做法不可接受"),
    ("王毅回应称美国的做法不可接受。", "回应", "美国的做法不可接受"),
    ("腾讯昨天回答称来自美国的营收比例低于2%。", "回答称", "来自美国的营收比例低于2%"),
])
def test_a_cue_written_with_cheng_takes_its_statement_without_a_comma(text, cue, said):
    c = one(text)
    assert (c.cue, c.text) == (cue, said)


def test_also_called_stays_a_name_not_a_statement():
    assert claims("清真寺的照壁（又称迎门墙）上的清真言被改为政宣口号。") == []


@pytest.mark.parametrize("text, speaker", [
    ("拜登会后表示，美国将与盟友站在一起。", "拜登"),
    ("王毅會談後表示，雙方同意加強合作。", "王毅"),
])
def test_after_the_meeting_ends_the_name_before_the_cue(text, speaker):
    assert one(text).speaker == speaker


def test_a_summit_is_no_person_named_before_it():
    assert [c.speaker for c in claims("中美高峰会后表示，双方同意加强合作。")] != ["高峰"]


@pytest.mark.parametrize("text, speaker", [
    ("國務院扶貧辦表示，貧困縣全部脫貧摘帽，並不代表全面脫貧。", "国务院扶贫办"),
    ("外交部条法司称，相关规定符合国际法。", "外交部条法司"),
    ("內政部戶政司表示，將會全面檢討。", "内政部户政司"),
])
def test_an_office_of_a_ministry_speaks_under_its_own_name(text, speaker):
    assert one(text).speaker == speaker


def test_a_body_told_is_the_listener_not_the_speaker():
    found = claims("香港律政司周三发表声明指，佩里对检疫安排表达担忧，向律政司表示审讯应继续。")
    assert [c.speaker for c in found] == ["香港律政司"]


def test_what_someone_would_say_on_a_condition_is_no_statement():
    assert claims("只要中联办认为香港有人损害民族感情，港府就会动用一切手段。") == []


@pytest.mark.parametrize("text, speaker", [
    ("“台湾守护民主平台”理事宋承恩接受自由亚洲电台采访则表示，新法是以国安法为依据。", "宋承恩"),
    ("台商联谊会常务理事徐正文表示，要看后面执行和政策落实。", "徐正文"),
])
def test_a_board_member_is_a_role_before_a_name(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("有位理事指出，疫情发展将是经济前景最大的不确定性。", "有位理事"),
    ("网上有个用户说，这样的做法不对。", "有个用户"),
])
def test_someone_counted_with_you_keeps_the_count(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("《华尔街日报》周一援引知情人士的话报导称，拜登计划任命叶伦出任财政部长。", "知情人士"),
    ("华尔街日报援引美国官员的话报导称，美国政府首次扣押了涉嫌装载伊朗燃油的船只。", "美国官员"),
    ("香港媒体引述消息人士指，黎智英这次被加控的罪名，涉及他在访问中的言论。", "消息人士"),
])
def test_the_one_a_report_quotes_speaks(text, speaker):
    assert one(text).speaker == speaker


def test_a_title_quoted_by_a_report_resolves_to_its_holder():
    c = one("报道引述美国国家安全顾问同天发表的一份公报指出，美国投资人可能在不知情的情况下提供资金。",
            datetime(2020, 11, 13, 12, 0, tzinfo=ZoneInfo("Europe/Paris")))
    assert c.speaker == "奥布莱恩"


def test_a_report_quoting_someone_does_not_run_into_the_last_statement():
    found = claims("Stat News称，英国参与者的不良反应细节尚不清楚，但援引消息人士称，他们有望康复。")
    assert [(c.speaker, c.text) for c in found] == [("Stat News", "英国参与者的不良反应细节尚不清楚"),
                                                  ("消息人士", "他们有望康复")]


def test_a_name_has_no_digits():
    c = one("路透9月援引消息人士的话说，美国当局打算向台湾出售多达七种主要武器系统。")
    assert c.speaker == "消息人士"


def test_the_elysee_speaks_as_the_french_presidency():
    found = claims("法国总统府介绍指，马克龙将接见他。爱丽舍宫说，法方与未来白宫团队的接触已经“建立和展开运作”。")
    assert [(c.speaker, c.cue) for c in found] == [("爱丽舍宫", "指"), ("爱丽舍宫", "说")]


@pytest.mark.parametrize("text, cue, said", [
    ("台湾外交部表示惋惜，并强调欢迎美国阁员级官员来台从事各项交流。", "强调", "欢迎美国阁员级官员来台从事各项交流"),
    ("马来西亚首相慕尤丁重申支持以规则为基础的多边贸易体系。", "重申", "支持以规则为基础的多边贸易体系"),
    ("拜登呼吁支持者届时待在家里，以免就职典礼变成超级传播场所。", "呼吁", "支持者届时待在家里，以免就职典礼变成超级传播场所"),
])
def test_a_cue_that_is_no_way_of_showing_states_what_follows_an_attitude_word(text, cue, said):
    c = one(text)
    assert (c.cue, c.text) == (cue, said)


def test_an_attitude_shown_is_still_no_statement():
    assert claims("外交部表示热烈欢迎美国官员来台访问交流。") == []


def test_the_same_day_written_tong_tian_is_the_day_named_before():
    c = one("特朗普12日发布政令。报道引述美国国家安全顾问同天发表的一份公报指出，美国投资人可能提供了资金。",
            datetime(2020, 11, 13, 12, 0, tzinfo=ZoneInfo("Europe/Paris")))
    assert c.said_on == date(2020, 11, 12)


@pytest.mark.parametrize("text, speaker", [
    ("有些学者认为，英国脱欧带来的经济震荡对英国的影响更大。", "有些学者"),
    ("法国智库舒曼基金会一名学者认为，美国下届总统的立场会影响英国的外交决策。", "法国智库舒曼基金会一名学者"),
])
def test_an_unnamed_speakers_description_is_cut_at_a_word_not_inside_one(text, speaker):
    assert one(text).speaker == speaker


def test_the_rules_a_body_acts_on_are_not_part_of_its_name():
    c = one("香港特区政府昨天依照全国人代常委会公布的要求和条件宣布，四名议员即时丧失议员资格。")
    assert c.speaker == "香港特区政府"


def test_a_statement_ends_where_someone_we_cannot_name_speaks():
    found = claims("约翰逊表示，双方立场仍然相距甚远。在此之前，英国政府途径消息周一也曾表示，脱欧谈判很有可能失败。")
    assert [(c.speaker, c.text) for c in found] == [("约翰逊", "双方立场仍然相距甚远")]


@pytest.mark.parametrize("said", [
    "其次，中国大陆可能大声抱怨且以威胁台湾回应，这对台湾没有好处",  # a means, not a voice
    "或者说，中国迟早会超过美国",  # a way of putting it
])
def test_a_statement_goes_on_past_a_cue_that_is_no_other_voice(said):
    c = one(f"包道格说，首先，台湾不想被当成棋子；{said}。")
    assert c.text.endswith(said)


def test_giving_an_example_is_saying():
    c = one("戈戈伊举例说，印度与巴基斯坦的关系多年都紧张。")
    assert (c.speaker, c.text) == ("戈戈伊", "印度与巴基斯坦的关系多年都紧张")
    assert claims("他举例说明了印度与巴基斯坦的关系。") == []


def test_what_this_shows_goes_on_with_the_speaker():
    c = one("徐乐江表示，民营企业的利润均有提升。这充分说明，民营企业发展势头良好。")
    assert c.text.endswith("民营企业发展势头良好")


def test_this_government_department_is_the_body_named_before():
    found = claims("美国商务部对华为发放的临时许可证已于周四到期。这家政府部门此前表示，这是他们最后一次延长这个许可证。")
    assert [c.speaker for c in found] == ["美国商务部"]


def test_the_nonpartisan_budget_office_is_the_office_not_congress():
    found = claims("国会预算办公室在报告中称，疫情加速了赤字的增长。该无党派预算机构表示，赤字将相当于GDP的16%。")
    assert [c.speaker for c in found] == ["国会预算办公室", "国会预算办公室"]


def test_a_quotation_after_an_inference_is_the_one_inferring():
    found = claims("卜若柏推断，美方短期内不太可能在华为问题上作出让步。\n“在当前的氛围下，特朗普显然不会给华为喘息的机会。”")
    assert [(c.speaker, c.rule.split(":")[0]) for c in found] == [("卜若柏", "weak-cue"), ("卜若柏", "continuation-quote")]


def test_vanessa_is_written_with_fan():
    c = one("妇女权益组织的凡妮莎·贝尔（Vanessa Bell）强调说，这样的用词会误导人们。")
    assert c.speaker == "凡妮莎·贝尔"


def test_words_quoted_inside_a_clause_are_not_the_next_speakers():
    found = claims("对于这份文件中所说的，要引导他们“做政治上的明白人”，宋永毅认为，这种措辞在中共历史上是罕见的。")
    assert [(c.speaker, c.text) for c in found] == [("宋永毅", "这种措辞在中共历史上是罕见的")]


def test_the_capital_speaks_publicly():
    c = one("中国军方增强了在台湾周边的行动。北京公开称这是对所谓台独势力的警告。")
    assert (c.speaker, c.text) == ("北京", "这是对所谓台独势力的警告")


def test_what_was_conceded_ends_where_the_next_sentence_answers_it():
    c = one("尽管北京一再强调，《国安法》仅针对“极少数人”。但该法实施后的一系列事件令许多人质疑这种说法。")
    assert c.text == "《国安法》仅针对“极少数人”"


@pytest.mark.parametrize("text, speaker", [
    ("美国总统发言人表示，这项协议对中国有利。", "美国总统发言人"),
    ("前美国贸易代表法律总顾问Stephen Vaughn表示，这项协议对中国有利。", "Stephen Vaughn"),
    ("美国总统特朗普表示，这项协议对中国有利。", "特朗普"),  # a name after the title: the holder
    ("美国总统候选人拜登表示，这项协议对中国有利。", "拜登"),
])
def test_someone_serving_a_title_is_not_its_holder(text, speaker):
    assert one(text, datetime(2020, 8, 14, tzinfo=ZoneInfo("Asia/Shanghai"))).speaker == speaker


def test_who_the_speaker_is_after_a_quotation_is_no_statement():
    found = claims("“这项协议符合双方的利益，”前美国代理贸易代表Miriam Sapiro表示，她目前是公关公司Sard Verbinnen的董事总经理。")
    assert [(c.speaker, c.kind) for c in found] == [("Miriam Sapiro", "direct")]


@pytest.mark.parametrize("text, speaker", [
    ("32岁的厄齐尔说，我一直喜欢和人打交道。", "厄齐尔"),
    ("一名32岁的司机说，我一直喜欢和人打交道。", "司机"),
    ("一名年轻女孩说，教练经常打她。", "一名年轻女孩"),
])
def test_an_age_or_a_young_girl_describes_who_speaks(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("cue", ["坚称", "辩称", "坚持认为"])
def test_insisting_is_saying(cue):
    c = one(f"川普{cue}，完全无涉种族。")
    assert (c.speaker, c.cue, c.text) == ("特朗普", cue, "完全无涉种族")


def test_a_cue_does_not_take_the_end_of_a_known_name():  # (坚称 and 称赞 are cues too)
    assert (one("赵立坚称，中方的建设与军事化无关。").cue, one("赵立坚称赞“她是好样的”。").cue) == ("称", "称赞")


def test_a_name_in_quotation_marks_speaks_after_an_adverb_or_an_interview():
    found = claims("“财经冷眼”接受本台记者采访时分析，协议的可能性非常低。“财经冷眼”却表示，新政府会更灵活。")
    assert [(c.speaker, c.text) for c in found] == [("财经冷眼", "协议的可能性非常低"), ("财经冷眼", "新政府会更灵活")]


def test_an_abbreviation_ends_with_the_first_character_of_the_bodys_last_word():
    found = claims("中国消费者协会周四称，网络购物存在问题。\n中消协指出，算法问题主要包括推荐算法。")
    assert [c.speaker for c in found] == ["中国消费者协会", "中国消费者协会"]


def test_a_committees_working_commission_is_its_own_speaker():
    assert one("全国人大常委会法工委表示，修改反垄断法将是重点。").speaker == "全国人大常委会法工委"


def test_the_pentagon_is_the_department_of_defense():
    assert one("五角大楼表示，中国发射了四枚导弹。").speaker == "美国国防部"


def test_an_outlets_report_relaying_a_speaker_credits_the_outlet():
    c = one("路透社日前的报道引述美国贸易代表莱特希泽评论说，中国在履行协议方面做得不错。")
    assert [s.agency for s in c.sources] == ["路透社"]


def test_what_a_bracket_calls_something_is_no_statement():
    assert claims("日本政府发言人周一就中国建立尖阁诸岛（中国称钓鱼岛）数码博物馆向北京提出正式抗议。") == []


def test_letting_someone_have_a_say_is_no_cue():
    assert claims("现在传出连过去让党内官员说说意见的北戴河会议，都可能不召开。") == []


def test_this_one_described_again_is_who_was_described_before():
    found = claims("一位中国国家智库经济学家表示，彼此能够坐下来沟通是件好事。这位不愿具名的经济学家说，情况很难变得更糟。")
    assert [c.speaker for c in found] == ["一位中国国家智库经济学家"] * 2


def test_the_states_official_is_not_this_one():
    found = claims("经济学家王小明表示，没有问题。该州的经济学家说，情况很难变得更糟。")
    assert found[1].speaker != "王小明"


def test_a_team_leader_speaks_by_name():
    assert one("代理領隊任中傑指出，王維中的加入，相信明年有機會帶動一波熱潮。").speaker == "任中杰"


def test_putting_it_plainly_is_no_cue():
    found = claims("张大春说，他不想再写了。\n他在序里隐约谈到的藉由书法逃避的歉疚，说穿了是愧疚辜负自己的才华。")
    assert [c.text for c in found] == ["他不想再写了"]


def test_a_report_saying_what_others_think_says_all_of_it():
    found = claims("委员会发布年度报告。\n报告说，中国共产党认为自己与美国已展开一场系统性的斗争。")
    assert (found[0].speaker, found[0].text) == ("委员会", "中国共产党认为自己与美国已展开一场系统性的斗争")


def test_a_report_described_by_its_length_still_speaks_for_its_author():
    c = one("委员会发布年度报告。\n长达587页的报告说，北京试图改变国际秩序。")
    assert (c.speaker, c.text) == ("委员会", "北京试图改变国际秩序")


def test_a_report_on_a_topic_speaks_for_its_author():
    c = one("委员会发布年度报告。\n报告针对香港问题指出，香港国安法的实施违反了中国的承诺。")
    assert (c.speaker, c.cue) == ("委员会", "指出")


def test_a_report_calling_for_something_without_a_comma_speaks_for_its_author():
    c = one("委员会发布年度报告。\n报告呼吁国会考虑立法，将处长一职改由总统提名。")
    assert (c.speaker, c.cue, c.text) == ("委员会", "呼吁", "国会考虑立法，将处长一职改由总统提名")


def test_a_report_with_no_one_known_to_have_issued_it_does_not_cut_a_statement():
    c = one("麦先生指出，表现最好的两类资产即是房市和股市，报告称其年化回报率分别为11%和10.1%。")
    assert c.speaker == "麦先生" and c.text.endswith("10.1%")


def test_speaking_at_a_reports_launch_does_not_make_one_its_author():
    found = claims("委员会6月1日公布年度报告。\n委员会副主席白嘉玲在报告发布会上说，这是新高度。\n报告提到，北京积极寻求其他国家接受其模式。")
    assert [c.speaker for c in found] == ["白嘉玲", "委员会"]


def test_a_reports_statements_are_dated_the_day_it_came_out():
    found = claims("委员会6月1日公布年度报告，内容涵盖美中关系。\n报告提到，北京积极寻求其他国家接受其模式。",
                   datetime(2023, 6, 2, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
    assert [(c.speaker, c.said_on) for c in found] == [("委员会", date(2023, 6, 1))]


def test_a_foreign_name_spelled_with_other_characters_of_the_same_sound_is_one_person():
    found = claims("委员会主席克利夫兰表示，这是新高度。\n克里弗兰还说，这是新高度。")
    assert [(c.speaker, c.speaker_written) for c in found] == [("克利夫兰", "主席克利夫兰"), ("克利夫兰", "克里弗兰")]


def test_tweeting_is_how_someone_speaks():
    c = one("川普推文說：「這是個大案子，我們的國家需要勝利！」")
    assert (c.speaker, c.kind) == ("特朗普", "direct")
    found = claims("众议员麦唐纳表示，投票所不开放。麦唐纳推文说，选举办公室关闭了。")
    assert [(c.speaker, c.text) for c in found] == [("麦唐纳", "投票所不开放"), ("麦唐纳", "选举办公室关闭了")]


def test_a_birthday_is_not_the_day_someone_spoke():
    found = claims("任志强1951年3月8日出生于一个干部家庭。\n任志强说，政府过度强调了枪杆子。")
    assert [c.said_on for c in found] == [date(2023, 12, 20)]


def test_a_text_described_at_length_is_still_issued_by_its_subject():
    found = claims("胡佛研究所于2018年发布了一份关于中国政府和共产党在美影响力运作的报告。\n报告称，汉办隶属教育部。")
    assert [(c.speaker, c.text) for c in found] == [("胡佛研究所", "汉办隶属教育部")]


@pytest.mark.parametrize("text", [
    "美联储定于周三宣布政策决定，随后鲍威尔将召开新闻发布会。",
    "中国宣布了反制措施，通知美方关闭美国驻成都总领事馆。",
    "国泰航空宣布这次裁员计划。",
    "政府宣布更多的防疫措施，包括扩大强制戴口罩范围。",
])
def test_announcing_a_thing_named_by_a_noun_is_an_act_not_a_statement(text):
    assert claims(text) == []


@pytest.mark.parametrize("text, said", [
    ("美国随后宣布取消该规定。", "取消该规定"),
    ("英国政府宣布采取更严格的部分封城措施。", "采取更严格的部分封城措施"),
    ("蓬佩奥宣布克拉芙特即将访台的消息。", "克拉芙特即将访台的消息"),
    ("辉瑞宣布，根据初步试验结果，疫苗有效。", "根据初步试验结果，疫苗有效"),
])
def test_announcing_a_clause_of_acting_still_states(text, said):
    assert one(text).text == said


def test_a_witness_named_by_an_initial_and_a_courtesy_title_speaks():
    found = claims("英国空中服务员H先生对记者表示，他怀疑检测出错。\n30来岁的H先生表示，自己曾到过北京。\n他说，这一周很漫长。")
    assert [c.speaker for c in found] == ["H先生", "H先生", "H先生"]


def test_he_may_open_a_given_name_but_does_not_join_two_surnames():
    assert one("徐和建表示，机制已启动。").speaker == "徐和建"
    assert one("林和立认为，中共会继续施压。").speaker == "林和立"
    assert claims("王和单表示，机制已启动。") == []


def test_a_proper_noun_after_a_role_word_is_the_persons_name():
    c = one("上海市商务委主任华源周一表示，上海将积极推动金融领域率先开放。")
    assert (c.speaker, c.speaker_written) == ("华源", "主任华源")


def test_a_connective_before_an_unnamed_speaker_is_not_part_of_it():
    found = claims("经济陷入困境，且卫生当局警告称，最新一波感染的最糟糕时刻可能还未到来。")
    assert [c.speaker for c in found] == ["卫生当局"]


def test_the_sender_of_what_was_received_is_not_written_with_the_verb():
    c = one("两周前，媒体称，收到中国驻澳使馆官员分发的一份清单，称澳大利亚的14个行为导致关系恶化。")
    assert c.speaker == "中国驻澳使馆官员"
    assert claims("两人被问话，并接到澳洲驻华使领馆人员建议他们迅速离开中国的通知，但是两人进入大使馆。") == []


def test_citing_someones_view_is_citing_them():
    c = one("报道引述法国智库蒙田学院资深研究员顾德明的观点指出，中国拒绝世卫组织展开调查。")
    assert c.speaker == "顾德明"
    c = one("台湾自由财经引述有关分析人士的观点表示，华为没有足够动机出售荣耀。")
    assert c.speaker == "有关分析人士"


def test_a_judgment_speaks_for_the_court_that_published_it():
    found = claims("台北高等行政法院今天公布判决书；判决指出，NCC作出2项处分。\n据判决提及，中天严重违反新闻专业。")
    assert [(c.speaker, c.cue) for c in found] == [("台北高等行政法院", "指出"), ("台北高等行政法院", "提及")]


def test_a_report_titled_in_corner_brackets_is_issued_by_its_subject():
    found = claims("國務院新聞辦公室今天舉行記者會並發布「中國居民營養與慢性病狀況報告（2020）年」。\n報告也指出，兒童超重率達到19%。")
    assert [c.speaker for c in found] == ["国新办"]


def test_a_bodys_report_with_no_known_issuer_is_not_the_last_speakers():
    found = claims("特朗普表示，关闭中国领馆一直是选项。\n报告说，她曾在空军军医大学工作。\n报告指出，这些行为是严重歪曲，称这些罪行始于巡逻指挥官一级。")
    assert [c.speaker for c in found] == ["特朗普"]


def test_a_text_someone_questioned_is_not_who_speaks_after_it():
    c = one("多名建制派人士，包括梁振英都质疑法庭准许黎智英保释的判决，认为黎智英有机会弃保潜逃。")
    assert c.speaker == "梁振英"


def test_being_warned_is_not_warning_even_after_therefore():
    assert claims("另外，陈秋实在武汉时失联，耿潇男也四处呼吁求援，她也因此被警方警告，并一直担忧自己的安全。") == []


def test_who_a_works_title_names_does_not_speak_but_a_paper_named_by_its_title_does():
    c = one("王瑞琴发表《致全国人大代表和政协委员的一封公开信》呼吁罢免习近平，家人受到骚扰。")
    assert c.speaker == "王瑞琴"
    assert one("《周日图片报》写道，特朗普的时代将在1月20日结束。").speaker == "德国图片报"


def test_a_rebuttal_is_a_cue_and_the_one_who_rebuts_speaks():
    c = one("外交部长王毅驳斥称，这是彻头彻尾的谎言。")
    assert (c.speaker, c.text) == ("王毅", "这是彻头彻尾的谎言")


def test_a_view_someone_rebutted_is_not_who_speaks_after_it():
    c = one("中国驻澳大利亚大使馆公使王晰宁驳斥中国试图在澳大利亚政坛施加影响的说法，称北京的观点是坦率的。")
    assert c.speaker == "王晰宁"
    c = one("王晰宁星期三驳斥了关于中国针对澳大利亚出口商品进行经济胁迫的说法，称这是错误的。")
    assert c.speaker == "王晰宁"


def test_a_rebuttal_met_or_made_as_a_deed_is_no_statement():
    assert claims("中国则对美方的批评予以驳斥，并采取了对等的反制措施。") == []
    assert [c.speaker for c in claims("他的说法遭到中国政府驳斥，中国外交部批评“没有事实依据”。")] == ["外交部"]


def test_a_pronoun_after_a_frame_of_the_meeting_speaks():
    found = claims("李克强12日召集地方政府负责人视讯座谈。会中他说，完成全年目标任务仍需艰苦努力。")
    assert [(c.speaker, c.text) for c in found] == [("李克强", "完成全年目标任务仍需艰苦努力")]


def test_a_term_in_quotes_inside_a_description_still_describes_the_name_after_it():
    c = one("美国国防语言学院前“文化意识”教官白伊丽也表示，中国大学的学者难以进行独立的研究。")
    assert c.speaker == "白伊丽"


@pytest.mark.parametrize("manner", ["感慨", "警示", "笑着", "开玩笑", "自嘲"])
def test_a_manner_of_speaking_between_name_and_cue_is_not_part_of_the_name(manner):
    c = one(f"“这将极大改变美国的高等教育，”马钊{manner}说。")
    assert c.speaker == "马钊"


def test_this_and_a_title_the_last_subject_holds_is_that_person():
    when = datetime(2020, 10, 24, 20, 0, tzinfo=ZoneInfo("America/New_York"))
    found = claims("特朗普周六在佛罗里达州投票。\n当被问及他投票支持谁时，这位总统说：“我投票支持一个名叫特朗普的人。”", when=when)
    assert [c.speaker for c in found] == ["特朗普"]
    found = claims("特朗普周六在佛罗里达州投票。\n这位总理说：“我们会赢。”", when=when)
    assert [c.speaker for c in found] == ["这位总理"]  # a title he does not hold


def test_someone_named_inside_a_frame_after_the_subject_does_not_speak():
    c = one("一名加拿大边境官员昨天在华为首席财务官孟晚舟引渡案的庭审中作证称，他并未接受指示。")
    assert c.speaker == "一名加拿大边境官员"


def test_a_counted_official_of_a_body_speaks_not_the_body():
    assert one("美国国务院一位高级官员上周说，斯里兰卡面临一个艰难的决定。").speaker == "美国国务院一位高级官员"
    assert one("白宫两名资深官员表示，这是谎言。").speaker == "白宫两名资深官员"


def test_a_spokesman_of_a_body_named_short_belongs_to_the_body_named_before():
    found = claims("美国国务院周二宣布关闭领馆。\n国务院一名发言人表示，这一举动是政策的一部分。")
    assert found[-1].speaker == "美国国务院一名发言人"


def test_a_founder_named_in_narration_is_who_he_points_to():
    c = one("“公民力量”创建人杨建利先后在伯克利大学获得博士学位。他认为这项“排名有很大缺陷”。")
    assert c.speaker == "杨建利"


def test_a_clause_naming_only_the_day_goes_on_from_the_subject_before_it():
    found = claims("美国特朗普政府在选后继续针对中国企业采取行动，昨天（12日）宣布明年1月11日起禁止美国投资部分中国企业。")
    assert [(c.speaker, c.text) for c in found] == [("特朗普政府", "明年1月11日起禁止美国投资部分中国企业")]
    assert claims("如果不是调查组出马，事故就被瞒住了。有一位襄汾的朋友，今天告诉我说，他的年轻朋友非常努力。") == []
    found = claims("台南市政府警察局进行检讨，昨天宣布将分局长杨庆裕调任内勤，今天宣布相关警官的人事异动。")
    assert "杨庆裕" not in [c.speaker for c in found]


@pytest.mark.parametrize("honorific", ["爵士", "勋爵"])
def test_a_british_honorific_after_the_name_is_not_part_of_it(honorific):
    c = one(f"保守党新党魁戴维{honorific}（Sir Ed Davey）说，英国将继续支持乌克兰。")
    assert c.speaker == "戴维"
    assert one(f"杰弗里·尼斯{honorific}表示，他同意出任主席。").speaker == "杰弗里·尼斯"


def test_a_hope_that_someone_can_explain_is_no_statement_of_his():
    c = one("两位大臣承认，目前判断为时过早，但希望韦彦德勋爵能说明，一旦出现这局面，法院将采取什么措施。")
    assert c.speaker == "两位大臣" and c.text.endswith("法院将采取什么措施")


def test_the_day_a_delegation_arrived_is_not_the_day_its_leader_spoke():
    found = claims("论坛今天登场，捷克参议院议长维特齐致词时表示，他希望双方合作。\n"
                   "维特齐率领的访问团18日抵台，将停留至9月4日。\n"
                   "维特齐致词时表示，捷克与台湾有很大的合作潜力。")
    assert [c.said_on.isoformat() for c in found] == ["2023-12-20", "2023-12-20"]
    found = claims("习近平18日会见米舒斯京。\n米舒斯京说，俄中关系很好。")
    assert found[0].said_on.isoformat() == "2023-12-18"  # (who the day is of, named as himself)


def test_the_one_responded_to_is_not_who_goes_on_speaking():
    c = one("英国驻华大使馆昨天发文，点名回应中国外交部发言人赵立坚批评BNO政策违反联合声明，重申英国移民政策是透明而且一致。")
    assert (c.speaker, c.cue) == ("英国驻华大使馆", "重申")


def test_a_body_opening_the_paragraph_goes_on_speaking_not_the_last_paragraphs_subject():
    found = claims("台湾外交部长吴钊燮说，台湾感谢各方支持。\n"
                   "美国国土安全部5月8日发布指导意见，将记者签证停留期限制在90天内，称这是对美国记者在中国受到的待遇的回应。")
    assert [c.speaker for c in found] == ["吴钊燮", "美国国土安全部"]


def test_in_a_paragraph_where_someone_spoke_he_goes_on_after_a_topic_opener():
    found = claims("陈茂波又表示，特区政府大力吸引人才。近年大学收生方面，报读STEM课程的学生上升10%，形容是可喜趋势。")
    assert [c.speaker for c in found] == ["陈茂波", "陈茂波"]


def test_an_agency_counting_is_not_who_calls_for_something():
    assert [c.speaker for c in claims("路透社统计，至今有16名民主党众议员，公开呼吁拜登退出竞逐11月的大选。")] != ["路透社"]


def test_a_country_opening_a_clause_mid_sentence_speaks_with_a_view_verb():
    c = one("三百多万名港人可以进入英国，中国认为此举违反中英双方的共识。")
    assert (c.speaker, c.text) == ("中国", "此举违反中英双方的共识")
    assert "英国" not in [c.speaker for c in claims("根据一项数据，英国91%的办公室职员表示愿意在家工作。")]
    found = claims("法塔赫一名高级成员表示，以色列一直试图掩盖他们袭击医务人员的行径，认为反映对巴勒斯坦人生存权的漠视。")
    assert "以色列" not in [c.speaker for c in found]


def test_shuoming_after_bing_is_a_cue_of_its_own():
    found = claims("邱垂正回应，政府长期都有在观察。他并说明，当初开放陆媒来台驻点是为了互相理解。")
    assert [(c.speaker, c.text) for c in found] == [("邱垂正", "政府长期都有在观察"),
                                                   ("邱垂正", "当初开放陆媒来台驻点是为了互相理解")]


def test_tidao_runs_on_into_what_must_be_done():
    c = one("埃斯珀发表演讲时提到要建立一支拥有至少350艘战舰的海军。")
    assert c.text == "要建立一支拥有至少350艘战舰的海军"
    c = one("拉布说，英国政府周一将向议会汇报，并介绍将采取怎样的应对措施。")
    assert c.cue == "说"  # (介绍将采取的措施: what was presented, not another statement)


def test_a_counted_text_of_a_body_speaks_for_the_body():
    assert one("美国商务部的一份声明说，我们已经要求调查。").speaker == "美国商务部"


@pytest.mark.parametrize("body", ["台北市建管处", "香港税务处", "吉利汽车"])
def test_offices_and_carmakers_named_by_their_ending_speak(body):
    assert one(f"{body}表示，两家公司重组完成后将成为一家强大的集团。").speaker == body


def test_after_a_statement_on_an_unnamed_day_the_day_named_before_no_longer_holds():
    found = claims("埃斯珀星期一（12月18日）公布了海军计划。\n"
                   "9月中，埃斯珀在兰德公司发表演讲时提到要建立一支海军。他说，中共计划在2035年之前完成现代化。")
    assert [c.said_on.isoformat() for c in found] == ["2023-12-20", "2023-12-20"]


def test_an_explanation_given_as_a_noun_after_de_is_no_cue():
    c = one("公司方面说，原本预测合并会遇到阻力，但得益于公司对垄断问题的积极说明，最终取得了批准。")
    assert c.text.endswith("最终取得了批准")


def test_an_act_opening_a_clause_goes_on_from_the_subject_before_it():
    c = one("世界卫生组织9月4日在《柳叶刀》上发布报告，提出建议，呼吁各国疫情期间改善公共卫生服务。")
    assert (c.speaker, c.cue) == ("世界卫生组织", "呼吁")
    c = one("外交部发言人汪文斌在例行记者会上发表谈话，表达了中方的立场，呼吁美方停止干涉。")
    assert (c.speaker, c.text) == ("汪文斌", "美方停止干涉")


@pytest.mark.parametrize("sentence, speaker", [
    ("出事前曾见过他一面的一位朋友说，他性格很好。", "一位朋友"),
    ("在头条实习过的一个毕业生表示，公司很重视数据。", "一个毕业生"),
    ("山水佳苑、红英花园等小区的多位业主表示，物业费太高。", "多位业主"),
    ("中旬与中国高级官员交谈过的一名美国企业高管说，谈判很艰难。", "一名美国企业高管"),
    ("参与了两家公司认购的一位香港基金经理表示，紧张局势没有让他在意。", "一位香港基金经理"),
    ("深圳一个社区的一位工作人员对《财经》记者称，情况已经好转。", "一位工作人员"),
])
def test_the_one_counted_after_a_describing_clause_speaks(sentence, speaker):
    assert one(sentence).speaker == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("美国联邦调查局（FBI）的一位资深特工透露，调查仍在进行。", "联邦调查局的一位资深特工"),
    ("欧洲央行管委会的四位消息人士表示，政策不会改变。", "欧洲央行管委会的四位消息人士"),
    ("拜登的一位盟友表示，确认过程会很顺利。", "拜登的一位盟友"),
])
def test_a_body_or_person_before_de_is_kept_with_the_one_counted(sentence, speaker):
    assert one(sentence).speaker == speaker


def test_a_thing_counted_after_de_is_no_speaker():
    assert one("习近平在联合国的一个妇女大会上表示，中国支持妇女事业。").speaker == "习近平"
    c = one("美联储主席鲍威尔以及他的几位同事本周警告，若未能通过刺激计划，经济复苏将放缓。")
    assert c.speaker == "鲍威尔"  # (he speaks first, his colleagues with him)


def test_a_statement_opening_with_a_title_in_book_marks_follows_its_cue():
    found = claims("林郑认为，市民终于可以重新享有基本权利。她也重申《国安法》不会影响市民继续享有言论自由。")
    assert [(c.cue, c.text) for c in found] == [("认为", "市民终于可以重新享有基本权利"),
                                               ("重申", "《国安法》不会影响市民继续享有言论自由")]
    assert one("香港警方认为《国安法》是有效压制乱局的手段。").text == "《国安法》是有效压制乱局的手段"


def test_a_title_in_book_marks_named_as_an_object_is_no_statement():
    assert claims("奥斯汀重申《台湾关系法》与六项保证。") == []
    assert claims("汪文斌赞扬《中梵主教任命临时协议》两年来的成果。") == []


def test_a_short_han_name_in_brackets_after_a_body_is_that_body_later():
    found = claims("世界大型企业研究会（世企研/Conference Board）周二公布调查结果。\n世企研表示，消费者信心指数下滑。")
    assert [(c.speaker, c.speaker_written) for c in found] == [("世界大型企业研究会", "世企研")]


def test_a_bracket_whose_characters_are_not_the_bodys_is_no_short_name():
    assert claims("美国国务院（华府）周二发表声明。\n华府表示，将继续施压。")[0].speaker == "华府"


def test_zhizhi_with_a_clause_is_a_statement_and_with_a_noun_is_not():
    c = one("美国驻联合国大使克拉夫特公开为台湾发声，直指没有台湾参与的联合国是在欺骗世界。")
    assert (c.cue, c.text) == ("直指", "没有台湾参与的联合国是在欺骗世界")
    assert claims("这次调查矛头直指美国政府。") == []


def test_a_tweet_after_an_act_is_the_actor_speaking():
    c = one("据法新社说，联合国大会主席勃兹克尔（Volkan Bozkir）谴责国会大厦的暴力，推文表示，严重关切民主程序被打乱。")
    assert (c.speaker, c.text) == ("勃兹克尔", "严重关切民主程序被打乱")


def test_a_declaration_signed_is_no_cue():
    found = claims("公务员事务局的通告表明，新入职公务员签署声明，是聘用条件一部分。")
    assert [c.cue for c in found] == ["表明"]


def test_a_statement_opening_with_a_span_of_time_follows_its_cue():
    c = one("林郑在报告中提到过去四个多月，香港的情况已经明显改善。")
    assert (c.cue, c.text) == ("提到", "过去四个多月，香港的情况已经明显改善")
    assert claims("他提到过去几年的事情。") == []  # (the past as a topic)


def test_a_statement_ends_where_the_narrator_sets_a_finding_against_it():
    c = one("中共政权日前宣称，全国范围已“告别贫穷”，但记者调查显示，各地民众处境持续恶化。")
    assert c.text == "全国范围已“告别贫穷”"
    c = one("潘多里写道，仍有许多未知，但我们的研究结果显示，先前的感染不一定能保护我们。")
    assert c.text.endswith("先前的感染不一定能保护我们")  # (their own finding)


def test_he_in_the_next_sentence_is_who_reported_another_not_the_one_reported():
    found = claims("陈明通说，蔡英文已重申，两岸关系稳定是双方共同责任。对此，他呼吁北京当局展开对话。")
    assert [(c.speaker, c.cue) for c in found] == [("陈明通", "说"), ("蔡英文", "重申"), ("陈明通", "呼吁")]


def test_a_statement_after_a_closed_quotation_is_no_one_elses():
    found = claims("斯卡里斯表示，他反对弹劾。他说，“弹劾只会分裂国家。”麦卡锡表示总统应承担责任，但他认为弹劾是错误。"
                   "他认为此刻表决会分裂美国。\n他还说，国家需要愈合。")
    assert [c.speaker for c in found][-2:] == ["麦卡锡", "麦卡锡"]


def test_a_contrast_after_a_weak_cue_is_not_inside_its_statement():
    found = claims("虽然特朗普总统对大选结果提出质疑，但勒德里昂说，“对美国的民主充满信心”。他说，“结果就在那里。”")
    assert found[-1].speaker == "勒德里昂"


def test_a_sentence_opening_with_a_topic_cue_frames_what_follows():
    found = claims("李明说，今年经济会好转。\n谈到“依法治国”，市民王芳对本台表示，法院没有回复。")
    assert [(c.speaker, c.cue) for c in found] == [("李明", "说"), ("王芳", "表示")]
    assert [c.cue for c in claims("李明说，今年经济会好转。他还提到，政府会继续改革。")] == ["说", "提到"]


def test_the_one_quoted_for_his_analysis_is_the_speaker():
    c = one("香港《苹果日报》26日引述美银前高级副总裁吴明德的分析表示，当局不想承担经济下行责任。")
    assert (c.speaker, [s.agency for s in c.sources]) == ("吴明德", ["苹果日报"])
    assert "说法" not in [c.speaker for c in claims("北京和香港政府驳斥了居民需要躲避压迫的说法，称当局会保障人民的权利。")]


def test_a_netizen_named_after_the_word_is_that_person():
    c = one("推特网民黄鹤升（@huanghexl）发帖说：“我不知道什么内循环。”")
    assert c.speaker == "黄鹤升"


def test_some_holder_of_a_role_is_not_the_one_that_role_named_before():
    found = claims("科技业分析师王丹在报告中称，华为受影响。\n有分析师称，华为将侧重于服务。")
    assert [c.speaker for c in found] == ["王丹", "分析师"]
    found = claims("科技业分析师王丹在报告中称，华为受影响。\n分析师还称，华为将侧重于服务。")
    assert [c.speaker for c in found] == ["王丹", "王丹"]


def test_this_one_after_a_counted_unnamed_source_is_that_source_for_a_later_he():
    found = claims("一位金融机构人士称，我们会配合调查。该人士称，不认为有重大责任。\n他并指出，债券是在疫情期间发行。")
    assert [c.speaker for c in found] == ["一位金融机构人士"] * 3


def test_an_outlet_after_its_country_or_with_a_day_credits_the_paragraph():
    c = one("英国《卫报》报道，约翰逊表示将收紧防疫措施。")
    assert [s.agency for s in c.sources] == ["卫报"]
    c = one("路透社周二引述知情人士的话说，谈判将继续。")
    assert ([s.agency for s in c.sources], c.said_on) == (["路透社"], date(2023, 12, 19))


def test_a_users_quoted_handle_is_who_speaks():
    found = claims("推特用户“Mr Tee”声称这是一场“骗局”，另一名用户“Lungaz”表示，“这绝对不可能是巧合”。")
    assert [(c.speaker, c.text) for c in found] == [("Mr Tee", "这是一场“骗局”"), ("Lungaz", "这绝对不可能是巧合")]
    c = one("新浪网友“北京金戈戈”讽刺说，“打工人已经挂了”。")
    assert c.speaker == "北京金戈戈"


def test_the_hong_kong_spelling_of_a_surname_opens_a_name():
    c = one("亲商界的自由党党魁锺国斌告诉记者，他两周前已被告知。")
    assert c.speaker == "锺国斌"


def test_the_taiwanese_name_of_the_ioc_is_the_ioc():
    found = claims("国际奥会则向路透社表示，他们会保持中立，并称已收到中国政府的保证。")
    assert [(c.speaker, c.cue) for c in found] == [("国际奥委会", "表示"), ("国际奥委会", "称")]


def test_the_one_notified_before_a_cue_is_not_its_speaker():
    found = claims("律师杨斌表示，她会上诉。\n与此同时，广东省司法厅於8月中通知杨斌，声称她未续签合同。")
    assert [c.speaker for c in found] == ["杨斌", "广东省司法厅"]


def test_a_name_followed_by_first_is_whole():
    found = claims("公安警方先说会派人来，又说不会派人来。")
    assert [c.speaker for c in found] == ["公安警方", "公安警方"]
    found = claims("律师杨斌表示，她很好。\n杨斌先到三楼通知许志永，接着她先生便下楼开门。她告诉记者：“他们是针对许博士来的。”")
    assert found[-1].speaker == "杨斌"


def test_words_given_to_the_reporting_outlet_are_dated_by_the_interview():
    text = ("（德国之声中文网）律师杨斌仍清楚记得，2月15日那天广州下着大雨。\n"
            "杨斌向德国之声表示，她与许志永仅见过一面。\n杨斌说：“我与他没有多做交谈。”")
    found = claims(text, outlet="德国之声")
    assert [str(c.said_on) for c in found] == ["2023-12-20", "2023-12-20"]
    text = ("（德国之声中文网）“程序尚未完成，”麦卡利斯特周一告诉德国之声。\n"
            "“这将是一个选择，”麦卡利斯特告诉德国之声，“但我不相信这会发生。”")
    assert {str(c.said_on) for c in claims(text, outlet="德国之声")} == {"2023-12-18"}


def test_a_cue_inside_a_clause_of_time_reports_nothing():
    found = claims("白宫主任美多斯（Mark Meadows）在特朗普透过推特宣布消息的几分钟前，致电埃斯珀。")
    assert found == []
    assert claims("美国宣布这一扩大行动之前，TikTok已被指威胁美国国家安全。") == []
    assert claims("然而，当特朗普呼吁各州尽快解封时，多数医学专家仍保持沉默。") == []
    found = claims("在中山置业的谭先生认为通道开通后，将为中山带来更多商机。")
    assert [c.speaker for c in found] == ["谭先生"]
    found = claims("北京市住建委强调加强出入管理的同时，也要保障居民的合法权益。当局今天建议医师在施打疫苗前，完整考虑接种者的健康状况。")
    assert [c.cue for c in found][-1] == "建议"


def test_a_body_named_in_quotation_marks_speaks_through_its_own_text():
    c = one("（中央社台北24日電）市場分析機構「中國褐皮書」今天公布的調查指出，中國的經濟復甦出現區域差異。")
    assert c.speaker == "中国褐皮书"
    found = claims("市场分析机构「中国褐皮书」指出，经济复苏不均。\n"
                   "总部设于纽约的「中国褐皮书」（China Beige Book）今天公布一份季度报告。\n报告指出，沿海的营收增加了41%。")
    assert [c.speaker for c in found] == ["中国褐皮书", "中国褐皮书"]
    c = one("德国人权组织“和平电影基金会”（Cinema for Peace Foundation）发言人周四证实，已派出一架医疗包机。")
    assert c.speaker == "发言人"


def test_a_de_inside_a_titled_notice_is_no_head_noun():
    c = one("湖南省发改委周一（18日）发布《关于启动全省迎峰度冬有序用电的紧急通知》称，该省电力存在较大缺口。")
    assert (c.speaker, str(c.said_on)) == ("湖南省发改委", "2023-12-18")


def test_a_province_before_a_national_bodys_short_name_is_its_own_office():
    assert one("江西省发改委表示，该省电力负荷创新高。").speaker == "江西省发改委"
    assert one("发改委表示，全国电力负荷创新高。").speaker == "国家发改委"


def test_a_text_word_inside_a_longer_head_is_no_speaker():
    assert claims("这一次，华春莹的说法形同间接证实，伊朗和中国正洽签长期合作协定。") == []
    assert one("知情人士的消息说，伊朗和中国正洽签协定。").speaker == "知情人士"


def test_a_sentence_opener_past_a_connective_or_a_time_frame_goes_on_speaking():
    found = claims("华为一再否认设备构成风险，并称其遵守巴西的法律。\n"
                   "在明年拍卖5G频谱之前，巴西四大电信运营商已经在测试华为的设备，并表示不愿剔除任何供应商。")
    assert found[-1].speaker == "巴西四大电信运营商"
    found = claims("印度智库的负责人巴斯卡尔认为，中国也在观望。\n"
                   "对此，中国外交部发言人一方面指责美国制造麻烦，但同时也表示希望美国摒弃冷战思维。")
    assert found[-1].speaker == "外交部发言人"


def test_a_body_speaks_on_the_day_its_spokesman_did():
    found = claims("中联办的发言人也在周一晚间发布公告，称有人煽动街头对抗。中联办强调，对违法行为零容忍。\n中联办重申，“支持港警执法”。")
    assert [str(c.said_on) for c in found] == ["2023-12-18"] * 3


def test_an_unnamed_outlet_reporting_ends_the_statement_before_it():
    c = one("全国台湾研究会会长汪毅夫本月强调，大陆不能容忍妄议中央对台方针。有台媒报道，这一表态引发联想。")
    assert c.text == "大陆不能容忍妄议中央对台方针"


def test_outlets_listed_with_a_pause_mark_are_each_credited():
    c = one("综合《新京报》、界面新闻报道，湖南省发改委周一表示，该省电力负荷已达3093万千瓦。")
    assert [s.agency for s in c.sources] == ["新京报", "界面新闻"]


def test_ti_ji_runs_into_a_clause_as_ti_dao_does():
    c = one("蔡总统在今年就职演说时提及将成立专责的数位发展部会。")
    assert (c.speaker, c.cue, c.text) == ("蔡英文", "提及", "将成立专责的数位发展部会")
    assert claims("蔡总统在演说时提及香港问题。") == []


def test_the_same_speaker_again_on_a_later_day_is_a_statement_of_its_own():
    found = claims("陈时中上周表示疫情已经受控，今天又表示疫情还会升温。")
    assert [(c.speaker, c.text) for c in found] == [("陈时中", "疫情已经受控"), ("陈时中", "疫情还会升温")]
    assert claims("有一位朋友，今天告诉我说，他的朋友很努力。") == []  # no one named before the later day


def test_an_announcement_again_on_a_later_day_ends_the_first_one():
    c = one("指挥中心继7月26日宣布入境者将在机场全面采检，今天再宣布强化检疫政策，8月12日起全面检疫。")
    assert c.text == "入境者将在机场全面采检"


def test_whoever_shows_the_figures_speaks():
    c = one("陈时中拿出检疫数据指出，菲律宾入境旅客阳性率高达5%。")
    assert (c.speaker, c.text) == ("陈时中", "菲律宾入境旅客阳性率高达5%")
    assert claims("检疫数据指出，菲律宾入境旅客阳性率高达5%。") == []


def test_the_report_quoting_someone_is_the_outlet_that_reported_before():
    found = claims("中国官媒光明日报今天报导指出，直播产业稳步向前。\n报导引述研究员郭新茹表示，对直播平台进行规范已刻不容缓。")
    assert [s.agency for s in found[-1].sources] == ["光明日报"]
    found = claims("据《费加罗报》报道，美国政府表示，禁令不会生效。\n《回声报》指出，政令涉及30几家企业。报道引述美国国家安全顾问指出，投资人可能无意间提供资金。")
    assert [s.agency for s in found[-1].sources] == ["回声报"]  # not the paper two paragraphs back


def test_a_report_named_in_corner_brackets_speaks_for_whoever_issued_it():
    found = claims("根据中国互联网络信息中心发布第45次「中国互联网络发展状况统计报告」资料显示，用户达5.6亿。\n此外，这份资料也提到，市场规模将突破50亿元。")
    assert (found[-1].speaker, found[-1].text) == ("中国互联网络信息中心", "市场规模将突破50亿元")


def test_the_one_taunted_is_no_speaker():
    c = one("10月4日，华春莹再次用英文发推，酸美国总统川普医疗待遇特殊，称“希望所有的美国患者，都能得到最好的治疗。”")
    assert c.speaker == "华春莹"


def test_a_quoted_question_is_asked_by_its_speaker():
    found = claims("胡锡进在微博发文称，“外交部发言人说话是给外国人听的。”他将民众说成“自干近卫军”，并问“能不这么贱吗？”")
    assert (found[-1].speaker, found[-1].cue, found[-1].text) == ("胡锡进", "问", "能不这么贱吗？")
    assert claims("王毅访问“北京”之前，学者提问“这是为什么？”") == []
    assert claims("他在丹佛唸书时，当时自问：“我如何能做更多事？”") == []


def test_a_name_and_a_hyphen_in_a_transliteration_is_one_name():
    c = one("支持特朗普的共和党众议员莫-布鲁克斯今天表示他决不放弃。")
    assert c.speaker == "莫-布鲁克斯"
    assert one("乔-拜登表示，美国很强大。").speaker == "拜登"  # the 乔·拜登 the lexicon knows
    c = one("以色列代表团包括国家安全顾问梅尔·本·沙巴特。本-沙巴特说：“这次旅程具有特殊意义。”")
    assert c.speaker == "梅尔·本·沙巴特"
    c = one("移民部长李斯-加洛威（Iain Lees-Galloway）表示，这段关系已经结束。")
    assert c.speaker == "李斯-加洛威"


def test_a_day_in_brackets_settles_which_day_the_word_means():
    from extractor.extract.dates import find_dates
    thursday = date(2020, 11, 26)
    assert [str(d.day) for d in find_dates("自后天（28日）起", thursday)] == ["2020-11-28"] * 2
    assert [str(d.day) for d in find_dates("星期六（28日）", thursday)] == ["2020-11-28"] * 2
    assert [str(d.day) for d in find_dates("星期一（23日）", thursday)] == ["2020-11-23"] * 2
    assert find_dates("先天和后天因素", thursday) == []


def test_an_attitude_with_a_degree_word_is_no_statement():
    assert claims("记协对游行申请被拒表示极度失望，并对拒绝豁免表示无奈。") == []


def test_a_bodys_spokesman_speaks_on_the_day_the_body_did():
    found = claims("政务司司长办公室昨天深夜回应称，不建议举办活动。\n政务司司长办公室发言人称，疫情十分严峻。")
    assert [str(c.said_on) for c in found] == ["2023-12-19", "2023-12-19"]


def test_a_paper_the_lexicon_lacks_speaks_by_its_title():
    found = claims("习近平日前宣布，中国计划2060年达到碳中和。柏林出版的《日报》说，中国终于发现了气候话题。")
    assert [(c.speaker, c.text) for c in found] == [("习近平", "中国计划2060年达到碳中和"), ("日报", "中国终于发现了气候话题")]
    assert one("《时代》周报认为，中国如何实现碳中和带来很多疑问。").speaker == "时代周报"
    c = one("《柬中时报》报道，柬埔寨首相洪玛奈说，柬埔寨欢迎所有友好国家。")
    assert c.speaker == "洪玛奈" and [s.agency for s in c.sources] == ["柬中时报"]
    assert one("该报道称，哈里和梅根录制影片，宣传《时代》杂志百大人物，并强调投票的重要性。").speaker == "哈里"


def test_what_an_outlet_called_someone_credits_none_of_his_words():
    found = claims('美国《时代》周刊曾称他为"民主先生"。李登辉接受采访时表示，两岸关系是"特殊的国与国关系"。')
    assert found[-1].speaker == "李登辉" and found[-1].sources == []


def test_a_time_or_connective_opening_a_later_sentence_is_passed_to_find_its_subject():
    c = one("中共外交部发言人在推特上的言论多次令外界咋舌。10月4日，华春莹再次用英文发推，批评美国医疗不公，"
            "称“希望所有的美国患者，都能得到最好的治疗。”")
    assert c.speaker == "华春莹"  # (past 10月4日，: the sentence opens with her, not the last paragraph's 中共)


def test_a_place_named_before_its_problem_owns_no_quotation():
    assert [c.speaker for c in claims("俄国表示，巴林与以色列建交有所「进展」，但巴勒斯坦问题依然严峻且未获解决，"
                                      "「不找出以巴冲突的解套办法，却还期盼中东长久和平，这种想法明显有误」。")] == ["俄国"]


def test_at_first_between_a_subject_and_its_cue_is_when_not_who():
    c = one("警方最初表示，病毒来自市场的野生动物。")
    assert c.speaker == "警方"


def test_a_copyright_notice_is_no_statement():
    found = claims("(德国之声中文网) 特朗普说，选举腐败。\n\n摘编自其他媒体的内容，不代表德国之声的立场或观点 © 2020年 "
                   "德国之声版权声明：本文所有内容受到著作权法保护，如无德国之声特别授权，不得擅自使用。")
    assert [c.speaker for c in found] == ["特朗普"]


def test_a_will_that_names_what_someone_is_called_is_no_future():
    found = claims("胡锡进发文称，“外交部发言人说话是给外国人听的。”他将民众说成“自干近卫军”，并问“能不这么贱吗？”")
    assert found[-1].cue == "问"
    assert claims("四国外长将通过会议重申，支持多边贸易体系。") == []


def test_qiu_and_other_rarer_surnames_make_names():
    found = claims("台湾－雷伊漢勒世界公民中心執行長裘振宇今天說，難民問題很難解決。\n裘振宇坦言，難民是個非常複雜的問題。")
    assert [c.speaker for c in found] == ["裘振宇", "裘振宇"]


def test_hui_shuo_answers_as_hui_da_shuo_does():
    assert one("Aziz回說：「他是中國派來的間諜啊！」").speaker == "Aziz"
    assert one("張三回說：「他是間諜啊！」").cue == "回说"


def test_shuo_dao_before_its_punctuation_says_and_before_a_topic_does_not():
    c = one("中国外交部发言人华春莹今天说到，只要中国记者在美国获得公平对待，中国愿意延续合作关系。")
    assert (c.speaker, c.cue) == ("华春莹", "说到")
    assert [c.cue for c in claims("张三说，说到经济，他认为前景不错。")] == ["说", "认为"]


def test_a_postposed_speaker_is_read_past_the_words_describing_her():
    found = claims("“我以前认为美国很包容，”住在加州的宋小姐说，她认为，华盛顿的举措发出“不欢迎的信号”。")
    assert [(c.speaker, c.text) for c in found][0] == ("宋小姐", "我以前认为美国很包容，")


def test_a_warning_given_as_a_noun_ends_its_clause_unless_its_content_follows():
    assert claims("武汉医生李文亮去年12月向同行发出新冠疫情警告，其后旋即被当地警察训诫。") == []
    assert one("李文亮发出新冠疫情警告：美国将遭受损失。").text == "美国将遭受损失"
    c = one("亲北京的大公报曾提出呼吁，要求建立一个量刑委员会。")
    assert (c.speaker, c.cue) == ("大公报", "呼吁")


def test_a_quoted_reply_ends_where_the_narrator_goes_on_with_then():
    assert one("张三回答说“没有”，之后没有再说其他。").text == "没有"


def test_a_sentence_about_the_view_just_reported_is_no_longer_the_view():
    c = one("她的辩护团队认为，在犯下罪行的时候，蒙哥马利处于精神错乱的状态。这一观点得到了41名律师的支持。")
    assert c.text == "在犯下罪行的时候，蒙哥马利处于精神错乱的状态"


def test_a_speaker_after_because_is_not_the_clause_before_it():
    c = one("丽莎·蒙哥马利周三被执行死刑。案件受到关注是因为她的律师辩称，蒙哥马利目前患有精神病。")
    assert c.speaker_written == "她的律师"


def test_a_manner_adverb_between_a_subject_and_its_cue_is_how_not_who():
    c = one("川普在推特贴出影片，似乎荒谬地声称，身为「领袖」，他「必须」直面病毒。")
    assert (c.speaker, c.text) == ("特朗普", "身为「领袖」，他「必须」直面病毒")
    c = one("阿伦达蒂·洛伊在文中引用了印度官方发言人的那句名言“让我们闷头努力，不要哭哭啼啼”，讽刺地指出这些机构不接受质疑。")
    assert c.speaker == "阿伦达蒂·洛伊"  # (the words she cites are given; she goes on)


def test_a_side_in_a_case_opening_its_sentence_goes_on_speaking():
    assert one("辩方感到诧异，重申8人案件性质相对轻微。").speaker == "辩方"
    assert claims("一家官方媒体报道，称该计划旨在脱贫。") == []


def test_a_bare_role_word_is_the_unnamed_holder_who_just_spoke_not_one_named_earlier():
    found = claims("中国外交部发言人赵立坚在例行发布会上称，中方反对。\n人民日报发言人稍早回应称，美方无端指责。\n"
                   "发言人指出，人民日报有权拒绝刊发文章。")
    assert [c.speaker for c in found] == ["赵立坚", "人民日报发言人", "人民日报发言人"]


def test_words_given_as_a_famous_line_are_not_the_next_speakers():
    found = claims('习近平在2017年曾说过经典名句，"房子是用来住的，不是用来炒。"彭博社上署名Shuli Ren的分析文章认为，'
                   '习近平不乐见房价飙升。')
    assert [(c.speaker, c.cue) for c in found] == [("习近平", "曾说"), ("彭博社", "认为")]


def test_a_long_frame_of_where_is_passed_to_find_the_subject():
    c = one('习近平任内第三度南巡，在深圳经济特区建立40周年庆祝大会上表示，要持续改革开放。')
    assert (c.speaker, c.text) == ("习近平", "要持续改革开放")


def test_a_japanese_family_name_before_a_governors_title_is_the_name():
    assert one("小池知事指出，可能会出现封城。").speaker == "小池"


def test_the_same_day_after_a_subject_and_its_adverbs_is_the_day_last_named():
    found = claims("蓬佩奥上周五（15日）宣布，美国将实施签证限制。\n美国国务院也在同一天宣布，终止五个文化交流项目。")
    assert [str(c.said_on) for c in found] == ["2023-12-15", "2023-12-15"]


def test_an_adverb_and_a_longer_cue_word_are_not_the_shorter_cue():
    assert claims("领导人纷纷现身，似乎也说明今年的会议已经结束。") == []
    assert one("张三还说道：“会议已经结束。”").cue == "还说道"


def test_a_sentence_opened_by_a_surname_keeps_its_subject_past_a_person_named_in_it():
    found = claims("傅阳恒医生说，轻症病人不再具有传染性。\n"
                   "傅医生叮嘱，虽然美国总统特朗普从确诊到康复只用了一个星期，但是请民众不要掉以轻心。他说，疗法效果还无法下定论。")
    assert [c.speaker for c in found] == ["傅阳恒", "傅阳恒"]


def test_a_sentence_opened_by_a_pronoun_keeps_its_subject_past_a_person_named_in_it():
    found = claims("冯崇义教授表示，罗瑞卿之子不会再写信。\n他开始陆续发表致习近平的公开信。\n他多次指出，政权绕不过去两大问题。")
    assert [c.speaker for c in found] == ["冯崇义", "冯崇义"]


def test_a_review_board_by_its_short_name_speaks():
    assert one("投審會今天指出，阿里巴巴可實質控制克雷達。").speaker == "投审会"


def test_giving_an_example_before_its_punctuation_is_a_cue():
    c = one("冯崇义举例，“胡耀邦的两个儿子也同样被这样要求。”")
    assert (c.speaker, c.cue, c.kind) == ("冯崇义", "举例", "direct")
    assert claims("拿美国举例：有一种历史学说，美国很强大。") == []


def test_the_company_is_the_firm_last_named_by_its_latin_name():
    found = claims("6月倒闭的Wirecard公司前首席执行官布劳恩再次被捕。\n"
                   "此前该公司承认存在会计欺诈，并警告称其账簿上的现金可能“不存在”。")
    assert [(c.speaker, c.cue) for c in found] == [("Wirecard", "警告")]


def test_a_weekday_before_jiang_is_to_come_and_dates_nothing_said():
    found = claims("蓬佩奥星期天将启程前往印度。\n他在发布会上说，会谈将包括讨论中国。")
    assert [(c.speaker, str(c.said_on)) for c in found] == [("蓬佩奥", "2023-12-20")]


def test_the_one_whose_words_are_quoted_is_named_before_them():
    c = one("路透社引述分析师刘郁的话说，永煤控股违约属于典型的国企违约事件。")
    assert (c.speaker, [s.agency for s in c.sources]) == ("刘郁", ["路透社"])


def test_a_paper_quoting_on_a_day_of_a_month_is_the_source():
    c = one("《中国基金报》11月12日引述分析师刘郁的分析表示，永煤控股违约属于典型的国企违约事件。")
    assert (c.speaker, [s.agency for s in c.sources]) == ("刘郁", ["中国基金报"])


def test_a_text_counted_speaks_for_the_author_after_the_count():
    found = claims("泰国警方今天表示，指控已被撤销。\n日前一项警方文件写道：「检察总长办公室已决定撤销所有指控。」")
    assert [c.speaker for c in found] == ["泰国警方", "泰国警方"]


def test_a_group_counted_in_figures_speaks():
    assert one("78位美國眾議員今天表示，應該更名。").speaker == "78位美国众议员"


def test_the_one_a_letter_is_sent_to_is_not_the_subject():
    assert one("白宫今天致函美國國務卿蓬佩奧，呼籲將代表處更名為「台灣代表處」。").speaker == "白宫"


def test_a_reason_given_with_yi_wei_you_passes_to_the_subject():
    c = one("三名美國眾議員今天聯名致函蓬佩奧，以「台北」無法反映美台關係為由，呼籲將代表處更名。")
    assert (c.speaker, c.cue) == ("三名美国众议员", "呼吁")


def test_a_paper_by_its_title_after_the_kind_of_paper_it_is_speaks():
    assert one("梵蒂冈官方报纸《罗马观察报》说，所有主教已经首次与罗马主教共融。").speaker == "罗马观察报"
    assert one("柏林《日报》就此写道：“中国承诺提供疫苗。”").speaker == "日报"


def test_a_paper_after_the_datelines_bracket_opens_its_phrase():
    found = claims("（德国之声中文网）《时代》周报发表评论中，中国投入大量资金。这篇题为《中国的疫苗外交》的评论写道：\n"
                   "\"疫情在全球快速蔓延，中国发起了口罩外交。\n南美诸国已经从北京获得了贷款。\"")
    assert [(c.speaker, c.cue) for c in found] == [("时代周报", "写道"), ("时代周报", "")]


def test_a_cue_and_colon_ending_a_paragraph_give_the_next_paragraphs_quotation():
    c = one("习近平今天在北京发表讲话。他说：\n“疫情在全球快速蔓延，中国发起了口罩外交。”")
    assert (c.speaker, c.cue, c.kind) == ("习近平", "说", "direct")


def test_the_author_is_the_one_who_published_the_article():
    found = claims("欧洲议会的成员Bernard Guetta今天在法国解放报刊登文章，明确反对投资协议。\n"
                   "作者明确指出，他将尽其所能反对此一协定的最终批准。")
    assert [c.speaker for c in found] == ["Bernard Guetta"]


def test_the_author_of_a_text_titled_in_quotation_marks_speaks_through_it():
    c = one("德国《时代周报》题为\"愤怒的白人男性\"的文章写道：\"特朗普展示了他好斗的一面。\"")
    assert (c.speaker, c.cue) == ("时代周报", "写道")


def test_a_quotation_before_a_long_subject_and_frame_is_the_speakers():
    found = claims("“我希望迈克·彭斯能帮我们解决问题，”特朗普周一晚在佐治亚州为两名在任共和党参议员举行的一场集会上说，"
                   "这两名共和党人将参与决选。")
    assert [(c.speaker, c.kind) for c in found][0] == ("特朗普", "direct")


def test_a_co_chair_is_no_one_spoken_with():
    found = claims("流行病學家、衛生部科學委員會共同主席卡林（Salim Abdool Karim）表示，這種新變異病毒傳染力多50%。\n"
                   "不過他也補充表示，並無證據顯示病情會更嚴重。")
    assert [c.speaker for c in found] == ["卡林", "卡林"]


def test_a_crown_prince_is_a_role_before_a_name():
    assert one("阿布扎比王储阿勒纳哈扬在推特上确认了两国建交事宜。他说：“达成了一项协议。”").speaker == "阿勒纳哈扬"


def test_the_paper_is_the_one_named_last():
    found = claims("梵蒂冈官方报纸《罗马观察报》发表文章。\n该报称，加拉格尔大主教强调了人权。")
    assert [(c.speaker, c.speaker_written) for c in found] == [("罗马观察报", "该报")]
    assert claims("白宫周二发表声明。\n该报称，人权很重要。") == []
    assert [c.speaker for c in claims("纽约时报周二报道了此事。\n该报道称，加拉格尔大主教强调了人权。")] != ["纽约时报"]


def test_a_count_in_figures_stays_with_those_counted():
    c = one("金融时报8日报道，官方下达一份指引。该报引述2名看过这份文件的人士指出，指引要求媒体正确引用。")
    assert (c.speaker, [s.agency for s in c.sources]) == ("2名看过这份文件的人士", ["金融时报"])


def test_a_body_by_a_contraction_of_five_characters_is_the_body_named_in_full():
    found = claims("紐約證券交易所（NYSE）今天宣布重啟下市程序。\n紐約證交所表示，5日接獲美國財政部的指引。")
    assert [(c.speaker, c.speaker_written) for c in found][1] == ("纽约证券交易所", "纽约证交所")


def test_a_statement_in_another_year_does_not_take_the_day_carried_for_the_speaker():
    found = claims("习近平12月6日写信给霍华德·舒尔茨（Howard Schultz），希望他发挥作用。\n"
                   "2019年，舒尔茨还表示，他在考虑参选美国总统。\n舒尔茨说，他会发挥作用。")
    assert [str(c.said_on) for c in found if c.speaker == "霍华德·舒尔茨"] == ["2023-12-20", "2023-12-06"]


def test_a_topic_cue_before_a_clause_with_is_states_it():
    c = one("司法部长马克·沃伦（Mark Warren）上周接受电台采访时提到俄罗斯是最大的威胁。")
    assert (c.speaker, c.cue, c.text) == ("马克·沃伦", "提到", "俄罗斯是最大的威胁")
    assert claims("沃伦提到两国合作的重要性。") == []


def test_two_roles_joined_before_a_name_are_the_named_persons():
    c = one("英国的作家和评论人士贺知章认为，这是衰败的迹象。")
    assert c.speaker == "贺知章"
    assert one("欧盟外交官和官员称，这只是放狠话。").speaker == "欧盟外交官和官员"


def test_a_text_the_subject_acted_on_does_not_speak():
    c = one("马克龙总统在社交媒体上转发了世界报的报道，并且说：“这是好消息。我们必须加快行动！”")
    assert c.speaker == "马克龙"
    assert one("马克龙的挑战者玛丽娜·勒庞的竞选团队批评说，政府拒绝听取专家的意见。").speaker == "勒庞的竞选团队"


def test_a_term_glossed_in_capitals_is_no_name():
    found = claims("工程师黄建华说，研究要专注。\n此外，研究人员必须拥有高度的情绪商数（EQ），培养耐心。他笑说，失败是常态。")
    assert [c.speaker for c in found] == ["黄建华", "黄建华"]


def test_what_a_topic_cue_names_then_a_quotation_is_what_was_said_of_it():
    found = claims("王毅说，两国要合作。他提及东盟，“这是我们最重要的伙伴，我们会一直支持”，并表示会访问。")
    assert [(c.cue, c.kind, c.text) for c in found][1] == ("提及", "direct", "这是我们最重要的伙伴，我们会一直支持")


def test_an_analysis_pointed_at_speaks_for_its_author():
    found = claims("兰德公司的研究人员在一篇分析中写道，俄罗斯的策略被借鉴。\n这篇分析还指出，这种宣传依靠漫画。")
    assert [(c.speaker, c.cue) for c in found] == [("兰德公司的研究人员", "写道"), ("兰德公司的研究人员", "指出")]
    assert claims("兰德公司发表报告。\n分析认为，这种宣传依靠漫画。") == []


def test_a_text_issued_in_a_relative_clause_speaks_later_for_its_issuer():
    found = claims("美国农业统计局周五公布的月度报告显示，玉米产量大幅下滑。\n大豆产量也减少了。报告称，小麦库存降至低点。")
    assert [(c.speaker, c.cue, c.text) for c in found] == [("美国农业统计局", "称", "小麦库存降至低点")]
    assert [c.speaker for c in claims("中国在疫情初期公布的报告显示病毒会传播。\n报告称，病毒会传播。")] != ["中国"]


def test_the_other_side_of_an_exchange_in_one_sentence_speaks_on_its_day():
    found = claims("两国防长18日在日内瓦会谈，但互不相让，韩国防长金明秀坚称“我们的领土一寸也不能丢”，印度防长辛格则重申韩国必须撤回原来的防线。")
    assert [(c.speaker, str(c.said_on)) for c in found] == [("金明秀", "2023-12-18"), ("辛格", "2023-12-18")]
    found = claims("卫生局18日发布消息说，疫情已经清零，但专家则认为疫情仍然很难控制。")
    assert [str(c.said_on) for c in found] == ["2023-12-18", "2023-12-20"]


def test_last_month_is_no_day_carried_for_the_speaker():
    found = claims("部长马克·沃伦（Mark Warren）12月8日收到一封信。\n沃伦上个月接受采访时说，俄罗斯是最大的威胁。")
    assert [str(c.said_on) for c in found] == ["2023-12-20"]


def test_a_taipei_court_by_its_short_name_is_the_court():
    assert one("北院今天表示，已接獲被告的抗告狀，將送交高院審理。").speaker == "台北地方法院"
    assert one("北檢今天指出，被告涉嫌收賄。").speaker == "台北地检署"


def test_a_place_someone_arrives_at_does_not_speak():
    c = one("林建國20日深夜抵達外交部時向媒體表示，他是清白的。")
    assert c.speaker == "林建国"
    assert one("部分已經離開大疆的前員工表示，裁員是因為疫情。").speaker == "大疆的前员工"


def test_an_adjective_may_open_a_name_that_a_cue_ends():
    c = one("总部在华盛顿的台湾人公共事务会(FAPA)会长简明子星期四在一个声明中表示，美台应签署贸易协定。")
    assert (c.speaker, str(c.said_on)) == ("简明子", "2023-12-14")


def test_should_after_a_role_is_no_name():
    found = claims("会长简又文表示，美台应该建交。\n决议要点包括：总统应承认台湾政府，总统应废除一中政策。\n他说，美台应该建交。")
    assert [c.speaker for c in found] == ["简又文", "简又文"]


def test_where_a_body_is_based_does_not_speak():
    assert one("总部在比利时的非政府智库国际危机小组对此表示，局势仍然紧张。").speaker == "国际危机小组"
    assert one("总部设在美国纽约的南蒙古人权信息中心29日说，抗议仍在继续。").speaker == "南蒙古人权信息中心"


def test_an_account_on_a_platform_speaks_for_its_owner():
    assert one("白宫推特账号发文表示，总统将于周五发表讲话。").speaker == "白宫"
    assert one("美軍第七艦隊臉書粉絲團也發文表示，驅逐艦今天例行通過台灣海峽。").speaker == "美军第七舰队"
    assert one("脸书表示，将删除这些帐号。").speaker == "脸书"


def test_their_own_accounts_are_where_they_spoke():
    found = claims("参议员斯科特(Rick Scott, R-FL)、众议员蒂法尼(Tom Tiffany, R-WI)，星期四在各自的推特上宣布，他们将提出法案。")
    assert "推特" not in [c.speaker for c in found]


def test_he_after_a_statement_inside_anothers_is_the_one_reporting_it():
    found = claims("王晓明进一步指出，警察经常形容示威者背后是受外国势力操控，但他从来没有看过相关的证据，并强调这完全不符事实。")
    assert [(c.speaker, c.cue) for c in found][-1] == ("王晓明", "强调")
    found = claims("Techcrunch表示，囚爱的首席执行官称他们已经试图解决这一问题，但又说，当这一问题得到解决后又带来了新问题。")
    assert [(c.speaker, c.cue) for c in found][-1] == ("囚爱的首席执行官", "又说")


def test_whom_a_warning_was_given_to_comes_before_its_comma():
    c = one("此前，北京警告华盛顿，如果美国司法部起诉学者，中国则可能关押在华美国公民。")
    assert (c.speaker, c.cue, c.text) == ("北京", "警告", "如果美国司法部起诉学者，中国则可能关押在华美国公民")
    assert one("世卫警告人们，疫情还没有结束。").text == "疫情还没有结束"


def test_an_outlets_report_commented_on_is_no_outlet_told():
    c = one("迪梅尔斯不愿对华尔街日报的最新报道做出评论，但强调，中国应该遵守法治。")
    assert c.sources == []
    assert [s.agency for s in one("迪梅尔斯对华尔街日报说，中国应该遵守法治。").sources] == ["华尔街日报"]


def test_an_outlet_replied_to_is_credited():
    c = one("梁振英其后透过前任特首办回覆香港01，指该两公司为非牟利组织。")
    assert [(s.agency, s.role) for s in c.sources] == [("香港01", "credited")]


def test_an_outlet_interviewing_is_where_the_words_were_given_not_a_credit():
    found = claims("巴尔接受CNN采访时提到，选举没有舞弊。他还说，这是真的。")
    assert [[(s.agency, s.role) for s in c.sources] for c in found] == [[("CNN", "interview")]] * 2
    c = one("博雷利接受法国《星期日报》（Journal Le Dimanche）采访时指出，欧洲过去太天真了。")
    assert [s.role for s in c.sources] == ["interview"]


def test_what_a_text_left_out_is_the_narrators():
    c = one("美国国务院的一份声明说，比根与立陶宛外长举行了会晤。声明没有具体描述中国的威胁。")
    assert c.text == "比根与立陶宛外长举行了会晤"


def test_a_day_planned_is_no_day_the_speaker_was_seen_on():
    found = claims("联邦法官多纳托星期五（15日）发出禁令，挡住了原定18日生效的新法规。\n多纳托在裁决中说，代理部长无权实施该法规。")
    assert [str(c.said_on) for c in found] == ["2023-12-15"]
    found = claims("约翰逊和冯德莱恩将于周五会面。\n约翰逊对记者表示：“是的，当然。”")
    assert [str(c.said_on) for c in found] == ["2023-12-20"]


def test_a_day_in_a_frame_of_after_is_an_event_the_words_followed():
    c = one("在12月6日发生支持者暴力冲进国会大厦并肆意破坏后，沃尔夫表示，他支持有序的权力转移。")
    assert str(c.said_on) == "2023-12-20"
    assert str(one("沃尔夫在12月6日表示，他支持有序的权力转移。").said_on) == "2023-12-06"


def test_a_month_opening_the_clause_is_not_the_subject():
    c = one("去年9月马里兰州一位联邦法官在长达69页的裁决书中说，代理部长可能不合法。")
    assert (c.speaker, str(c.said_on)) == ("马里兰州一位联邦法官", "2023-12-20")


def test_a_refusal_after_a_quotation_is_the_narrators():
    c = one("立场新闻向特首办查询，发言人仅称“有申报的已落表（登记册）”，拒绝正面确认梁是否漏报。")
    assert c.text == "有申报的已落表（登记册）"


def test_he_may_sound_inside_a_name_glossed_after_its_role():
    c = one("南蒙古人权信息中心主任恩和巴图（Enghebatu Togochog）说，这次抗议蔓延到整个内蒙古。")
    assert c.speaker == "恩和巴图"


def test_alibaba_cloud_and_the_cecc_are_known_bodies():
    assert one("他们抓住了新商机。据阿里云称，“这不应该与政治扯上关系。”").speaker == "阿里云"
    c = one("美国国会及行政当局中国委员会发表声明说，香港的自由正在消失。")
    assert c.speaker == "美国国会及行政当局中国委员会"


def test_users_speak_and_a_platforms_users_are_not_its_company():
    c = one("“真正有户头的人，没有人收到这笔款项，”一名推特用户抱怨道。")
    assert c.speaker == "一名推特用户"
    assert one("许多用户表示，这个应用很好用。").speaker == "许多用户"
    assert one("美国微信用户联合会发言人表示，禁令将导致微信消亡。").speaker == "美国微信用户联合会发言人"


# --- from a fifty-fourth audit ---

def test_a_known_ngo_speaks_and_its_report_speaks_for_it():
    found = claims("总部设在德国的非政府组织透明国际组织上周公布了出口贸易腐败行为的评估报告。\n"
                   "透明国际指出，他们曾经多次呼吁中国签署公约。\n"
                   "报告指出，75%的世界出口贸易来源于那些没有做出行动的国家。")
    assert [c.speaker for c in found] == ["透明国际", "透明国际"]
    assert found[1].text.startswith("75%")


def test_a_text_issued_under_a_compound_name_is_the_one_named_later():
    # 评估报告: 评估 and 报告 are both text words; the later 报告 is the same text
    c = one("透明国际组织上周公布了评估报告。这份长达180多页的报告中有四页的内容涉及中国，报告指出，中国应当加入公约。")
    assert (c.speaker, c.text) == ("透明国际", "中国应当加入公约")


def test_a_text_goes_on_after_two_adverbs():
    found = claims("外交部周二发表声明。声明指出，中国政府对上述事件未展开任何调查，不过，声明同时也指出，法院并未找到证据。")
    assert [(c.speaker, c.text) for c in found] == [("外交部", "中国政府对上述事件未展开任何调查"),
                                                    ("外交部", "法院并未找到证据")]


def test_a_connective_turning_to_the_next_statement_is_not_part_of_this_one():
    found = claims("李强指出，中国政府未展开任何调查，但是，王毅说，法院并未找到证据。")
    assert [c.text for c in found] == ["中国政府未展开任何调查", "法院并未找到证据"]


@pytest.mark.parametrize("text, speaker", [
    ("经合组织近年来不断呼吁中国尽快加入公约。", "经合组织"),
    ("經濟合作暨發展組織表示，全球經濟將萎縮。", "经合组织"),
])
def test_the_oecd_is_known_by_its_names(text, speaker):
    assert one(text).speaker == speaker


def test_the_oecd_is_not_read_inside_apec():
    c = one("中国国家主席习近平前天在亚太经合组织领导人非正式会议上发言时说：“中方欢迎协定完成签署。”")
    assert c.speaker == "习近平"


@pytest.mark.parametrize("text, speaker", [
    ("传统上被视为亚美尼亚盟友的俄罗斯呼吁立即停火并进行谈判。", "俄罗斯"),
    ("美国总统特朗普表示，美国正在寻求制止暴力。拥有大量亚美尼亚社区的法国呼吁立即停火和对话。", "法国"),
    ("強調會上訴的農委會今天說，香港通報疫情前已有事證，開罰有據。", "农委会"),
])
def test_a_body_described_by_a_clause_before_it_speaks(text, speaker):
    assert claims(text)[-1].speaker == speaker


def test_a_bare_authority_keeps_its_description():
    assert one("纳戈尔诺-卡拉巴赫持分离立场的当局说，有18人丧生。").speaker == "纳戈尔诺-卡拉巴赫持分离立场的当局"


@pytest.mark.parametrize("text", [
    "杨品骅表示，透过自己的足迹，看到更真实的大陆，还说要励志做好族人的眼睛。",  # the country seen
    "在印尼的中醫師和駐印尼代表處都呼籲，應儘速恢復GMP制度。",  # two speakers
    "82%的受访者对科尔伯基金会表示，德国最好保持中立。",  # the one told
    "在择捉岛上的这一部署表明，俄罗斯要保有该岛。",  # where, and a thing
])
def test_a_described_head_is_not_read_where_it_is_no_speaker(text):
    assert all(c.speaker in ("杨品骅",) for c in claims(text))


def test_a_firm_glossed_in_latin_before_a_role_and_a_name_is_the_employer():
    c = one("“市场是对的，我认为美元之后会再跌，”贝莱德(Blackrock)投资长Rick Rieder对路透峰会表示。")
    assert c.speaker == "Rick Rieder"


def test_what_a_clause_opening_with_a_cue_names_is_what_it_is_about():
    c = one("台湾总统蔡英文在会议前夕的脸书发文中，提到美台对话与同日举行的世界卫生组织大会对台湾的重要性，"
            "并强调台湾要开拓全球市场。")
    assert (c.speaker, c.cue) == ("蔡英文", "强调")


def test_the_subject_before_a_denial_goes_on_after_it():
    found = claims("白宮貿易顧問納瓦羅接受霍士新聞訪問時，否認馬斯克與特朗普政府在關稅政策上出現裂痕，但表示特斯拉依賴進口零件。")
    assert [(c.speaker, c.cue) for c in found if not c.rule.startswith("weak")] == [("纳瓦罗", "表示")]


def test_a_cue_word_inside_another_cues_clause_is_not_a_cue():
    found = claims("中國外交部發言人華春瑩在例行記者會中，指責英國方面違反承諾，一意孤行，反覆炒作英國國民海外護照議題。")
    assert all(c.cue != "承诺" for c in found)


def test_a_name_after_a_role_may_start_with_a_noun_when_a_cue_ends_it():
    assert one("農委會副主委黃金城強調，農委會一定會上訴。").speaker == "黄金城"


def test_a_paper_told_by_its_title_is_credited_and_so_is_the_quotation_before():
    found = claims("“我们担心，安琳可能会失去教职。”安琳的委托律师法兰克斯（Stephen Franks）告诉《澳大利亚金融评论》，"
                   "安琳正面临大学内部的纪律调查。")
    assert [(c.speaker, c.kind, [s.agency for s in c.sources]) for c in found] == [
        ("法兰克斯", "direct", ["澳大利亚金融评论"]), ("法兰克斯", "indirect", ["澳大利亚金融评论"])]


def test_words_told_to_the_reporting_outlet_by_its_title_credit_no_one():
    c = claims("一名教师告诉《寒冬》，当地教育局要求各校建立防控小组。", outlet="寒冬")[0]
    assert c.speaker == "一名教师" and c.sources == []


def test_cpc_is_known_by_its_short_name():
    found = claims("台灣中油公司今天宣布，汽、柴油價格都不調整。\n中油表示，各式油品參考零售價格仍維持不變。")
    assert [c.speaker for c in found] == ["台湾中油", "台湾中油"]


# --- from a fifty-fifth audit ---

@pytest.mark.parametrize("text, speaker", [
    ("一名叫做“壮飞”的网友说：“你就知道，什么是德行。”", "壮飞"),
    ("一个署名“Poetic Tapestry”的推友说：“人家已经道歉。”", "Poetic Tapestry"),
])
def test_a_handle_named_before_its_kind_speaks(text, speaker):
    assert one(text).speaker == speaker


def test_a_quotation_closing_a_statement_on_its_full_stop_ends_it_there():
    found = claims("莫里森还表示，这幅图片传递的是“一个错误的印象，是严重诽谤。”他说，澳大利亚已经展开调查。")
    assert [(c.cue, c.kind) for c in found] == [("表示", "mixed"), ("说", "indirect")]
    assert found[0].text.endswith("是严重诽谤。”")


def test_a_quotation_opening_its_own_sentence_stays_the_next_cues():
    found = claims("凯莱赫说，最让他吃惊的是“我对离职生活的适应程度”。“我并不想念我的工作。”他说，“不用工作我很开心。”")
    assert [c.text for c in found] == ["最让他吃惊的是“我对离职生活的适应程度”", "我并不想念我的工作。", "不用工作我很开心。"]


def test_a_verb_done_opens_a_predicate_whose_names_are_its_objects():
    c = one("加拿大联邦法院25日以国家安全为由，驳回了华为高管孟晚舟获取情报文件的请求，并称这些文件并不能支持她的质疑。")
    assert c.speaker == "加拿大联邦法院"


def test_a_country_that_acted_opening_the_sentence_goes_on_after_bing():
    c = one("上个月，在中国通过《港区国安法》后，加拿大暂停了与香港的引渡条约，并表示可能会放宽移民。")
    assert (c.speaker, c.text) == ("加拿大", "可能会放宽移民")


@pytest.mark.parametrize("text", [
    "香港民主派批评，香港当局的做法等于褫夺市民的投票权，又形容事件“荒谬至极”。",  # 香港当局: someone else
    "香港未列在今年的报告中，但图表将香港列为部分自由，并指出，北京颁布的国安法威胁香港。",  # no act done
])
def test_a_country_opening_a_clause_without_an_act_does_not_go_on(text):
    assert all(c.speaker not in ("香港",) for c in claims(text))


@pytest.mark.parametrize("text, speaker", [
    ("立法院教育及文化委員會召委吳思瑤會後受訪時說，科技部調整回委員會的方向應該已經確定。", "吴思瑶"),
    ("中國國家統計局工業司高級統計師朱虹解讀稱，利潤增加的行業數量增多。", "朱虹"),
    ("北京市西城区纪委监委指出，任志强严重违纪违法。", "北京市西城区纪委监委"),
])
def test_more_roles_and_bodies_by_their_shape(text, speaker):
    assert one(text).speaker == speaker


def test_a_sentence_naming_the_country_again_is_narration():
    c = one("玻利維亞23日宣佈，總統大選將再度延後到10月18日舉行。玻利維亞去年因為莫拉萊斯違憲尋求連任，引發大規模抗議。")
    assert c.text == "總統大選將再度延後到10月18日舉行"


def test_a_sentence_naming_the_speaker_after_a_connective_is_narration():
    c = one("布林肯表示，美国应该改变方法才能够与中国进行谈判。不过布林肯回避了一个问题，即他是否会重新加入协定。")
    assert c.text == "美国应该改变方法才能够与中国进行谈判"


def test_the_common_view_is_no_one_speaking():
    found = claims("她再引用德国媒体法学界的通说表示︰「私营媒体的老板，对于媒体的立场是有决定权的。」")
    assert all(c.cue != "说" for c in found)


def test_praise_received_is_no_statement():
    assert claims("中国受到外界称赞，但当地政府的做法遭遇了反弹。") == []


# --- from a fifty-sixth audit ---

def test_a_person_named_inside_a_firms_name_is_its_employer_not_the_speaker():
    c = one("位于布鲁塞尔的拉斯穆森全球咨询公司(Rasmussen Global)的首席战略官法布里斯·波蒂尔(Fabrice Pothier)说，"
            "来自美国的压力迫使欧洲重新调整。")
    assert c.speaker == "法布里斯·波蒂尔"


def test_a_person_met_is_not_named_inside_a_body():
    c = one("拜登在白宫会见了日本首相菅义伟，并表示，美日同盟牢不可破。")
    assert c.speaker == "拜登"


def test_ling_after_a_name_is_an_adverb():
    c = claims("据悉，王凤瑶另在接受香港电台采访时表示，短期内不会返内地。")[0]
    assert c.speaker == "王凤瑶"


def test_houlai_opening_a_when_clause_is_no_surname():
    c = one("后来徐永明被带到调查站制作笔录时，进一步说明，他是为了筹措党费。")
    assert c.speaker == "徐永明"



# --- from a fifty-seventh audit ---

def test_a_one_character_surname_names_the_foreigner_it_ends():
    found = claims("联邦调查局局长克里斯托弗·雷发表演讲。雷称，中国国家主席习近平发起了猎狐行动。")
    assert [c.speaker for c in found] == ["克里斯托弗·雷"]


def test_a_surname_opening_a_clause_speaks_to_whom_it_addresses():
    c = claims("联邦调查局局长克里斯托弗·雷发表演讲。在讲话中，雷对目前身在美国的、但出生在中国的人士表示，"
               "他们可联系当地联邦调查局。")[0]
    assert c.speaker == "克里斯托弗·雷"


def test_guoqu_after_a_body_is_an_adverb():
    assert one("中国政府过去曾为这一行动辩护，称这是合法反腐行动的一部分。").speaker == "中国政府"


@pytest.mark.parametrize("text, speaker", [
    ("与会的包括俄罗斯外长拉夫罗夫，法国外长勒德里昂，美国驻联合国大使凯莉·克拉夫特，后者重申中国应负责。", "克拉芙特"),
    ("王毅会见了美国国务卿布林肯。后者表示，美国愿意合作。", "布林肯"),
])
def test_the_latter_is_the_one_named_last(text, speaker):
    assert one(text).speaker == speaker


def test_shouting_words_quoted_is_a_statement():
    c = one("在美国代表再次指责中国之后，张军指着美方代表大喊：“够了!”")
    assert (c.speaker, c.cue, c.text) == ("张军", "大喊", "够了!")


def test_jinjiezhe_after_a_name_is_an_adverb():
    c = one("张军紧接着发出一连串斥责：“在伸手指责别人之前，先说清楚你们美国20万人死于疾病的原因”。")
    assert c.speaker == "张军"


@pytest.mark.parametrize("text, said", [
    ("外交部发言人汪文斌则声称会议未举行责任“完全在美方”，但并没有提到会议停办的具体原因。", "会议未举行责任“完全在美方”"),
    ("康利还说：特朗普今早并未使用额外的氧气；但他没说之前是否有用到。", "特朗普今早并未使用额外的氧气"),
    ("海军发言人刘文胜透露，双方未就议题达成一致。但未披露中方提出哪些建议。", "双方未就议题达成一致"),
])
def test_what_the_speaker_left_unsaid_is_the_narrators(text, said):
    assert one(text).text == said


def test_a_complaint_of_no_answer_stays_the_speakers():
    c = one("港口负责人说，他们一再提出警告并要求另行安置，但没有回应。")
    assert c.text == "他们一再提出警告并要求另行安置，但没有回应"


@pytest.mark.parametrize("after", ["此前，纽约时报报导他取消了酒店的活动。", "《纽约时报》报导他取消了酒店的活动。",
                                   "此前，据纽约时报报导，他取消了酒店的活动。"])
def test_an_outlets_report_opening_a_sentence_ends_the_statement(after):
    c = one("特朗普周五告诉记者，他还没做好选举之夜的计划。" + after)
    assert c.text == "他还没做好选举之夜的计划"


@pytest.mark.parametrize("issued, pointer", [("川普连发多条推文。", "其中一条推文"), ("川普发了一条推文。", "该推文")])
def test_a_post_sent_speaks_for_its_author(issued, pointer):
    c = one(issued + pointer + "说：“他赢了，因为这次选举是做了手脚的。”")
    assert (c.speaker, c.kind) == ("特朗普", "direct")


def test_a_post_passed_on_is_not_ones_own():
    found = claims("特朗普转发了主持人伍勒里的推文，该推文称，民主党人在疫情上撒了“弥天大谎”。")
    assert all(c.speaker != "特朗普" for c in found)


def test_this_netizen_is_the_handle_described_as_one():
    found = claims("署名“中国新闻中心”的网友说，“对大选舞弊毫不报导。”该网友还说，用脚想都能明白的道理。")
    assert [c.speaker for c in found] == ["中国新闻中心", "中国新闻中心"]


@pytest.mark.parametrize("text, speaker", [
    ("北京独立媒体人高瑜说：“现在大家都特别关注美国的大选。”", "高瑜"),
    ("長征11號運載火箭副總指揮金鑫接受採訪時指出，這次是第二次海上發射任務。", "金鑫"),
    ("財政部統計處表示，受科技榮景帶動，去年12月出口年增12%。", "财政部统计处"),
    ("中国法律界人士李先生说，美国的总统选举从未像今天这样引起关注。", "李先生"),
])
def test_still_more_roles_and_bodies_by_their_shape(text, speaker):
    assert one(text).speaker == speaker


def test_a_body_speaking_to_another_body_is_not_one_long_name():
    c = one("台湾航空管制中心向香港研究所表示，取消有关航班的要求。")
    assert c.speaker == "台湾航空管制中心"


def test_an_opening_mark_after_a_comma_closes_an_unclosed_quotation():
    c = one("“一是我们有疫苗了。另一种是新增病例数飙升，因此买公债，“BMO的利率策略主管Ian Lyngen表示。")
    assert (c.speaker, c.kind, c.text) == ("Ian Lyngen", "direct", "一是我们有疫苗了。另一种是新增病例数飙升，因此买公债，")


def test_a_then_after_a_quotation_is_the_narrator_going_on():
    c = one("李登辉曾撰文表示“慰安妇的赔偿问题已经解决”，当时总统府发言人陈以信曾批评李登辉“不是无知、就是冷血”。")
    assert c.text == "慰安妇的赔偿问题已经解决"


# --- from a fifty-eighth audit ---

@pytest.mark.parametrize("text", ["陳柏惟則是臉書發文並附上影片指出，「修憲委員會，3Q參戰確定。」",
                                  "陳柏惟臉書發文指出，「修憲委員會，3Q參戰確定。」"])
def test_a_person_posting_on_a_platform_speaks_not_the_platform(text):
    assert one(text).speaker == "陈柏惟"


def test_the_papers_own_report_ends_a_statement_told_to_it():
    c = one("加拿大移民律师库兰德对《全球邮报》表示，他们的人数不多。该报今年早些时候曾报道，有大约50名香港人申请政治避难。")
    assert c.text == "他们的人数不多"


def test_an_official_of_a_persons_government_speaks_not_the_government():
    c = one("一名特朗普政府的高级官员表示，奥布莱恩没有辞职打算。")
    assert c.speaker == "一名特朗普政府的高级官员"


def test_whoever_releases_the_figures_speaks():
    c = one("中国国药集团中国生物北京公司周三发布其新冠病毒灭活疫苗Ⅲ期临床试验期中分析数据称，疫苗的保护效力为79.34%。")
    assert c.speaker == "中国国药集团中国生物北京公司"


def test_jiguan_ends_a_bodys_name():
    assert one("中國監管機關認為，這些資料讓螞蟻在金融業獲取不正當競爭優勢。").speaker == "中国监管机关"


def test_a_persons_government_attacking_still_speaks():
    c = one("该公司受到了美国总统特朗普政府的攻击，认为它是一个潜在的国家安全风险。")
    assert c.speaker == "特朗普政府"


# --- from a fifty-ninth audit ---

def test_a_name_glossed_after_a_space_is_read_whole():
    c = one("佛罗里达大学教授麦克当劳 (Michael P. McDonald) 告诉《纽约时报》，约1.6亿美国选民将完成投票。")
    assert c.speaker == "麦克当劳"


def test_a_coordinator_named_speaks_not_the_broadcaster_he_told():
    c = one("德国政府东欧事务协调员韦尔斯对公共电视台德国电视二台(ZDF)说，这位俄罗斯反对派领袖病情稳定。")
    assert c.speaker == "韦尔斯"


def test_a_long_body_after_a_relative_clause_speaks():
    c = one("代表反卢卡申科力量的白俄罗斯反对派协调委员会8月27日发表声明说，组建军警部队的举动不能接受。")
    assert c.speaker == "白俄罗斯反对派协调委员会"


@pytest.mark.parametrize("text, speaker", [
    ("行政院國家搜救指揮中心今天說，海空搜救共出動8架次國防部搜救機。", "行政院国家搜救指挥中心"),
    ("中国国家市场监督管理总局联合商务部强调，互联网平台企业不得利用数据优势。", "中国国家市场监督管理总局"),
])
def test_a_bodys_own_centre_speaks_but_not_a_body_joined(text, speaker):
    assert one(text).speaker == speaker


def test_this_agency_is_the_body_that_just_spoke():
    found = claims("信用评级机构标普全球周二表示，违约率将上升一倍。不过该机构也指出，信用评级下调速度正在放缓。")
    assert [c.speaker for c in found] == ["标普", "标普"]


# --- from a sixtieth audit ---

def test_a_body_firmly_denying_goes_on_to_speak():
    c = one("俄罗斯驻美大使馆坚决否认与此有关，表示，俄罗斯没有在网络空间的进攻性行动。")
    assert c.speaker == "俄罗斯驻美大使馆"


def test_a_name_opening_on_zeng_before_a_hearing():
    assert one("國民黨立委曾銘宗質詢時指出，兩岸局勢日趨緊張。").speaker == "曾铭宗"


def test_biyu_after_a_name_is_how_he_spoke():
    assert one("共和党参议员罗姆尼比喻说，就好像俄罗斯轰炸机反复飞越美国全境。").speaker == "罗姆尼"


@pytest.mark.parametrize("text, speaker", [
    ("一位基督徒则向刘贻牧师表示，上海的大部分教堂已被关闭。", "一位基督徒"),
    ("一位交通警对司机说，不让你走。", "一位交通警"),
    ("议会中的反对派议员称，巴育仍住在军方的住所里面。", "议会中的反对派议员"),
])
def test_a_described_speaker_ends_before_whom_it_speaks_to(text, speaker):
    assert one(text).speaker == speaker


def test_someone_spoken_to_with_no_speaker_before_is_no_one():
    assert claims("人会对警察说，我是社会主义者。") == []


# --- from a sixty-first audit ---

@pytest.mark.parametrize("text, speaker", [
    ("中國中央氣象台表示，哈格比將在5日上午從江蘇中部移入黃海。", "中国中央气象台"),
    ("台船表示，高雄廠昨天下午發生工安事故。", "台船"),
    ("店家友人Nancy（化名）告訴記者，餐廳的損失粗估逾10萬元。", "Nancy"),
])
def test_weather_offices_shipbuilders_and_friends_by_name(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, cue", [("陳時中答覆，防疫規定還是根據集會遊行指引。", "答复"),
                                       ("镇长给予答复，防疫规定还是根据集会游行指引。", None)])
def test_answering_is_a_cue_the_answer_given_is_not(text, cue):
    assert [c.cue for c in claims(text)] == ([cue] if cue else [])


# --- from a sixty-second audit ---

@pytest.mark.parametrize("text", ["总统蔡英文重话警告民进党党员；党员纷纷退党。",
                                  "蓬佩奥发贴文严厉警告罗马教廷，称“如果梵蒂冈延长这项协议，将危及自身的道德权威。”"])
def test_whom_a_warning_names_is_not_the_warning(text):
    assert all(c.cue != "警告" for c in claims(text))


def test_a_warning_clause_is_still_a_warning():
    assert one("王毅警告通胀反弹似乎脆弱。").text == "通胀反弹似乎脆弱"


@pytest.mark.parametrize("text, speaker", [
    ("捷克市长贺瑞卜表示欢迎。贺瑞卜引述捷克的分析师指出，中国对捷克的经济贡献只占捷克GDP的1%。", "贺瑞卜"),
    ("美国广播公司新闻网(ABC News)周四援引知情人士表示，议长已达成一致。", "知情人士"),
    ("路透社记者张三表示欢迎。记者张三也引述一名官员指出，教廷感到很訝異。", "一名官员"),
])
def test_someone_named_quoting_another_speaks_but_an_outlet_or_reporter_relays(text, speaker):
    assert claims(text)[-1].speaker == speaker


def test_a_role_seen_as_someone_elses_names_another_speaker():
    text = ("在国会中被视为是特朗普总统最有力的支持者之一的共和党联邦参议员格雷厄姆（Sen. Lindsey Graham, R-SC）"
            "星期三晚间在国会进行辩论时表示，他接受这场选举的最终结果。")
    assert one(text).speaker == "格雷厄姆"


def test_a_comma_inside_a_gloss_does_not_split_the_subject_of_a_quotation():
    found = claims("“今天发生的事情令人心碎，我非常震惊，”来自犹他州的共和党联邦参议员罗姆尼（Sen. Mitt Romney, R-UT）"
                   "在暴力冲突发生后发言说，“因为我想起了那些渴望自由的人。")
    assert [(c.speaker, c.text) for c in found] == [("罗姆尼", "今天发生的事情令人心碎，我非常震惊，"),
                                                    ("罗姆尼", "因为我想起了那些渴望自由的人")]
    late = one("“民主是维系在人民对选举的信心之上，”共和党联邦参议员鲁比奥（Sen. Marco Rubio, R-FL）星期三晚间在院会发言时说。")
    assert (late.speaker, late.text) == ("鲁比奥", "民主是维系在人民对选举的信心之上，")


@pytest.mark.parametrize("text, n", [("“这就是美国，”鲁比奥向美国人民喊话。", 1),
                                     ("始料不及，杨洁篪、王毅、崔天凯分别向美国喊话。", 0),
                                     ("习近平喊话美国的意图非常明显。", 0)])
def test_shouting_out_counts_only_with_the_words_quoted(text, n):
    assert len(claims(text)) == n


def test_the_lawyers_of_two_speak_not_the_first_named():
    assert one("王毅和拜登的顾问说，这很好。").speaker == "王毅和拜登的顾问"
    assert one("拜登的律师说，这很好。").speaker == "拜登的律师"


@pytest.mark.parametrize("text", ["而且在这个过程中王毅说不定会冒犯到一些人的利益。",
                                  "看到习近平在讲话中作出的这些强硬表态，王毅没有说话。",
                                  "多方注意到习近平在讲话中重复了毛泽东的一段话：朝鲜战争“让世界知道了中国人民是惹不得的！”"
                                  "习近平引述毛泽东在朝鲜战争后的讲话被广泛认为是对美国压力作出的异乎寻常的强硬表态。"])
def test_perhaps_a_stance_taken_and_a_view_held_of_something_are_no_statements(text):
    assert claims(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("不少人表示批评。用户@ca嘲讽道：“相比以前中国人民确实不好惹啊。”", "@ca"),
    ("网友@路诞先生昨天（11日）透露，谷歌很好。", "@路诞先生"),
    ("博主@辣笔小球则称黄晓明代言的广告最快9月8日开始。", "@辣笔小球"),
])
def test_a_handle_after_at_speaks(text, speaker):
    assert claims(text)[-1].speaker == speaker


@pytest.mark.parametrize("text, speaker", [("香港主要旅行社永安旅游表示，将裁减两成员工。", "永安旅游"),
                                           ("投行分析员表示，将裁减两成员工。", "投行分析员"),
                                           ("21岁的广东网民小林对BBC中文说：“我们不能接受。”", None)])
def test_a_travel_agency_by_its_name_and_no_news_site_inside_netizens(text, speaker):
    found = claims(text)
    assert (found[0].speaker if found else None) == speaker


def test_kamala_harris_goes_by_the_name_most_outlets_give_her():
    assert {one(t).speaker for t in ("賀錦麗表示，這很好。", "卡玛拉·哈里斯表示，这很好。")} == {"贺锦丽"}


# --- from a sixty-third audit ---

@pytest.mark.parametrize("text, found", [("澳洲貿易部長伯明罕坦承無法獲得中國官方證實。", "無法獲得中國官方證實"),
                                         ("王毅坦承错误。", None),
                                         ("尚宝军说，杨恒均驳斥外界传闻他已坦承犯下间谍罪的说法。",
                                          "杨恒均驳斥外界传闻他已坦承犯下间谍罪的说法")])
def test_what_is_admitted_runs_on_after_the_cue_but_not_a_bare_noun(text, found):
    assert [c.text for c in claims(text)] == ([found] if found else [])


def test_asking_with_the_question_quoted_is_a_claim():
    found = claims("主持人凱利（Fran Kelly）提到，澳洲煤炭被禁消息從中國傳出；她問到「這是不是中國政府在耍花樣？」")
    assert [(c.speaker, c.cue) for c in found] == [("凯利", "提到"), ("凯利", "问到")]


@pytest.mark.parametrize("text, speaker", [
    ("里昂证券（CLSA）在7月26日一份分析报告指出，英特尔外包制造的时间点可能更快发生。", "里昂证券"),
    ("台新投顾指出，英特尔除了外包之外，还可能出售晶圆厂。", "台新投顾"),
    ("當時聖約翰科大表示，未欠薪或不發薪。", "圣约翰科大"),
])
def test_brokerages_advisers_and_universities_of_technology_by_name(text, speaker):
    assert one(text).speaker == speaker


def test_the_one_appointed_is_whom_he_points_back_to():
    found = claims("上个月，特朗普总统任命的联邦通讯委员会主席、共和党人阿吉特·帕伊(Ajit Pai)提出了修改规则建议。他提到，中国很好。")
    assert [c.speaker for c in found] == ["阿吉特·帕伊"]


def test_an_investor_conference_is_not_said():
    found = claims("高晶萍分析，加上法人預估，台積電14日法說會可能釋出業績佳音等因素，收盤指數站上15000點。")
    assert [c.speaker for c in found] == ["高晶萍"]


def test_a_name_before_daring_to_speak_is_still_the_name():
    found = claims("作为党内中生代主管，何志勇敢于直言，也坦承党内确实存在世代差异。")
    assert [c.speaker for c in found] == ["何志勇"]


def test_a_view_quoted_from_someone_else_is_said_by_the_one_quoting():
    found = claims("梁天侠提到，中天被大量检举。她引用翁晓玲老师的讲法说，NCC应该要注意裁罚集中在特定期间。")
    assert [c.cue for c in found] == ["提到", "说"]


# --- from a sixty-fourth audit ---

@pytest.mark.parametrize("text, speaker", [("早前戴佩清律师在推特留言说，肯定为张展作无罪辩护。", "戴佩清"),
                                           ("特朗普律师说，选举有舞弊。", "特朗普律师"),
                                           ("孟方律师指，程序存在瑕疵。", "孟方律师")])
def test_a_lawyer_named_before_the_title_speaks_but_a_famous_clients_lawyer_is_his(text, speaker):
    assert one(text).speaker == speaker


def test_a_priest_by_surname_is_the_one_named_before():
    found = claims("苏理查神父(Richard Soo)分享意见。苏理查早年从香港移民至加拿大。苏神父表示，加拿大是和平安全的地方。")
    assert [c.speaker for c in found] == ["苏理查"]


def test_once_said_runs_on_into_what_was_said():
    assert one("香港保安局长李家超曾说教育界“一定有坏苹果”。").text == "教育界“一定有坏苹果”"


# --- from a sixty-fifth audit ---

@pytest.mark.parametrize("text, speaker", [
    ("一位名叫翟若怡（音）的社交媒体用户在微博上写道：“你有A4腰？我有A4腿！”", "翟若怡"),
    ("“女人的身材是最令人作呕的标准，”一位名叫Laphro的博主在微博上写道。", "Laphro"),
    ("一名叫做Andy的微信用户说，他很想回家。", "Andy"),
])
def test_someone_called_by_name_is_that_name_not_the_kind_of_person(text, speaker):
    assert one(text).speaker == speaker


def test_a_name_marked_as_transliterated_by_sound_is_a_name():
    found = claims("一位网友写道：“你好！”女权主义者郑楚然（音）则贴出了一张照片，并写道：“我爱我的肥腰。”")
    assert [c.speaker for c in found][-1] == "郑楚然"


def test_a_quotation_closing_its_sentence_ends_the_writers_sentence():
    found = claims("女权主义者郑楚然（音）在微博上写道：“你有A4腰？我有A4腿！”一位名叫翟若怡的用户则贴出了一张照片，并写道：“我爱我的肥腰。”")
    assert [c.speaker for c in found] == ["郑楚然", "翟若怡"]


def test_a_question_mark_inside_a_book_title_ends_no_sentence():
    found = claims("这种尺寸描述引发了愤怒。一位博主以《这是开玩笑吗？》为题，写道：“我们不应该把瘦作为美的标准。”")
    assert [c.speaker for c in found] == ["一位博主"]


@pytest.mark.parametrize("text, speaker", [
    ("外长王毅抵达上海后表示，中美关系很重要。", "王毅"),
    ("王毅希望外界给予空间，并说中美关系很重要。", "王毅"),
    ("印度总理莫迪用一条梵文推文欢迎这些飞机：「没有什么牺牲比得上国防。」", "莫迪"),
])
def test_a_known_name_opening_its_clause_speaks_whatever_verb_follows(text, speaker):
    assert one(text).speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    ("法轮功学员吴清祥说，这次排字很成功。", "吴清祥"),
    ("拜登交接团队表示，拜登会继续支持和平解决两岸议题。", "拜登交接团队"),
    ("拜登新政府过渡委员会联合主席、参议员考夫曼在声明中说：过渡委员会将发挥关键作用。", "考夫曼"),
])
def test_a_known_name_running_into_a_longer_name_or_a_body_it_owns_is_not_the_speaker(text, speaker):
    assert one(text).speaker == speaker


def test_someone_in_an_opening_clause_of_time_is_not_whom_he_points_to():
    found = claims("美國總統川普揚言禁用TikTok後，環球時報總編輯胡錫進今天批評這是「流氓政府的野蠻出手」；"
                   "但他坦承，「中方能夠採取的反制措施很有限」。")
    assert [c.speaker for c in found] == ["胡锡进"]


def test_a_side_speaks_with_no_comma_but_not_inside_someone_elses_statement():
    assert one("中方表示将采取必要措施。").speaker == "中方"
    assert claims("双方认为将采取必要措施。") == []
    found = claims("赵立坚表示，中方坚决反对类似的会见。美方一直强调所谓的“非官方”性质，这纯属自欺欺人。")
    assert [c.speaker for c in found] == ["赵立坚"]


@pytest.mark.parametrize("text, found", [
    ("此前英国承诺为数百万香港居民提供一条离开的途径。", "为数百万香港居民提供一条离开的途径"),
    ("许艳在推特表示为了配合防疫，她会独自待在家里。", "为了配合防疫，她会独自待在家里"),
    ("他用数学公式表示为全球总金融资产。", None),
])
def test_for_after_a_promise_is_for_whom_not_the_as_of_naming(text, found):
    assert [c.text for c in claims(text)] == ([found] if found else [])


def test_answering_when_is_the_frame_of_the_cue_after_it():
    assert [c.cue for c in claims("外交部发言人汪文斌回应时罕见地指出，中美关系很重要。")] == ["指出"]


def test_a_statement_that_goes_on_speaks_for_its_author():
    found = claims("参议员鲁比奥11月11日发表声明，强烈批评中国。声明继续说：“我们与被剥夺资格的议员站在一起。”")
    assert [(c.speaker, c.cue) for c in found][-1] == ("鲁比奥", "说")


def test_a_latin_full_name_is_found_again_by_family_name():
    found = claims("“选举结果将左右刺激措施。”美国银行主管Michelle Meyer指出。\n“如果市场剧烈抛售，华盛顿会推动刺激方案，”美国银行的Meyer说。")
    assert [c.speaker for c in found] == ["Michelle Meyer", "Michelle Meyer"]


def test_a_body_after_seeing_is_what_was_seen_not_who_speaks():
    found = claims("香港牧师管浩鸣说，律师已收到指示。\n管浩鸣希望外界给予空间，并说看到保安局回应时已表明，可以尽量配合。")
    assert [c.speaker for c in found] == ["管浩鸣", "管浩鸣"]


def test_a_presidential_election_is_not_the_president():
    assert claims("根据四年前的美国总统大选分析，美国的青年选民不仅族裔背景多样化，投票倾向也有差异。") == []


@pytest.mark.parametrize("text, speaker", [
    ("欧盟最高卫生官员凯瑞亚基德斯今天表示，欧盟已准备好协助药厂。", "凯瑞亚基德斯"),
    ("贺锦丽成为第一位女性副总统。拜登阵营安排由副总统先发表讲话。她说：“我不会是最后一个。”", "贺锦丽"),
])
def test_a_known_name_spelled_on_or_heading_its_camp_is_not_the_speaker(text, speaker):
    assert [c.speaker for c in claims(text)] == [speaker]


def test_a_day_to_come_is_not_carried_to_the_people_of_its_sentence():
    found = claims("选举结果在12月14日将最终确定，在那之前，拜登胜选仍是一个预测结果。\n拜登已组建过渡团队，并呼吁更多美国人戴上口罩。",
                   when=datetime(2020, 11, 9, 12, tzinfo=ZoneInfo("UTC")))
    assert [(c.speaker, c.said_on) for c in found] == [("拜登", date(2020, 11, 9))]


def test_a_stretch_opening_after_a_day_leaves_the_day_to_the_people_of_its_sentence():
    found = claims("作家李明周二（12月19日）自被捕以来，首次会见律师张华。\n李明说自己身体尚可。")
    assert [(c.speaker, c.said_on) for c in found] == [("李明", date(2023, 12, 19))]


def test_a_day_naming_no_one_is_still_the_day_a_later_same_day_points_to():
    found = claims("参议院民主党人12月18日推出了法案。\n代理助理国务卿里克（Philip Reeker）当天表示，中国想离间盟友。")
    assert [(c.speaker, c.said_on) for c in found] == [("里克", date(2023, 12, 18))]


def test_a_cue_written_with_dao_after_a_quotation_says_it():
    found = claims("原子能组织主席萨利希表示，计划不会停滞。“我们会继续推进”，他承诺道。")
    assert [(c.speaker, c.cue, c.kind, c.text) for c in found][-1] == ("萨利希", "承诺道", "direct", "我们会继续推进")
    assert found[0].text == "计划不会停滞"


def test_a_name_by_shape_does_not_cut_into_a_name_already_found():
    found = claims("岸信夫12日前往官邸，祝贺蔡总统大胜，并指出蔡总统多次提到这次选举很重要。他也说，日方高度关注。")
    assert [c.speaker for c in found][-1] == "岸信夫"
    assert "祝贺蔡" not in [c.speaker for c in found]


def test_reportedly_stands_between_a_body_and_its_cue():
    assert one("中国作家协会据报上周发出公告称，多名军队作家已退会。").speaker == "中国作家协会"


def test_the_holder_of_a_role_named_after_their_body_opens_the_sentence():
    c = one("中国作家协会书记处书记邱华栋昨天接受查询时，不愿多谈此事，仅称这是正常要求。")
    assert (c.speaker, c.said_on) == ("邱华栋", date(2023, 12, 19))


def test_a_name_then_only_a_day_and_a_place_speaks_in_the_next_clause():
    c = one("著名作家陆天明，周五（12月15日）则在个人微博写道，“作家要退出作协”。")
    assert (c.speaker, c.said_on) == ("陆天明", date(2023, 12, 15))


def test_an_opinion_issued_by_a_body_speaks_for_it():
    found = claims("国务院昨日发布意见指，将力争猪肉自给。\n意见指出，将扩大肉品进口来源国。")
    assert [(c.speaker, c.cue) for c in found] == [("国务院", "指"), ("国务院", "指出")]


def test_india_as_a_side_speaks():
    assert one("印方称，这些年轻人意外进入了中方领地。").speaker == "印方"


def test_a_dotted_name_before_is_is_a_name_the_pronoun_after_points_to():
    found = claims("莫奇哈说：“会针锋相对。”\n约翰·考克是范德堡大学的辩论主任。他认为目前的模式需要进化。")
    assert found[-1].speaker == "约翰·考克"


def test_a_body_quoted_through_its_statement_speaks_and_the_agency_quoting_is_the_source():
    c = one("新华社引述外交部的声明表示，旅客入境时将被要求筛检。")
    assert (c.speaker, [s.agency for s in c.sources]) == ("外交部", ["新华社"])


def test_an_abbreviation_glossed_after_a_quoting_verb_stands_for_the_body_alone():
    found = claims("卡达通讯社在推特上引述政府通讯办公室（GCO）的声明表示，旅客须筛检。GCO表示，清单将每两周审核。")
    assert [c.speaker for c in found] == ["政府通讯办公室", "政府通讯办公室"]


def test_a_predicate_joined_by_and_is_no_body_by_its_shape():
    found = claims("政府通讯办公室表示，旅客入境时须筛检，并签署一份正式承诺，以遵守隔离命令。")
    assert [c.speaker for c in found] == ["政府通讯办公室"]


def test_an_apology_statement_is_a_text_not_a_cue():
    assert claims("主播李红曾准备道歉声明，要求官员证实。") == []


def test_a_blogger_named_in_quotation_marks_speaks():
    c = one("知名部落客“长安数码君” 对此发文指出：“实验室里的芯片没有多少。”")
    assert (c.speaker, c.kind) == ("长安数码君", "direct")


def test_a_person_described_before_their_name_opens_the_sentence_after_a_dateline():
    c = one("（德國之聲中文網）擁有領先優勢的拜登，在美東當地時間6日晚上近11點時出來發表演說，表示現在的美國可能大家會不安。")
    assert (c.speaker, c.text) == ("拜登", "現在的美國可能大家會不安")


def test_a_headline_phrase_after_a_dateline_is_no_body_opening_the_sentence():
    assert claims("（中央社記者吳佳蓉台北15日電）打炒房金管會再出招，繼展開不動產專案金檢，今天宣布將啟動「集中度風險控管措施」。") == []


def test_and_also_joins_a_cue_to_the_subject_of_its_sentence():
    found = claims("川普本週說，他不滿意。\n他抱怨法案撥出太多經費，且認為支票金額太少了。")
    assert [(c.speaker, c.cue, c.text) for c in found][-1] == ("特朗普", "认为", "支票金額太少了")


def test_and_also_inside_the_words_reported_continues_them():
    c = one("邓聿文认为，习近平一直是个强调要有「章法」的人，且强调国家治理现代化就是「党内要有章法」。")
    assert c.text.endswith("且强调国家治理现代化就是「党内要有章法」")


def test_an_institute_says_without_being_read_as_as_said():
    c = one("保罗·埃利希研究所说，这些疾病可能是死亡的原因。")
    assert (c.speaker, c.text) == ("保罗·埃利希研究所", "这些疾病可能是死亡的原因")


def test_a_branch_of_a_bank_speaks_under_its_own_name():
    assert one("中国央行深圳中心支行今天称，招商银行可自行融入外债资金。").speaker == "中国央行深圳中心支行"


def test_the_article_a_paper_wrote_is_the_one_its_article_words_point_to():
    found = claims("德国《时代周报》题为“愤怒的白人男性”的文章写道：“特朗普展示了他好斗的一面。”\n"
                   "《南德意志报》写道：没有哪一场辩论如此激烈。\n文章写道，这场辩论是拳击赛和戏剧表演的混合。")
    assert [c.speaker for c in found] == ["时代周报", "南德意志报", "南德意志报"]


def test_the_author_of_an_article_is_its_writer_not_the_paper_it_ran_in():
    found = claims("《法兰克福汇报》驻京记者Friederike Böge撰文指出，这一调查如同置身政治地雷区。\n"
                   "《法兰克福汇报》记者接着指出，特朗普一再宣扬他的概念。\n作者接着指出，调查行动面临另一个问题。")
    assert found[-1].speaker == found[0].speaker != "作者"


def test_a_name_inside_a_description_of_someone_is_not_who_the_pronoun_after_points_to():
    found = claims("川普本週說，他不滿意這項法案。\n明年1月20日將交接給民主黨總統當選人拜登（Joe Biden）的川普，在21日晚間沒有提出異議。\n"
                   "不過，他之後認為支票金額太少了。")
    assert [c.speaker for c in found] == ["特朗普", "特朗普"]


def test_a_strongly_worded_call_after_a_notice_is_the_bodys():
    c = one("12月18日，中国驻美大使馆再次发出重要通知，强烈呼吁“非必要、非紧急、不旅行”。")
    assert (c.speaker, c.kind, c.said_on) == ("中国驻美国大使馆", "direct", date(2023, 12, 18))


def test_and_also_with_still_is_the_same_speaker_going_on():
    found = claims("美国国务院在12月4日发出推文说“北约是必不可少的支柱”，而且还特别强调北大西洋公约的第五条。")
    assert [(c.speaker, c.cue) for c in found] == [("美国国务院", "说"), ("美国国务院", "强调")]


def test_later_on_is_no_day_and_does_not_carry_the_day_a_person_was_last_named_on():
    found = claims("著名民营企业家孙大午昨日（19日）被采取刑事强制措施，这是他本人第二次入狱。\n"
                   "他本人在办企业过程中，最头痛的事情是无处贷款。他后来透露说：“好企业根本贷不出款来。”")
    assert [(c.speaker, c.said_on) for c in found] == [("孙大午", date(2023, 12, 20))]


def test_a_run_of_words_with_an_adverb_of_surprise_is_no_noun_subject():
    found = claims("可故事居然发展成了富豪和律师否认性侵说酒店13分钟只是关怀。")
    assert not any("居然" in c.speaker for c in found)


def test_the_day_a_period_began_is_not_the_day_of_what_is_said_after_it():
    found = claims("陈姓男子今年3月7日起在社区的脸书留言，疑骂陈姓女子。\n陈姓男子向法官辩称，这是指请你安静。")
    assert [(c.speaker, c.said_on) for c in found] == [("陈姓男子", date(2023, 12, 20))]


def test_a_day_before_a_word_that_starts_with_qi_is_still_a_day():
    c = one("字节跳动8月24日起诉商务部，称美国提供的证据不足以支持安全威胁的说法。")
    assert c.said_on == date(2023, 8, 24)


def test_once_a_week_names_no_weekday():
    c = one("华航目前每周一班，华航说，未来会陆续恢复客运航线。")
    assert (c.speaker, c.said_on) == ("华航", date(2023, 12, 20))


def test_someone_named_inside_a_when_clause_is_not_who_the_pronoun_after_it_points_to():
    found = claims("苏联持不同政见者纳坦·夏朗斯基就是这样一个例子。"
                   "当他在狱中听到罗纳德·里根总统的演讲时，他说，这是他在黑暗的囚室中的一线希望。")
    assert [c.speaker for c in found] == ["纳坦·夏朗斯基"]


def test_a_traditional_character_slipped_into_a_name_in_a_simplified_article_is_folded():
    c = one("英国创作型歌手乔治·艾茲拉（George Ezra）在播客节目上表示，他患有强迫症的其中一种。")
    assert c.speaker == "乔治·艾兹拉"


def test_a_quoted_term_the_narrator_asks_about_is_no_statement_of_the_one_named_after():
    assert claims("“纯强迫症”是什么？英国创作型歌手乔治·艾兹拉告诉你他的亲身经历。") == []


def test_a_sentence_about_the_news_itself_ends_the_statement():
    c = one("星期一上午辉瑞公司表示，将在本月晚些时候提出紧急审批申请。此消息激励美国股市大涨。")
    assert c.text == "将在本月晚些时候提出紧急审批申请"


def test_a_connective_before_a_speaker_is_not_part_of_the_speaker():
    found = claims("英国起初并没有重视新冠病毒，加之部分国际医学专家认为新冠病毒不过是一场流感。")
    assert [c.speaker for c in found] == ["部分国际医学专家"]


def test_an_outlet_the_lexicon_lacks_is_credited_by_the_shape_of_its_name():
    c = one("梵蒂冈新闻网报道说，教宗新闻室主任布鲁尼8月27日说：“我可以确定，姚顺主教接受了教宗的任命。”")
    assert (c.speaker, [s.agency for s in c.sources]) == ("布鲁尼", ["梵蒂冈新闻网"])
    c = one("黎巴嫩国家通讯社报道，总理迪亚卜表示，政府将辞职。")
    assert [s.agency for s in c.sources] == ["黎巴嫩国家通讯社"]


def test_someone_known_is_the_object_of_knowing_not_the_one_who_goes_on():
    found = claims("学者沈旭晖创办了这家公司。\n沈旭晖声称并不认识王百羽，指王百羽是创作总监的私人好友。")
    assert [(c.speaker, c.cue) for c in found] == [("沈旭晖", "声称"), ("沈旭晖", "指")]
    # a subject we cannot read (沉 is no family name) goes on; the last one named does not speak for it
    found = claims("香港元朗区议员王百羽合组团队出选立法会。\n沉旭晖声称并不认识王百羽，指王百羽是创作总监的私人好友。")
    assert not any(c.speaker == "王百羽" for c in found)


def test_a_firm_glossed_after_its_kind_speaks_by_its_name_later_in_the_article():
    found = claims("中国铝材公司忠旺(1333.HK)缩减旗下欧洲业务。\n忠旺周日对路透表示，其欧洲办公室仍在运作。")
    assert [c.speaker for c in found] == ["忠旺"]
    found = claims("贸易信用保险公司裕利安宜（Euler Hermes）发表报告。\n裕利安宜表示，中国将会面对挑战。")
    assert [c.speaker for c in found] == ["裕利安宜"]


def test_a_kind_word_inside_a_bodys_own_name_introduces_no_firm():
    found = claims("美国全国广播公司商业频道(CNBC)称，目前尚不清楚民主党内大多数人是否同意。")
    assert [c.speaker for c in found] == ["美国全国广播公司"]
    found = claims("中国浙江吉利控股集团今天（19日）表示，与腾讯签署协议。")
    assert [c.speaker for c in found] == ["中国浙江吉利控股集团"]


def test_some_foreign_agency_is_no_outlet_and_a_papers_owner_is_no_part_of_its_name():
    c = one("外国通讯社报道，至少7名议员已表态支持弹劾。有在野党议员说，相信动议有九成九机会通过。")
    assert c.sources == []
    c = one("中国官媒健康时报报道，专家指出，无症状感染者的呼吸道病毒并不一定比有症状的少。")
    assert [s.agency for s in c.sources] == ["健康时报"]


def test_a_quotation_after_a_paragraph_telling_of_someone_telling_is_theirs():
    found = claims("艾兹拉说，他患有强迫症。\n纯强迫症一词在医学领域上没有正式记录。\n"
                   "艾兹拉在博客节目中分享了他抵抗强迫症想法的经验。\n“在某个场合上，你会想可能会发生的最糟糕事情。”\n"
                   "“你告诉你自己，不要再这么想下去。”")
    assert [(c.speaker, c.rule) for c in found] == [("艾兹拉", "cue:translit-subject")] + [("艾兹拉", "continuation-quote")] * 2
    # a paragraph that tells of no one telling leaves the quotation after it to no one
    found = claims("艾兹拉说，他患有强迫症。\n纯强迫症一词在医学领域上没有正式记录。\n“在某个场合上，你会想可能会发生的最糟糕事情。”")
    assert len(found) == 1


def test_a_name_after_a_verb_its_office_and_role_is_the_verbs_object():
    c = one("华为批评教育部长潘文忠，称其失职。")
    assert c.speaker == "华为"
    c = one("前首相菅义伟要求首相岸田文雄下台，指岸田应就派系回扣事件负责。")
    assert c.speaker == "菅义伟"
    # and every name of a list after the verb, the office before its role word included
    c = one("字节跳动8月24日起诉特朗普、商务部长罗斯和商务部，称美国提供的证据不足。")
    assert c.speaker == "字节跳动"
    # a possessive before the role is no office: 其主编 is whose, not what was done to him
    c = one("环球网发布其主编胡锡进的消息称，美方此举丧心病狂。")
    assert c.speaker.startswith("胡锡进")
    # an office held by the one who speaks stays his
    c = one("教育部长潘文忠称，这是必要的。")
    assert c.speaker == "潘文忠"


def test_a_role_of_the_name_before_it_makes_that_name_an_owner_not_the_speaker():
    c = one("目前担任民主党总统候选人拜登（Joe Biden）外交顾问的勃恩斯（Nicholas Burns）今天推文表示，川普在选战中染病。")
    assert c.speaker == "勃恩斯"
    c = one("曾担任前第一夫人劳拉·布什(Laura Bush)幕僚长的安妮塔·麦克布莱德(Anita McBride)说，她不常说话。")
    assert c.speaker == "安妮塔·麦克布莱德"


def test_an_under_secretary_is_a_role_before_a_name():
    c = one("前美国国务院政务次卿勃恩斯今天表示，不排除中国会趁机加强打压台湾。")
    assert c.speaker == "勃恩斯"


def test_a_bullet_or_small_full_stop_between_han_is_a_names_middle_dot():
    c = one("美国海军部长肯尼思∙布雷斯韦特（Kenneth Braithwaite）表示，美国海军不能仅依靠第七舰队。")
    assert c.speaker == "肯尼思·布雷斯韦特"
    c = one("国际宗教自由大使山姆﹒布朗巴克（Sam Brownback）说，我们与你们站在一起。")
    assert c.speaker == "山姆·布朗巴克"


def test_a_bodys_spokesman_named_by_the_bodys_tail_speaks_on_the_bodys_day():
    found = claims("中国外交部驻港特派员公署昨天发文，声称对于外国政客诋毁涉港决定，公署发言人表示强烈义愤和坚决反对。")
    assert [(c.speaker, c.said_on) for c in found] == [
        ("中国外交部驻港特派员公署", date(2023, 12, 19)), ("公署发言人", date(2023, 12, 19))]


def test_one_whose_words_a_later_day_made_public_keeps_the_day_he_spoke_them():
    found = claims("李克强18日主持国务院常务会议时表示，要展开医师评价改革。\n"
                   "李克强上述发言，是由中国政府网微信公众号在今天披露，而新华社的报道中并没有这段内容。\n"
                   "李克强在会中表示，临床实践非常重要。")
    assert [(c.speaker, c.said_on) for c in found if c.speaker == "李克强"] == [
        ("李克强", date(2023, 12, 18)), ("李克强", date(2023, 12, 18))]


def test_a_spokesman_of_a_bureau_of_a_known_body_is_that_bureaus_spokesman():
    c = one("香港特区政府商务及经济发展局发言人11月1日宣布，香港模拟电视广播将于30日后终止。")
    assert c.speaker == "香港特区政府商务及经济发展局发言人"
    c = one("美国商务部工业与安全局发言人表示，出口管制将生效。")
    assert c.speaker == "美国商务部工业与安全局发言人"
    # the body's own spokesman stays the body's
    c = one("香港特区政府发言人表示，这是必要的。")
    assert c.speaker == "香港特区政府发言人"


def test_this_one_with_the_very_words_that_introduced_someone_is_that_person():
    found = claims("TikTok的律师们将该案提交给华盛顿地区法官卡尔-尼科尔斯，获得了有利的判决。"
                   "法新社的电稿说，这位华盛顿地区法官认为，白宫试图驱逐TikTok是“越权”。")
    assert [c.speaker for c in found if c.cue == "认为"] == ["卡尔-尼科尔斯"]
    # a longer description never written before the name stays as written
    found = claims("第14任美国总统皮尔斯在就职之前遭遇火车事故。\n这位民主党人总统在悲剧之后写信说，“我茫然无措。”")
    assert [c.speaker for c in found] == ["这位民主党人总统"]


def test_an_adverb_made_with_de_between_a_name_and_its_cue_is_how_the_name_speaks():
    c = one("但荷默特贝格乐观地认为，欧洲如今将会改变思维。")
    assert c.speaker == "荷默特贝格"
    # three characters before 地 are no adverb of the name: 历史记录 names no one
    assert all(c.speaker != "历史" for c in claims("不过，历史记录明确地表明，这里曾经生活过许多奇怪的宠物。"))


def test_a_word_ending_in_a_preposition_is_no_preposition_before_the_speaker():
    c = one("另外，精英电脑大股东、大同董事长林文渊认为，大同持有精英电脑股权为27.35%。")
    assert c.speaker == "林文渊"
    # 同 on its own is "with": the one after it is not the speaker
    assert all(c.speaker != "林文渊" for c in claims("他同董事长林文渊会面后认为，大同应争取董事席次。"))


def test_a_name_of_three_the_article_never_writes_alone_is_the_name_of_two_it_does():
    found = claims("武汉市民姚青位于汉口江大路的家，去年因地铁施工出现损毁。\n"
                   "姚青：“中途发生了一些口角。社区的人推卸责任。”\n"
                   "姚青周五向本台形容，那段日子生活艰辛。")
    assert {c.speaker for c in found} == {"姚青"}
    # a name of three that stands alone before its cue stays whole
    found = claims("律师卢思位表示，案件仍在审理。\n卢思在这一行很少见，卢思位说。")
    assert {c.speaker for c in found} == {"卢思位"}


def test_a_report_named_with_no_cue_is_the_one_a_later_report_goes_back_to():
    found = claims("英国广播公司（BBC）中文网报导，内蒙古教育厅26日发布新方案。\n"
                   "不过，报导引述当地教育界人士指出，官方只口头传达上述文件。", outlet="中央社")
    assert [[s.agency for s in c.sources if s.role == "credited"] for c in found] == [["英国广播公司"]]
    # a report relaying another agency leaves the report before as the one meant
    found = claims("据中央社报道，特朗普说交易很棒。\n据该报道引述路透社消息，新公司将在美成立。\n"
                   "据该报道，美国商务部昨天同时宣布，禁令推迟生效。")
    assert [s.agency for s in found[-1].sources] == ["中央社"]


def test_an_outlet_with_its_latin_name_and_chinese_service_reports():
    c = one("美国有线电视新闻网（CNN）报导，总统辩论委员会宣布，辩论期间将架设塑胶玻璃板。")
    assert [s.agency for s in c.sources] == ["CNN"]
    c = one("据加拿大环球新闻网（Global News）报导，奥图尔回答说，“我提出了不同之处。”")
    assert [s.agency for s in c.sources] == ["加拿大环球新闻网"]


def test_a_sentence_opening_with_someone_elses_judgement_ends_the_statement():
    found = claims("白宫国家安全顾问奥布莱恩表示，中共对美国构成威胁。司法部长巴尔抨击中共以全社会的方式发动经济闪电战。")
    assert found[0].text == "中共对美国构成威胁"
    # attacks met are no one's words: 面对诸多抨击
    assert all(c.cue != "抨击" for c in claims("但她很快就得面对诸多抨击，民主党人认为这些攻击都是出于种族歧视。"))


def test_who_published_the_text_speaks_through_it():
    c = one("曾任助理国务卿的坎贝尔（Kurt M. Campbell）与研究员奥佩尔在《外交事务》上联合发表题为"
            "《北京不再等待时机》的文章说：“中国可能只是利用了混乱局面。”")
    assert c.speaker == "坎贝尔"


def test_a_body_that_puts_out_a_notice_speaks_through_it():
    c = one("8月2日，葫芦岛银行发公告称，王学伶涉嫌严重违纪违法。")
    assert c.speaker == "葫芦岛银行"
    # what something is called is no statement: 称其为
    assert claims("现在中共官方内部称其为网络评论员。") == []


def test_he_after_a_title_whose_holder_the_lexicon_knows_is_that_holder():
    found = claims("经济数据方面，IHS Markit最新资料显示，美国9月采购经理人指数下降。\n"
                   "联准会主席鲍尔（Jerome Powell）多次敦促追加财政支持，他今天在国会作证时重申这项呼吁，强调经济复原之路漫长。",
                   datetime(2020, 9, 23, 12, tzinfo=ZoneInfo("Asia/Taipei")))
    assert [c.speaker for c in found] == ["鲍威尔"]


def test_the_spokesman_of_a_name_glossed_in_latin_is_that_persons():
    c = one("英国首相强生(Boris Johnson)的发言人表示，强生未与美国总统川普讨论过TikTok议题。")
    assert c.speaker == "约翰逊的发言人"


def test_the_foreign_exchange_bureau_is_one_body_by_any_of_its_names():
    c = one("展望未来，外汇局指出，当前境外疫情依然复杂严峻。")
    assert c.speaker == "国家外汇管理局"


def test_cantonese_possessive_blocks_a_cue_as_de_does():
    c = one("港鐵行政總裁金澤培說，九廣通亦承載了不同人士嘅回憶，期望參觀展覽人士可以了解鐵路發展。")
    assert c.speaker == "金泽培" and c.text.endswith("了解鐵路發展")


def test_a_body_named_in_quotation_marks_after_de_speaks():
    c = one("对此，「基督城星報」所隸屬的「星媒體集團」（Star Media）辯稱，這是言論自由的保障範圍。")
    assert c.speaker == "星媒体集团"
    c = one("美国国会两党组成的“美中经济与安全审查委员会”认为，统战部针对外国行为者开展影响行动。")
    assert c.speaker == "美中经济与安全审查委员会"
    # a term in quotation marks after 的 is no body: 所谓的“中国病毒”说
    assert claims("他对所谓的“中国病毒”说，这是污名化。") == []


def test_a_side_that_has_always_claimed_something_speaks():
    c = one("不过，中方一直宣称这些案件都与孟晚舟案没有关系。")
    assert c.speaker == "中方" and c.text == "这些案件都与孟晚舟案没有关系"


def test_never_is_no_time_word_that_leaves_the_day_unnamed():
    found = claims("在本周四（11月19日）的视频会议上，特鲁多表示，他未曾后悔，他说，我该后悔吗。",
                   datetime(2020, 11, 20, 12, tzinfo=ZoneInfo("Europe/Berlin")))
    assert [c.said_on for c in found] == [date(2020, 11, 19)] * 2


def test_quotation_marks_the_wrong_way_round_still_quote():
    found = claims("赵立坚回应称：”加拿大需要想一想，为何加拿大是唯一在这件事上“遵守”与美国引渡条约的国家。“"
                   "他还再次指责加拿大政府扮演了”不光彩角色“，并称”我们注意到，越来越多人士要求释放孟晚舟。“")
    assert [(c.kind, c.text) for c in found] == [
        ("direct", "加拿大需要想一想，为何加拿大是唯一在这件事上“遵守”与美国引渡条约的国家。"),
        ("direct", "我们注意到，越来越多人士要求释放孟晚舟。")]
    c = one("库克指出：”此刻没有证据显示，这支疫苗无法对付新冠新变种病毒株。”")
    assert c.kind == "direct" and c.text.startswith("此刻")
    # a closing mark after a full stop still closes a quotation opened before
    found = claims("约翰逊说：“我们收回了我们的法律。”他还说，协议很好。")
    assert [c.text for c in found] == ["我们收回了我们的法律。", "协议很好"]


def test_reaching_a_conclusion_is_how_one_says_it():
    c = one("彭斯的律师格雷格·雅各布(Greg Jacob)对此事进行了研究，并得出结论说，副总统没有这样的权力。")
    assert c.speaker == "格雷格·雅各布" and c.text == "副总统没有这样的权力"


def test_an_exchange_that_says_is_no_as_said():
    c = one("纽交所说，它是在周二收到指导意见后采取这一举动的。")
    assert c.speaker == "纽约证券交易所"


def test_a_body_speaks_through_its_website():
    c = one("张家界纪委监委网站昨日（27日）公布事件调查处理情况，强调“群众利益不容漠视”。",
            datetime(2020, 7, 28, 12, tzinfo=ZoneInfo("Asia/Singapore")))
    assert c.speaker == "张家界纪委监委" and c.said_on == date(2020, 7, 27)
    # 官方 goes with 网站, not with the body's name
    c = one("会后，德国外交部官方网站宣布，欧盟和东盟决定建立战略伙伴关系。")
    assert c.speaker == "德国外交部"


def test_a_deadline_is_no_day_anyone_was_seen_on():
    found = claims("“疫苗是一个重要里程碑，”该机构负责人史蒂芬·哈恩表示。\n"
                   "美国媒体报道称，哈恩之前被告知，要在周五前批准疫苗的紧急使用，否则将被解雇。\n"
                   "不过，哈恩表示，这些报道“不属实”。", datetime(2020, 12, 13, 12, tzinfo=ZoneInfo("Europe/London")))
    assert [c.said_on for c in found] == [date(2020, 12, 13)] * 2


def test_an_obtained_document_speaks_for_the_body_that_wrote_it():
    found = claims("大纪元获得柳州外事办2020年的《“十三五”期间柳州市外事工作主要成就》的文件。\n"
                   "文件称，柳州袋装螺蛳粉2020年上半年出口值约750万元人民币。\n"
                   "大纪元获得柳州市委外宣办2020年8月17日向市外事局发出的《关于做好《功夫学徒》第二季来柳拍摄工作的函》文件。\n"
                   "文件透露，第二季第八集节目计划选取螺蛳粉产业作为拍摄选题。\n"
                   "时政评论员李林一表示，中共对外输出的东西都含有特定目的。\n"
                   "文件还称，摄制组将停留三天。\n"
                   "在《关于做好《功夫学徒》第二季来柳拍摄工作的函》文件中提到，摄制组将拜访多家企业。",
                   datetime(2021, 1, 6, 12, tzinfo=ZoneInfo("Asia/Shanghai")))
    # (a commentator, 评论员, issued no 评论 the later 文件 could be)
    assert [(c.speaker, str(c.said_on)) for c in found] == [
        ("柳州外事办", "2021-01-06"), ("柳州市委外宣办", "2020-08-17"), ("李林一", "2021-01-06"),
        ("柳州市委外宣办", "2020-08-17"), ("柳州市委外宣办", "2020-08-17")]
    # a titled text no one was said to issue is no one's: not the last speaker's
    found = claims("张玉环在申请书中写道，自己仍然生活在恐惧之中。\n"
                   "《关于审理国家赔偿案件适用精神损害赔偿若干问题的意见》指出，抚慰金原则上不超过赔偿金总额的35%。")
    assert [c.speaker for c in found] == ["张玉环"]


def test_the_fda_is_one_body_by_any_of_its_chinese_names():
    assert {c.speaker for c in claims("美国食品与药物管理局表示，该疫苗是安全的。FDA表示，紧急使用与全面批准不一样。"
                                      "美國食品暨藥物管理局指出，風險仍低。")} == {"美国食品和药物管理局"}
