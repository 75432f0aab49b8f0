"""Speech cues and where the statement after them begins.

A cue counts when it is outside quotation marks, is not part of a longer
non-speech word (据说, 也就是说, 称为), and is followed by what introduces a
statement: ，：, a quotation mark, or — for bare cues like 认为/称 — the
statement itself. 告诉X， skips the listener. A cue followed by 。 ends a
sentence whose statement came first ("“……，”他说。").
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from .. import lexicon
from ..text import is_han
from .gazetteer import Gazetteer
from .quotes import OPENERS, inside, quote_spans

INTRO_PUNCT = "，,：:"
SAYS = "称"  # 警告称美方…: after another cue, 称 says what was said (not 称为, 称之: named)
ASPECT = ("过", "了")  # 曾说过, 说了: an aspect particle between a cue and its colon or comma
# After a bare cue, these mean the word is used otherwise (称为, 表示了, 认为的).
BARE_BLOCKERS = ("为", "作", "之为", "号", "谓", "了", "过", "的", "着", "得", "是否", "呢", "吗", "，", "。")
PASSIVE_MARKS = "被遭"
PASSIVE_BY = regex.compile(r"[被遭](?:广泛|普遍|一致|外界|舆论|很多人|许多人|多数人|一些人|部分人)地?$")
NOUN_MARKERS = "了的个项次些种份"
THIS_TIME = ("本次", "这次", "此次", "首次", "再次", "多次", "一再")  # 法院本次表示: an adverb, the cue a verb
# 不会承诺, 拒绝透露, 并未表示: a speech act denied is no statement
NEGATIONS = ("不", "没", "未", "没有", "并未", "从未", "尚未", "拒绝", "无法", "不会", "不愿", "不肯", "不能", "不曾", "不再")
# words with a negation in them that deny nothing: 不断强调, 毫不掩饰地声称, 不点名回应说, 不得不呼吁
AFFIRMING = ("不断", "不停", "不时", "不仅", "不只", "不但", "不久", "不得不", "不禁", "不忘", "不少", "不同", "未来",
             "不点名", "不客气", "不假思索", "不甘示弱", "不无", "不厌其烦", "不讳言", "不避讳")
# 当局不便透露, 梵蒂冈方面没有公开回应, 苹果公司虽然没有正面回应: a negation opening what stands
# between the subject and its cue, in one clause
DENIED = regex.compile(r"(?:也|还|则|却|并|但|虽然|虽|仍然?|始终|一直|暂时|至今|迄今|目前|尚|均|都|\s)*"
                       r"(?!\L<aff>)(?:\L<neg>)[^，。；：,]*$", aff=list(AFFIRMING), neg=list(NEGATIONS))


def denied_between(text: str, subject_end: int, cue_start: int) -> bool:
    return DENIED.match(text, subject_end, cue_start) is not None
# "教育厅宣布这项政策后，…", "以承诺遏止违法为由": a cue that takes a noun phrase, running
# into a clause that ends as a time or reason adverbial, reports an event, not a statement
# (说/表示 may well open with one: "她说，每次特朗普听汇报时，…")
ADVERBIAL_ENDS = ("后", "之后", "以后", "时", "时候", "之时", "之际", "以来", "为由", "的同时")
TAKES_NOUNS = frozenset("宣布 公布 承诺 回应 介绍 建议".split())
# "宣布这一讯息", "指出这一问题": a thing pointed at, not a statement given
THAT_THING = regex.compile(r"(?:(?:这|此|该|那)[一项个份则条些次]|上述|前述)\p{Han}{1,3}(?=[，。；,;]|$)")
# "提到了该同学的父亲": a topic pointed at is someone or something named, not what was said of it
POINTED = ("这", "那", "该", "此", "其", "上述", "前述")
# "他回应记者提问，说…", "回应路透社的询问，称…": the question answered, not the answer, which
# a cue of its own gives after it
ASKED = ("提问", "询问", "查询", "质询", "追问")
# (…。”X告诉本台。); 告诉国家广播公司新闻网（NBC News ），: a listener glossed in brackets
LISTENER = regex.compile(r"[^，。：；！？,:\n“”「」\"]{1,16}?(?:[（(][^（）()\n]{1,40}[）)] ?)?(?=[，,：:])"
                         r"|[^，。：；！？,:\n“”「」\"]{1,12}(?=。)")


@dataclass(frozen=True)
class CueHit:
    start: int
    end: int
    cue: str
    weak: bool
    content_start: int  # where the statement begins (after punctuation); == end for postposed
    postposed: bool = False  # "……，”他说。": the statement is before the cue
    listener: str = ""


@lru_cache(maxsize=1)
def _cue_table():
    lex = lexicon.load()
    table = {c.cue: c for c in lex.cues}
    says = table.get(SAYS)
    if says is not None and says.bare:
        # 回答称美方…: a cue written with 称 takes its content as 称 does, with no comma
        # (又称, 亦称, 俗称 name something: they stay cues only before their punctuation)
        naming = lex.not_cues.get(SAYS, ())
        table.update({w: replace(c, bare=True) for w, c in table.items()
                      if len(w) > 1 and w.endswith(SAYS) and not w[:-1].endswith(naming)})
    pattern = Gazetteer((word, None) for word in table)
    attitude = regex.compile(r"(?:\L<mod>)?(?:\L<att>)(?![者率度方派])",  # 呼吁支持者: the supporters, no attitude
                             mod=lex.attitudes["modifiers"], att=lex.attitudes["words"])
    return table, pattern, lex.not_cues, attitude, lex.not_cues_after, lex.not_cues_unless


@lru_cache(maxsize=1)
def _addressee():
    lex = lexicon.load()
    who = list(lex.addressees) + list(lex.names.get("place_words") or ()) + list(lex.names.get("capitals") or ())
    return regex.compile(r"(?:\L<who>)(?=[，,])", who=who)


def _base_runs_on(text: str, e: int, word: str, not_after: dict) -> bool:
    """也说明, 还说法: a cue under its adverb whose own cue word runs on into a longer word
    (说明 is a cue of its own, 说法 no cue at all) is not that cue."""
    base = base_cue(word)
    if base == word or word[0] not in ADVERB_HEADS:
        return False
    return text.startswith(not_after.get(base, ()), e) or text.startswith(_longer_cues(base), e)


@lru_cache(maxsize=None)
def _longer_cues(base: str) -> tuple[str, ...]:
    """What turns ``base`` into a longer cue word of another verb (说 → 明 for 说明)."""
    return tuple(w[len(base):] for w in _cue_table()[0]
                 if w.startswith(base) and len(w) > len(base) and w[len(base):] not in WAYS_OF_SAYING)


WAYS_OF_SAYING = frozenset("过了着道到")  # 也说过, 还说道: still saying (说明 is another verb)


def _name_ends_in(text: str, s: int, words: tuple[str, ...], names: dict[int, int]) -> bool:
    """張承傳說: the word before the cue (传说) is the end of a name, not a word of its own."""
    start = names.get(s)
    return start is not None and all(start < s - len(w) for w in words if text.endswith(w, 0, s))


def _asked(text: str, j: int) -> bool:
    return text.endswith(ASKED, j, j + _clause_length(text, j))


THOSE_WHO_SAID = regex.compile(r"\s*(?:“[^”]{1,20}”|「[^」]{1,20}」|[^，。；：“”「」,]{0,12}?)的(?:则|也|还|只|仅)?"
                               r"(?:(?:有|占|为|达)(?:\d|[一二三四五六七八九十两百千万几近约逾]|超过|不到|多达)|比例|比率|受访)")


GLOSS_MAX = 20  # characters between a cue and the bracket closing round it: a gloss, not a statement


def _in_gloss(text: str, s: int, e: int) -> bool:
    """（中国称钓鱼岛）, （又称“政治再教育中心”）: a cue inside brackets that close soon after it
    names something; no one's statement runs past the bracket."""
    opened = max(text.rfind("（", 0, s), text.rfind("(", 0, s))
    if opened < 0 or max(text.rfind("）", opened, s), text.rfind(")", opened, s)) > opened:
        return False
    closes = [c for c in (text.find("）", e, e + GLOSS_MAX + 1), text.find(")", e, e + GLOSS_MAX + 1)) if c >= 0]
    return bool(closes) and "。" not in text[e:min(closes)]


