"""Interview transcripts: who answers, which paragraphs an answer covers, and pages that are no transcript."""
from datetime import datetime
from zoneinfo import ZoneInfo

from extractor.extract.interviews import answers, panel
from extractor.pipeline import claims_in_text

QA = [
    "（德国之声中文网）前立委雷倩2000年回到台湾。",
    "德国之声：您怎么看国民党的转型？",
    "雷倩：国民党一直在尝试转型。但是很难。",
    "所以在重大的事情上面，国民党不敢有不同的主张。",
    "> 国民党不敢有不同的主张",
    "**德国之声：那么2024年呢？**",
    "雷倩：我们没有翻盘的野心。",
]


def test_answers_are_the_interviewees_turns_and_the_paragraphs_after_them():
    turns = answers(QA)
    assert [(t.paragraph, t.speaker, t.labelled) for t in turns] == [(2, "雷倩", True), (3, "雷倩", False), (6, "雷倩", True)]
    assert QA[2][turns[0].start:].startswith("国民党一直")


def test_the_interviewer_who_asks_is_not_a_speaker():
    assert all(t.speaker != "德国之声" for t in answers(QA))


def test_a_publication_asking_under_its_title_marks_is_the_interviewer():
    qa = [
        "瑞士《世界周报》刊登了对戈德曼的采访。",
        "**《世界周报》：美国正处于动荡之中。你怎么看？**",
        "戈德曼：真正的麻烦不在于弹劾。",
        "**《世界周报》：****为什么这么说？**",
        "戈德曼：因为关税的影响一样糟糕。",
        "美国的出口订单断崖式锐减。",
    ]
    assert [(t.paragraph, t.speaker, t.labelled) for t in answers(qa)] == [(2, "戈德曼", True), (4, "戈德曼", True), (5, "戈德曼", False)]


def test_labels_no_one_asks_with_are_no_interview():
    fields = ["作者：王敖", "出版社：人民出版社。", "作者：李洪元", "出版社：三联书店。", "作者：张千帆"]
    assert answers(fields) == []


def test_a_single_quoted_colon_is_no_transcript():
    assert answers(["王毅：“中方反对。”", "王毅：“美方应停止。”"]) == []


def test_interview_answers_become_claims_of_the_interviewee():
    found = claims_in_text("\n".join(QA), published_at=datetime(2020, 11, 18, tzinfo=ZoneInfo("Europe/Berlin")))
    mine = [c for c in found if c.rule == "interview"]
    assert [(c.speaker, c.cue, c.text) for c in mine] == [
        ("雷倩", "：", "国民党一直在尝试转型。但是很难"),
        ("雷倩", "", "所以在重大的事情上面，国民党不敢有不同的主张"),
        ("雷倩", "：", "我们没有翻盘的野心"),
    ]
    assert all(str(c.said_on) == "2020-11-18" for c in mine)


def test_traditional_script_and_half_width_colons_are_read_as_they_are():
    turns = answers(["記者:您怎麼看？", "鄭文傑:這是榮耀。", "記者:接下來呢？", "鄭文傑:繼續推動。"])
    assert [(t.speaker, t.labelled) for t in turns] == [("鄭文傑", True), ("鄭文傑", True)]


PANEL = [
    "以下，截取学界和律界对此事的部分评论：",
    "张千帆教授：如今不解决违法问题，而是解决揭露违法的人。",
    "屈振红律师：没见行贿的律师被停业，却见正常辩护的律师可能被停业。",
    "记协副主席陈朗升：这是严重妨碍采访。",
    "石扉客：问题也是个老问题。",
    "这些评论都指向同一个问题。",
]


def test_a_panel_of_people_labelled_with_their_roles_are_their_statements():
    found = claims_in_text("\n".join(PANEL), published_at=datetime(2020, 12, 22, tzinfo=ZoneInfo("Asia/Shanghai")))
    mine = [(c.speaker, c.cue, c.text) for c in found if c.rule == "interview"]
    assert mine == [
        ("张千帆", "：", "如今不解决违法问题，而是解决揭露违法的人"),
        ("屈振红", "：", "没见行贿的律师被停业，却见正常辩护的律师可能被停业"),
        ("陈朗升", "：", "这是严重妨碍采访"),
    ]


def test_a_list_of_bare_names_with_their_stories_is_no_panel():
    bios = ["王登朝：1974年出生，陕西人，民主活动人士。", "陶玉华：河南信阳人。2017年被抓。", "吴泽衡：1967年出生，佛教徒。",
            "魏月星：河南安阳人。2019年被抓捕。"]
    assert panel(bios, lambda label: True) != [] and all(c.rule != "interview" for c in claims_in_text("\n".join(bios)))


