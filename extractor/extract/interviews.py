"""Labelled speech: interview transcripts and panels of comments.

Transcripts: "周保松：……" answers to "微思客：……？" questions.

A Q&A piece labels each turn with who speaks and a colon, with no cue and no
quotation marks; an answer runs on through the unlabelled paragraphs after it,
up to the next label. A page is a transcript when two labels take turns and one
of them mostly asks questions: the asker is the interviewer (the outlet, 记者,
问), the others answer. Answers are the interviewee's own words.

Panels: "张千帆教授：……" / "屈振红律师：……", a round-up of what several people
said, each labelled with a person's name and role. Each labelled paragraph is
that person's statement; nothing runs on past it (what follows a panel is as
often the writer's own text).

Headed comments: "--招银理财高级分析师 陈郑：" alone in its paragraph, then that
person's comment in the paragraphs below it, up to the next heading or a block
of background items.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Callable

import regex

# A turn label opening a paragraph: a short name (bold in Markdown or not; a Latin
# name may have several words: "Antoine Bondaz："; a publication asks as "《世界周报》：") and a colon,
# not a quotation ("王毅：“……”" is an attribution the cue rules read).
TURN = regex.compile(r"^\s*(?:\*\*)?\s*(?P<label>[\p{Han}A-Za-z·]{1,10}?|《[^《》\n]{1,12}》|[A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){1,3})\s*(?:\*\*)?\s*[：:]\s*(?:\*\*)?\s*(?![“「『\"\s]|$)")
# A panellist's label may be longer: a role and a name, glossed in Latin letters
# ("美国前助理国务卿菲利普‧克劳利（Philip J. Crowley）：", "哈佛大学（Harvard University）流行病学教授
# 利普西奇（Marc Lipsitch）："); the glosses are no part of who is named.
LATIN_GLOSS = r"[（(]\p{Latin}[\p{Latin} .'\-]*[）)]"  # a name glossed in Latin letters: （Philip J. Crowley）
PANEL_TURN = regex.compile(r"^\s*(?:\*\*)?\s*(?P<label>(?:[\p{Han}·‧•、「」]|\s*" + LATIN_GLOSS + r"\s*){2,40}?)\s*(?:"
                           + LATIN_GLOSS + r")?\s*(?:\*\*)?\s*[：:]\s*(?:\*\*)?\s*(?![“「『\"\s]|$)")
GLOSS_IN_LABEL = regex.compile(r"\s*" + LATIN_GLOSS + r"\s*")
LABEL_REACH = 72  # how far into a paragraph a panellist's label (role, name and gloss) may reach
SENTENCE = regex.compile(r"[。！？!?]")
THANKS = regex.compile(r"^\s*(?:感谢|谢谢|多谢|感謝|謝謝|多謝).{0,80}?(?:采访|专访|访问|採訪|專訪|訪問)")
QUESTION_END = regex.compile(r"[？?][\s*）)」”]*$")
MIN_TURNS = 4  # labelled paragraphs on a page before it counts as a transcript
MIN_PANEL = 3  # different people labelled on a page before it counts as a panel
ASKS = 0.5  # share of a label's turns that end in a question mark for it to be the interviewer
SAID = ("说", "說", "道", "表示", "指出", "称", "稱")  # "…巴塔查雅说：": an attribution with its cue, not a label
NOT_SPEAKERS = frozenset("问 答 Q A 注 按 图 时间 地点 来源 作者 编者按 编者注 编注 按语 编辑 责编 记者 主持人 原文 链接 标题 摘要".split())


@dataclass(frozen=True)
class Turn:
    paragraph: int  # index in the list given
    speaker: str  # the label as written
    start: int  # where the answer begins in the paragraph's text
    labelled: bool  # False for a paragraph that carries on the turn before it


def answers(texts: list[str]) -> list[Turn]:
    """The interviewee's turns in a page's paragraphs (either script, either width of
    punctuation), in order; [] when the page is no transcript."""
    if sum(1 for t in texts if "：" in t[:24] or ":" in t[:24]) < MIN_TURNS:
        return []  # most pages: no labels at all
    labelled = [(i, m) for i, t in enumerate(texts) if (m := TURN.match(t))]
    if len(labelled) < MIN_TURNS:
        return []
    counts = Counter(m["label"] for _, m in labelled)
    asked = Counter(m["label"] for i, m in labelled if QUESTION_END.search(texts[i]))
    regular = {label for label, n in counts.items() if n >= 2}
    askers = {label for label in regular if asked[label] / counts[label] >= ASKS}
    speakers = regular - askers
    if not askers or not speakers:
        return []  # no one asks, or no one answers: a list of fields or a skit, not an interview
    changes = sum(1 for (_, a), (_, b) in zip(labelled, labelled[1:]) if a["label"] != b["label"])
    if changes < 2:
        return []
    out: list[Turn] = []
    label_at = {i: m for i, m in labelled}
    current = None
    for i, text in enumerate(texts):
        m = label_at.get(i)
        if m is None and THANKS.match(text):
            current = None  # "感谢…先生接受本台专访": the outlet closes the interview
        if m is not None:
            current = m["label"] if m["label"] in speakers and not m["label"].endswith(SAID) else None
            if current is not None and current not in NOT_SPEAKERS:
                out.append(Turn(i, current, m.end(), True))
        elif current is not None and current not in NOT_SPEAKERS and not text.lstrip().startswith((">", "#", "!", "【", "[注", "（注", "(注")) \
                and SENTENCE.search(text):  # a pull quote, a heading or a picture is not part of the answer
            out.append(Turn(i, current, 0, False))
    return out


def panel(texts: list[str], is_person: Callable[[str], bool]) -> list[Turn]:
    """The labelled statements of a panel page: paragraphs opening with a label that
    ``is_person`` accepts (a name with its role), when at least MIN_PANEL people are
    labelled; [] otherwise. Whoever mostly asks, turn after turn, is the host, not a panellist."""
    if sum(1 for t in texts if "：" in t[:LABEL_REACH] or ":" in t[:LABEL_REACH]) < MIN_PANEL:
        return []
    labelled = [(i, m, GLOSS_IN_LABEL.sub("", m["label"])) for i, t in enumerate(texts)
                if (m := TURN.match(t) or PANEL_TURN.match(t)) and m["label"] not in NOT_SPEAKERS and SENTENCE.search(t, m.end())]
    counts = Counter(label for _, _, label in labelled)
    asked = Counter(label for i, _, label in labelled if QUESTION_END.search(texts[i]))
    # a host asks turn after turn; one panellist's rhetorical question does not make a host
    people = {label for label in counts if (counts[label] < 2 or asked[label] / counts[label] < ASKS) and is_person(label)}
    if len(people) < MIN_PANEL:
        return []
    # "安德鲁·巴塞维奇：" after "昆西国家事务研究所所长安德鲁·巴塞维奇：": a panellist named again, bare
    people |= {label for label in counts if len(label) >= 2 and any(p.endswith(label) and p != label for p in people)}
    return [Turn(i, label, m.end(), True) for i, m, label in labelled if label in people]


# A heading that is only a label: "--光大保德信基金首席宏观债券分析师 邹强：", the comment below it
HEADING = regex.compile(r"^\s*(?:-{1,2}|—{1,2}|[*]{2})?\s*(?P<label>[^：:，。！？“”「」]{2,40}?)\s*(?:[*]{2})?\s*[：:]\s*(?:[*]{2})?\s*$")
# what ends a commented block: a heading in bold or a list of background items ("**相关背景**", "--最新数据显示…")
BLOCK_END = regex.compile(r"^\s*(?:[*]{2}|#|-{1,2}|—{1,2}|整理|编辑|审校)")
MIN_HEADINGS = 2  # commentators headed on a page before their paragraphs count as their words


def headed(texts: list[str], is_person: Callable[[str], bool]) -> list[Turn]:
    """Comments under a heading that names who makes them (路透's "以下为分析师评论：" then
    "--招银理财高级分析师 陈郑：" over paragraphs with no cue and no quotation marks): each
    paragraph up to the next heading is that person's statement, when at least MIN_HEADINGS
    people head comments on the page."""
    heads = {}
    for i, t in enumerate(texts):
        bare = GLOSSES.sub("", t)  # 兰珀银行（Bankhaus Lampe）的亚历山大·克鲁格（ALEXANDER KRÜGER）：
        if len(bare) <= 60 and (m := HEADING.match(bare)):
            if is_person(_last_words(m["label"])) or is_person(_owned(t.strip().rstrip("*：: "))):
                heads[i] = _last_words(m["label"])
    if len(set(heads.values())) < MIN_HEADINGS:
        return []
    out: list[Turn] = []
    current = None
    for i, text in enumerate(texts):
        if i in heads:
            current = heads[i]
        elif current is not None and BLOCK_END.match(text):
            current = None
        elif current is not None and SENTENCE.search(text):
            out.append(Turn(i, current, 0, False))
    return out


# A bracketed gloss or credit in a heading ("（德国之声中文网）…的措伊纳（JÖRG ZEUNER）："):
# no part of who is named
GLOSSES = regex.compile(r"[（(][^（）()]{0,40}[）)]")


def _last_words(label: str) -> str:
    """The person of a heading label, its last two words joined: a role and a name
    (光大保德信基金首席宏观债券分析师 邹强 → 光大保德信基金首席宏观债券分析师邹强);
    after a 的, the one it owns (兰珀银行的亚历山大·克鲁格 → 亚历山大·克鲁格)."""
    owned = _owned(label)
    return "".join(owned.split()[-2:])


def _owned(label: str) -> str:
    """After a 的, the one it owns (兰珀银行的亚历山大·克鲁格 → 亚历山大·克鲁格)."""
    return label[label.rfind("的") + 1:]


def label_end(text: str) -> int | None:
    """Where the turn label of a transcript or panel paragraph ends ("法广：" in
    "法广：请您介绍一下…"): the label is no part of the sentence after it."""
    m = TURN.match(text) or PANEL_TURN.match(text)
    return m.end() if m and not m["label"].endswith(SAID) else None