CUE_MAX = 8  # characters in the longest cue word, and more
TOPIC_FRAME_MAX = 20  # characters of the topic a sentence opens with (谈到卡车司机，…)
TOPIC_OPENERS = ("谈到", "提到", "提及", "谈及")  # (not 强调: "…。强调，…" lists what a meeting stressed)


def _topic_frame(text: str, s: int, e: int) -> bool:
    """谈到卡车司机，很多人…; 提到爸爸，她…: a topic cue opening a sentence with no subject
    before it and a short phrase then a comma after it frames what follows; it says nothing."""
    before = text[:s].rstrip(" \u3000")
    if before and before[-1] not in "。！？；!?":
        return False
    comma = next((k for k in range(e + 1, min(len(text), e + TOPIC_FRAME_MAX + 1)) if text[k] in "，,"), -1)
    return comma > e and not any(ch in "。！？；：:!?" for ch in text[e:comma])


def find_cues(text: str, quotes: list[tuple[int, int]], names: dict[int, int] | None = None) -> list[CueHit]:
    """``names`` maps where each person named in ``text`` ends to where the name starts."""
    table, pattern, not_cues, attitude, not_after, unless = _cue_table()
    hits: list[CueHit] = []
    names = names or {}
    for s, e, word, _ in pattern.find(text):
        inner = next((k for k in range(s + 1, e) if k in names), None)
        if inner is not None:  # 赵立坚称: a name ends inside 坚称, and the cue starts after it (称, 称赞)
            after = next((m for m in pattern.find(text[inner:inner + CUE_MAX]) if m[0] == 0), None)
            if after is None:
                continue
            s, e, word = inner, inner + after[1], after[2]
        cue = table[word]
        if inside(quotes, s) or _in_gloss(text, s, e):
            continue
        if text.endswith(not_cues.get(word, ()), 0, s) and not text.endswith(unless.get(word, ()), 0, s) \
                and not _cites_data(text, s) \
                and not (text.endswith(LIGHT_VERBS, 0, s) and text[e:e + 1] in "：:") \
                and not _name_ends_in(text, s, not_cues[word], names):
            continue  # 据称, 被称为: not a speaker speaking (but 做出回应：…, the answer given)
        if text.startswith(not_after.get(word, ()), e) or _base_runs_on(text, e, word, not_after):
            continue  # 直言不讳, 透露姓名: part of a longer word or phrase (也说明: 也 and 说明)
        if word in TOPIC_OPENERS and _topic_frame(text, s, e):
            continue  # 谈到“依法治国”，姚青表示: the topic the sentence turns to, not a statement
        if text.endswith(NEGATIONS, 0, s) and not text.endswith(AFFIRMING, 0, s):
            continue
        if THOSE_WHO_SAID.match(text, e):
            continue  # 表示不信任的则有60.1%, 回答“普通”的有23%: those who said so, counted
        if s and text[s - 1] in PASSIVE_MARKS or PASSIVE_BY.search(text, max(0, s - 6), s):
            continue  # 被指责, 遭质疑, 被广泛认为: done to the subject, not said by it
        if word != "说" and s and text[s - 1] in NOUN_MARKERS and not text.endswith(THIS_TIME, 0, s):
            continue  # 发出了警告, 他的表示, 一项承诺: the cue word used as a noun
        if word in NOUN_LIKE and _modified_noun(text, s):
            continue  # 提供了有法律约束力的市场准入承诺，: the cue word heads a noun phrase
        if word in GIVEN_NOUNS and text[e:e + 1] in CLAUSE_ENDS and LIGHT_OBJECT.search(text, max(0, s - 12), s) \
                and not CONTENT_NEXT.match(text, e + 1):
            continue  # 向同行发出新冠疫情警告，其后…: the warning given ends its clause, a noun (not 提出呼吁，要求…)
        j = e
        if word.endswith("说") and text[j:j + 1] in ASPECT and text[j + 1:j + 2] in INTRO_PUNCT and text[j + 1:j + 2]:
            j += 1  # 曾说过，/ 说了： the aspect of the cue, not its content (承诺过，要查清…的部长 is a description)
        while j < len(text) and text[j] in " \u3000":
            j += 1
        nxt = text[j] if j < len(text) else ""
        listener = ""
        if word == "告诉" and nxt and nxt not in INTRO_PUNCT:
            lm = LISTENER.match(text, j)
            if not lm:
                continue
            listener = lm.group(0)
            j = lm.end()
            nxt = text[j]
        elif cue.addressed and nxt and nxt not in INTRO_PUNCT and (to := _addressee().match(text, j)) is not None:
            listener = to.group(0)  # 北京警告华盛顿，如果…: the one warned, then the warning
            j = to.end()
            nxt = text[j]
        elif cue.addressed and nxt and nxt not in INTRO_PUNCT and (warned := _warned(text, j, pattern, names)):
            if warned >= len(text) or text[warned] not in "，,":
                continue  # 蔡英文警告民进党党员；: whom it warned, and no warning given
            listener = text[j:warned]  # 警告罗马教廷，称“…”: the one warned, then the warning
            j = warned
            nxt = text[j]
        if nxt and nxt in INTRO_PUNCT:
            k = j + 1
            while k < len(text) and text[k] in " \u3000":
                k += 1
            if k >= len(text) and nxt not in "：:" or k < len(text) and cue.quoted and text[k] not in OPENERS:
                continue  # (评论写道： ending the paragraph: what was written is the next one)
            hits.append(CueHit(s, e, word, cue.weight == "weak", k, listener=listener))
        elif cue.quoted and nxt not in OPENERS and not (nxt in ("。", ".", "") and word in POSTPOSED
                                                         and AFTER_QUOTATION.search(text, 0, s)):
            continue  # 发文要求…: a directive issued, not a text quoted (but “……”，他向选民喊话。)
        elif nxt in OPENERS or nxt == "”" and any(o == j for o, _ in quote_spans(text)):  # (并称”我们…“)
            if attitude.fullmatch(text[j + 1:j + 1 + _quoted_length(text, j)]):
                continue  # 表示“震惊”: an attitude in quotation marks is still an attitude
            if cue.quoted and not QUOTED_SENTENCE.match(text, j + 1):
                continue  # 提出“人类命运共同体”理念: a quoted name, not a quoted text
            hits.append(CueHit(s, e, word, cue.weight == "weak", j, listener=listener))
        elif (obj := OBJECT_THEN_QUOTE.match(text, j) or word in TOPIC_OPENERS and _topic_then_quote(text, j)) \
                and not any(pattern.find(obj.group("obj"))) and not text.endswith(ADVERBIAL_ENDS, j, obj.end("obj")):
            # 向本台介绍了最近的情况：“……”, 说了一句：“……”: what the quotation says
            hits.append(CueHit(s, e, word, cue.weight == "weak", obj.end(), listener=listener))
        elif cue.topic and nxt == "了" and _topic(text, j + 1):
            hits.append(CueHit(s, e, word, cue.weight == "weak", j + 1, listener=listener))
        elif nxt in ("。", ".", "") and (word in POSTPOSED or word.endswith(("说", "道"))):
            hits.append(CueHit(s, e, word, cue.weight == "weak", e, postposed=True, listener=listener))
        elif (cue.bare or (base_cue(word) in RUN_ON and _clause_length(text, j, CLAUSE_WITH_QUOTES) >= RUN_ON_MIN
                                               and not (base_cue(word) in SHOWS and attitude.match(text, j))
                           and (base_cue(word) not in RUN_ON_CLAUSE or _states(text, j, quotes, base_cue(word) in ("提到", "提及")))
                           and not (base_cue(word) in RUN_ON_NOT_HEARSAY
                                    and text.endswith(HEARSAY_TAILS, j, j + _clause_length(text, j))))) \
                and nxt \
                and _opens_run_on(text, j, cue, word, quotes) \
                and not THAT_THING.match(text, j) \
                and not (base_cue(word) in TAKES_NOUNS and (text.endswith(ADVERBIAL_ENDS, j, j + _clause_length(text, j))
                                                             or _described_by(text, s, j) or _names_a_thing(text, j))) \
                and not (base_cue(word) == "回应" and _asked(text, j)):
            # 称韩战为“抗美援朝”战争: naming something, which GUIDELINES counts as a weak cue
            if nxt == SAYS and word != SAYS and not text.startswith(BARE_BLOCKERS, j + 1):
                j += 1  # 警告称美方…: 称 says it, the statement follows
            hits.append(CueHit(s, e, word, cue.weight == "weak" or (word == "称" and bool(NAMING.match(text, j))), j))
    hits = _without_framed(text, hits)
    # a colon the cue's object ends (介绍了情况：“) opens the cue's statement, not another's
    taken = {h.end for h in hits} | {h.content_start - 1 for h in hits if text[h.content_start - 1:h.content_start] in "：:"}
    dao = dao_cues(text, quotes, taken)
    hits.extend(dao)
    taken |= {h.content_start - 1 for h in dao}  # 讽刺道：“: its colon opens the 道-cue's quotation
    hits.extend(colon_quotes(text, quotes, taken))
    hits.extend(as_said(text, quotes, {h.start for h in hits} | {h.end for h in hits}))
    hits.sort(key=lambda h: h.start)
    return _mark_postposed(text, quotes, hits)