def test_a_host_who_mostly_asks_is_no_panellist():
    turns = panel(["主持人杨杰凯：您怎么看？", "议员努涅斯：这很难。", "助理安东尼：我记得。", "顾问约翰尼：他很忠诚。",
                   "主持人杨杰凯：您后悔吗？"], lambda label: True)
    assert {t.speaker for t in turns} == {"议员努涅斯", "助理安东尼", "顾问约翰尼"}


def test_a_panellist_asking_one_rhetorical_question_is_still_a_panellist():
    turns = panel(["王子文教授：这很难。", "李永华律师：如果不许律师发声，公民如何救济？", "顾问约翰尼：他很忠诚。"],
                  lambda label: True)
    assert {t.speaker for t in turns} == {"王子文教授", "李永华律师", "顾问约翰尼"}


def test_a_latin_name_of_several_words_labels_the_answers_and_the_closing_thanks_are_the_outlets():
    texts = ["法广：您对此有何看法？", "Antoine Bondaz：欧盟与中国都有意展示成功。", "法广：协定何时签署？",
             "Antoine Bondaz：协定尚未签署，还要审议。", "感谢Antoine Bondaz先生接受法广的专访。"]
    turns = answers(texts)
    assert [(t.paragraph, t.speaker) for t in turns] == [(1, "Antoine Bondaz"), (3, "Antoine Bondaz")]


def test_the_interviewers_label_is_not_the_subject_of_a_cue_in_the_question():
    texts = ["法广：诸多评论都认为协定改善了北京的形象，您怎么看？", "王子文：我认为这很难说。",
             "法广：请您介绍一下签署的时间表。", "王子文：明年签署，然后审议。"]
    assert all(c.speaker != "法广" for c in claims_in_text("\n".join(texts)))


def test_comments_under_headings_naming_their_commentators_are_theirs():
    found = claims_of([
        "路透上海8月17日 - 中国央行周一进行了MLF操作。",
        "以下为分析师评论：",
        "--光大保德信基金首席宏观债券分析师 邹强：",
        "8月MLF加量续做，价格未变，基本符合预期。",
        "中长期来看，央行会在相当长的时间保持中性。",
        "--招银理财高级分析师 陈郑：",
        "本次MLF操作量是挺超预期的。",
        "**相关背景**",
        "--最新数据显示中国经济运行在复苏轨道。",
    ])
    assert [(c.speaker, c.text) for c in found if c.rule == "interview"] == [
        ("邹强", "8月MLF加量续做，价格未变，基本符合预期"),
        ("邹强", "中长期来看，央行会在相当长的时间保持中性"),
        ("陈郑", "本次MLF操作量是挺超预期的"),
    ]


def test_headings_naming_a_commentator_by_employer_and_glossed_name_head_their_quoted_comments():
    found = claims_of([
        "（德国之声中文网）一家德国银行的施泰因（Markus Stein）：",
        '"数字并不让人意外。复苏已经开始，但还需要时间。"',
        "柏林经济研究所（DIW）的马丁·贝克尔（MARTIN BECKER）：",
        '"投资计划都被推迟了。"',
    ])
    assert [(c.speaker, c.text) for c in found if c.rule == "interview"] == [
        ("施泰因", "数字并不让人意外。复苏已经开始，但还需要时间。"),
        ("马丁·贝克尔", "投资计划都被推迟了。"),
    ]


def test_one_heading_alone_heads_no_comments():
    found = claims_of(["以下为分析师评论：", "--招银理财高级分析师 陈郑：", "本次MLF操作量是挺超预期的。"])
    assert [c for c in found if c.rule == "interview"] == []


def claims_of(paragraphs):
    return claims_in_text("\n".join(paragraphs), published_at=datetime(2020, 8, 17, tzinfo=ZoneInfo("Asia/Shanghai")))


def answer_days(paragraphs, published_at):
    """The days of a transcript's answers, as strings."""
    found = claims_in_text("\n".join(paragraphs), published_at=published_at)
    return [str(c.said_on) for c in found if c.rule == "interview"]


def test_answers_take_the_interview_day_the_narration_gives_not_the_days_they_talk_about():
    days = answer_days([
        "4月23日下午，北大校长林建华接受了《光明日报》等五家媒体的采访。",
        "记者：北大的改革有怎样的困难？",
        "林建华：2003年的改革算不上很成功。",
        "记者：1998年的时候呢？",
        "林建华：1998年3月5日，我当化学院院长。",
        "记者：下一步呢？",
        "林建华：我们要在大的领域下些功夫。",
    ], datetime(2018, 4, 26, 4, 8, tzinfo=ZoneInfo("Asia/Shanghai")))
    assert days == ["2018-04-23"] * 3


