"""Interview transcripts: who answers, which paragraphs an answer covers, and pages that are no transcript."""
from datetime import datetime
from zoneinfo import ZoneInfo

from extractor.extract.interviews import answers
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