WARNED_MAX = 10  # 警告德国外长马斯，: a name with its title, no clause


def _warned(text: str, j: int, pattern, names: dict[int, int]) -> int | None:
    """Where whom an addressed cue names ends, when that is all its clause holds: someone by name
    (警告拜登，), by role or body (另一名议员, 民进党党员, 罗马教廷), with nothing said of them."""
    n = _clause_length(text, j)
    if not 2 <= n <= WARNED_MAX or text[j + n:j + n + 1] not in "，,；;。":
        return None
    clause = text[j:j + n]
    if PREDICATE.search(clause) or any(pattern.find(clause)):
        return None
    if j + n in names or clause.endswith(_someone_words()):
        return j + n
    return None


@lru_cache(maxsize=1)
def _someone_words() -> tuple[str, ...]:
    """The last words of a noun phrase naming someone: a role, a body's kind, the public."""
    lex = lexicon.load()
    return tuple(set(lex.addressees) | {w for key in ("role_words", "organization_suffixes", "unnamed", "capitals",
                                                       "place_words") for w in lex.names.get(key) or ()})


def runs_on(text: str, cue: CueHit) -> bool:
    """"他认为这是…", "宣布 45 天后禁止…", "强调了…的重要性": the statement follows the cue
    with no punctuation."""
    return not text[cue.end:cue.content_start].strip(" \u3000了" + SAYS)