def test_a_day_long_before_the_transcript_does_not_date_the_answers():
    days = answer_days([
        "2019年4月23日，林建华曾访问台湾。",
        "记者：北大的改革有怎样的困难？",
        "林建华：2003年的改革算不上很成功。",
        "记者：下一步呢？",
        "林建华：我们要在大的领域下些功夫。",
    ], datetime(2020, 4, 26, tzinfo=ZoneInfo("Asia/Shanghai")))
    assert days == ["2020-04-26"] * 2


def test_a_day_narrated_of_the_interviewee_is_not_the_interview_day():
    days = answer_days([
        "英国驻香港领事馆前职员郑文杰表示，他正计划设立影子议会。",
        "7月31日，郑文杰被警方通缉。以下是郑文杰接受本台记者的专访。",
        "记者：你的反应是什么？",
        "郑文杰：这是一种荣誉。",
        "记者：生活有什么改变吗？",
        "郑文杰：生活如常。",
    ], datetime(2020, 8, 3, tzinfo=ZoneInfo("America/New_York")))
    assert days == ["2020-08-03"] * 2


def test_the_interview_day_is_the_day_of_the_sentence_naming_the_interview():
    days = answer_days([
        "本台记者周四专访了苏晓康，了解这本书的内容。",
        "记者：这本书写了什么？",
        "苏晓康：写了三十年来的中国。",
        "记者：为什么？",
        "苏晓康：因为钱挽回了政权。",
    ], datetime(2020, 12, 20, tzinfo=ZoneInfo("America/Los_Angeles")))
    assert days == ["2020-12-17"] * 2


def test_a_joint_press_interview_closer_to_the_answers_gives_their_day():
    days = answer_days([
        "吴钊燮24日接受美国公共电台专访，谈台美关系。",
        "吴钊燮28日上午赴立法院备询前接受媒体联访。",
        "记者：台湾会寻求全面外交关系吗？",
        "吴钊燮：我们会加紧脚步。",
        "记者：你的回答会改变吗？",
        "吴钊燮：我的回答还是一样。",
    ], datetime(2020, 9, 28, 6, 45, tzinfo=ZoneInfo("America/New_York")))
    assert days == ["2020-09-28"] * 2


def test_panellists_labelled_with_long_roles_and_latin_glosses_say_their_paragraphs_and_come_back_bare():
    page = "\n".join([
        "专家们解读拜登拣选外交官时对外发出的讯号。",
        "美国前助理国务卿菲利普‧克劳利（Philip J. Crowley）：这不是一个充满对抗的团队。他们有共同合作的历史。",
        "昆西国家事务研究所所长安德鲁·巴塞维奇（Andrew Bacevich）：这些任命代表着恢复正常状态。",
        "白宫国家安全委员会前成员查尔斯·库尚（Charles Kupchan）：这些人是特朗普所轻蔑的深层政府的代表。",
        "拜登团队的首要目标将是重新加入国际组织。",
        "安德鲁·巴塞维奇：问题是这支队伍是否已知道如何带来变化。",
    ])
    found = [(c.speaker, c.text[:6]) for c in claims_in_text(page) if c.rule == "interview"]
    assert found == [("菲利普·克劳利", "这不是一个充"), ("安德鲁·巴塞维奇", "这些任命代表"),
                     ("查尔斯·库尚", "这些人是特朗"), ("安德鲁·巴塞维奇", "问题是这支队")]


def test_a_panellists_label_may_gloss_the_employer_too_and_a_label_with_a_cue_is_an_attribution():
    page = "\n".join([
        "華郵訪問8位專家，得出的答案是美國別想回復往日生活。",
        "艾莫瑞大學（Emory University）醫學教授戴黎奧（Carlos del Rio）：大約在8月底可讓2.6億人接種一劑。",
        "明尼蘇達大學「傳染病研究與對策中心」（Center for Infectious Disease Research and Policy）主席歐斯特荷姆（Michael Osterholm）：須取決於3個因素。",
        "史丹佛大學（Stanford University）醫學教授巴塔查雅（Jay Bhattacharya）說：科學文獻有關群體免疫的門檻不一。",
        "喬治城大學（Georgetown University）醫學教授古德曼（Jesse Goodman）：我不確定能否達成免疫。",
        "戴黎奧：我希望能在2021年12月底前後接近正常。",
    ])
    found = [(c.speaker, c.cue, c.text[:6]) for c in claims_in_text(page)]
    assert found == [("戴黎奥", "：", "大約在8月底"), ("欧斯特荷姆", "：", "須取決於3個"), ("巴塔查雅", "说", "科學文獻有關"),
                     ("古德曼", "：", "我不確定能否"), ("戴黎奥", "：", "我希望能在2")]