TIME_WORDS = regex.compile(r"时(?:任|间|代|期|报|局|事|政|刻|常|而|隔|尚|装|与|势|效|速|区|差|针|光|机)")
# 承诺为渔民提供培训, 呼吁为港人提供签证: after a cue that takes an act, 为 is "for" (not the 为
# of 称为 or 视为); 表示为了配合防疫…: "in order to", after any cue
ACT_CUES = ("承诺", "呼吁", "建议")
NOT_FOR = ("为何", "为什么", "为主", "为止", "为基础", "为准")


def _for_whom(text: str, j: int, word: str) -> bool:
    return text.startswith("为了", j) or base_cue(word) in ACT_CUES and text.startswith("为", j) \
        and not text.startswith(NOT_FOR, j)


def _opens_run_on(text: str, j: int, cue, word: str, quotes: list[tuple[int, int]]) -> bool:
    """Can a statement start at ``j``, straight after its cue: a word (not 了/过/的 of the cue,
    though 过去 is a time), or a title in book marks when the clause states something
    (重申《国安法》不会影响…; not 赞扬《协议》的成果)."""
    if text.startswith(BARE_BLOCKERS, j) and not text.startswith("过去", j) and not _for_whom(text, j, word):
        return False
    if text.startswith("时", j) and not TIME_WORDS.match(text, j):
        return False  # 回应时罕见地指出: "when answering", the frame of what follows (称时任总统…, 认为时与势…: said)
    nxt = text[j]
    if nxt == "《":
        return cue.bare and cue.weight != "weak" or _states(text, j, quotes)
    return is_han(nxt) or nxt.isascii() and nxt.isalnum()


def _states(text: str, j: int, quotes: list[tuple[int, int]], modal_ok: bool = False) -> bool:
    """Does the clause at ``j`` say something of a subject (台湾是…, 中方将…), not only name
    a topic (香港问题, 他的儿子)? With ``modal_ok``, what must or will be done says
    something with no subject (提到要建立一支海军; not 介绍将采取的措施, what was presented)."""
    n = _clause_length(text, j, CLAUSE_WITH_QUOTES)
    if SPAN_OF_TIME.fullmatch(text, j, j + n) and text[j + n:j + n + 1] in "，,":
        j += n + 1  # 提到过去四个多月，香港…: the time the statement covers, then the statement
        n = _clause_length(text, j, CLAUSE_WITH_QUOTES)
    # 讲出的“我是台湾人”那句话: the quotation's 是 is not the clause's; its marks stay, as “”
    clause, at = "", j
    for o, c in quotes:
        if j <= o and c < j + n:
            clause, at = clause + text[at:o] + "“”", c + 1
    clause += text[at:j + n]
    if modal_ok and clause.startswith(MODAL_OPENERS):
        return True  # (要建立一支拥有至少350艘战舰的海军: the 的 is inside what is to be done)
    if _noun_phrase(clause):
        return False  # …对台湾的重要性, …的不同之处: a noun phrase, however long (not 中共是最大的威胁)
    return PREDICATE.search(clause, 2) is not None and not clause.startswith(("的", "过"))


def _noun_phrase(clause: str) -> bool:
    """Does the clause end on 的 and a short head with no predicate (…犯下间谍罪的说法)?"""
    de = clause.rfind("的")
    tail = clause[de:] if de >= 0 else ""
    return bool(tail) and len(tail) <= 6 and "“”" not in tail and TAIL_PREDICATE.search(tail) is None \
        and "是" not in clause[1:de]


def _described_by(text: str, s: int, j: int) -> bool:
    """是第一位…宣布此一决定的政府部长: the cue describes who someone is (是…的 + noun), it
    reports no statement; what follows it up to the clause's end has no predicate of its own."""
    clause = text[j:j + _clause_length(text, j)]
    de = clause.rfind("的")
    if not (0 < de and len(clause) - de <= 5) or PREDICATE.search(clause) is not None:
        return False
    opening = max(text.rfind(ch, 0, s) for ch in "，,。；;：:") + 1
    return IS_ONE.search(text, opening, s) is not None


THING_BEFORE_HEAD = 4  # 政策决定, 国务卿人选, 8.31决定: a short modifier
# 一项协议, 这次裁员计划, 上述处分措施, 更多的防疫措施: a determiner or comparative opens a noun
# phrase (a longer modifier may hide a verb: 引入多项便利候选人的措施)
DETERMINERS = ("这", "那", "该", "此", "上述", "前述", "有关", "相关", "一", "多", "更", "新", "最新", "各", "首")


def _names_a_thing(text: str, j: int) -> bool:
    """宣布政策决定, 公布了新的出口规定: the cue's object, to the clause's end, is a thing
    announced (an act, not a statement)."""
    j += text.startswith("了", j)
    clause = text[j:j + _clause_length(text, j)]
    head = next((w for w in lexicon.load().announced_things if clause.endswith(w)), None)
    if head is None:
        return False
    before = clause[:-len(head)]
    if PREDICATE.search(clause) is not None:
        return False
    if before.startswith(lexicon.load().act_openers):
        return False  # 取消该规定, 采取反制措施, 根据初步试验结果: a clause
    return len(before) <= THING_BEFORE_HEAD or before.startswith(DETERMINERS)


def _topic(text: str, j: int) -> bool:
    """强调了两国合作的重要性: a noun phrase of its own, not one pointed at (这一点, 该同学的父亲)
    or a time frame (讲话后)."""
    n = _clause_length(text, j, CLAUSE_WITH_QUOTES)
    return n >= RUN_ON_MIN and not text.startswith(POINTED, j) and not text.endswith(ADVERBIAL_ENDS, j, j + n) \
        and (is_han(text[j]) or text[j] in OPENERS)


def _without_framed(text: str, hits: list[CueHit]) -> list[CueHit]:
    """A run-on cue whose clause turns into a time frame for the next cue
    ("在向媒体介绍特朗普身体情况时承认，"): the frame's verb is no statement."""
    out = []
    for h, nxt in zip(hits, hits[1:] + [None]):
        if nxt is not None and runs_on(text, h) and not h.postposed \
                and nxt.start - h.end <= _clause_length(text, h.end) and text.endswith(ADVERBIAL_ENDS, h.end, nxt.start):
            continue
        out.append(h)
    return out


# cue words that are as often nouns: after 的 and a compound (的市场准入承诺, 的政策建议) they head
# a noun phrase, unless the compound is who speaks (美国的官员承诺, 部分的民众建议)
NOUN_LIKE = frozenset(("承诺", "回应", "建议"))
MODIFIED = regex.compile(r"的(\p{Han}{2,6})$")
# a compound that names or holds who speaks (官员, 团队, 部长) or an adverb of the verb (此前, 也, 曾)
VERB_READING = set("人者员家众民方府部局会院委署党军长师生士们手队团组" "曾已也还则将再又都亦均前后")


def _modified_noun(text: str, s: int) -> bool:
    m = MODIFIED.search(text, max(0, s - 7), s)
    return m is not None and not set(m.group(1)) & VERB_READING


# verbs that make a cue a noun (做出回应, 发出警告): the act of answering or warning,
# unless a colon gives what was said
LIGHT_VERBS = ("作出", "做出", "发出", "提出", "予以")
# ... with the noun's modifiers between (发出新冠疫情警告，), the cue word closing the clause
LIGHT_OBJECT = regex.compile(r"(?:\L<verbs>)[^，。；：,;:“”「」时后并又再且]{0,10}$", verbs=list(LIGHT_VERBS))
GIVEN_NOUNS = frozenset(("警告", "呼吁", "回应", "建议", "承诺", "表态"))
CLAUSE_ENDS = "，。；,;"
CONTENT_NEXT = regex.compile(r"要求|包括|敦促|希望|呼吁|提醒|即|称|指|表示|说|强调")  # what the warning or call was

# words ending in 据 (hearsay before a cue: 据说, 据指出) that are things cited, not hearsay
DATA_WORDS = ("数据", "证据", "论据")
CITING = regex.compile(r"引述|援引|转引|转述|引用")  # someone quoting another, or citing something
PRESENTING = regex.compile(r"引述|援引|转引|转述|引用|拿出|出示|列举|列出|提出|发布|公布|发表")  # …the figures (…公司周三发布…数据称)


def _cites_data(text: str, s: int) -> bool:
    """他引用数据表示, 陈时中拿出检疫数据指出: whoever cites or shows the figures speaks;
    数据表明 alone is no one speaking."""
    if not text.endswith(DATA_WORDS, 0, s):
        return False
    clause = max(text.rfind(p, 0, s) for p in "，。；：,") + 1
    return PRESENTING.search(text, clause, s) is not None

# Cues that may close a sentence after what was said ("……，”她表示。"), besides those in 说 or 道
POSTPOSED = frozenset("表示 称 指出 强调 透露 坦言 直言 坦承 反问 追问 告诉 喊话".split())  # “……。”叶耀元告诉本台。

# what 称 calls something: a short object, 为, then the name it is given in quotation marks
NAMING = regex.compile(r"[^，。；：,;:“”「」『』\"]{1,24}?为[“「『\"][^”」』\"]{1,20}[”」』\"][^，。；,;]{0,6}(?:[，。；,;]|$)")

# Cues that may run straight into a clause ("表示深感愧疚", "他说隼鸟2号…") when the clause is long enough.
RUN_ON = frozenset("表示 说 指 直指 指出 强调 宣布 透露 承诺 警告 呼吁 吁请 建议 重申 回应 介绍 表明 提到 提及 坦承".split())
# 提到台湾是美国的伙伴 runs on with a clause; 提到香港问题, 提到他的儿子 only with a topic
# (介绍在密封舱内发现的样本: what was presented, not said)
# 坦承無法獲得證實, not 驳斥传闻他已坦承犯下间谍罪的说法: a report of an admission, the object of another verb
RUN_ON_NOT_HEARSAY = frozenset(["坦承"])
HEARSAY_TAILS = ("的说法", "的指控", "的传闻", "的传言", "的报道", "的报导", "的消息", "的言论")
RUN_ON_CLAUSE = frozenset(["提到", "提及", "介绍", "直指"])  # (提及 as 提到)
SPAN_OF_TIME = regex.compile(r"(?:过去|最近|近|这|今年|去年)[\p{Han}\d]{0,6}?(?:年|个?月|周|星期|天|日)(?:来|以来|里|中|间)?")
PREDICATE = regex.compile(r"是|将|会|要|已|正在|应|必须|需要|不|没|能|可以|希望")
# 提到要建立一支海军: a clause opening with what must or will be done states it, with no subject
MODAL_OPENERS = ("要", "将", "应该", "应当", "必须", "需要")
TAIL_PREDICATE = regex.compile(r"是|将|已|没有|不会|不能|应该|必须")  # after a 的: 的重要性 and 的不同之处 are nouns
RUN_ON_MIN = 4
# 表示欢迎, 说非常失望: these cues before an attitude show it; 强调欢迎美国官员来台, 重申支持多边贸易体系
# state something
SHOWS = frozenset(["表示", "表明", "说", "指", "指出", "认为"])
IS_ONE = regex.compile(r"是|成为|作为")


ADVERB_HEADS = "还并又也则再曾"


def base_cue(word: str) -> str:
    """又说 → 说, 并表示 → 表示: the cue under its adverb."""
    if len(word) > 1 and word[0] in ADVERB_HEADS:
        return word[1:]
    return "说" if len(word) == 3 and word.endswith("说") else word  # 补充说, 解释说: a way of saying


# a cue, a short object and a colon before a quotation: 介绍了最近的情况：“
OBJECT_THEN_QUOTE = regex.compile(r"(?P<obj>了?[^，。：；！？,:;!?“”「」『』\"\s]{1,12})(?:[：:]|(?<=名句|名言|话)[，,])\s*(?=[“「『\"])")
# 他提及印度，「這是世界最大型的民主政體…」: a topic cue, what it names, then what was said of it
TOPIC_THEN_QUOTE = regex.compile(r"(?P<obj>[^，。：；！？,:;!?“”「」『』\"\s]{1,8})[，,]\s*(?=[“「『\"])")
QUOTED_RUN = regex.compile(r"[^”」』\"]*")
QUOTED_SENTENCE = regex.compile(r"[^”」』\"]*?[，,。！？!?；;]")  # a quotation with a clause break is a text
CLAUSE_RUN = regex.compile(r"[^，。：；！？,:;!?“”「」\"]*")
# "表示将采取“最坚决的措施”遏制疫情": a term quoted inside the clause is part of it
CLAUSE_WITH_QUOTES = regex.compile(r"[^，。：；！？,:;!?]*")


def _topic_then_quote(text: str, j: int):
    """他提及印度，「這是…，…」: the quotation after what a topic cue names, when it is a text."""
    m = TOPIC_THEN_QUOTE.match(text, j)
    return m if m is not None and QUOTED_SENTENCE.match(text, m.end() + 1) else None


def _quoted_length(text: str, opener_at: int) -> int:
    m = QUOTED_RUN.match(text, opener_at + 1, opener_at + 20)
    return m.end() - m.start() if m else 0


def _clause_length(text: str, j: int, run: regex.Pattern = CLAUSE_RUN) -> int:
    m = run.match(text, j, j + 80)
    return m.end() - m.start() if m else 0


# "孙文广：“……”" — a name and a colon before a quotation, at the start of a sentence.
COLON_QUOTE = regex.compile(r"(?:^|(?<=[。！？\n]))(?P<subj>[^，。：；“”「」\"]{1,24}?)\s*[：:]\s*(?=[“「\"『])")


# 正如金庸所言，江湖险恶 / 如同孙万宁所指出的：……: what follows the comma is what was said
AS_SAID = regex.compile(r"(?:正如|如同|就像|诚如)[^，,。；：:“”「」]{1,24}?(?P<cue>(?:所|曾|曾经|经常|多次|一再)?"
                        r"(?P<verb>说|言|提到|提及|指出|强调|表示|写道|预言)过?(?:的)?)(?P<punct>[，,：:])")


def as_said(text: str, quotes, taken: set[int]) -> list[CueHit]:
    """The cue of "正如X所说，…", whose 所 or 的 the cue scan leaves out (所说 is no cue alone)."""
    out = []
    if "如" not in text and "就像" not in text:
        return out
    for m in AS_SAID.finditer(text):
        s, e = m.span("cue")
        k = m.end()
        if inside(quotes, s) or s in taken or e in taken or k >= len(text):
            continue
        out.append(CueHit(s, e, m.group("verb"), False, k))
    return out


# "并打趣道：「……」", "他感叹道：“……”": a verb of manner with 道 before a quotation says it
SAID_WITH_DAO = regex.compile(r"(?<=\p{Han})\p{Han}{1,2}道(?=[：:，,]\s*[“「『\"])")
NOT_DAO = ("知道", "报道", "报导", "频道", "渠道", "轨道", "街道", "通道", "管道", "隧道", "车道", "难道", "赤道",
           "味道", "人道", "霸道", "跑道", "步道", "水道", "地道", "称道", "说道")
PLACE_AFTER = "里中上内时后前"  # 歌里唱道: the verb is 唱道, what sings is before 里


def dao_cues(text: str, quotes, taken: set[int]) -> list[CueHit]:
    out = []
    if "道" not in text:
        return out
    for m in SAID_WITH_DAO.finditer(text):
        s, e = m.span()
        word = text[s:e]
        if word[-2:] in NOT_DAO or len(word) == 3 and (word[1:] in NOT_DAO or word[0] in PLACE_AFTER) or inside(quotes, s) \
                or any(s <= t <= e for t in taken):
            continue
        k = e + 1
        while k < len(text) and text[k] in " \u3000":
            k += 1
        out.append(CueHit(s, e, word, False, k))
    return out


def colon_quotes(text: str, quotes, taken: set[int]) -> list[CueHit]:
    out = []
    if "：" not in text and ":" not in text:
        return out
    for m in COLON_QUOTE.finditer(text):
        colon = m.end("subj")
        if inside(quotes, colon) or colon in taken:
            continue
        q = m.end()
        out.append(CueHit(colon, colon + 1, "：", False, q))
    return out


# Characters between a quotation and its cue: a short subject (陈时中说), or a long one
# (自由之家总裁迈克尔·J·阿布拉莫维兹说) after a quotation that opens its sentence, which
# a quoted name (今日是「…公祭日」，教育局局长…致辭表示) does not.
POSTPOSED_SUBJECT = 16
POSTPOSED_LONG_SUBJECT = 32  # (特朗普周一晚在佐治亚州为两名…参议员举行的一场集会上说: a subject and its frame)
POSTPOSED_SPLIT_SUBJECT = 60  # the subject between the halves of a split quotation: “……，”…说，“……”
SPLIT_AFTER = ("，“", ",“", "，「", ",「")


def quoted_term(text: str, o: int, close: int) -> int | None:
    """Where a short quoted name closing at ``close`` opens, when it sits inside a noun phrase
    (“曲速行动”的首席科学顾问): a Han character before it, no clause punctuation in it."""
    if o < 1 or close - o - 1 > QUOTED_TERM_MAX or not is_han(text[o - 1]) \
            or any(ch in "，,。！？!?；;：:" for ch in text[o + 1:close]):
        return None
    return o


def _said_before(text: str, hits: list[CueHit], o: int) -> bool:
    """Does a cue earlier in the sentence take the quotation opening at ``o`` into what it
    says (声称要他「…」)? One whose statement is the quotation itself (说：「…」) leaves it to
    whoever the cue after it names, when it names no one itself."""
    return any(h.content_start < o and not h.postposed and not any(ch in "。！？!?" for ch in text[h.end:o]) for h in hits)


# what introduces a quotation as someone's words when no cue word does (曾说过经典名句，“……”)
SAYING_BEFORE = regex.compile(r"(?:说过|讲过|名句|名言|一句话|这句话|那句话|的话)[^，。：；“”「」]{0,6}[，,：:]\s*$")
# what introduces a quoted question: 针对记者提问，“……”
ASKED_BEFORE = regex.compile(r"(?:提问|问道|询问|问题|追问|质询|问)[：:，,]?\s*$")


AFTER_QUOTATION = regex.compile(r"[”」』\"][，,]?[^，,。！？!?“”「」『』\"]*$")  # “……，”鲁比奥向美国人民
BRACKETED = regex.compile(r"[（(][^（）()]{0,120}[）)]")


def brackets(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(open, close) of each round bracket pair between ``start`` and ``end``: a comma inside
    one (罗姆尼（Sen. Mitt Romney, R-UT）) breaks no clause."""
    if "(" not in text and "（" not in text:
        return []
    return [(m.start(), m.end() - 1) for m in BRACKETED.finditer(text, start, len(text) if end is None else end)]


QUOTED_TERM_MAX = 7  # 「川粉」: a quoted term, not a quoted sentence
QUOTED_PART_MAX = 16  # 引导他们“做政治上的明白人”: quoted words the clause runs into


def _mark_postposed(text: str, quotes, hits: list[CueHit]) -> list[CueHit]:
    """“没有，”Yep说，并称…: a cue right after a quotation and a short subject
    attributes that quotation, even when a comma follows."""
    out = []
    opens = {c: o for o, c in quotes if c < len(text)}
    glossed = brackets(text)
    for h in hits:
        if not h.postposed and h.cue != "：":
            k = h.start
            steps = 0
            # “……，”美国政府…“曲速行动”的首席科学顾问斯劳伊…说，“……”: a quotation split by a long
            # subject, which may quote a name of its own
            split = text.startswith(SPLIT_AFTER, h.end)
            limit = POSTPOSED_SPLIT_SUBJECT if split else POSTPOSED_LONG_SUBJECT
            while k > 0 and steps < limit:
                if split and k - 1 in opens and (term := quoted_term(text, opens[k - 1], k - 1)) is not None:
                    k = term
                    continue
                if text[k - 1] in "，," and any(o < k - 1 < c for o, c in glossed):
                    k -= 1  # 参议员罗姆尼（Sen. Mitt Romney, R-UT）…说，“……”: a comma of the gloss
                    continue
                if text[k - 1] in "，,。：；“”「」\"":
                    break
                k -= 1
                steps += not text[k].isascii()  # a Latin name counts as no more than a Chinese one (Sean P. Conley)
            before = k - 1
            comma_after = before >= 0 and text[before] in "，," and before - 1 in opens
            if comma_after:
                before -= 1
            # a quoted sentence (“……，”他说), not a quoted name (出席「……會議」時說)
            sentence = comma_after or (before >= 1 and text[before - 1] in "，,。.！？!?…")
            inside_clause = comma_after and opens[before] > 0 and is_han(text[opens[before] - 1])
            if comma_after and before - opens[before] <= (QUOTED_PART_MAX if inside_clause else QUOTED_TERM_MAX) \
                    and not (opens[before] == 0 or text[opens[before] - 1] in "。！？!?：:；; \u3000"):
                # 也有「川粉」，不过帕蜜拉说: a short quoted term inside a sentence; 引导他们“做政治上的
                # 明白人”，宋永毅认为: words quoted inside a clause, longer, are still part of that clause
                sentence = False
            if steps > POSTPOSED_SUBJECT and before in opens:
                o = opens[before]
                sentence = sentence and (o == 0 or text[o - 1] in "。！？!?：:；; \u3000")
            elif before in opens and _said_before(text, hits, opens[before]):
                sentence = False  # 王毅声称要他「付出代价」，外长表示: the quotation is part of what was said before
            elif before in opens and SAYING_BEFORE.search(text, max(0, opens[before] - 16), opens[before]):
                sentence = False  # 习近平曾说过经典名句，“……。”彭博社…认为: the words are his, given before
            if before in opens and ASKED_BEFORE.search(text, max(0, opens[before] - 6), opens[before]):
                sentence = False  # 针对记者提问，“……有何反应”，她回答称: the question, not the answer
            past = h.end + len(h.listener) if text.startswith(h.listener, h.end) else h.end  # 告诉《…》，
            if any(h.end <= x.start < past for x in hits):
                past = h.end  # (告诉参议院说，: the 说 inside takes the quotation)
            if before >= 0 and before in opens and sentence and text[past:past + 1] in ("，", ","):
                after = CueHit(h.start, h.end, h.cue, h.weak, h.end, postposed=True, listener=h.listener)
                out.append(h)  # “……，”他说，“……” / “……，”陈时中说，因为……: what follows is his too
                h = after
        out.append(h)
    return out
