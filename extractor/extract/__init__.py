"""Claims in a cleaned document: the attribution engine.

For each paragraph (folded to Simplified, offsets kept): find quotes, credits,
speaker mentions and cues; give each cue its subject (the first speaker of its
clause, not the nearest name), its statement span (to the paragraph end or to
where the next attribution starts), its sources and its day. Paragraphs are
read in order so pronouns, surnames and the event day carry over.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache, partial

import regex

from .. import lexicon
from ..resolve import SPOKESMEN, Resolver, Speaker, is_press
from ..text import all_han, fold, fold_name, in_order, is_han, letters, standard_traditional, to_traditional
from ..types import Claim, Document, Paragraph, SourceCredit
from .cues import (ADVERBIAL_ENDS, BRACKETED, CITING, brackets, DATA_WORDS, SPLIT_AFTER, CueHit, base_cue, denied_between, quoted_term,
                   find_cues, runs_on)
from . import interviews
from .dates import SAME_DAY, find_dates
from .quotes import CLOSERS, MARKS, OPENERS, classify, quote_spans
from .sources import Credit, agency_name, agency_names, find_credits, find_dateline, one_each
from .speakers import (CAPITAL_AFTER, CLAUSE_WORDS, CONNECTIVES, COUNTING, FIRM_WORDS, RELATION_OF, GLOSS, LEADING_AT, LEADING_NOISE as LEADING_WORDS, LEARNED_RULES, NOT_IN_NAMES, Mention, given_ok,
                       OBJECT_TAKERS,
                       common_word, past_nationality, patterns, scan_mentions, title_after, trim_chinese_name, unknown_subject, with_learned, WEEKDAY_WORD, _ends_name)

_agency_names: tuple = (None, frozenset(), frozenset())


def _agency_sets() -> tuple:
    global _agency_names
    lex = lexicon.load()
    if _agency_names[0] is not lex:  # built once per lexicon, not once per mention
        _agency_names = (lex, frozenset(a.name for a in lex.agencies),
                         frozenset(a.name for a in lex.agencies if a.kind != "government"))
    return _agency_names


def AGENCY_NAMES() -> frozenset:
    """Canonical names of news agencies and outlets: named in narration, they report, not speak."""
    return _agency_sets()[1]


def MEDIA_NAMES() -> frozenset:
    """The agencies that are news media, not an official body credited for its readouts (白宫):
    what such an outlet says it has heard, it relays."""
    return _agency_sets()[2]


PERSONLIKE = ("person", "title", "pronoun", "surname")
SENTENCE_END = "。！？；!?"
SEGMENT_END = SENTENCE_END + "，,"
NOT_SUBJECT_BEFORE = ("对", "向", "跟", "同", "与", "和", "给", "被", "让", "令", "把", "及", "会见", "会见了", "会晤", "接见", "致电", "致信", "致函", "去函",
                      "感谢", "祝贺", "批评", "引述", "援引", "代表", "回复", "答复", "回答", "回应", "响应", "驳斥", "反驳", "告诉", "在", "于", "透过", "通过", "经由", "借", "接受", "转达",
                      "播出", "发布", "在其", "于其", "透过其", "通过其")
# words that end in one of those prepositions without being one: 大同董事长林文渊 (the firm
# 大同), 现在董事长说 (now)
NO_PREPOSITION = ("如同", "共同", "大同", "不同", "相同", "现在", "实在", "所在", "存在", "缓和", "温和", "总和")
# what is done to someone (排挤华为) or the place someone goes to (抵达北检时): not who speaks,
# unless a 的 makes it a description of who speaks (逮捕孟晚舟的加拿大警察, 离开大疆的前员工)
ACTED_ON = ("抵达", "到达", "前往", "来到", "离开", "步出", "走出", "排挤", "打压", "制裁", "封杀", "抵制", "起诉", "逮捕", "拘捕", "谴责", "敦促", "邀请", "攻击",
            "迫使", "促使", "逼迫", "逼使", "要求", "促请", "呼吁", "吁请", "通知", "告知",
            "认识", "认得", "结识", "酸", "呛")  # (酸美国总统…，称: taunted him; 并不认识王百羽，指: knew him not)
# 特朗普对TikTok的行政命令: whom a text is about, before its name, is not its author
ABOUT_WHOM = ("对", "针对", "关于", "有关", "就")
# 李克强(9日…)上述发言，是由中国政府网…今天披露: one whose words are told of keeps the day he spoke them
WORDS_OWNED = regex.compile(r"的?(?:上述|这番|此番|那番|这些|有关|相关)?(?:发言|讲话|言论|表态|说法|谈话)")
# 路透看到的一份国务院内部电子邮件称: who saw or obtained the text is not its author
SEEN_BY = regex.compile(r"所?(?:看到|看过|见到|获得|取得|拿到|获取|获悉|审阅|查阅|调阅)(?:了)?的")
# what is cited that is not a speaker: figures, studies, documents, laws
CITED_THING = regex.compile(r"数据|数字|统计|资料|证据|调查|民调|研究|文件|法律|法例|条文|条例|公约|宪法|规定|例子|案例")
COLLECTIVE_OF = regex.compile(r"政府|团队|阵营|当局|政权|内阁|家族|竞选团队|过渡团队|一方|方面|集团|基金会")
# "中共媒体环球时报", "美国媒体CNN": an organisation naming the next one is its modifier
# (欧盟执行机构欧盟委员会, 韩国情报机关国家情报院: a kind of body, then its name)
APPOSITION = regex.compile(r"(?:的?[\p{Han}]{0,6}?(?:机构|机关|组织|智库|团体))?|媒体|官媒|喉舌|旗下|驻华|驻港|驻台|的")
# 美国国务院一位高级官员, 白宫两名资深官员: a count of the body's people (and their rank)
COUNTED_OF_BODY = regex.compile(r"[一两二三四五六七八九十几数多]+[名位个][\p{Han}]{0,4}?")
# 接受本台采访时: the interview someone gives, a frame after its subject, not a subject
INTERVIEW_FRAME = r"(?:接受[^，。：；、“”「」]{0,14}?(?:采访|专访|访问|访谈)|受访)时?"
STRONGLY = ("强烈", "严正", "郑重", "坚决")  # how firmly it was said: 强烈呼吁, 严正声明
INHERITING = regex.compile(r"^(?:[，,\s]|他|她|还|也|并|又|则|更|同时|此外|另外|随后|接着|最后|再|进而|继而|亦|而|且|而且|但|只|仅|不过|并且|他还|她还|他也|她也|他并|她并|单方面|公开|正式|首度|首次|再度|再次|随即|当即"
                        r"|特别|尤其|进一步|一再|再三|多次|反复|明确|同样|始终|一直|直接"
                        r"|一开始|开始时|起初|最初|首先|(?:以|用)\p{Han}{1,3}?(?:语|文)"  # 一开始以英语说: when and how, not who
                        r"|在[^，。：；、“”「」]{1,20}?(?:上|中|里|期间)"  # 并在庭上说: where, not who
                        r"|以[^，。：；]{1,30}?为(?:由|理由)"  # 以「台北」无法反映关系为由，呼吁: why, not who
                        rf"|\d{{1,2}}[日号]|{INTERVIEW_FRAME})*$")  # 8日接受本台采访也表示
# 似乎荒谬地声称, 并委婉地指: how it was said; the subject is further back in the sentence (never
# a reason to inherit one from an earlier sentence, as INHERITING's words are)
MANNER_ONLY = regex.compile(r"[，,\s]*(?:并|还|也|又|更|而|则)?(?:似乎|显然|竟然|居然|公然|\p{Han}{2}地|" + "|".join(STRONGLY) + ")+")
# "…表示…，今天又表示": a later day and the same speaker, when the sentence has named one
NAMED_DAY = r"今天|今日|昨天|昨日|前天|当天|当日"
LATER_TURN = regex.compile(rf"^(?:{NAMED_DAY}|次日|翌日|稍后|其后|后来)")
# "奥利本月初会见…时表示": the clause names a time, but no day; the carried day does not hold
VAGUE_TIME = regex.compile(r"近日|日前|早前|此前|之前|后来|本月初|本月|上月|上个月|上星期|月初|月中|月底|[上中下]旬|去年|今年|近期|最近|年初|年底|上周|本周|这周|多年|曾经|(?<![未不何])曾")  # (未曾后悔: never, no time)
OPENING_TIME = regex.compile(rf"(?:{VAGUE_TIME.pattern})[，,]\s*")  # 上个月，: a time opening the sentence
YEAR_NAMED = regex.compile(r"(?:19|20)\d\d(?=年)")


def _another_year(text: str, s: int, e: int, resolver: Resolver, speaker: Speaker) -> bool:
    """2019年，舒尔茨还表示: the clause names a year, no day, and neither the article's year
    nor that of the day carried for the speaker; that day does not hold."""
    years = {int(y.group()) for y in YEAR_NAMED.finditer(text, s, e)}
    if not years or resolver.article_day is None:
        return False
    carried = resolver.said_on(None, speaker.name)
    return bool(years - {resolver.article_day.year, carried.year if carried else None})


# who speaks, unnamed, in a clause of its own (批评人士则, 英国政府途径消息周一也曾): a short noun
# phrase, no one we could name (他, 我), no quotation, no means (以威胁台湾回应) or idiom (自圆其说),
# no 这 but a counted one's (这充分说明 goes on; 这名官员说 is another), no share of those
# surveyed (一半的受访企业认为: the survey's finding, inside its statement)
UNNAMED_VOICE = regex.compile(r"(?!这(?![位名家个些]))(?:(?![我你他她以其“”「」\"]|这么|这样|能|应该|应当|可能|预期"
                              r"|意义|联系|受访|一半|半数|[一二三四五六七八九十]成)\p{Han}){2,30}")
# "四国外长将通过会议重申", "拜登准备宣布", "字节跳动便可以宣称": right after the speaker, what
# he will or could say is not said yet
FUTURE = regex.compile(r"(?<![即必少中上大主武老名干猛良])将(?![军近领])|准备|打算|拟于|便可|可以|能够")
TO_COME_REACH = 6  # how near after a date a 将 makes it a day to come
# "他将民众说成“…”，并问": 将 as 把, setting out what someone is called, not what is to come
DISPOSAL = regex.compile(r"说成|称为|称作|视为|列为|形容为|形容成|比作|比喻为|打成|定性为|当作|当成")
# "会长艾伦当天表示": that same day, the one the story last named
OTHER_MONTH = regex.compile(r"今年|去年|前年|上月|本月|上个月|年初|年底|\d{1,2}月(?!\d)|[一二三四五六七八九十]+月(?![\d一二三四五六七八九十])")


def _same_day(text: str, start: int, end: int, speaker: Speaker) -> bool:
    """同日，…表示 / 艾伦当天表示: "that day" opening the clause or right after the speaker,
    not the day of something named before it (在脱欧当天: Brexit's day, whenever that was)."""
    if OTHER_MONTH.search(text, start, end):
        return False  # 今年7月，…教宗当日的讲稿: a day of that month, not the one last named
    for m in SAME_DAY.finditer(text, start, end):
        before = text[start:m.start()].rstrip(" \u3000》")  # (《环球时报》当天还发表社评)
        subject = TRAILING_GLOSS.sub("", before.rstrip("也还则亦都并又在于"))  # (美国国务院也在同一天宣布; 里克（Philip Reeker）当天)
        if not before or before[-1] in SEGMENT_END or (speaker.written and subject.endswith(speaker.written)):
            return True
    return False


TRAILING_GLOSS = regex.compile(BRACKETED.pattern + "$")  # 里克（Philip Reeker）: a gloss closing what is before
# "近日出访时表示": recently, on a day the article may name further down
RECENT_TIME = regex.compile(r"近日|日前|近期|最近")
# cues by which a country opening a clause mid-sentence speaks, right before the cue (not
# 宣布: 美国宣布对…禁令 is an act; not after a clause of its own: 以色列一直試圖…，認為)
COUNTRY_VOICE = ("认为", "表示", "强调", "重申")
COUNTRY_THEN_NOUN = regex.compile(r"[，,的%％\d]|人|者|们|界|方面")  # (英国91%的办公室职员表示: they speak, not 英国)
# "维特齐率领的访问团30日抵台": a name that qualifies the noun after it is not who the day is of
MODIFIER_AFTER = regex.compile(r"所?(?:率领|带领|领导|率)的")
CONTRASTING = regex.compile(r"(?<![否规原准法细])则")  # 辛格则重申: the other side of the same exchange
# "（总统府宣布）蔡英文与克拉芙特进行对谈": the others at a dated meeting were there that day
MEETING = regex.compile(r"会见|会晤|会谈|通话|通电话|对谈|视讯|见面|接见|共进")
# "自11月3日总统大选以来": a date that anchors a span of time, not the event reported
ANCHORED = ("以来", "之后", "以后", "至今", "开始", "之前", "以前")
DEADLINE = regex.compile(r"前(?![往来去夕])")  # 在周五前 (not 周五前往; 7月30日前总统 is a former president)
ISSUE_REACH = 12  # characters from a day to the verb issuing a text on it (12月1日公布, 周一在官网发布)
OWN_FRAME_OPENS = regex.compile(r"[自从]")  # between a day and 以来: a stretch of its own
BORN = ("出生", "生于", "诞生")  # 他1951年3月8日出生于…: a birthday, not a day anyone spoke on
AFTER_FRAME = regex.compile(r"\s*(?:就|正)?在(?P<body>[^，,。；;]{1,40})(?:之后|以后|后)[，,]")
PLANNED = ("原定", "原订", "预定", "预订", "定于", "订于", "拟于", "将于")  # 原定11日生效: a day planned, not seen
# "12月5日晚，" / "7日在北京会见普京时，": the clause only times what follows
TIME_WORDS = regex.compile(r"(?:上午|下午|中午|晚间|晚上|傍晚|早上|早间|凌晨|深夜|夜间|稍早|稍后|当天|当日|当地时间|北京时间|晚|早|[\d:：点时分]+)*")
EVENT_REACH = 7  # days: an event this recent may be where the statement was made
# "…，随后警方表示": the clause of the statement follows on from the day before it
LINKED_TIME = regex.compile(r"随后|同日|同一天|当天|当日|当时|其后|之后|事后|稍后|随即|[^，,。]{1,4}后")
TIMING_END = ("时", "时候", "之际", "期间", "后", "前", "上", "中", "间", "里", "内")  # 后 covers 之后 and 以后
TRAILING = " \u3000。.;；"
INTRODUCING_RULES = ("role-name", "glossed-name")
# "包括副总统彭斯在内的不少人": one of a group, who is not its voice
INCLUDING = ("包括", "包含", "除了", "除")
# "7%的欧洲人认为", "百分之六十的受访者表示": a share of a people polled, not anyone speaking
SHARE_OF = regex.compile(r"(?:\d+(?:\.\d+)?\s*[%％]|百分之\p{Han}{1,6}|[一二三四五六七八九]成)的$")
# "曾任美国国防部长办公室中国科科长的包士可表示": the clause opens with who the speaker was
DESCRIBING = regex.compile(r"曾任|时任|现任|前任|曾担任|担任|曾是|身为|作为|熟悉|长期关注|关注|研究|专研|负责|主管|参与|来自|出身|毕业于|任职于|任教于|就职于")
# 特朗普总统任命的联邦通讯委员会主席…帕伊提出了…。他提到: the one appointed is the sentence's subject
APPOINTED_BY = regex.compile(r"(?:所|亲自)?(?:任命|提名|委任|指派|挑选|钦点|任用|延揽)的")
# 在国会中被视为是特朗普总统最有力的支持者之一的…参议员格雷厄姆表示: what he is seen as names another
DESCRIBED_AS = regex.compile(r"被(?:视为|认为|称为|誉为|称作|看作|公认为)")
END_MARKS = ("（完）", "(完)", "【完】")


@dataclass
class _Attribution:
    cue: CueHit
    speaker: Speaker
    start: int  # where the attribution (its clause) starts: the previous statement ends here
    rule: str
    day_pos: int  # dates before this position (within the clause) date the statement
    clause_start: int
    subject_at: int = -1  # where the speaker is named in the clause, if it is


def _boundaries(text: str, quotes, chars: str, start: int = 0, end: int | None = None) -> list[int]:
    """Positions just after each boundary character outside quotes and book titles (《这是开玩笑吗？》
    is a name), between ``start`` and ``end``."""
    if "《" in text:
        quotes = [*quotes, *_titles(text)]
    out = []
    for m in _boundary_pattern(chars).finditer(text, start, len(text) if end is None else end):
        i = m.start()
        if not any(o < i < c for o, c in quotes):
            out.append(i + 1)
    return out


TITLE_SPAN = regex.compile(r"《[^《》\n]{1,60}》")


@lru_cache(maxsize=64)
def _titles(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end() - 1) for m in TITLE_SPAN.finditer(text))


def _sentence_points(text: str, quotes) -> list[int]:
    """Where sentences start: after each sentence end outside quotes, and after a quotation a
    colon opens that closes on a sentence end of its own (写道：“我有A4腿！”女权主义者…: the
    next subject's sentence, not more of the writer's)."""
    points = _boundaries(text, quotes, SENTENCE_END)
    closed = [c + 1 for o, c in quotes if o and text[o - 1] in "：:" and text[c - 1] in "。！？!?"
              and c + 1 < len(text) and is_han(text[c + 1])]
    return sorted(set(points).union(closed)) if closed else points


@lru_cache(maxsize=8)
def _boundary_pattern(chars: str) -> regex.Pattern:
    return regex.compile(r"(?!(?<=\d),\d)[%s]" % regex.escape(chars))  # 2,000页: a thousands comma, no clause break


def _last_before(points: list[int], pos: int, floor: int = 0) -> int:
    best = floor
    for p in points:
        if p <= pos and p > best:
            best = p
    return best


def _in_any(spans, s, e) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _cites_figures(text: str, start: int, end: int) -> bool:
    """中国公布数据显示…，表明: what figures show, between a subject and a later cue."""
    return any(w in text[start:end] for w in DATA_WORDS + ("显示",))


def _country_speaks(text: str, sent: int, seg_start: int, m: Mention, cue: CueHit) -> bool:
    """A country running straight into its cue speaks only opening its own sentence (法国也表示将
    提供支持) or clause with a 说 (…军演，中国回应说希望…) or, right before the cue, a view
    (…进入英国，中国认为此举违反…); and not where figures it published speak (…数据显示…，表明)."""
    if cue.cue == "：" or _cites_figures(text, m.end, cue.start):
        return False
    if _opens_sentence(text, sent, m):
        return True
    return m.start == seg_start and (cue.cue.endswith("说") or cue.cue.endswith(COUNTRY_VOICE)
                                     and not COUNTRY_THEN_NOUN.search(text, m.end, cue.start))


def _opens_sentence(text: str, sent: int, m: Mention) -> bool:
    """Only leading connectives and times (此外，, 12月5日) stand before the mention in its sentence,
    or a frame of when or where (在最初的回应中，), after a vague time or not (上个月，在…后，)."""
    time = OPENING_TIME.match(text, sent, m.start)
    at = time.end() if time else sent
    frame = FRAME_CLAUSE.match(text, at, m.start)
    before = text[frame.end() if frame else at:m.start]
    lead = LEADING_WORDS.match(before)
    return not before.strip() or (lead is not None and lead.end() == len(before))


# a clause opening with "if": 如果特朗普宣称胜选 (若干 is "several": 若干官员表示)
CONDITIONAL = regex.compile(r"\s*(?:包括|但|而|可是|不过|并且?|甚至)?(?:如果|假如|倘若|若是|要是|一旦|万一|如若|假若|假使|只要|若(?!干))")


# a clause of time ending before its comma (…之前，, …的时候，; …的同时，, …之际， only after 当/正当)
TIME_CLAUSE_END = regex.compile(r"(?:的)?(?:同时|之际|时候|时|之前|以前|前|之后|以后|后)[，,]")
TIME_FRAME_OPEN = regex.compile(r"(?:正当|当)(?![局地天日时年前中然选即初代今事面晚下场])|在")  # (not 当局, 当天)
IN_WORD_BEFORE = frozenset("现正存所实自好内外")  # 现在, 正在: 在 inside a word
ANNOUNCING = ("宣布", "宣告", "公布")


def _time_clause(text: str, cue) -> bool:
    """Is the cue inside a clause of time that frames its sentence (当特朗普呼吁各州解封时，
    在特朗普透过推特宣布消息的几分钟前，, 美国宣布这一扩大行动之前，)? The words run from the cue
    straight into the clause's end, and the time opened before the cue, or the cue announces."""
    if cue.postposed or cue.content_start != cue.end:
        return False
    end = TIME_CLAUSE_END.search(text, cue.end, min(len(text), cue.end + 24))
    if end is None or any(ch in "，,。；;：:“”「」" for ch in text[cue.end:end.start()]):
        return False
    openers = list(TIME_FRAME_OPEN.finditer(text, _clause_start(text, cue.start), cue.start))
    opener = openers[-1] if openers else None
    # (在中山置业的谭先生认为…后，: 在 of a description, not a time; 现在, 正在: no frame)
    framed = opener is not None and "的" not in text[opener.end():cue.start] \
        and not (opener.group() == "在" and text[opener.start() - 1:opener.start()] in IN_WORD_BEFORE)
    if end.group().startswith(("同时", "之际", "的同时")):
        return framed and opener.group() != "在"  # (强调加强管理的同时，也要保障…: what is stressed goes on)
    return framed or cue.cue in ANNOUNCING


def _clause_start(text: str, pos: int) -> int:
    """Where the comma clause holding ``pos`` begins."""
    return max(text.rfind(ch, 0, pos) for ch in "，,；;。") + 1


def _clause_past_credits(text: str, pos: int, credit_spans: list[tuple[int, int]]) -> int:
    """Where the clause holding ``pos`` begins, past a dateline or credit inside it."""
    start = _clause_start(text, pos)
    return max([start] + [ce for cs, ce in credit_spans if start <= cs and ce <= pos])


def _past_lead(text: str, start: int = 0) -> int:
    """Where a clause's words begin after its leading connectives and times (此外，, 不过, 12月5日)."""
    lead = LEADING_AT.match(text, start)
    return lead.end() if lead else start


DESCRIBED_ROLE_MAX = 8  # the longest description before a name that 这位… may repeat (华盛顿地区法官)
MODIFIERS_MAX = 10


def _body_role(text: str, org: Mention, m: Mention) -> Mention:
    """The body's own speaker, named with it and the words between (外交部发言人, 香港特区政府商务及经济发展局发言人)."""
    return Mention(org.start, m.end, text[org.start:m.end], org.name + text[org.end:m.end], m.kind, m.known, "body-role")


MEASURE_WORDS = "位名个"
NUMERALS = "一两二三四五六七八九十几数多"
UNNAMED_STOP = set("在对向与和跟同给被让据说称表有，,、。；：")  # 美国有三名外交官透露: 三名外交官


def _with_modifiers(text: str, m: Mention, seg_start: int, mentions) -> Mention:
    """一名以色列官员 / 贸易专家: an unnamed speaker is kept with the words that describe it."""
    floor = max([_past_lead(text, seg_start)] + [x.end for x in mentions if x.end <= m.start and x is not m
                                                  and not _government_of(text, x)])
    start = m.start
    while start > floor and m.start - start < MODIFIERS_MAX and text[start - 1] not in UNNAMED_STOP and (is_han(text[start - 1]) or text[start - 1].isascii() and text[start - 1].isalpha()):
        start -= 1
    if (lead := CONNECTIVES.match(text, start, m.start)) is not None:
        start = lead.end()  # 但一名匿名的官员, 尽管伊朗当局: the clause's connective is not the speaker's
    # 收到中国驻澳使馆官员分发的清单: the official, not 收到…
    start = max([start] + [k + len(v) for v in OBJECT_TAKERS if (k := text.rfind(v, start, m.start)) >= 0])
    if start > floor and text[start] in MEASURE_WORDS and (text[start - 1] in NUMERALS
                                                           or text[start - 1] == "有" and text[start] in COUNTING
                                                           and not text.startswith(("所有", "没有"), start - 2)):
        start -= 1  # 一位要求匿名的原体制内学者, 有位官员, 有个用户: the count goes with its measure word
    elif start > floor and text[start] in MEASURE_WORDS and text[start - 1].isdigit():
        while start > floor and text[start - 1].isdigit():
            start -= 1  # 2名看过这份文件的人士: a count in figures
    elif start > floor and text.startswith(("有些", "有关"), start - 1):
        start -= 1  # 有些学者, 有关分析人士: some scholars, the analysts concerned, 有 and all
    elif start > floor and m.start - start >= MODIFIERS_MAX and is_han(text[start - 1]) and "的" in text[start:m.start]:
        start = text.index("的", start) + 1  # (97)年出世的香港网民: cut mid-phrase, the noun after 的 is whole
    elif start > floor and m.start - start >= MODIFIERS_MAX and (place := _place_across(text, start)) is not None:
        start = max(place, floor)  # 法国智库舒曼基金会一名学者: not 国智库…, the place word whole
    org = next((x for x in mentions if x.end == start and x.kind in ("organization", "group")), None)
    if org is not None:  # 香港特区政府发言人, 外交部发言人: the body's spokesman
        return _body_role(text, org, m)
    if text[start:start + 1] == "的":
        owner = next((x for x in mentions if x.end <= start and _past_gloss(text, x.end) == start), None)
        if owner is not None:  # 腾讯的发言人, 约翰逊(Boris Johnson)的发言人
            written = text[owner.start:m.end]
            return Mention(owner.start, m.end, written, owner.name + text[start:m.end], m.kind, m.known, "possessed")
        start += 1
    if text.startswith("内的", start) and text[start - 1:start] == "在":
        start += 2  # 包括邹雪在内的多位受访人士: the people, not "内的…"
    if start == m.start:
        return m
    written = text[start:m.end]
    return Mention(start, m.end, written, written, m.kind, m.known, m.rule)


def _place_across(text: str, at: int) -> int | None:
    """Where a place word that a cut at ``at`` would split begins (法|国智库), if one does."""
    return next((at - i for c in patterns().countries for i in range(1, len(c))
                 if text.startswith(c, at - i)), None)


NOT_IN_BODY = "了是被将把在于对向的"  # 总部设在慕尼黑的世界维吾尔代表大会: the body starts after 的
# 俄罗斯联邦监狱管理局（FSIN）; 世界维吾尔代表大会（World Uyghur Congress，以下简称世维会）
ABBREVIATION = regex.compile(r"[（(](?:(?P<abbr>[A-Z][A-Z0-9&\-]{1,9})|[^（）()]{0,60}?(?:以下简称|以下称|下称|简称)"
                             r"[“「\"]?(?P<abbr>\p{Han}{2,8})[”」\"]?)[）)]")
# 世界大型企业研究会(世企研/Conference Board), 世界卫生组织（世卫）: a short Han name in the bracket,
# taken only when its characters come from the body's name, in order
HAN_ABBREVIATION = regex.compile(r"[（(](?P<abbr>\p{Han}{2,6})(?:[/、，,;；][^（）()]{1,40})?[）)]")
HAN_BEFORE = regex.compile(r"\p{Han}{2,24}$")


def _learn_names(text: str, scanned: list[Mention], resolver: Resolver) -> None:
    """顾问高文谦……。高文谦也……他说: a name introduced with a role or gloss is found
    again bare, and a foreign name by its family name too (比尔·博图斯…… then 博图斯)."""
    for m in scanned:
        if m.rule in INTRODUCING_RULES and m.kind == "person" and len(m.name) >= 2 and not patterns().org_suffix.search(m.name) \
                and (_ends_name(text, m.end) or text[m.end] == "是"):  # 总统任期中第一个: no name ends there
            resolver.learned.setdefault(m.name, m)
            family = m.name.rsplit("·", 1)[-1]
            if family != m.name and len(family) >= 2 and is_han(family[0]):
                resolver.learned.setdefault(family, m)
            if m.name.isascii() and " " in m.name and len(last := m.name.rsplit(" ", 1)[1]) >= 3 and last[0].isupper():
                resolver.learned.setdefault(last, m)  # 主管Michelle Meyer…… then 美国银行的Meyer说
            gloss = GLOSS.match(text, m.end) if m.rule == "glossed-name" else None
            if gloss is not None and not gloss["gloss"].isupper():  # (USGS): a body's
                # 拉姆塞（Alicia Ramsay）…… then Ramsay女士告诉: the name the gloss spells, in full or by family name
                latin = gloss["gloss"]
                resolver.learned.setdefault(latin, m)
                if " " in latin and len(last := latin.rsplit(" ", 1)[1]) >= 3:
                    resolver.learned.setdefault(last, m)


@lru_cache(maxsize=1)
def _titles_after_name() -> regex.Pattern:
    return regex.compile(r"\L<t>", t=list(patterns().titles_after_name))


def _narrated_names(text: str, sentence_points: list[int], mentions: list[Mention], quotes) -> list[Mention]:
    """盛洪教授曾担任…所长。……他说: a person the narration names as a sentence's subject,
    with no role word or cue to introduce them, is who the pronouns after it point to. Only
    a name with a title after it (盛洪教授, 王伟律师): a name-shaped word alone opens
    sentences as often as a name does (那村子, 毕业后)."""
    p = patterns()
    titles = _titles_after_name()
    if not titles.search(text):
        return []  # most paragraphs: no title to introduce anyone
    found = []
    for s in [0] + sentence_points:
        start = _past_lead(text, s)
        if start >= len(text) or not is_han(text[start]) or _in_any(quotes, start, start + 1) \
                or any(m.start <= start < m.end for m in mentions):
            continue
        for n in (3, 2):
            name = text[start:start + n]
            title = titles.match(text, start + n)
            if title and _ends_name(text, title.end()) and all_han(name) \
                    and p.chinese_name.fullmatch(name) and given_ok(name[1:]):  # not 安庆律师事务所
                found.append(Mention(start, start + n, name, name, "person", False, "name-subject"))
                break
    return found


def _learn_abbreviations(text: str, mentions: list[Mention], resolver: Resolver) -> None:
    """俄罗斯联邦监狱管理局（FSIN）……FSIN透过声明表示: a body glossed with its
    abbreviation goes by it for the rest of the article."""
    for g in [*ABBREVIATION.finditer(text), *HAN_ABBREVIATION.finditer(text)]:  # the bracket first: a Han run is tried only before one
        end = g.start()
        han = HAN_BEFORE.search(text, max(0, end - 24), end)
        if han is None or g["abbr"] in resolver.learned or any(m.start == g.start("abbr") for m in mentions):
            continue  # an abbreviation the lexicon knows (WHO) stands for its own body
        body = next((m for m in mentions if m.end == end and m.kind == "organization"), None)
        if body is None:
            run = han.group()
            cut = max(run.rfind(c) for c in NOT_IN_BODY)  # 今天正式纳入了联合国教科文组织: not from before 了
            # (在推特上引述政府通讯办公室（GCO）: not from before the quoting verb)
            cut = max([cut] + [c.end() - 1 for c in CITING.finditer(run)])
            for i in range(han.start() + cut + 1, end - 1):  # the longest body name ending at the bracket
                u = unknown_subject(text[i:end] + "说")
                if u is not None and u.start == 0 and u.end == end - i and u.kind == "organization":
                    body = Mention(i, end, u.written, u.name, u.kind, False, u.rule)
                    break
        if body is not None and (g.re is ABBREVIATION or _abbreviates(g["abbr"], body.written)):
            resolver.learned[g["abbr"]] = Mention(body.start, body.end, g["abbr"], body.name, "organization", False,
                                                  "short-name")


def _abbreviates(short: str, name: str) -> bool:
    """世企研 of 世界大型企业研究会: every character of the short name in the long one, in order."""
    return len(short) < len(name) and in_order(short, name)


# 网购平台「网易严选」, 民间组织“选举观察计划”: a firm or body named in quotation marks after its kind
QUOTED_BODY = regex.compile(r"(?<!很多|许多|不少|一些|各大|多家|这些|那些|部分|众多)(?:网站|公司|平台|巨头|集团|品牌|厂商|车企|电商|软件|应用程序|应用|组织|团体|机构|机关|智库|协会|联盟"
                            r"|媒体|基金会)[「“\"](?P<name>[\p{Han}A-Za-z0-9·](?:[\p{Han}A-Za-z0-9· ]{0,14})[\p{Han}A-Za-z0-9·])[」”\"]")
# 网友“北京金戈戈”讽刺说: a user's handle, and what may stand between it and the cue (how, where, to whom)
HANDLE_KINDS = r"(?:网友|网民|博主|部落客|用户|推主|推友)"
QUOTED_HANDLE = regex.compile(HANDLE_KINDS + r"[「“\"](?P<name>[^「」“”\"，。]{1,20})[」”\"]")
# 一名叫做“壮飞”的网友说, 一个署名“Poetic Tapestry”的推友说: the handle named before the kind
NAMED_HANDLE = regex.compile(r"(?:[一两]?[名位个])?(?:叫做|名叫|叫|名为|署名|网名|昵称为?|自称)"
                             r"[「“\"](?P<name>[^「」“”\"，。]{1,20})[」”\"]的" + HANDLE_KINDS)
HANDLE_TO_CUE = regex.compile(r"[^，,。；：:“”「」\"被把]{0,8}")
# 用户@ca嘲讽道, 网友@言风斋指出: a handle after @, up to a space or the cue (less an adverb: 博主@辣笔小球则称)
AT_HANDLE = regex.compile(HANDLE_KINDS + r"@(?P<name>[^\s，,。；：:“”「」\"@（(]{1,24})")
HANDLE_ADVERBS = ("则", "也", "还", "又", "并", "曾", "更")
HANDLE_DAY = regex.compile(r"(?:昨天|今天|前天|日前|近日|稍早|当天|周[一二三四五六日]|星期[一二三四五六日天])$")


# 铝材公司忠旺(1333.HK), 贸易信用保险公司裕利安宜（Euler Hermes）: a firm named after its kind,
# its name glossed in Latin letters or a stock code
GLOSSED_BODY = regex.compile(r"(?<!很多|许多|不少|一些|各大|多家|这些|那些|部分|众多|该|这家|此|本)(?P<kind>公司|企业|集团|巨头|厂商|制造商|车企|银行)"
                             r"(?P<name>\p{Han}{2,6})(?=[（(](?:[A-Z][A-Za-z]|\d{4,6}\.[A-Z]{2}))")
DAY_IN_NAME = regex.compile(r"[今昨前明][天日早晚晨]|周[一二三四五六日天末]|星期|礼拜")  # (集团今天(…): no firm 今天)


def _glossed_bodies(text: str, scanned: list[Mention]) -> list[regex.Match]:
    """Firms named after their kind and glossed (铝材公司忠旺(1333.HK)); not a kind word inside a
    body's own name (美国全国广播公司商业频道(CNBC), 卫浴制造商协会(BMA))."""
    return [m for m in GLOSSED_BODY.finditer(text)
            if not patterns().org_suffix.search(m["name"]) and not DAY_IN_NAME.search(m["name"])
            and not any(x.start < m.end("kind") and m.start("kind") < x.end and (x.known or x.end > m.end("kind"))
                        and x.rule != "glossed-name" for x in scanned)]  # (公司晨星(Morningstar) is no Mr 司晨星)


def _learn_named_bodies(text: str, scanned: list[Mention], resolver: Resolver) -> None:
    """中国网购平台「网易严选」…。网易严选表示: a body introduced by its kind and its name
    in quotation marks (or glossed: 铝材公司忠旺(1333.HK)…。忠旺周日对路透表示) goes by that
    name for the rest of the article."""
    glossed = _glossed_bodies(text, scanned)
    mistaken = [x for x in scanned if x.rule == "glossed-name" and any(x.end == m.end("name") for m in glossed)]
    for written, proto in list(resolver.learned.items()) if mistaken else ():  # (裕利安宜（Euler Hermes）: no Mr 安宜)
        if any(proto is x for x in mistaken):
            del resolver.learned[written]
    for m in [*QUOTED_BODY.finditer(text), *glossed]:
        name = m["name"]
        if name not in resolver.learned and not name.startswith(patterns().cues):
            resolver.learned[name] = Mention(m.start("name"), m.end("name"), name, name, "organization", False,
                                             "quoted-body")


COMPANY = regex.compile(r"(?<=\p{Han}{2})(?:控股)?(?:\L<firm>)$", firm=list(FIRM_WORDS))


def _short_name(name: str, rule: str = "") -> str | None:
    """蚂蚁集团 → 蚂蚁, 韩国总统办公室 → 总统办公室: the name a company or an office goes by
    once introduced."""
    m = COMPANY.search(name)
    if m:
        return name[:m.start()]
    if rule == "title-office":
        place = next((c for c in patterns().countries if name.startswith(c)), "")
        return name[len(place):] if place and len(name) - len(place) >= 4 else None
    return None


def _member_of(text: str, org: Mention, end: int) -> Mention | None:
    """港台节目顾问团成员认为: the role right after an organisation speaks, not the organisation."""
    if text.startswith(("和", "与", "及", "、", "等", "方面"), org.end):
        return None  # 白宫和国会: two speakers (a collective), not an office of the first; 京东方面 is 京东
    m = unknown_subject(text[org.end:end])
    if m is None or m.start != 0 or m.kind not in ("unnamed", "organization"):
        return None
    # 駐歐盟兼比利時代表處今晚表示: an office named after the organisation is not the organisation
    start = org.start - 1 if org.start and text[org.start - 1] == "驻" else org.start
    written = text[start:org.end + m.end]
    name = written if m.kind == "organization" else org.name + m.written
    return Mention(start, org.end + m.end, written, name, m.kind, False, "body-role")


SIDE = "方"  # 孟方律师, 控方律师: the lawyer of a side, not someone called 孟方


def _head_of(text: str, chosen: Mention) -> Mention:
    """The speaker a person mention introduces: "张方父亲称" is the father,
    "特朗普政府认为" the government."""
    if chosen.kind not in ("person", "surname"):
        return chosen
    kin = RELATION_OF.match(text, chosen.end)
    if kin and kin.group(0) in patterns().titles_after_name \
            and (chosen.rule == "role-name" or not chosen.known and not chosen.name.endswith(SIDE)):
        # 代理律师卢廷阁律师: named after his role, the lawyer again is his title, not his lawyer; so after a
        # name the lexicon does not know (戴佩清律师说), not after one it does (特朗普律师: his lawyer)
        return chosen
    if kin:
        written = text[chosen.start:kin.end()]
        return Mention(chosen.start, kin.end(), written, chosen.name + kin.group(0), "unnamed", False, "relation")
    body = COLLECTIVE_OF.match(text, chosen.end)
    if body:
        written = text[chosen.start:body.end()]
        return Mention(chosen.start, body.end(), written, chosen.name + body.group(0), "organization", False, "collective")
    return chosen


FRAME_ENDS = "上中时后里内前"
# 在最初的回应中，: a frame of when or where opening a sentence, before its subject
FRAME_CLAUSE = regex.compile(r"\s*(?:就|正)?(?:在|于)[^，,。；;]{1,20}[" + FRAME_ENDS + r"][，,]")


# "and": the subject of the clause before, not a new statement inside one (but 而且还强调: he goes on)
TIGHT_JOIN = regex.compile(r"[，,\s]*而?且(?![还也又更])")
BARE_JOINS = ("并", "并且", "还", "也", "又", "同时", "随后", "接着")
GOES_ON = ("并", "还", "也", "又", "则", "更", "再", "亦", "随后", "接着", "同时", "进而", "继而", "而")


OPENER_NOT = regex.compile(r"[向对把被给遭]|受到|正在")


def _sentence_opener(text: str, lo: int, own: int, mentions, credit_spans, quotes, resolver: Resolver) -> Speaker | None:
    """英国驻华大使馆昨天发文，点名回应赵立坚…，重申: a body or person opening the sentence,
    by name, is who goes on speaking in its later clause, not the last paragraph's subject
    (past a frame of time: 在明年拍卖频谱之前，巴西四大电信运营商已在测试…，并表示)."""
    lo = _past_lead(text, lo)  # (对此，中国外交部发言人一方面指责…，但同时也表示: past the connective)
    dated = next((ce for cs, ce in credit_spans if cs <= lo < ce), None)
    lo = _past_lead(text, dated) if dated is not None else lo  # （德国之声中文网）拜登，…: past the dateline
    frame = FRAME_CLAUSE.match(text, lo)
    if frame is not None and frame.end() < own:
        lo = _past_lead(text, frame.end())
    first = _boundaries(text, quotes, "，,", lo, own)
    end = next((p for p in first if p > lo), own) - 1
    if end <= lo or end >= own:
        return None
    m, _ = _subject(text, lo, end, mentions, credit_spans, quotes, resolver)
    start = _past_lead(text, lo)
    if m is None or m.kind not in ("person", "organization") and m.rule != "body-role" \
            or m.start != start and not _employed_by(text, start, m) and not _described_person(text, start, end, m) \
            or OPENER_NOT.search(m.written) or dated is not None and not m.known and m.kind != "person":
        return None  # (澳大利亚政府正向世界贸易组织, 却遭到网友: a shape run past its name into what it does;
        # after a dateline, a headline's words: 打炒房金管会再出招)
    sp = resolver.speaker(m)  # (路透社统计，…，呼吁: an agency counting is a credit, not the speaker)
    return None if sp is None or fold_name(sp.name) in lexicon.load().agency_by_alias else sp


def _describes_later(text: str, m: Mention, mentions) -> bool:
    """Is ``m`` inside a description of a person named after it, in the same clause
    (交接给民主党总统当选人拜登（Joe Biden）的川普: 拜登 describes 川普)?"""
    return any(m.end < o.start <= m.end + MODIFIERS_MAX * 2 and o.kind == "person" and text[o.start - 1] == "的"
               and not _boundary_pattern(SEGMENT_END + "：:").search(text, m.end, o.start) for o in mentions)


def _described_person(text: str, start: int, end: int, m: Mention) -> bool:
    """拥有领先优势的拜登，在…发表演说，表示: a person described before their name, the name
    closing the clause, opens the sentence as much as the bare name would."""
    return m.kind == "person" and m.end == end and text[m.start - 1] == "的" \
        and m.start - start <= 16 and all_han(text[start:m.start]) and not OPENER_NOT.search(text, start, m.start)


def _employed_by(text: str, start: int, m: Mention) -> bool:
    """中国作家协会书记处书记邱华栋…，不愿多谈，仅称: a role's holder named after the body they
    serve (and one of its offices) opens the sentence as much as the body would."""
    if m.rule != "role-name" or not 0 < m.start - start <= 16:
        return False
    body = unknown_subject(text[start:m.start] + "说")
    return body is not None and body.start == 0 and body.kind == "organization" \
        and m.start - body.end <= 4 and all_han(text[body.end:m.start])


def _own_subject_before(text: str, sent: int, own: int, mentions, credit_spans) -> bool:
    """In a paragraph that has named no one yet, does the sentence open, before the clause
    at ``own``, with words of its own (a noun phrase the lexicon does not know: 日本宇航研发机构
    举行记者会，介绍) rather than with times and connectives (此外，并说)? Then the last
    paragraph's subject does not go on speaking here."""
    start = _past_lead(text, sent)
    if start >= own or any(m.start < own and not _in_any(credit_spans, m.start, m.end) for m in mentions):
        return False
    opener = text[start:own].rstrip("，, \u3000")
    if len(opener) < 4 or not all_han(opener[:2]) or opener.startswith(GOES_ON) \
            or any(w in text[sent:start] for w in GOES_ON):
        return False  # 并介绍了…，称: the clause goes on from the last subject
    p = patterns()  # 经调查后，警方拘捕了… / 文章列出…: a body, role or text the scan does not list may be the subject
    return not (p.org_suffix_in.search(opener) or next(p.role_start_name.find(opener), None)
                or _text_word_in(text, start, own))


CREDIT_LEAD = regex.compile(r"[根依]?据")


TITLED_AS = regex.compile(r"题为[“\"《「][^”\"》」]{1,40}[”\"》」]")


# 商务及经济发展局, 工业与安全局, 公署: a unit of the body named before it, by the shape of a unit's name
UNIT_OF_BODY = regex.compile(r"[\p{Han}及与和]{0,10}(?:局|署|处|厅|司|办|办公室|委员会|公署|中心)")
SUB_BODY = regex.compile(r"[^还也并又将已曾在对向和与及同联会，,、（(]{0,8}")  # 行政院|國家搜救|指揮中心: a unit's own words
RELATIVE_HEAD_MAX = 14  # the longest head after a relative clause's 的 (白俄罗斯反对派协调委员会)


def _possessed_subject(text: str, cands: list[Mention], end: int, seg_start: int = 0) -> Mention | None:
    """孟晚舟的律师团声称: the subject is the head after 的, named with its owner.
    Only when no other speaker follows (华为的律师Richard Peck表示 is Peck)."""
    last_de = text.rfind("的", cands[-1].end if cands else 0, end)
    while last_de >= 0 and _inside_title(text, last_de):
        last_de = text.rfind("的", cands[-1].end if cands else 0, last_de)  # 《关于…的紧急通知》称: the title's own 的
    lead = _past_lead(text, seg_start)
    credit = CREDIT_LEAD.match(text, lead)
    lead = credit.end() if credit else lead  # 据美国国务院周二发表的声明称: the credited body opens the clause
    # 中国大使丛培武…反驳特鲁多总理的评论，称: a titled name opening the clause is its subject too
    # (包括副总统彭斯在内的不少人呼吁: he is one of them)
    opens_with_name = cands and (cands[0].start <= lead or cands[0].kind in PERSONLIKE and "的" not in text[lead:cands[0].start]
                                 and text.endswith(patterns().roles, lead, cands[0].start) and not text.startswith(INCLUDING, lead))
    if cands and last_de > cands[0].end and cands[0].start <= lead + 8 and cands[0].kind in ("person", "organization", "pronoun") \
            and SENT_TO.search(text, cands[0].end, last_de) and _text_word(text, last_de + 1, end):
        return cands[0]  # 他发给川普总统的备忘录说, 拜登写给习近平的信说: the sender's text, not the one it went to
    if cands and last_de > cands[-1].end and not opens_with_name:
        # "包括推特、脸书在内的众多社交媒体平台宣布": the head of the relative clause
        head = last_de + 1
        tail = text[head:end].rstrip(" ，,")
        if tail and tail[-1] in "上中里内" and "在" in text[seg_start:last_de]:
            return None  # 在周五的一份声明中说: a frame, the speaker is before it
        for stop in range(head + 2, min(end, head + RELATIVE_HEAD_MAX) + 1):
            if _ends_name(text, stop) and all_han(text[head:stop]):
                w = text[head:stop]
                if len(w) <= 3 and patterns().chinese_name.fullmatch(w) and not common_word(w):
                    return Mention(head, stop, w, w, "person", False, "relative-head")  # 时任主编的程益中
                if w[-1] in FRAME_ENDS:
                    return None  # 在…的记者会上: a place or time, not a head noun
                if not _speaking_head(w):
                    # (白俄罗斯反|对派…委员会: a stop inside a body's name, whose suffix comes further on)
                    body = next((k for k in range(stop + 1, min(end, head + RELATIVE_HEAD_MAX) + 1)
                                 if _ends_name(text, k) and patterns().org_suffix.search(text, head, k)), None)
                    if body is None:
                        return None  # 议会要求…的立场，并指出: what the clause is about, not who speaks
                    stop, w = body, text[head:body]
                owner_end = _past_gloss(text, cands[-1].end)
                titled = TITLED_AS.match(text, owner_end)
                owner_end = titled.end() if titled else owner_end
                if _text_word(text, head, end) and owner_end == last_de and cands[-1].kind in ("person", "organization"):
                    # 引述众议员马凯（John McKay）的评论指出: the author speaks through the text
                    # (德国《时代周报》题为"愤怒的白人男性"的文章写道: its title between)
                    return cands[-1]
                if (_text_word(text, head, end) or REPORTS.search(w)) \
                        and any(_speaks_of_what_follows(text, c) for c in cands if c.end <= last_de):
                    return None  # 梁振英都质疑法庭准许黎智英保释的判决，认为: the text is what he questioned
                if _text_word(text, head, end) and (pub := PUBLISHED.search(text, cands[0].end, last_de)) is not None \
                        and any(c.kind in PERSONLIKE for c in cands if c.end <= pub.start()):
                    return None  # 曾任…的坎贝尔…联合发表题为《…》的文章说: who published it speaks, as the clause says
                return Mention(head, stop, w, w, "unnamed", False, "relative-head")
        return None
    owners = [m for m in cands if text.startswith(("的", "》的"), m.end)]
    if not owners or owners[-1] is not cands[-1]:
        return None
    owner = owners[-1]
    head = text.index("的", owner.end) + 1
    counted = COUNTED_TEXT.match(text, head, end).end()  # 商务部的一份声明说: the text, counted
    if (_text_word(text, counted, end) or REPORTED.fullmatch(text, head, end)) and owner is cands[0] and opens_with_name:
        return owner  # 习近平的讲话指出 / 路透社的报道称: the author speaks through the text
    co_owner = len(cands) >= 2 and cands[-2].kind == owner.kind == "person" and cands[-2].end + 1 == owner.start \
        and text[cands[-2].end] in CO_OWNERS and _owns_speaker(text, owner)  # 布兰德和赵捷的律师说: the lawyers of both
    if opens_with_name and owner is not cands[0] and cands[0].kind in PERSONLIKE and not text.startswith("的", cands[0].end) \
            and not (co_owner and cands[-2] is cands[0]):
        return None  # 特朗普在推特上转发了纽约时报的报道，并说: the text is what the one named first acted on
    for stop in range(head + 2, min(end, head + 8) + 1):
        if _ends_name(text, stop) and all_han(text[head:stop]):
            if not _speaking_head(text[head:stop]) or PASSIVE.search(text, head, stop):
                return None  # 他的去世曾引发全国呼吁: an event, not someone of his; 他的说法遭到中国政府驳斥: done to it
            first = cands[-2] if co_owner else owner
            written = text[first.start:stop]
            return Mention(first.start, stop, written, f"{text[first.start:owner.start]}{owner.name}的{text[head:stop]}",
                           "unnamed", False, "possessed")
    return None


# …发表…的文章: the text's author is the clause's subject. Fewer verbs than the lexicon's
# issuing_verbs: a text is also received as 发出的通知 (律师任全牛接获司法厅发出的通知，称) or 提交
PUBLISHED = regex.compile(r"发表|撰写|刊登|刊出|发布")
COUNTED_TEXT = regex.compile(r"(?:[一这该此][份篇则项封条])?")
WORDS_OF = regex.compile(r"的(?:话|观点|看法)(?:报道|报导)?$")  # 引述…的话说, 援引…的话报导称, 引述分析人士的观点表示: whose words
RELAYED_WORDS = regex.compile(r"的(?:说法|分析|评论|发言)$")  # 引述学者沈凌的分析表示 (not 驳斥了…的说法，称: only when quoted)


ADVERB_AFTER_NAME = regex.compile(r"[都也还则亦曾又]*")


def _speaks_of_what_follows(text: str, named: Mention) -> bool:
    """包括梁振英都质疑…的判决, 王晰宁驳斥…的说法: someone named speaks of what follows (the
    relative clause names what he questioned, not who speaks)."""
    at = ADVERB_AFTER_NAME.match(text, named.end).end()
    return named.kind in ("person", "organization") and text.startswith(patterns().cues, at)


TITLE_MAX = 60


def _inside_title(text: str, pos: int) -> bool:
    """Is ``pos`` inside a title in book marks (《…》)?"""
    opened = text.rfind("《", 0, pos)
    return opened >= 0 and text.rfind("》", opened, pos) < 0 and text.find("》", pos) >= 0


def _in_title(text: str, m: Mention) -> bool:
    """《致全国人大代表和政协委员的一封公开信》: who a work's title names does not speak
    (a paper named by its title, 《环球时报》, 《周日图片报》, does)."""
    if not _inside_title(text, m.start):
        return False
    opened, closed = text.rfind("《", 0, m.start), text.find("》", m.end)
    # (《周日图片报》, 《华尔街日报 》: the paper's name ends the title)
    return text[m.end:closed].strip() != "" and closed - opened <= TITLE_MAX


def _words_end(text: str, start: int, end: int) -> int | None:
    """Where the one quoted is named, when the clause says whose words these are
    (引述一名官员的话说, 援引知情人士的话报导称, 引述学者沈凌的分析表示), else None."""
    said = WORDS_OF.search(text, max(start, end - len("的观点报导")), end)
    if said is None and CITING.search(text, start, end):
        said = RELAYED_WORDS.search(text, max(start, end - len("的说法")), end)
    return said.start() if said else None


def _made_own(relay, words_of: bool) -> bool:
    """Does the one quoting make the words his own, if a person? 包为民引述齐奥尔科夫斯基的话说
    (his words, from another's mouth); 发言人转述蔡英文的谈话指出 (one relaying speaks them)."""
    return words_of or relay.group() == "转述"


def _named_relaying(text: str, relay, cands: list[Mention]) -> bool:
    """贺瑞卜引述捷克的分析师指出, 马时亨引述一名外交人士指: someone named quoting another speaks
    the words; not a pronoun, which may stand for an agency (后者援引消息人士说法报道称), a Latin
    name, which may be an outlet's (Zee News引述軍方消息說), or a reporter (記者普雷拉也引述…高層指出)."""
    return relay.group() in ("引述", "援引") and any(
        m.end <= relay.start() and m.kind in ("person", "title") and m.rule != "glossed-name" and not m.written.isascii()
        and not (_role_before(text, m) or "").endswith(REPORTERS) for m in cands)


REPORTERS = ("记者", "编辑", "主编", "总编辑", "特派员", "通讯员", "撰稿人")
SENT_TO = regex.compile(r"(?:发|写|寄|递交|提交|呈交|交|送)给|(?<![导一以极])致")  # (导致, 一致: no letter sent)
REPORTED = regex.compile(r"(?:报道|报导|消息|文章|新闻稿)(?:中|里)?(?:继续|还|也|并|则|又|更)?\s*")  # 世界报的文章继续写道
# 路透社的报道说, 知情人士的消息说, 他的回答是： (the head ends with it: 华春莹的说法形同证实 is no head 说法形)
REPORTS = regex.compile(r"(?:报道|报导|消息|文章|说法|观点|透露|调查|新闻稿|的话|回答)$")


def _speaking_head(noun: str) -> bool:
    """Can someone's ``noun`` speak: a role (发言人), a relation (律师, 家人), a body (团队,
    办公室) or a text (报道, 声明) of theirs?"""
    p = patterns()
    return bool(p.role_end.search(noun) or RELATION_OF.search(noun) or p.org_suffix.search(noun)
                or REPORTS.search(noun) or noun.endswith(_text_words()) or noun.endswith(SPEAKING_NOUNS)
                or noun.endswith(_unnamed_words()))


SPEAKING_NOUNS = ("人", "者", "媒体", "机构", "平台")  # 不少人, 受害者, 一些中国媒体, 智囊机构, 社交媒体平台


# 参与谈判的一名官员, 熟悉她的一个朋友: someone counted after 的; 位 and 名 count only people, 个 people and things
COUNTED_AFTER_DE = regex.compile(rf"的([{NUMERALS}]+)([{MEASURE_WORDS}])")
PERSON_NOUN_ENDS = tuple("人者士员生友民家师手官女男属客姓")  # (一个毕业生, 一个护士; not 一个论坛, 一个声明)
PERSON_ONLY_ENDS = tuple("子犯警兵商户工")  # (一名男子, 一名囚犯: nouns a person's measure word makes people)
AFTER_COUNTED_HEAD = ("均", "皆")  # 多位中国百姓均表示: adverbs the name followers do not list
COORDINATED = regex.compile(r"以及|和|与|及|、")


def _counted_head(text: str, s: int, e: int, cands) -> Mention | None:
    """曾见过他一面的一位朋友说, 与中国官员交谈过的一名美国企业高管说: the one counted after
    the last 的 speaks, not a name in the clause that describes them."""
    hits = list(COUNTED_AFTER_DE.finditer(text, s, e))
    hit = hits[-1] if hits else None
    if hit is None or "的" in text[hit.end():e]:
        return None  # (一位不愿具名的官员: the head has its own clause; the lexicon's unnamed speakers cover it)
    p = patterns()
    ends = [k for k in range(hit.end() + 1, e) if text.startswith(p.followers + AFTER_COUNTED_HEAD, k)] + [e]
    # the shortest head that names a person (一名美国将军昨天: not 一名美国, 将 may be "will")
    person = hit.group(2) != "个"
    head = next((k for k in ends if _person_noun(text[hit.end():k], person)), None)
    if head is None:
        return None  # 在联合国的一个妇女大会上, 列入十位政治犯名单中: a thing counted, not a person
    noun = text[hit.end():head]
    if not all_han(noun) or CLAUSE_WORDS.search(noun) or text.startswith(("、", "和", "及"), head):
        return None  # 两名人士、外交官和其他人: a list of speakers, not one
    if any(m.kind in PERSONLIKE and COORDINATED.search(text, m.end, hit.start()) for m in cands if m.end <= hit.start()):
        return None  # 鲍威尔以及他的几位同事警告: he speaks first, they with him
    if any(m.kind in PERSONLIKE and m.start >= hit.end() for m in cands):
        return None  # 的一位官员张三说: the named official
    start = hit.start(1)
    return Mention(start, head, text[start:head], text[start:head], "unnamed", False, "counted-head")


def _counted_owned(text: str, s: int, counted: Mention, before) -> Mention:
    """拜登的一位盟友, 美国国务院的一名官员: a name or body just before the 的 is whose they are,
    kept with them when nothing but its titles comes before it in the clause."""
    de = counted.start - 1
    lead = _past_lead(text, s)
    if (conn := CONNECTIVES.match(text, lead, de)) is not None:
        lead = conn.end()  # 但是美国国务院的一名高级官员: the clause's connective is not whose they are
    if text[de - 1:de] in ")）" and (o := max(text.rfind("(", lead, de), text.rfind("（", lead, de))) > lead:
        de = o  # 三星电子(005930.KS)的一位发言人: the name before its gloss
    owner = next((m for m in before if m.end == de and not (m.start and text[m.start - 1] in ".0123456789")), None)
    if owner is None:  # 拜登的, 德国的: a name the scan leaves out before 的
        p = patterns()
        known = next(((a, v[0], v[1]) for a, b, _, v in p.known.find(text[lead:de])
                      if lead + b == de and (a == 0 or v[1] != "pronoun")), None)
        country = next((c for c in p.countries if text.endswith(c, lead, de)), None)
        if known is not None:
            a, name, kind = known
            owner = Mention(lead + a, de, text[lead + a:de], name, kind, False, "counted-head")
        elif country is not None:
            owner = Mention(de - len(country), de, country, country, "organization", False, "counted-head")
    if owner is None and (body := unknown_subject(text[lead:de])) is not None and lead + body.end == de \
            and body.kind in ("organization", "person"):
        # 该公司的一名发言人, 巴尼尔团队的一名成员: a body the lexicon does not know, by its shape
        owner = Mention(lead + body.start, de, body.written, body.name, body.kind, False, body.rule)
        lead = owner.start
    if owner is None or "的" in text[lead:owner.start] or owner.start - lead > 12 or CLAUSE_WORDS.search(text, lead, owner.start):
        return counted
    written = text[lead:counted.end]
    # (the name without the gloss: 联邦调查局的一位资深特工)
    name = written if owner.kind == "pronoun" else text[lead:owner.start] + owner.name + text[counted.start - 1:counted.end]
    return Mention(lead, counted.end, written, name, "unnamed", False, "counted-head")


def _person_noun(noun: str, counted_as_person: bool = False) -> bool:
    """一个毕业生, 一名成员: a noun for a person (not 一个论坛, 一个声明)."""
    return bool(noun) and (noun.endswith(PERSON_NOUN_ENDS) or patterns().role_end.search(noun) is not None
                           or counted_as_person and noun.endswith(PERSON_ONLY_ENDS)
                           or any(r.end() == len(noun) for r in RELATION_OF.finditer(noun)) and not noun.endswith(_text_words()))


FORMER = ("前", "原")  # 前总统奥巴马: he is not who "总统" means later in the article


def _owner_of_role(text: str, owner: Mention, held: Mention, mentions) -> bool:
    """埃尔多安总统的新闻办公室负责人阿尔通建议, 特朗普夫人的幕僚长格里沙姆说: a name after a role
    in the owner's service (X的…负责人Y) is the one who speaks, not the owner; not past
    someone else, a meeting or a listener (习近平会见了拜登的特使布林肯时, 特朗普对…的顾问…说)."""
    between = text[owner.end:held.start]
    return "的" in between and held.kind == "person" and _role_before(text, held) is not None \
        and not OWNER_TO_ROLE_BREAK.search(between) and not MEETING.search(between) \
        and not any(owner.end <= m.start and m.end <= held.start for m in mentions)


OWNER_TO_ROLE_BREAK = regex.compile(r"[对向跟给与和同及、，,]")


def _role_before(text: str, m: Mention) -> str | None:
    """The role word written right before a person's name (发言人汪文斌), if any,
    with 前/原 kept on it: a former holder is referred back to as 前总统, not as 总统."""
    roles = patterns().roles  # longest first
    if m.written.endswith(m.name) and len(m.written) > len(m.name):
        role = m.written[:-len(m.name)]  # 发言人汪文斌 (role-name), 俄罗斯总统普京 (the lexicon's: not "总统" alone)
        if m.rule == "role-name" and not role.endswith(roles):
            role = next((role[:k] for k in range(len(role) - 1, 0, -1)
                         if past_nationality(role, k) == len(role)), role)  # 主席英国人塞巴斯蒂安·科: 主席
        if m.rule != "role-name" and not role.endswith(roles):
            return None
        start = m.end - len(m.written)
    elif m.written.startswith(m.name) and m.written[len(m.name):].endswith(roles):
        return next(r for r in roles if m.written.endswith(r))  # 特朗普总统
    else:
        if not text.endswith(roles, 0, m.start):  # one C call for the common case
            return None
        role = next(r for r in roles if text.endswith(r, 0, m.start))
        start = m.start - len(role)
    if not role.startswith(FORMER) and text.endswith(FORMER, 0, start):
        role = text[start - 1] + role
    return role


def _learned_subject(seg: str, off: int, resolver: Resolver) -> Mention | None:
    """A name learned earlier in this very paragraph ("蚂蚁集团回应称……。蚂蚁表示")."""
    at = _past_lead(seg)
    for written, proto in resolver.learned.items():
        if seg.startswith(written, at) and _ends_name(seg, at + len(written)):
            return Mention(off + at, off + at + len(written), written, proto.name, proto.kind, False, "learned")
    return None


def _contracted_subject(seg: str, off: int, resolver: Resolver) -> Mention | None:
    """国安会表示, after 美国国家安全委员会: a body named before, by a contraction of its name
    (纽约证交所 for 纽约证券交易所)."""
    at = _past_lead(seg)
    for n in (5, 4, 3):
        w = seg[at:at + n]
        if len(w) == n and all_han(w) and _ends_name(seg, at + n) and not common_word(w):
            sp = resolver.by_contraction(w)
            if sp is not None:
                return Mention(off + at, off + at + n, w, sp.name, "organization", False, "contraction")
    return None


FAMILIAR = ("老", "小")  # 老何 / 小陈: a familiar prefix before the surname of someone named before


def _surname_subject(seg: str, off: int, resolver: Resolver) -> Mention | None:
    """张表示 / Yep说: a surname alone, naming someone already mentioned."""
    seg2 = seg.lstrip("，, ").removeprefix("据")
    lead = len(seg) - len(seg2)
    latin = LATIN_WORD.match(seg2)
    options = [latin.group(0)] if latin else [seg2[:1], seg2[:2]]
    for w in options:
        if w and _ends_name(seg2, len(w)) and resolver.by_surname(w):
            return Mention(off + lead, off + lead + len(w), w, w, "surname", False, "surname")
    if seg2[:1] in FAMILIAR and seg2[1:2] in patterns().surnames and _ends_name(seg2, 2):
        sp = resolver.by_surname(seg2[1:2])
        if sp is not None and all_han(sp.name) and len(sp.name) <= 3:
            return Mention(off + lead, off + lead + 2, seg2[:2], seg2[1:2], "surname", False, "surname")
    return None


def _surname_role(text: str, s: int, role: Mention, resolver: Resolver) -> Mention | None:
    """汪发言人还表示 / 王部长说: a surname before a role names the one of that surname
    already mentioned (发言人汪文斌)."""
    at = _past_lead(text, s)
    w = text[at:role.start]
    if 1 <= len(w) <= 2 and resolver.by_surname(w):
        return Mention(at, role.end, text[at:role.end], w, "surname", False, "surname")
    return None


WHEN_ENDS = ("时", "时候", "之际")  # a clause for when it was said, not who said it
DAY_ONLY = regex.compile(r"[，,\s]*(?:[今昨前][天日]|(?:周|星期|礼拜)[一二三四五六日天])(?:[（(](?:\d{1,2}月)?\d{1,2}[日号][）)])?(?:[上下]午|晚间?)?")
# 作家陆天明，周五（18日）则在个人微博写道: a day and where, no one of their own: the subject is before
DAY_AND_PLACE = regex.compile(DAY_ONLY.pattern + r"(?:则|也|还|又)?在[^，,。；;的“”「」]{1,10}")


def _says_something(text: str, at: int) -> bool:
    """Does the clause before ``at`` hold a cue of its own (昨天宣布将分局长杨庆裕调任，今天宣布):
    then who it names is what was said, and the clause after the day has its subject further back."""
    k = max(text.rfind("，", 0, at - 1), text.rfind(",", 0, at - 1), text.rfind("。", 0, at - 1))
    return patterns().long_cues.search(text, k + 1, at) is not None


def _subject(text: str, lo: int, cue_start: int, mentions, credit_spans, quotes, resolver: Resolver):
    """Walk the clause's comma segments from the cue backwards; the first
    speaker-like mention of the nearest segment that has one is the subject."""
    # a comma inside brackets is no clause break: 國家颶風中心（National Hurricane Center, NHC）表示
    seg_points = [p for p in _boundaries(text, quotes + brackets(text, lo, cue_start), "，,", lo, cue_start) if p > lo]
    starts = [lo] + seg_points
    segs = [(s, (starts[i + 1] - 1) if i + 1 < len(starts) else cue_start) for i, s in enumerate(starts)]
    joined = False  # past a predicate joined by 并/还: only a subject opening its clause goes on
    # "…，并称": the cue's clause is only a connective, its subject the sentence's (also when
    # the connective is written into the cue: "…外，并说")
    bare_join = not text[segs[-1][0]:cue_start].strip(" \u3000") and text.startswith(BARE_JOINS, cue_start)
    hopped = False  # past one clause with no subject of its own, after a bare 并
    timed = None  # where a clause that only names the day (，昨天（12日）宣布) opens
    for s, e in reversed(segs):
        if _in_any(credit_spans, s, e):
            continue
        s = next((ce for cs, ce in credit_spans if cs <= s < ce), s)  # "路透都柏林11月11日 - 科文尼表示": after the dateline
        quoted = next((c for o, c in quotes if o == s and c < e), None)
        named = None
        if quoted is not None:  # “……？” 刘晓棕回答说，“……”: the clause starts after the quotation
            # (就在蓬佩奥发表声明之前，“透明国际”发布了: after a frame of when, it still opens the sentence)
            framed = s > lo and (f := FRAME_CLAUSE.match(text, lo, s)) is not None and f.end() == s
            named = _quoted_name(text, s, quoted, e, opens=(s == lo or framed) and e == cue_start)
            s = quoted + 1
            while s < e and text[s] in "，, \u3000":
                s += 1
        cands = [m for m in mentions if s <= m.start and m.end <= e and not _in_any(credit_spans, m.start, m.end)
                 and (not _in_any(quotes, m.start, m.end) or _quoted_body_again(text, m)) and not _in_title(text, m)]
        scanned_here = cands
        # (a bare cue word, 但警告称, may go on a statement nested in the one before: no hop;
        # a verb done, 驳回了华为高管孟晚舟…的请求，并称, opens a predicate as a cue does)
        cue_led = _cue_opens(text, lead := _past_connectives(text, s)) and not patterns().long_cues.fullmatch(text, lead, e) \
            or DONE_OPENS.match(text, lead, e) is not None and not any(m.start == lead for m in mentions)
        if cue_led:
            # "…发文中，提到…亚太经合组织(APEC)领袖会议…，并强调": what the clause's cue is about;
            # but 強調會上訴的農委會今天說: the head its cue describes, right before the cue
            # (表示︰「……」她认为: after the quotation its cue opened, someone else's clause)
            closed = max((c for o, c in quotes if lead <= o and c < e), default=None)
            if closed is not None:
                cands = [m for m in cands if m.start > closed]
            else:
                cands = cands[-1:] if cands and e == cue_start and text[cands[-1].start - 1] == "的" else []
        cands = [m for m in cands if not _object_of_verb(text, s, m, mentions)
                 and not SHARE_OF.search(text, max(s, m.start - 12), m.start) and not SEEN_BY.match(text, m.end)]
        said = _words_end(text, s, e)
        words_of = said is not None
        if words_of:
            e = said  # 引述一名官员的话说, 援引知情人士的话报导称: the official said it
        opened = s  # where the clause opens, before any quoting verb
        relay = CITING.search(text, s, e)
        if relay is not None and _hands_over(text, relay, e, words_of, cands):
            if _made_own(relay, words_of) and _person_relaying(text, s, relay.start(), cands) \
                    or _named_relaying(text, relay, cands):
                e = relay.start()
                cands = [m for m in cands if m.end <= e]
            else:
                s = relay.end()  # (the one quoted, object of 引述, now opens the clause)
                cands = [m for m in scanned_here if m.start >= s and not _object_of_verb(text, s, m, mentions)
                         and not SEEN_BY.match(text, m.end)]
        if named is None:
            named = _kind_then_quoted_name(text, s, e) or _described_quoted_body(text, quotes, s, e)
        if named is not None and not any(m.kind in PERSONLIKE for m in cands):
            return named, min(named.start, s)  # (另一名用户“Lungaz”表示: the clause, not only the name, is his)
        if len(segs) > 1 and (s, e) == segs[-2]:
            agent = _charging_agent(text, s, e, cands, cue_start, segs[-1][0])
            if agent is not None:
                return _head_of(text, agent), opened
        counted = _counted_head(text, s, e, cands) if e == cue_start else None
        if counted is not None:  # the clause describing the one counted does not speak
            cands = [m for m in cands if m.start >= counted.start]
            whose = _counted_owned(text, s, counted, [m for m in mentions if s <= m.start and m.end < counted.start])
            if not cands or whose is not counted and all(m.kind == "unnamed" and m.end <= counted.end for m in cands):
                return whose, opened  # (一位发言人 of the lexicon is this one, with whose they are)
            counted = whose  # (先导稀材的一位发言人: the lexicon's 发言人 with the words before it, as any)
        owned = _possessed_subject(text, cands, e, s)
        if owned is not None and owned.rule == "relative-head" and owned.written.endswith(_text_words()) \
                and (opener := _unlisted_opener(text, s, e, cands[0])) is not None and opener.rule == "noun-subject" \
                and opener.kind == "organization":
            return opener, opened  # 監察院日前通過監委…提出的調查報告，認為: the body adopting the report speaks
        if owned is not None:
            return owned, opened
        cands = _not_owners(text, cands, e)
        framed = _named_before_frame(text, s, e, cands)
        if framed is not None:
            return framed, opened
        if cands and bare_join and (opener := _unlisted_opener(text, s, e, cands[0])) is not None:
            return _head_of(text, opener), opened
        if joined and cands and cands[0].start > _past_lead(text, s) \
                and not (_role_before(text, cands[0]) and ("的" not in text[s:cands[0].start]
                                                           or _owner_opens(text, _past_lead(text, s), cands[0], mentions))):
            # "曾称在场人士违反…，并截查多人，…警告": 在场人士 is what was said, not who (but
            # 中国驻加拿大大使丛培武出席…，继续捍卫…，称: named after his office, he opens the clause)
            return None, s
        if cands and cands[0].start > (at := _past_lead(text, s)) \
                and (known := _opening_surname(text, at, cands[0].start, resolver)) is not None \
                and TO_SOMEONE.match(text[known.end:cands[0].start]):
            cands = [known] + cands  # 雷对目前身在美国的…人士表示: he speaks to them, named before by his surname
        if cands:
            # a person named in the clause outranks an organisation it names (美国之音预计…拜登表示)
            people = [m for m in cands if m.kind in PERSONLIKE and not _framed_after(text, cands[0], m, e)]
            chosen = _foreign_opener(text, s, cands[0]) or (people or cands)[0]
            # 曾任美国国防部长办公室中国科科长的包士可表示: a person described by the one before 的
            described = [m for m in people if m.start > chosen.end and "的" in text[chosen.end:m.start]]
            if described and described[0].kind in ("person", "title") and (
                    DESCRIBING.match(text, _past_lead(text, s)) or DESCRIBED_AS.search(text, s, chosen.start)
                    or _owner_of_role(text, chosen, described[0], cands)):
                chosen = described[0]
            chosen = _holder_of_role(text, chosen, people) or chosen
            later = [m for m in cands if m.start >= chosen.end]
            chosen = _past_employer(text, chosen, later)
            chosen = _past_namesake_body(text, chosen, later)
            if chosen.kind == "organization" and later and APPOSITION.fullmatch(text, chosen.end, later[0].start) \
                    and later[0].name not in patterns().platforms:
                chosen = later[0]
            elif chosen.kind == "organization" and later and later[0].kind == "unnamed" \
                    and COUNTED_OF_BODY.fullmatch(text, chosen.end, later[0].start):
                chosen = later[0]  # 美国国务院一位高级官员说: one of the body's officials speaks
            elif chosen.kind == "organization" and later and later[0].kind == "unnamed" and later[0].written in SPOKESMEN \
                    and UNIT_OF_BODY.fullmatch(text, chosen.end, later[0].start):
                return _body_role(text, chosen, later[0]), opened  # 香港特区政府商务及经济发展局发言人: its bureau's spokesman
            elif chosen.kind == "group" and later and later[0].kind == "unnamed" and later[0].start == chosen.end:
                chosen = later[0]  # 美方官员指出: the official of that side speaks
            if chosen.kind == "unnamed":
                chosen = _surname_role(text, s, chosen, resolver) or _with_modifiers(text, chosen, s, mentions)
            elif chosen.kind == "organization" and not later:
                chosen = _member_of(text, chosen, e) or _platform_owner(text, s, chosen) or chosen
            elif chosen.kind == "organization" and SUB_BODY.fullmatch(text, chosen.end, later[-1].start) \
                    and (sub := _member_of(text, chosen, e)) is not None \
                    and sub.kind == "organization" and sub.end >= later[-1].end:
                chosen = sub  # 行政院國家搜救指揮中心今天說: the body's own centre, its name ending on one the lexicon knows
            return _head_of(text, chosen), opened
        seg = text[s:e]
        if cue_led:  # (完成了对…公司的收购，宣布: what was done, not who did it; but 強調會上訴的農委會今天說)
            described = _described_head(seg)
            m = Mention(s, s + described.end, described.written, described.name, described.kind, False,
                        described.rule) if described is not None else None
        else:
            m = _surname_subject(seg, s, resolver) or _learned_subject(seg, s, resolver)
        if m is None and not cue_led and (shaped := _by_shape(seg) or _by_shape(_first_of_joint(TRAILING_FRAME.sub("", seg)))) \
                and not _cuts_into(s + shaped.start, s + shaped.end, mentions) \
                and not (shaped.rule == "noun-subject" and (j := JOINED_PREDICATE.match(seg)) is not None
                         and shaped.start >= j.end()):  # (并签署一份…承诺: a predicate; not 也门…)
            m = Mention(s + shaped.start, s + shaped.end, shaped.written, shaped.name, shaped.kind, shaped.known, shaped.rule)
        m = m or (None if cue_led else _contracted_subject(seg, s, resolver))
        if m is None and (joined or bare_join) and (country := _opening_country(seg)) is not None:
            country = Mention(s + country.start, s + country.end, country.written, country.name, country.kind, False,
                              country.rule)
            m = country if _opens_sentence(text, lo, country) else None  # (…，中国各类资产的回报率，并指出: no)
        if m is None and (s, e) == segs[0] and len(segs) >= 2 and not text[segs[-1][0]:cue_start].strip(" \u3000"):
            m = _opening_body(text, s, e)  # 辩方感到诧异，重申: the body opening the sentence goes on
        if counted is not None and (m is None or m.end < counted.end or m.start > counted.start):
            m = counted  # (拜登的两名首席顾问: a shape reaching over the count keeps whose they are)
        if m is not None and not _object_of_verb(text, s, m, mentions):
            return _head_of(text, m), opened
        if INHERITING.match(seg) or TO_SOMEONE.match(seg) or MANNER_ONLY.fullmatch(seg):
            bare_join = bare_join or seg.strip(" \u3000") in BARE_JOINS
            continue
        if (DAY_ONLY.fullmatch(seg) or DAY_AND_PLACE.fullmatch(seg)) and not _says_something(text, s):
            timed = s if timed is None else timed  # …采取行动，昨天（12日）宣布: the subject is before the day
            continue
        if not JOINED_PREDICATE.match(seg):
            if seg.endswith(WHEN_ENDS):
                continue  # 回应媒体询问，此案要观察到什么时候才算安全时表示: the subject is before the question
            if (bare_join or cue_led or ACT_OPENS.match(seg)) and not hopped:
                # 习近平…发去贺电，祝贺他赢得选举，并表示: one more predicate of the same subject
                # (…发布报告，提出建议，呼吁: an act of its own opening the clause is one too)
                hopped = joined = True
                continue
            return None, s if timed is None else timed  # (no one found before the day: nobody inherits it)
        joined = True
    return None, lo


def _owner_opens(text: str, lead: int, m: Mention, mentions) -> bool:
    """彭斯的律师格雷格·雅各布…研究，并得出结论说: whose role it is opens the clause
    (X的 + role and name), so the one named still opens it."""
    return text[m.start - 1] == "的" and any(o.start == lead and o.end == m.start - 1 for o in mentions)


def _held_by_person(m: Mention, resolver: Resolver) -> bool:
    """联准会主席鲍尔（…）多次敦促…，他今天…强调: a title the lexicon knows the holder of that
    day names a person, though the name after it is not read."""
    return m.kind == "title" and (sp := resolver.speaker(m)) is not None and sp.kind == "person"


def _closed_sentence(text: str, quotes, content_start: int, start: int, cue_start: int) -> int | None:
    """Where a quotation closing on a full stop (“……。”) ends the sentence, between ``start`` and
    the cue, when it belongs to the statement before (it opens inside that one's content, not
    after a full stop)."""
    ends = [c + 1 for o, c in quotes if content_start <= o and start <= o and c + 1 <= cue_start
            and text[c - 1] in "。！？!?" and o > 0 and text[o - 1] not in "。！？!?”」\"』"]
    # (a quotation opening its own sentence, “……。”他说，“……”, is the next cue's, not the last one's)
    return max(ends) if ends else None


def _opening_country(seg: str) -> Mention | None:
    """加拿大暂停了与香港的引渡条约，并表示: a country opening a predicate the cue is joined to
    is its subject, as it would be right before the cue."""
    at = _past_lead(seg)
    p = patterns()
    country = next((c for c in p.countries if seg.startswith(c, at)), None)  # longest first
    if country is None:
        return None
    after = at + len(country)
    if not COUNTRY_ACTED.match(seg, after):
        return None  # (中国驻印度大使馆, 香港当局的做法, 中国此前在…: someone else, or no act)
    return Mention(at, after, country, country, "organization", False, "country-subject")


DONE_OPENS = regex.compile(r"(?![他她它我你])\p{Han}{1,2}(?<![除为罢对])了(?![解结])")  # 驳回了, 暂停了: a predicate (not 了解, 除了)


# what a country opening a clause did: 暂停了, 已经暂停了 (a verb done, after an adverb or not)
COUNTRY_ACTED = regex.compile(r"(?:也|已|已经|随即|立即|则|还|再|又|曾)?" + DONE_OPENS.pattern)


def _opening_body(text: str, s: int, e: int) -> Mention | None:
    """辩方感到诧异，重申: a side in a case or dispute (辩方, 控方, 校方, 资方) opening its sentence
    before a predicate of its own. Longer body shapes there are as often descriptions or places
    (一家官方…, 港大学生会对大学…), so only these two-character words."""
    at = _past_lead(text, s)
    word = text[at:at + 2]
    if e - at <= 2 or not word.endswith("方") or not patterns().org_suffix.fullmatch(word):
        return None
    return Mention(at, at + 2, word, word, "organization", False, "noun-subject")


PASSIVE_AT = regex.compile(r"(?:遭到|遭|被)(?:[\d一二三四五六七八九十百几多数]+[名个位])?")  # 遭十多名港警
AGENT_AFTER_PASSIVE = regex.compile(PASSIVE_AT.pattern + "$")
CHARGE_ABOUT = regex.compile(r"(?:指称|指|称)(?:他|她|其)")


def _charging_agent(text: str, s: int, e: int, cands: list[Mention], cue_start: int, cue_seg: int) -> Mention | None:
    """他遭中国警方带走，指他涉嫌…: a bare 指 about the one a passive clause acted on
    (他, 其) is the agent's charge; 他被捕后，称自己无辜 is still his own word."""
    if text[cue_seg:cue_start].strip(" \u3000") or not CHARGE_ABOUT.match(text, cue_start):
        return None
    if not text[s:e].rstrip("了").endswith(lexicon.load().charging_acts):
        return None
    named = next((m for m in cands if AGENT_AFTER_PASSIVE.search(text, s, m.start)), None)
    if named is not None or (marker := PASSIVE_AT.search(text, s, e)) is None:
        return named
    at = marker.end()  # an agent the scan does not list: the longest body shape after the marker
    u = next((u for k in range(min(12, e - at), 1, -1) if (u := unknown_subject(text[at:at + k])) and u.end == k), None)
    if u is None or u.kind != "organization":
        return None
    return Mention(at + u.start, at + u.end, u.written, u.name, u.kind, u.known, u.rule)


def _unlisted_opener(text: str, s: int, e: int, first: Mention) -> Mention | None:
    """A role or body the scan does not list, opening the clause before anyone named, when
    the clause's subject is in doubt: 纽约州检察官正在调查特朗普…，并称 (a bare 并 goes on from
    it), 監察院日前通過監委…提出的調查報告，認為 (it adopted the report). The names come later,
    in what it does."""
    lead = _past_lead(text, s)
    if first.start <= lead:
        return None
    u = unknown_subject(text[lead:e])
    if u is None or u.start != 0 or u.kind not in ("unnamed", "organization") or lead + u.end >= first.start:
        return None
    if text[lead + u.end:first.start].lstrip("前原副") in patterns().roles:
        return None  # 六四学生领袖王丹…，并表示: the opener describes the one named, it does not act
    return Mention(lead + u.start, lead + u.end, u.written, u.name, u.kind, u.known, u.rule)


# between a person and the holder of a role of theirs: 特朗普(的)(前)律师朱利安尼, 特朗普集团法务长Alan Garten
OWNER_TO_ROLE = regex.compile(r"(?:的)?(?:政府|集团|公司|团队|竞选团队|基金会|阵营|内阁)?(?:的)?(?:前|原|时任|现任|新任|首任)?"
                              r"(?:私人|首席|高级|资深|特别|代理|国家安全|法律)?")


def _holder_of_role(text: str, chosen: Mention, people: list[Mention]) -> Mention | None:
    """特朗普前律师朱利安尼说, 拜登总统顾问沙利文说: the person named after a role of the
    first one's speaks, not the first one (习近平会见俄罗斯总理米舒斯京时说 is 习近平: 会见 is no role)."""
    if chosen.kind not in ("person", "title"):
        return None
    gloss = LEADING_GLOSS.match(text, chosen.end)  # 川普（特朗普）总统贸易顾问纳瓦罗: past the gloss
    after = gloss.end() if gloss else chosen.end
    nxt = next((m for m in people if m.start >= after), None)
    if nxt is None or nxt.kind not in ("person", "title") or nxt.start - after > 10:
        return None
    gap = text[after:nxt.start]
    rest = gap[OWNER_TO_ROLE.match(gap).end():]
    if not rest:  # the role is part of the second mention (律师科恩) or the gap names whose it is (的)
        return nxt if gap or nxt.rule == "role-name" else None
    if not all_han(rest):
        return None
    if rest in patterns().roles:
        return nxt
    # 美国总统贸易顾问纳瓦罗, 总统气候特使克里: a field of the role between (not 会见俄罗斯总理)
    role = patterns().role_end.search(rest)
    field = rest if nxt.rule == "role-name" else rest[:role.start()] if role else ""  # (特使克里: the role is his)
    return nxt if 2 <= len(field) <= 4 and not any(c in ROLE_FIELD_BREAK for c in field) else None


LEADING_GLOSS = regex.compile(r"[（(][^（）()]{1,16}[）)]")
# characters no field of a role holds, and which would make the gap a clause: 会见, 致电, 提名, 与
ROLE_FIELD_BREAK = frozenset("的与和及跟对向在将会见致访派赴到往同为被给让把提任命谢赞评请邀称说表指接受采本")  # (接受本台记者…专访)


def _hands_over(text: str, relay, e: int, words_of: bool, cands: list[Mention]) -> bool:
    """"报导也引述温起锋父亲称", "引用资深消息来源称": the one quoted speaks; the report relays.
    她引用《维也纳公约》说, David Webb引用入境处的数据分析指出, 引用…检验样本提出说明: she
    speaks, from what she cites (引用 names a thing unless a speaker or 的话 follows it)."""
    thing = CITED_THING.search(text, relay.end(), e)
    if text.startswith("《", relay.end()) or thing is not None and not _speaking_head(text[thing.end():e].rstrip("，, \u3000")):
        return False  # (引述2名看过这份文件的人士: those who saw the document, not the document)
    cited = text[relay.end():e].rstrip("，, \u3000")
    if cited.endswith(("”", "」")) and any(q in cited for q in "“「"):
        return False  # 引用了发言人的那句名言“……”，讽刺地指出: the words cited are given; the one citing goes on
    return relay.group() != "引用" or words_of or any(
        m.start >= relay.end() and m.kind in PERSONLIKE + ("unnamed",) for m in cands)


def _person_relaying(text: str, s: int, e: int, cands: list[Mention]) -> bool:
    """Is someone named before the quoting verb a person (包为民引述…的话说), not a report or
    an agency (报导引述…, 《华尔街日报》引述…: they relay; the one quoted speaks)?"""
    if any(m.end <= e and (m.kind in PERSONLIKE or m.kind == "unnamed" and patterns().role_end.search(m.written))
           for m in cands):
        return True  # (港府发言人引述林郑月娥的话指出: a spokesman quoting his leader speaks too)
    shaped = _by_shape(text[s:e])
    return shaped is not None and shaped.kind == "person" and agency_name(shaped.written) is None \
        and not any(a == _past_lead(text, s) - s for a, _, _, _ in agency_names().find(text[s:e]))  # 华尔街日报援引


# "时任署长的叶金川、杨志良接受本台采访都表示": the interview and the adverbs after the subject
# (总统接见艾萨时表示: whom the subject received, when it spoke)
TRAILING_FRAME = regex.compile(rf"(?:\d{{1,2}}[日号])?(?:在)?(?:{INTERVIEW_FRAME}|(?:接见|会见|会晤|拜会)[^，,。；：“”]{{0,12}}?时)?"
                               r"[都也均还则亦]*$")


def _first_of_joint(seg: str) -> str:
    """叶金川、杨志良: the first of names listed together speaks for the statement."""
    k = seg.rfind("、")
    return seg[:k] if k > 0 and len(seg) - k - 1 <= 4 else seg


# a segment that only says to whom the subject turns (向穆姆德问候，还对穆姆德说): a predicate, no subject
TO_SOMEONE = regex.compile(r"^[，,\s]*(?:还|也|并|又|同时|随后|再)?(?:对|向|跟|给)")
# a predicate joined to the clause before (拜登更正错误，并为口误道歉，表示…): the same subject goes on
ACT_OPENS = regex.compile(r"[，,\s]*(?:提出|发布|发表|召开|举行|主持|出席|点名|发文|推文|发推|发帖|撰文|致函|致信|致电|表达|作出|做出)")


def _past_connectives(text: str, s: int) -> int:
    """Where a clause's words begin after its connectives (但, 不过, 而且…), and no further."""
    lead = CONNECTIVES.match(text, s)
    return lead.end() if lead else s


def _cue_opens(text: str, at: int) -> bool:
    """Does a cue word of two characters or more open the text at ``at`` (提到…, 强调…)? Not
    one that is also a text's name (贴文民众质疑, 声明中): there it is a noun."""
    return patterns().long_cues.match(text, at) is not None and not text.startswith(_text_words(), at)


JOINED_PREDICATE = regex.compile(r"^[，,\s]*(?:并且|并|还|又|也|继续)(?![有非不没])")


TOLD = ("对", "向", "跟", "给", "告诉")  # “……”他对财新记者说: the listener, not the speaker
SPEAKER_ENDS = regex.compile(r"对|向|跟|在")  # after a postposed speaker: the listener, or where it spoke
OWN_PLACE_BEFORE = regex.compile(r"[在于](?:个人|其|其个人|自己的|他的|她的|各自的?|他们的|她们的)$")  # 在各自的推特上宣布


def _opens_with_known(text: str, s: int, m: Mention, resolver: Resolver) -> bool:
    """傅医生叮嘱，…特朗普…。他说 / 他开始发表致习近平的公开信: a sentence opening with a
    pronoun or the surname of someone already named has that one as its subject, not the
    person named after it."""
    at = _past_lead(text, s)
    if at >= m.start:
        return False
    if (frame := _opening_frame(text, at)) is not None and frame.end() <= m.start:
        return False  # 肖恩去世6个月后，艾米在…: the one in the clause of time does not open the sentence
    if text.startswith(("他", "她"), at) and text[at + 1:at + 2] not in "的们":
        return True
    return _opening_surname(text, at, m.start, resolver) is not None


def _opening_surname(text: str, at: int, end: int, resolver: Resolver) -> Mention | None:
    """The surname of someone already named, opening the text at ``at`` (雷对…的人士表示)."""
    first = text[at]
    if not (first in patterns().surnames or first in FAMILIAR or first.isascii() and first.isalpha()
            or text[at:at + 2] in patterns().surnames_double):
        return None  # (most sentences open with no surname: the lookup is spared)
    m = _surname_subject(text[at:end], at, resolver)
    return m if m is not None and m.start == at else None


ROLE_JOINS = ("和", "及", "与")  # between two roles of one person, no partner


LEADING_FRAME_END = regex.compile(r"(?:之后|以后|过后|后)[，,]")
LEADING_FRAME_MAX = 40


def _opening_frame(text: str, at: int) -> regex.Match | None:
    """The end ("…后，") of a clause of time opening the sentence at ``at``, if there is one."""
    end = LEADING_FRAME_END.search(text, at, min(len(text), at + LEADING_FRAME_MAX))
    if end is None or any(ch in "，,。；;！？!?" for ch in text[at:end.start()]):
        return None
    return end


def _in_leading_frame(text: str, sent: int, m: Mention, mentions: list[Mention]) -> bool:
    """美国总统川普扬言禁用TikTok后，…总编辑胡锡进批评…: someone in a clause of time opening the
    sentence is not its subject when someone is named after the clause."""
    end = _opening_frame(text, sent)
    if end is None or not sent <= m.start < end.start():
        return False
    stop = _boundary_pattern(SENTENCE_END).search(text, end.end())
    stop = stop.start() if stop else len(text)
    return any(x.kind == "person" and end.end() <= x.start < stop for x in mentions)


# verbs that may stand before an office, its role word and a name: what is done to the holder
# (not the one-character prepositions of NOT_SUBJECT_BEFORE: 对, 和, 在 may open the office's own
# name; not 响应, 通过, 代表, 引述, which are also read as nouns or hand the clause over)
OFFICE_VERBS = ACTED_ON + ("会见", "会晤", "接见", "致电", "致信", "致函", "感谢", "祝贺", "批评", "回复", "答复",
                           "回应", "驳斥", "反驳", "告诉")
# role words that head an office named before them (教育部长, 研究所主席), not 律师 of 起诉方主理律师
OFFICE_HEADS = ("部长", "局长", "署长", "院长", "厅长", "司长", "处长", "市长", "省长", "州长", "县长", "校长", "社长",
                "会长", "主席", "主任", "主委", "首长", "总裁", "总理", "总统", "首相", "大使", "发言人")


def _name_at(m: Mention) -> int:
    """Where the name itself starts, after a role written into the mention (发言人|汪文斌)."""
    return m.end - len(m.name) if m.written.endswith(m.name) else m.start


def _past_office(text: str, s: int, m: Mention) -> int:
    """Where ``m`` starts with the office before its role word (one to four characters: 批评教育部长
    潘文忠, 起诉特朗普、商务部长罗斯) when a verb or a list's 、 goes before the office."""
    name_at = _name_at(m)
    for j in range(m.start - 1, max(s, m.start - 4) - 1, -1):
        if not is_han(text[j]) or text[j] in "的其他她":  # (发布其主编胡锡进的消息称: whose, not an office)
            break
        verb_end = j - 1 if text[j - 1] == "了" else j  # 批评了教育部长潘文忠
        if (text[j - 1] == "、" or text.endswith(OFFICE_VERBS, s, verb_end)) \
                and (role := patterns().role_end.search(text, j, name_at)) is not None \
                and (role.start() == j or role.group().endswith(OFFICE_HEADS)):
            return j
    return m.start


def _object_of_verb(text: str, s: int, m: Mention, mentions) -> bool:
    """Is ``m`` the object of a verb or preposition before it (对X, 会见X, 代表X)? 代表 is
    the noun, a title, unless a person's name or a pronoun goes before it: 欧盟首席代表巴尼尔
    speaks, 王毅代表习近平 speaks for him."""
    at = _past_office(text, s, m)  # 回应中国外交部发言人赵立坚: the verb goes before the whole title and name
    while (prev := next((x for x in mentions if s <= x.start < at and (
            x.end == at or x.end == at - 1 and text[at - 1] == "、")), None)) is not None:
        at = _past_office(text, s, prev)  # 起诉特朗普、商务部长罗斯: every name of a list after the verb is its object
    head = text[max(s, at - 5):at].removesuffix("了")  # 批评了X, 会见了X
    if OWN_PLACE_BEFORE.search(head):
        return True  # 在个人脸书批评: where he wrote, not who
    if head.endswith(ACTED_ON):
        stop = _boundary_pattern(SEGMENT_END + "：:").search(text, m.end)
        return "的" not in text[m.end:stop.start() if stop else len(text)]
    if not head.endswith(NOT_SUBJECT_BEFORE) or head.endswith(NO_PREPOSITION):
        return False  # (如同伏尔泰所说: as he said, not with him; 共同主席卡林: a co-chair)
    if head.endswith(CO_OWNERS) and not head.endswith("以及") and m.kind == "person" and _owns_speaker(text, m) \
            and any(x.end == at - 1 and x.kind == "person" for x in mentions):
        return False  # 布兰德和赵捷的律师说: an owner with the one before, not a partner
    if head.endswith(ROLE_JOINS) and m.rule == "role-name" and text.endswith(patterns().roles, s, at - 1) \
            and not any(x.end == at - 1 for x in mentions):
        return False  # 专栏作家和评论人士章家敦: two roles of the one person named after them
    if text.endswith("以及", s, m.start) and text[s:m.start - 2].strip("，, ") == "":
        return False  # "官员，以及特朗普总统本人都强调": a subject joined to the one before
    if head.endswith("代表") and m.kind in PERSONLIKE:
        at = m.start - 2
        return at <= s or not is_han(text[at - 1]) or any(
            x.end == at and x.kind in ("person", "pronoun", "surname") for x in mentions)
    return True


def _foreign_opener(text: str, s: int, first: Mention) -> Mention | None:
    """基辛格提及英国外交官克劳…，并写道: a foreign name the lexicon does not know, opening the
    clause, is its subject, not the first name the scan knows further on."""
    at = _past_lead(text, s)
    if first.start - at < 2:
        return None
    m = _shaped_name(text, at, first.start, FOREIGN_SHAPES)
    if m is None or text[m.end:first.start].strip() == "" or text[m.end] in "和与及、的跟同" \
            or text[m.end:first.start].lstrip().startswith(patterns().roles):
        return None  # 爱尔兰总理马丁, Regeneron执行长Leonard Schleifer, 许多网友, 赫尔穆特和洛基·施密特基金会的…
    return m


FOREIGN_SHAPES = ("translit-subject", "latin-subject")
NAME_SHAPES = ("name-subject",) + FOREIGN_SHAPES


def _shaped_name(text: str, at: int, end: int, shapes: tuple[str, ...]) -> Mention | None:
    """A name the scan does not know, by its shape, opening text[at:end]."""
    m = unknown_subject(text[at:end])
    if m is None or m.start != 0 or m.rule not in shapes:
        return None
    return Mention(at, at + m.end, m.written, m.name, m.kind, False, m.rule)


def _past_employer(text: str, chosen: Mention, later: list[Mention]) -> Mention:
    """A Latin name is a firm, not the speaker, when a role and a person follow it, or its 的
    and a person: the person (Cresset Wealth Advisors的首席投资官Jack Ablin, Washington LLC总裁
    Michael Farr, CMC Markets的Michael Hewson); so is a name glossed in Latin when a role and
    a person follow the gloss (贝莱德(Blackrock)投资长Rick Rieder)."""
    if chosen.rule not in ("latin-name", "glossed-name") or not later or later[0].kind not in ("person", "title"):
        return chosen
    person = later[0]
    between = text[_past_gloss(text, chosen.end):person.start].removeprefix("的")
    if chosen.rule == "glossed-name":
        return person if not between and person.rule == "role-name" else chosen
    if not between:  # CMC Markets的Michael Hewson: the firm's man
        return person if person.rule == "role-name" or text.startswith("的", chosen.end) else chosen
    if person.rule == "role-name" and len(between) <= EMPLOYER_MAX and not EMPLOYER_BREAK.search(between):
        return person  # High Ridge Futures金属交易主管David Meger: a desk of the firm, then its man
    return person if between in patterns().roles or patterns().role_end.fullmatch(between) else chosen


EMPLOYER_MAX = 16
EMPLOYER_BREAK = regex.compile(r"[，,。；;：:、（）()和与及跟对向在]")  # another clause or another person


def _past_namesake_body(text: str, chosen: Mention, later: list[Mention]) -> Mention:
    """达赖喇嘛西藏宗教基金会董事长达瓦才仁: a person's name that begins a body's name is the
    body's; the one holding a role in that body speaks."""
    if chosen.kind != "person" or not later or later[0].kind != "person":
        return chosen
    # (拉斯穆森全球咨询公司(Rasmussen Global)的首席战略官法布里斯·波蒂尔: its Latin name and 的 too)
    between = BRACKETED.sub("", text[chosen.end:later[0].start])
    body = patterns().org_suffix_in.search(between) if between and all_han(between) else None
    # (the body's name goes on from the person's: not 拜登在白宫会见了日本首相菅义伟)
    return later[0] if body is not None and not NOT_IN_BODY_NAME.search(between, 0, body.start()) else chosen


NOT_IN_BODY_NAME = regex.compile(r"[在对向和与跟同及被把了的致当说]|会见|会晤")  # (麦考尔当天致函众议院…麦卡锡说)


def _owned_from(text: str, m: Mention) -> int:
    """Where what ``m`` owns would begin: past a Latin gloss and a person's government or team."""
    at = _past_gloss(text, m.end)
    body = COLLECTIVE_OF.match(text, at) if m.kind == "person" else None
    return body.end() if body else at


def _owner_of(text: str, m: Mention) -> bool:
    return text.startswith("的", _owned_from(text, m))


def _government_of(text: str, m: Mention) -> bool:
    """一名特朗普政府的高级官员: a person's government owning whom the count is of."""
    return m.kind == "person" and COLLECTIVE_OF.match(text, m.end) is not None and _owner_of(text, m)


def _not_owners(text: str, cands: list[Mention], end: int) -> list[Mention]:
    """X（gloss）的发言人Y: Y, not X, nor X's government's officials (一名特朗普政府的高级官员, but
    受到了特朗普政府的攻击，认为: the government); but 引述分析人士的话说: the 的 of 的话, at the clause's end."""
    def owns(m: Mention) -> bool:
        at = _past_gloss(text, m.end)
        if text.startswith("的", at):
            return at < end
        de = text.find("的", at, at + 8)  # 拜登（Joe Biden）外交顾问的勃恩斯: his adviser, named after
        if de > at and de < end and patterns().role_end.search(text, at, de) and all_han(text[at:de]) \
                and any(n.start > de and n.kind in PERSONLIKE for n in cands):
            return True
        if text[at:at + 1] in CO_OWNERS and any(n.start == at + 1 and _owns_speaker(text, n) for n in cands):
            return True  # 布兰德和赵捷的律师说: the lawyers of both
        return _government_of(text, m) and _speaking_head(text[_owned_from(text, m) + 1:end].rstrip("，, \u3000"))
    return [m for m in cands if not owns(m)]


CO_OWNERS = ("和", "与", "及", "、")


def _owns_speaker(text: str, m: Mention) -> bool:
    """拜登的顾问, 赵捷的律师: someone whose role, relation or body follows, who may speak."""
    return text.startswith("的", m.end) and any(_speaking_head(text[m.end + 1:m.end + 1 + k]) for k in range(2, 7))


def _cuts_into(s: int, e: int, mentions: list[Mention]) -> bool:
    """祝贺蔡总统: a name by its shape that ends inside a name found first is no name."""
    return any(s < m.start < e < m.end for m in mentions)


def _past_gloss(text: str, pos: int) -> int:
    """Where the text goes on after a Latin gloss in brackets at ``pos`` (梅克尔（Angela Merkel）的)."""
    g = GLOSS.match(text, pos)
    return g.end() if g else pos


def _by_shape(seg: str) -> Mention | None:
    """The subject of a clause that names no one the lexicon or the article knows. A
    person named after the body or role that describes them speaks, not the body
    (百富公司董事长兼首席调研官胡润表示)."""
    kin = _kin_of_name(seg)
    if kin is not None:
        return kin
    m = unknown_subject(seg)
    if m is not None and m.kind == "person":
        return m
    return _described_name(seg) or m or _author_subject(seg) or _described_head(seg)


def _described_head(seg: str) -> Mention | None:
    """传统上被视为亚美尼亚盟友的俄罗斯呼吁, 強調會上訴的農委會今天說: a country or body
    described by a relative clause before it speaks, as it would bare (英国说, 农委会说)."""
    at = seg.rfind("的")
    if at < 2 or not RELATIVE_CLAUSE.fullmatch(seg, 0, at) or JOINT_BEFORE.search(seg, 0, at) or seg.startswith("在"):
        return None  # (越南工商會及在河內的美國商會: two speakers, one described; 在择捉岛上的: where)
    head = unknown_subject(seg[at + 1:])
    if head is None or head.start != 0 or head.kind != "organization" or NOT_A_HEAD.search(head.written):
        return None  # (在印尼的中醫師和駐印尼代表處: two speakers; 受访者对科尔伯基金会: the one told; 这一部署)
    end = at + 1 + head.end
    rest = seg[end:]
    if rest not in CAPITAL_AFTER and not (rest and ISSUED_WHEN.fullmatch(rest)):
        return None  # (…的记者会上: where, not who)
    # (written with its description, so that it opens the sentence; a bare 当局 or 警方 is
    # named by it too: 纳戈尔诺-卡拉巴赫持分离立场的当局)
    name = head.name if len(head.name) > 2 or head.rule == "country-subject" else seg[:end]
    return Mention(0, end, seg[:end], name, "organization", False, "described-head")


RELATIVE_CLAUSE = regex.compile(r"[^，,。；;：:“”「」《》]{2,24}")
JOINT_BEFORE = regex.compile(r"[、及]|[和与](?=在)")
NOT_A_HEAD = regex.compile(r"[、及和与对向跟给在]|^[这那该此]")


def _kin_of_name(seg: str) -> Mention | None:
    """邓棨然的弟弟接受该台访问时说: the relative (or lawyer, spokesman) of someone named
    by shape speaks, named with them."""
    start = _past_lead(seg)
    p = patterns()
    for n in (3, 2):
        name = seg[start:start + n]
        rel = RELATION_OF.match(seg, start + n) if seg.startswith("的", start + n) else None
        if rel is not None and all_han(name) and (p.chinese_name.fullmatch(name) or p.translit.fullmatch(name)) \
                and given_ok(name[1:]):
            written = seg[start:rel.end()]
            return Mention(start, rel.end(), written, written, "unnamed", False, "possessed")
    return None


FRAME_OPENERS = regex.compile(r"在|于|为|通过|透过|接受")
NAME_RULES = ("name-subject", "translit-subject", "latin-subject")


def _framed_after(text: str, first: Mention, m: Mention, e: int) -> bool:
    """一名加拿大边境官员昨天在…孟晚舟引渡案的庭审中作证称: someone named inside a frame of
    place or time (在…中) after the clause's first speaker is where it was said, not who said it."""
    return m is not first and text[e - 1:e] in FRAME_ENDS and text.rfind("在", first.end, m.start) >= 0 \
        and not any(ch in "，," for ch in text[first.end:e])


def _named_before_frame(text: str, s: int, e: int, cands: list[Mention]) -> Mention | None:
    """周保松先生在为端传媒写的按语中写道: a name the lexicon does not know opens the
    clause; the known name after it sits in a frame (在…中, 接受…采访) and does not speak."""
    start = _past_lead(text, s)
    if not cands or cands[0].start <= start or not FRAME_OPENERS.search(text, start, cands[0].start):
        return None
    u = unknown_subject(text[start:e])
    if u is None or u.rule not in NAME_RULES or u.start != 0 or start + u.end > cands[0].start \
            or (u.rule == "name-subject" and len(u.written) != 3) or (u.rule == "translit-subject" and "·" not in u.name) \
            or not FRAME_OPENERS.search(text, start + u.end, cands[0].start):
        return None
    return Mention(start + u.start, start + u.end, u.written, u.name, u.kind, u.known, u.rule)


def _described_name(seg: str) -> Mention | None:
    """同样是投之家受害人的邹雪告诉: a Chinese name closing the clause after 的 is who it
    describes, with a title after it or not (退休的邢小群教授写道); so is one after a noun
    for what someone is (房地产商潘石屹1月8日表示), or a surname with a courtesy title
    (业主靳先生告诉)."""
    de = seg.rfind("的")
    if de < 0:
        return _name_after_description(seg) or _courtesy_name(seg, 0)
    tail = seg[de + 1:]
    title = title_after(tail)
    title = title if len(tail) - len(title) in (2, 3) else ""
    name = tail[:len(tail) - len(title)]
    # a full name, or a surname with a courtesy title (林先生); a surname and one character
    # after 的 is as often a noun (的时候, 的方式), unless a title follows it (的王伟教授)
    named = (len(name) == 3 or len(name) == 2 and title) and patterns().chinese_name.fullmatch(name) \
        and given_ok(name[1:]) and name[-1] not in NOUN_ENDS and not _word_then_pronoun(name)
    polite = len(tail) in (3, 4) and tail.endswith(COURTESY) and _surname_or_initial(tail[0])
    if not (named or polite):  # 远在欧洲的青年专栏作者王庆明: the description goes on after 的
        return _name_after_description(seg, de + 1) or _courtesy_name(seg, de + 1) or _described_name_then_time(seg, de + 1)
    return Mention(de + 1, len(seg), tail, name if named else tail, "person", False, "described-name")


def _surname_or_initial(ch: str) -> bool:
    """王 in 王先生, or H in H先生 (a witness the article names by an initial)."""
    return ch in patterns().surnames or "A" <= ch <= "Z"


PRONOUN_CHARS = frozenset("他她它我你")


def _word_then_pronoun(name: str) -> bool:
    """的时候他说: a word and a pronoun after 的, not a name."""
    return bool(set(name) & PRONOUN_CHARS) or common_word(name[:2])


def _described_name_then_time(seg: str, at: int) -> Mention | None:
    """顺利连任亚投行行长的金立群早前透露: a full name right after 的, before a time word or
    another adverbial that ends a name (早前, 周二, 也)."""
    p = patterns()
    if not p.chinese_name.match(seg, at):
        return None
    e = trim_chinese_name(seg, at, len(seg))
    name = seg[at:e]
    if e - at != 3 or e >= len(seg) or not _ends_name(seg, e) or not given_ok(name[1:]) \
            or name[-1] in NOUN_ENDS or common_word(name) or _word_then_pronoun(name):
        return None
    return Mention(at, e, name, name, "person", False, "described-name")


COURTESY_NAME = regex.compile(r"(?:\p{Han}|[A-Z])(?:先生|女士|小姐|太太)")  # (H先生: an initial for a surname)


def _courtesy_name(seg: str, lo: int) -> Mention | None:
    """业主靳先生, 在场的居民王女士: a surname with a courtesy title, after the nouns that
    describe the person and before only adverbials; nobody spoken to (对王先生说)."""
    found = None
    for m in COURTESY_NAME.finditer(seg, lo):
        found = m
    if found is None or not _surname_or_initial(seg[found.start()]) or seg[found.start()] in MEASURE_WORDS \
            or not _ends_name(seg, found.end()) or not _plain_description(seg, lo, found.start()):
        return None
    return Mention(found.start(), found.end(), found.group(), found.group(), "person", False, "described-name")


# the last character of a noun for what a person is: 房地产商, 调研官, 企业家, 创办人, 评论员
DESCRIPTION_ENDS = frozenset("商官家员长师者人士手")
# a name after these is spoken to, acted on or cited, not speaking (对记者张三表示, 根据业者…)
NOT_SPEAKING = regex.compile(r"对|向|跟|给|被|让|把|替|为|同|与|和|据")


def _plain_description(seg: str, lo: int, hi: int) -> bool:
    """Is seg[lo:hi] only nouns describing whoever follows (中国人民大学退休教授、社会学家),
    with no one spoken to and no clause?"""
    return not NOT_SPEAKING.search(seg, lo, hi) and not CLAUSE_WORDS.search(seg, lo, hi) \
        and all(is_han(c) or c in "、“”「」" for c in seg[lo:hi])  # (前“文化意识”教官: a term in quotes)


def _name_after_description(seg: str, lo: int = 0) -> Mention | None:
    """A full Chinese name (surname and two characters) after a descriptive noun,
    when only adverbials follow it (日期, 在…上): 首席调研官胡润表示. Two-character
    names are left out: after a noun they are as often words (官方消息, 曾经)."""
    p = patterns()
    for i in range(lo + 2, len(seg) - 2):
        if seg[i - 1] not in DESCRIPTION_ENDS or not is_han(seg[i - 2]) or not p.chinese_name.match(seg, i) \
                or WEEKDAY_WORD.match(seg, i):  # 负责人周四（12月24日）说
            continue
        e = trim_chinese_name(seg, i, len(seg))
        if e - i != 3 or not _ends_name(seg, e) or not given_ok(seg[i + 1:e]) or seg[e - 1] in NOUN_ENDS \
                or NOT_SPEAKING.match(seg, i) or p.org_suffix.search(seg, lo, i + 1) or p.org_suffix.search(seg, lo, e):
            continue  # 丁真先生向公众, 官方消息, 厚生劳动省: words, not names
        if not _plain_description(seg, lo, i):
            return None
        return Mention(i, e, seg[i:e], seg[i:e], "person", False, "described-name")
    return None


COURTESY = ("先生", "女士", "小姐", "太太")
NOUN_ENDS = frozenset("人生来者员家们士师长官")  # 欧洲人, 毕业生: a noun, not a given name
QUOTED_NAME = regex.compile(r"[\p{Han}A-Za-z·\-\s]{2,24}")
GLOSS_AFTER = regex.compile(r"[（(][^（）()]{1,80}[）)]")


QUOTED_NAME_MAX = 10
IDEA = regex.compile(r"(?:原则|政策|主义|理论|概念|说法|口号|模式|精神|思想)$")  # “一个中国原则”认为: an idea holds no view
ADVERBS_ONLY = regex.compile(r"(?:也|还|则|却|亦|都|并|又|更|曾|已|再|就此|对此|随即|随后|同时|此前|日前|早前|今天|昨天|\d{1,2}日"
                             rf"|(?:周|星期)[一二三四五六日天]|{INTERVIEW_FRAME})*")  # (“财经冷眼”接受本台采访时分析)
GENERIC_BODIES = frozenset({"组织", "机构", "团体", "公司", "集团", "基金会", "协会", "联盟", "网站", "智库", "媒体", "运动"})


def _quoted_body_again(text: str, m: Mention) -> bool:
    """总部设于纽约的「中国褐皮书」今天公布: a body the article introduced in quotation marks
    (QUOTED_BODY), quoted whole again, is still that body, not words quoted."""
    if not (m.kind == "organization" and m.rule == "learned" and 0 < m.start and text[m.start - 1] in "「“\""
            and text[m.end:m.end + 1] in ("」", "”", "\"")):
        return False
    after = m.end + 1
    if text[after:after + 1] in ("（", "("):
        close = min((i for i in (text.find("）", after), text.find(")", after)) if i >= 0), default=after)
        after = close + 1
    return not text.startswith(patterns().roles, after)  # (“和平电影基金会”（…）发言人: the spokesman speaks)


def _kind_then_quoted_name(text: str, s: int, e: int) -> Mention | None:
    """人权组织“香港之友”称, 越南媒体“Tuoi Tre”表示: a kind of body, then its name in
    quotation marks (QUOTED_BODY), then (adverbs and) the cue: the quoted name is who speaks.
    So with a user's handle: 网友“北京金戈戈”讽刺说 (QUOTED_HANDLE)."""
    for m in QUOTED_BODY.finditer(text, s, e):
        after = _past_gloss(text, m.end())  # (研究机关「维斯卡隆多．克鲁兹基金会」（Oswaldo Cruz Foundation）受访时表示)
        if (ADVERBS_ONLY.fullmatch(text, after, e) or _its_text(text, after, e)) and not IDEA.search(m["name"]):
            return _body_in_quotes(text, m.start("name") - 1, m.end("name"), m["name"])
    for m in (*QUOTED_HANDLE.finditer(text, s, e), *NAMED_HANDLE.finditer(text, s, e)):
        if HANDLE_TO_CUE.fullmatch(text, m.end(), e):  # (讽刺说, 在微博上写道, 对记者说: how, where, to whom)
            return Mention(m.start("name") - 1, m.end(), m.group(), m["name"].strip(), "person", False, "handle")
    for m in AT_HANDLE.finditer(text, s, e):
        end = m.end("name")
        if (day := HANDLE_DAY.search(text, m.start("name") + 1, end)) is not None:
            end = day.start()  # 网友@路诞先生昨天（11日）透露: when, not part of the handle
        if end == e and end - 1 > m.start("name") and text[end - 1] in HANDLE_ADVERBS:
            end -= 1
        if end - m.start("name") >= 1 and HANDLE_TO_CUE.fullmatch(text, end, e):
            name = text[m.start("name") - 1:end]
            return Mention(m.start("name") - 1, end, name, name, "person", False, "handle")
    return None


def _described_quoted_body(text: str, quotes, s: int, e: int) -> Mention | None:
    """资助研发疫苗的「俄罗斯直接投资基金」（RDIF）表示: a body named in quotation marks
    closing the clause after 的, as _described_name reads a person there; only a name
    with a body's ending or one the lexicon lists (not 的“中国病毒”说, 的“政策”表示)."""
    for o, c in quotes:
        if not (s < o and c < e and text[o - 1] == "的") or not ADVERBS_ONLY.fullmatch(text, _past_gloss(text, c + 1), e):
            continue
        inner = text[o + 1:c]
        if QUOTED_NAME.fullmatch(inner) and not IDEA.search(inner) and (
                patterns().org_suffix.search(inner) or lexicon.load().agency_by_alias.get(fold_name(inner)) is not None):
            return _body_in_quotes(text, o, c, inner)
    return None


@lru_cache(maxsize=1)
def _issued_text_pattern() -> regex.Pattern:
    texts = (lexicon.load().names.get("texts") or []) + ["调查", "研究", "民调"]
    return regex.compile(r"(?:[^，,。；;“”「」]{0,8}?(?:公布|发布|发表|出版|提出)(?:了)?的)?(?:一份|这份|最新)?(?:\L<t>)"
                         r"(?:也|还|则|并|又|更)?", t=texts)


def _its_text(text: str, start: int, end: int) -> bool:
    """市场分析机构「中国褐皮书」今天公布的调查指出: the body's own text, between its name and the cue."""
    return _issued_text_pattern().fullmatch(text, start, end) is not None


def _body_in_quotes(text: str, open_at: int, close_at: int, inner: str) -> Mention:
    """The body named in quotation marks, by its listed name if it is an outlet (“华盛顿自由灯塔”)."""
    listed = lexicon.load().agency_by_alias.get(fold_name(inner))
    return Mention(open_at, close_at + 1, text[open_at:close_at + 1], listed.name if listed else inner,
                   "organization", listed is not None, "quoted-name")


def _quoted_name(text: str, open_at: int, close_at: int, end: int, opens: bool = False) -> Mention | None:
    """「全球氣候與能源市長聯盟」今天表示: a name in quotation marks opening the clause,
    with nothing before the cue but adverbials (or an office of it: 「…聯盟」秘書處表示).
    A name with no body's ending counts only where it ``opens`` the sentence and only
    adverbs stand between it and the cue (“经济五贤人”也警告说)."""
    inner = text[open_at + 1:close_at]
    if not QUOTED_NAME.fullmatch(inner):
        return None
    after = close_at + 1
    gloss = GLOSS_AFTER.match(text, after, end)
    if gloss is not None:
        after = gloss.end()
    if opens and len(inner) <= QUOTED_NAME_MAX and all_han(inner) and ADVERBS_ONLY.fullmatch(text, after, end) \
            and not inner.startswith(patterns().cues) and not IDEA.search(inner):
        return _body_in_quotes(text, open_at, close_at, inner)  # “华盛顿自由灯塔”称: an outlet by its own name
    office = unknown_subject(text[after:end])
    if office is not None and office.start == 0 and office.written in GENERIC_BODIES:
        # “立即和平”组织说: the body's name is what is quoted
        return Mention(open_at, after + office.end, text[open_at:after + office.end], inner, "organization", False,
                       "quoted-name")
    if not patterns().org_suffix.search(inner):
        return None  # 表示“非常愧疚”，并称: a quoted phrase, not a body's name
    if office is not None and office.start == 0 and office.kind == "organization":
        name = inner + office.written
        return Mention(open_at, after + office.end, text[open_at:after + office.end], name, "organization", False,
                       "quoted-name")
    if _ends_name(text, after):
        return Mention(open_at, close_at + 1, text[open_at:close_at + 1], inner, "organization", False, "quoted-name")
    return None


def extract_claims(doc: Document) -> list[Claim]:
    if doc.language not in ("zh", "und"):
        return []
    article_day = doc.published_at.date() if doc.published_at else None
    resolver = Resolver(article_day=article_day)
    own_agency = _own_agency(doc.outlet)
    narrators = _narrating_titles(doc.paragraphs)
    for m in scan_mentions(fold(doc.title or "")):  # the headline names who the article is about (公司称 → 腾讯)
        if m.kind in ("person", "organization"):
            resolver.seen(resolver.speaker(m))
    claims: list[Claim] = []
    dateline: list[SourceCredit] = []
    section = 0
    prev_claim_speaker: Speaker | None = None
    texts = [p.text for p in doc.paragraphs]
    interview_day: date | None = None  # the day the narration before the transcript gives the interview
    turns = {doc.paragraphs[t.paragraph].index: t
             for t in interviews.answers(texts) or interviews.panel(texts, _panellist)
             or interviews.headed(texts, _panellist)}
    for i, para in enumerate(doc.paragraphs):
        if para.section != section:
            section = para.section
            resolver.new_section(para.published_at.date() if para.published_at else None)
            dateline = []
        skip = None
        wire: list[SourceCredit] = []
        if para.index < 2 and not dateline:
            folded = fold(para.text)
            d = find_dateline(folded)
            if d:
                dateline = d.sources
                skip = (d.start, d.end)
                _date_from_dateline(resolver, folded[d.start:d.end])
                if doc.outlet:  # an outlet carrying another agency's story (not known: its own, likely)
                    wire = [SourceCredit(s.agency, s.written, "credited") for s in d.sources if s.agency != own_agency]
        if turns and skip is None and (label := interviews.label_end(para.text)) is not None:
            skip = (0, label)  # "法广：请您介绍一下…": on a transcript, the label is not the sentence's subject
        if para.index in turns and interview_day is None:
            interview_day = _interview_day(doc.paragraphs[:i], resolver.article_day) or resolver.article_day
        ran_on = _quote_run_on(para, doc.paragraphs[i - 1], claims, dateline) if i and skip is None else []
        if ran_on:
            skip = (0, ran_on[0][0].end - para.start)  # its words are the quotation's, not a new attribution's
        colon_speaker, colon_cue = resolver.colon_speaker, resolver.colon_cue  # the last paragraph's 写道：
        found = ran_on + _paragraph_claims(para, resolver, dateline, prev_claim_speaker, skip)
        if colon_speaker is not None and found and found[0][1] is colon_speaker \
                and found[0][0].start == para.start + 1 and found[0][0].rule == "continuation-quote":
            found[0][0].cue = colon_cue  # 评论写道： / “……: the quotation the cue opened, as its words
        if para.index in turns:
            found = _answer(para, turns[para.index], resolver, dateline, interview_day) + found
        for c, _ in found:  # （法新社巴黎18日电） in 法广: the wire story credits what its lead paragraph reports
            c.sources = c.sources + [w for w in wire if all(s.agency != w.agency or s.role == "dateline" for s in c.sources)]
            if own_agency:  # "对美国之音说" in 美国之音, "据法广记者报道" in 法广: the outlet's own reporting credits no one
                c.sources = [s for s in c.sources if not (s.role == "credited" and s.agency == own_agency)]
            if narrators:  # "张正对《棱镜》表示" in a story where "《棱镜》发现…": the same
                c.sources = [s for s in c.sources if not (s.role == "credited" and s.agency in narrators)]
            c.sources = one_each(c.sources)
        if found or prev_claim_speaker is None or not (_quoting_no_one(para.text)
                                                        or _opens_on(para.text, prev_claim_speaker, resolver)):
            prev_claim_speaker = found[-1][1] if found else None
        if resolver.colon_speaker is not None:
            prev_claim_speaker = resolver.colon_speaker  # 他说：(end of paragraph) “……”: the quotation is his
        elif not found and resolver.teller is not None:
            prev_claim_speaker = resolver.teller  # 艾兹拉在节目中分享了…经验。 then “……”: the quotation is his
        claims.extend(c for c, _ in found)
    _date_from_later(claims, {p.index: p.section for p in doc.paragraphs})
    _named_elsewhere(claims, doc)
    _clipped_names(claims, doc)
    _own_spelling(claims, doc)
    return claims


def _clipped_names(claims: list[Claim], doc: Document) -> None:
    """武汉市民姚青位于汉口 … 姚青：“……”: a name of three read where the article wrote a name of
    two and the first character of the next word (位于, 率领, 以). The article decides: when the
    three characters never stand on their own before a cue or punctuation, and the first two do
    twice or more elsewhere, the name is the two."""
    names = {c.speaker for c in claims if not c.speaker_known and c.speaker_kind == "person"
             and len(c.speaker) == 3 and all_han(c.speaker)}
    if not names:
        return
    text = fold(doc.text)
    p = patterns()
    renamed: dict[str, str] = {}
    for name in names:
        short = name[:2]
        if short in p.surnames_double or short[0] not in p.surnames or WEEKDAY_WORD.match(short) or common_word(short):
            continue  # (周五他坚称: 周五 is a day, not the name)
        if any(e >= len(text) or not is_han(text[e]) or text.startswith(p.cues, e)
               for e in (m.end() for m in regex.finditer(name, text))):
            continue  # 卢思位表示: the three stand alone
        alone = sum(1 for m in regex.finditer(short, text)
                    if text[m.end():m.end() + 1] != name[2] and _ends_name(text, m.end()))
        if alone >= 2:
            renamed[name] = short
    for c in claims:
        if c.speaker in renamed:
            c.speaker_written = c.speaker_written.replace(c.speaker, renamed[c.speaker])
            c.speaker = renamed[c.speaker]


def _quote_run_on(para: Paragraph, prev: Paragraph, claims: list[Claim], dateline) -> list[tuple[Claim, Speaker]]:
    """杨健兴：“……物件： / 我们见过……但未想过香港会出现这情况。”: a quotation a cue opened, left
    open at the end of a paragraph and closed in the next, which does not open it again, goes on
    there in the same speaker's words."""
    last = claims[-1] if claims else None
    if last is None or last.paragraph != prev.index or last.kind != "direct" or not last.cue \
            or prev.text.rstrip()[-1:] in CLOSERS or prev.text[last.end - prev.start:].strip(TRAILING + " \u3000"):
        return []
    first = MARKS.search(para.text)
    # (a straight mark "…" closes when it is the paragraph's only one: "…。 / …。")
    straight = first is not None and first.group(0) == '"' and para.text.count('"') == 1
    if first is None or first.group(0) not in CLOSERS or first.group(0) in OPENERS and not straight \
            or letters(para.text[:first.start()]) < 2:
        return []
    e = first.start()
    sp = Speaker(last.speaker, last.speaker_kind, last.speaker_known, last.speaker_written)
    return [(Claim(
        paragraph=para.index, start=para.start, end=para.start + e, text=para.text[:e], kind="direct", cue="",
        speaker_written=last.speaker_written, speaker=last.speaker, speaker_kind=last.speaker_kind,
        said_on=last.said_on, day_rule=last.day_rule, sources=list(last.sources) or list(dateline),
        rule="continuation-quote", speaker_known=last.speaker_known,
    ), sp)]


def _own_spelling(claims: list[Claim], doc: Document) -> None:
    """许智峯 in a Simplified article stays 许智峯: matching folds the variant 峯 to 峰 (OpenCC),
    but a name only the article gives is spelled as the article spells it."""
    if doc.script != "simplified":
        return
    text = doc.text
    folded: str | None = None
    spelling: dict[str, str] = {}
    for c in claims:
        if c.speaker_known or c.speaker in text:
            continue
        if c.speaker not in spelling:
            folded = folded if folded is not None else fold(text)
            at = folded.find(c.speaker)
            own = text[at:at + len(c.speaker)] if at >= 0 else c.speaker
            # a name in Simplified with a variant (许智峯), not one in Traditional (楊駿), nor a
            # Traditional character slipped into it (乔治·艾茲拉, elsewhere 艾兹拉); the dot stays ·
            simplified = any(to_traditional(ch) != ch for ch in own)
            spelling[c.speaker] = "".join(o if simplified and is_han(o) and o != standard_traditional(f) else f
                                          for o, f in zip(own, c.speaker))
        own = spelling[c.speaker]
        if own != c.speaker:
            c.speaker_written = c.speaker_written.replace(c.speaker, own)
            c.speaker = own


def _label_speaker(label: str) -> Mention | None:
    """Who a turn label names: the whole label (雷倩, 德国之声), or a name with its role
    before or after it (总统顾问康威, 张千帆教授)."""
    roles = patterns().roles
    m = next((x for x in scan_mentions(label) if x.end == len(label) and (x.start == 0 or x.rule == "role-name")), None)
    if m is None:
        m = unknown_subject(label + "说")
        if m is not None and m.end < len(label) and m.kind == "person" and label[m.end:] in roles:
            return m  # 屈振红律师
    return m if m is not None and m.end == len(label) else None


def _panellist(label: str) -> bool:
    """A panel labels people with their role (张千帆教授, 记协副主席陈朗昇); a bare name
    (王登朝：1974年出生…) heads an entry in a list of people, who say nothing."""
    folded = fold(label)
    gloss = LATIN_GLOSS_END.search(folded)
    if gloss:  # 措伊纳（JÖRG ZEUNER）: a name glossed in Latin is a person's
        return bool(GLOSSED_NAME.fullmatch(folded, 0, gloss.start()))
    m = _label_speaker(folded)
    return m is not None and m.kind in ("person", "title") and m.name != folded


LATIN_GLOSS_END = regex.compile(interviews.LATIN_GLOSS + "$")
GLOSSED_NAME = regex.compile(r"\p{Han}{2,6}(?:·\p{Han}{1,6})*")


INTERVIEW = regex.compile(r"采访|专访|访问|访谈|受访|对话|(?:媒体|记者)联访")  # 联访: a joint press interview


def _interview_day(before: list[Paragraph], article_day: date | None) -> date | None:
    """"4月23日，林建华接受…采访": the day of the sentence introducing the interview, if it
    names one in the week before the article; "7月31日，郑文杰被通缉。以下是专访" does not
    (the answers' own days are what they talk about: 十月一号的抗议)."""
    for para in reversed(before):
        text = fold(para.text)
        sentences = regex.split(rf"(?<=[{SENTENCE_END}])", text)
        for sentence in reversed(sentences):
            if INTERVIEW.search(sentence):
                days = [d.day for d in find_dates(sentence, article_day)]
                if days and article_day and timedelta(0) <= article_day - days[-1] <= LEAD_REACH:
                    return days[-1]
                return None
    return None


def _answer(para: Paragraph, turn: interviews.Turn, resolver: Resolver, dateline,
            said_on: date | None) -> list[tuple[Claim, Speaker]]:
    """The interviewee's answer filling this paragraph (from after its label, if any)."""
    m = _label_speaker(fold(turn.speaker))
    sp = resolver.speaker(m) if m is not None else None
    sp = sp or Speaker(turn.speaker, "person", False, turn.speaker)
    resolver.seen(sp, subject=True)
    s, e = turn.start, len(para.text)
    while e > s and para.text[e - 1] in TRAILING + "* \u3000":
        e -= 1
    while s < e and para.text[s] in "* \u3000":
        s += 1
    if (s, e - 1) in quote_spans(para.text[:e]):
        s, e = s + 1, e - 1  # "“……。”" under its heading: the words inside the marks
    if letters(para.text[s:e]) < 2:
        return []
    return [(Claim(
        paragraph=para.index, start=para.start + s, end=para.start + e, text=para.text[s:e], kind="direct",
        cue="：" if turn.labelled else "", speaker_written=turn.speaker, speaker=sp.name, speaker_kind=sp.kind,
        said_on=said_on, day_rule="article" if said_on == resolver.article_day else "carried", sources=list(dateline),
        rule="interview", speaker_known=sp.known,
    ), sp)]


# "《中国新闻周刊》记者…", "《棱镜》发现": a paper that narrates the story is the story's own outlet
NARRATING_TITLE = regex.compile(r"《(?P<title>[^《》]{1,20})》(?:记者|注意到|发现|获悉|了解到|梳理|查阅|调查发现|从.{1,12}获悉)")


def _narrating_titles(paragraphs) -> frozenset[str]:
    """Canonical names of the papers that narrate the story (read over all its paragraphs)."""
    out = set()
    for p in paragraphs:
        if "《" not in p.text:
            continue
        out.update(got[0] for m in NARRATING_TITLE.finditer(fold(p.text)) if (got := agency_name(f"《{m['title']}》")))
    return frozenset(out)


def _own_agency(outlet: str | None) -> str | None:
    """The agency an outlet is (中央社 for 中央社), or else its own name (寒冬, by the title
    《寒冬》 it is told by): its own dateline and what it was told credit nothing."""
    if not outlet:
        return None
    lex = lexicon.load()
    o = lex.outlet_by_name.get(fold_name(outlet))
    if o is not None and o.agency:
        return o.agency
    a = lex.agency_by_alias.get(fold_name(outlet))
    return a.name if a else o.name if o is not None else None


LEAD_PARAGRAPHS = 2  # the lead: what the first paragraphs of an article sum up
LEAD_REACH = timedelta(days=7)  # a lead sums up recent events, not last year's


def _nest(text: str, attributions, spans: list[tuple[int, int]], content_spans: list[tuple[int, int]]) -> None:
    """"她回答法广说，国际特赦组织多年来呼吁…": a statement that opens with someone else's
    is nested, and says all of it, not nothing."""
    for i, att in enumerate(attributions):
        cs, ce = spans[i]
        if att.cue.postposed or ce - cs >= 2 or att.cue.content_start == att.cue.end \
                or att.speaker.kind not in ("person", "unnamed") and att.rule != "cue:text-author" \
                or att.speaker.kind == "unnamed" and text[att.subject_at - 1:att.subject_at] == "据":
            continue  # (an outlet's 称， before a statement credits it: 彭博社称，普京表示…; an official
            # unnamed tells of his side's view: 美国商会一名高级官员表示，商会认为…; but 据两名人士透露，
            # 特朗普这样对他说: they are the report's sources, the statement is Trump's)
        j = next((j for j in range(i + 1, len(attributions)) if attributions[j].start >= cs), None)
        if j is not None and attributions[j].start == cs and not attributions[j].cue.postposed \
                and attributions[j].speaker.name != att.speaker.name and spans[j][1] > cs:
            # to the next statement after the nested one, or the paragraph's end ("陈用林表示，
            # 中共现在声称经济发展靠…，这是它被迫之举。因为…": all of it is his)
            end = next((a.start for a in attributions[j + 1:] if a.start >= spans[j][1]), len(text))
            while end > cs and text[end - 1] in TRAILING + "，,":
                end -= 1
            if text.endswith(END_MARKS, cs, end):
                end = spans[j][1]
            spans[i] = content_spans[i] = (cs, max(end, spans[j][1]))


def _named_elsewhere(claims: list[Claim], doc: Document) -> None:
    """An office the article names its holder with elsewhere (意大利外长强调… in the lead,
    意大利外长迪马约表示… in the body) is that person, in the same article of the page. Only
    an office of somewhere or something (意大利外长, not 学者): a bare role is anyone's."""
    role_end = patterns().role_end
    titles = {c.speaker for c in claims if c.speaker_kind == "unnamed" and c.speaker == fold(c.speaker_written)
              and (r := role_end.search(c.speaker)) and r.start() >= 2}
    if not titles:
        return
    section_of = {p.index: p.section for p in doc.paragraphs}
    speakers = {c.speaker for c in claims}  # a Chinese name after a title is trusted when it speaks, too
    holders: dict[tuple[int, str], Mention] = {}
    for para in doc.paragraphs:
        text = fold(para.text)
        wanted = [t for t in titles if (para.section, t) not in holders and t in text]
        if not wanted:
            continue
        mentions = scan_mentions(text)
        for title in wanted:
            for at in regex.finditer(regex.escape(title), text):
                m = next((m for m in mentions if m.kind == "person" and m.start <= at.end() < m.end
                          and m.end - len(m.name) == past_nationality(text, at.end()) and _ends_name(text, m.end)
                          and (m.known or m.name in speakers or not all_han(m.name.replace("·", "")))), None)
                if m is not None:
                    holders[(para.section, title)] = m
                    break
    for c in claims:
        m = holders.get((section_of.get(c.paragraph), c.speaker)) if c.speaker_kind == "unnamed" else None
        if m is not None:
            c.speaker, c.speaker_kind, c.speaker_known = m.name, "person", m.known


def _date_from_later(claims: list[Claim], section_of: dict[int, int]) -> None:
    """A lead sums up what the body dates: "丛培武说……" in the first paragraph, "丛培武
    7月17日表示" further down. A speaker's undated statements before the first one dated
    by a day named in the text take that day (within one article of the page)."""
    first: dict[tuple, date] = {}
    for c in reversed(claims):
        if c.day_rule in ("own", "carried"):
            first[(section_of.get(c.paragraph), c.speaker)] = c.said_on
    lead: dict[int, list[int]] = {}
    for index, section in sorted(section_of.items()):
        lead.setdefault(section, []).append(index)
    for c in claims:
        section = section_of.get(c.paragraph)
        day = first.get((section, c.speaker))
        if (c.day_rule in ("article", "recent") and day and c.said_on and c.paragraph in lead[section][:LEAD_PARAGRAPHS]
                and timedelta(0) < c.said_on - day <= LEAD_REACH):
            c.said_on, c.day_rule = day, "later"


HEADLINE_ONLY = regex.compile(r"^[^，。！？；,.!?;]*$")


# A dateline names the day a story was filed: up to a week before it is published (a Friday's
# story in Monday's round-up), a day or two after on the bureau's clock; further off, a misreading.
DATELINE_BEFORE = timedelta(days=7)
DATELINE_AFTER = timedelta(days=2)


def _date_from_dateline(resolver: Resolver, dateline: str) -> None:
    """"路透北京11月5日 -": the day the article was filed, on the bureau's clock, is its day."""
    days = find_dates(dateline, resolver.article_day)
    if days and resolver.article_day and -DATELINE_BEFORE <= days[-1].day - resolver.article_day <= DATELINE_AFTER:
        resolver.article_day = days[-1].day


CONTRAST_OPENS = regex.compile(r"\s*(?:但是?|可是|不过|然而)")


def _speaks_inside(text: str, host: _Attribution, cue: CueHit, sentence_points: list[int], quotes) -> bool:
    """陈明通说，蔡英文已重申，…: is ``cue`` inside the statement ``host`` makes, in its sentence
    (not after the quotation that was all of it: 他说，“……。”众议院领袖麦卡锡表示; not a clause
    of contrast a cue ran into: 虽然特朗普提出质疑，但勒德里昂说)?"""
    if not (host.cue.content_start <= cue.start and _last_before(sentence_points, cue.start) <= host.cue.start) \
            or CONTRAST_OPENS.match(text, host.cue.content_start):
        return False
    closed = next((e for s, e in quotes if s == host.cue.content_start), None)
    return closed is None or closed > cue.start


def _back_to_outer(resolver: Resolver, outer: Speaker | None) -> None:
    """"James表示，科恩在国会作证时称，……。她还指出": who spoke inside another's statement is
    not who the next sentence's or paragraph's 她 or 他还说 goes on with."""
    if outer is not None and outer is not resolver.last_speaker:
        resolver.seen(outer, subject=True)
        resolver.last_speaker = resolver.paragraph_speaker = outer


def _paragraph_claims(para: Paragraph, resolver: Resolver, dateline, prev_speaker, skip=None) -> list[tuple[Claim, Speaker]]:
    text = fold(para.text)
    resolver.paragraph_speaker, resolver.paragraph, resolver.issued_here, resolver.colon_speaker = None, text, [], None
    resolver.teller = None
    if HEADLINE_ONLY.match(text):
        # a headline or a list of links ("习近平强调 深入学习…"): no sentence, no statement
        scanned = scan_mentions(text)
        _learn_names(text, scanned, resolver)  # "记者比尔·博图斯（Bill Birtles）的2020年：" introduces him all the same
        for m in scanned:
            if m.kind in ("person", "organization"):
                resolver.seen(resolver.speaker(m))
        return []
    quotes = quote_spans(text)
    credits = find_credits(text, resolver.last_credit)
    credit_spans = [(c.start, c.end) for c in credits] + ([skip] if skip else [])
    scanned = scan_mentions(text)
    _learn_names(text, scanned, resolver)
    _learn_abbreviations(text, scanned, resolver)
    _learn_named_bodies(text, scanned, resolver)
    mentions = with_learned(text, scanned, resolver.learned)
    # a name known or already given in full (not one guessed here, 教授曾发出呼吁 is no 曾发出)
    names = {m.end: m.start for m in mentions if m.kind == "person" and m.rule in ("lexicon", "learned")}
    cues = [c for c in find_cues(text, quotes, names) if not any(s <= c.start < e for s, e in credit_spans)]
    sentence_points = _sentence_points(text, quotes)
    narrated = _narrated_names(text, sentence_points, mentions, quotes)
    if narrated:
        for m in narrated:
            resolver.learned.setdefault(m.name, m)
        mentions = sorted(mentions + narrated, key=lambda m: m.start)
    dates = [d for d in find_dates(text, resolver.article_day) if not _in_any(credit_spans, d.start, d.end)
             and not (resolver.article_day and d.day > resolver.article_day + timedelta(days=1))]  # to come: no day said

    issued = _issuers(text, mentions, quotes, credit_spans, sentence_points, resolver)
    resolver.issued_here = issued  # (…发表题为…的长文。作者不认同…: the author named in this paragraph)
    attributions: list[_Attribution] = []
    unauthored: list[int] = []  # where a text whose author is unknown speaks (报告指出 with no issuer)
    outer: Speaker | None = None  # the last speaker not speaking inside another's statement
    floor = 0
    fed = 0  # mentions already shown to the resolver (people named so far)

    subject_sentences: set[int] = set()
    unheld: list[int] = []  # sentences opening with a cue whose pronoun names no one we know
    unread: set[int] = set()  # sentences whose subject is a name we cannot read

    def feed(upto: int):
        """Show the resolver the people named before ``upto``; the first one of a
        narrated sentence (not inside a statement) becomes the last subject."""
        nonlocal fed
        while fed < len(mentions) and mentions[fed].end <= upto:
            m = mentions[fed]
            fed += 1
            if m.kind not in ("person", "organization") or _in_any(quotes, m.start, m.end):
                continue
            sent = _last_before(sentence_points, m.start)
            # "法国世界报说，…。中国外交部发言人汪文斌将…。他表示": an outlet relaying still narrates
            narrated = all(a.speaker.kind == "organization" and a.speaker.name in MEDIA_NAMES() for a in attributions) \
                and not _in_any(credit_spans, m.start, m.end) \
                and not (m.kind == "organization" and m.name in AGENCY_NAMES())
            key = (sent, m.kind == "person")
            first = narrated and key not in subject_sentences and not _object_of_verb(text, sent, m, mentions) \
                and not _in_leading_frame(text, sent, m, mentions) and not _describes_later(text, m, mentions) \
                and not (m.kind == "person" and _opens_with_known(text, sent, m, resolver)) \
                and not APPOINTED_BY.match(text, _past_gloss(text, m.end))
            if first:
                subject_sentences.add(key)
            sp = resolver.speaker(m)
            resolver.seen(sp, subject=first)
            role = _role_before(text, m) if sp is not None and sp.kind == "person" else None
            if role:  # 外交部发言人汪文斌…… then 发言人还说: the same spokesman
                resolver.role_people[role] = sp
                role_end = _name_at(m)
                for k in range(len(role) + 1, DESCRIBED_ROLE_MAX + 1):
                    if k > role_end or not is_han(text[role_end - k]) or text[role_end - k] == "的":
                        break
                    resolver.described_roles[text[role_end - k:role_end]] = sp

    for cue in cues:
        feed(_last_before(sentence_points, cue.start))
        m = None
        if cue.postposed:
            att = _postposed(text, cue, mentions, quotes, credit_spans, resolver, sentence_points, issued)
            if att is not None and att.clause_start >= 2 and text[att.clause_start - 2] in SENTENCE_END \
                    and any(a.cue.content_start <= att.start and not _boundary_pattern(SENTENCE_END).search(text, a.cue.content_start, att.start)
                            for a in attributions):
                continue  # 他说：“……。”她强调: the quotation is the statement of the cue that opened it
                # (and 他还表示，这幅图片传递的是“……。”他指出: of the cue whose sentence it ends)
        else:
            sent = _last_before(sentence_points, cue.start)
            lo = max(sent, floor)
            m, seg_start = _subject(text, lo, cue.start, mentions, credit_spans, quotes, resolver)
            opens = m is not None and m.kind == "pronoun" and _past_lead(text, _clause_start(text, m.start)) == m.start
            if m is not None and m.kind == "pronoun" and attributions and (
                    attributions[-1].clause_start < sent or opens and attributions[-1].cue.content_start <= m.start):
                # "陈明通说，蔡英文已重申…。对此，他呼吁": he is 陈明通, and so in the same sentence
                # past the statement inside his ("Stott指出，警察经常形容…，但他从来没有看过…，并强调")
                _back_to_outer(resolver, outer)
            own = max(lo, _last_before(_boundaries(text, quotes, SEGMENT_END, lo, cue.start), cue.start))
            if m is not None and m.start < own and attributions and attributions[-1].clause_start >= sent \
                    and attributions[-1].cue.content_start <= m.start and INHERITING.match(text[own:cue.start]) \
                    and not any(attributions[-1].cue.content_start <= c < m.start for o, c in quotes) \
                    and not _named_again(m, attributions[-1].speaker, resolver) \
                    and not (opens and outer is not None and outer is not attributions[-1].speaker):
                m, seg_start = None, own  # 他指港台……，认为……: he goes on; 港台 is what he spoke of
            if m is not None and denied_between(text, m.end, cue.start):
                continue  # 当局不便透露更多详情, 梵蒂冈没有回应: what is not said
            if CONDITIONAL.match(text, _clause_start(text, cue.start)):
                continue  # 包括若总统川普错误地宣称胜选…时: what someone might say, not what was said
            if _time_clause(text, cue):
                continue  # 当特朗普呼吁各州解封时，…: when it was said frames the sentence, it is not reported
            sp = None
            rule = "cue"
            if m is not None and m.kind == "pronoun":
                # 他 after a narrated clause of the same sentence: that clause's subject
                # (not one possessed: "他的Facebook专页刊登了…，他说" is him, not Facebook)
                earlier = [x for x in mentions if sent <= x.start < m.start and (x.kind in ("person", "organization")
                                                                           or _held_by_person(x, resolver))
                           and not _in_any(credit_spans, x.start, x.end) and not _in_any(quotes, x.start, x.end)
                           and not (x.kind == "organization" and text.endswith(("他的", "她的"), 0, x.start))
                           and not _in_frame(text, x)]
                people = _heads([x for x in earlier if x.kind in ("person", "title")], text)
                if m.written in ("他", "她"):
                    earlier = people  # a body named before 他 is no antecedent of his
                if CITING.match(text, max(sent, m.start - 2), m.start):
                    earlier = []  # 新华社援引其讲话称: the one quoted, not the agency quoting
                # (…美国驻联合国大使凯莉·克拉夫特，后者重申: "the latter" is the one named last)
                first = earlier[-1] if m.written == "后者" and earlier else (people or earlier)[0] if earlier else None
                sp = resolver.speaker(first) if first is not None and sent >= floor else resolver.speaker(m)
            elif m is not None:
                sp = resolver.speaker(m)
            if m is not None:
                rule = f"cue:{m.rule}" if m.rule else "cue"
                start = m.start if m.kind not in ("pronoun",) else seg_start
                start = max(lo, min(start, seg_start))
                # the attribution clause starts at its sentence when nothing else is there
                start = sent if sent >= floor else start
                if attributions and (closed := _closed_sentence(text, quotes, attributions[-1].cue.content_start,
                                                                start, cue.start)) is not None:
                    start = closed  # "…传递的是“……。”他说": the quotation ends the statement before, and its sentence
            elif (written := _written_text(text[seg_start:cue.start])) and \
                    (author := _author_before(issued, text, seg_start, cue.start, resolver,
                                              issued_only=_named_title(text, seg_start, cue.start) is not None)) is not None:
                # (《关于…的意见》指出: a titled text no one was said to issue is no one's here)
                sp = author  # 通知还称 / 声明指出: the text speaks for its author
                rule = "cue:text-author"
                start = seg_start
            elif written:
                unauthored.append(cue.start)
            elif (later := _later_turn(text, own, cue.start)) is not None and (
                    # (in a paragraph where someone spoke already, he goes on: 陈茂波又表示…。近年大学收生方面…，形容)
                    (opener := None if attributions else _sentence_opener(text, lo, own, mentions, credit_spans, quotes, resolver))
                    is not None or resolver.last_subject is not None):
                if any(sent <= u and not any(u < a.start for a in attributions) for u in unauthored):
                    continue  # 报告指出，…，称…: the text, whoever wrote it, goes on; not the last speaker
                if sent in unread:
                    continue  # (沉旭晖声称并不认识王百羽，指…: the one we could not name goes on)
                if TIGHT_JOIN.match(text[own:cue.start]) and base_cue(cue.cue) == cue.cue:
                    continue  # 邓聿文认为，习近平是个…的人，且强调…: 且 joins predicates of the clause before, no subject of its own
                # "……，并说，" / "他还说": the speaker of the clause before
                same_sentence = [a for a in attributions if a.clause_start >= sent]
                prev = same_sentence[-1].cue if same_sentence else None
                if prev is not None and prev.content_start > prev.end and not text[own:cue.start].strip("，, \u3000") \
                        and base_cue(cue.cue) == cue.cue and text[prev.content_start:own].strip("，, \u3000") \
                        and (cue.weak or not prev.weak):
                    continue  # "蔡英文說，……，呼籲中共克制": after 說， with no 并/还, her statement goes on
                    # (after a weak cue, 批评，……，呼吁: the call is a statement of its own)
                if not attributions and _own_subject_before(text, sent, own, mentions, credit_spans):
                    continue  # "JAXA举行记者会，介绍…": the sentence has a subject of its own, not the last one
                if later and not same_sentence and opener is None:
                    continue  # "有一位朋友，今天告诉我说": a later day goes on only with a speaker of its sentence
                sp = same_sentence[-1].speaker if same_sentence else opener or resolver.last_subject
                rule = "cue:inherited"
                start = own
            if sp is None:
                if m is not None and m.kind == "pronoun" and m.start == _past_lead(text, sent):
                    unheld.append(sent)  # "…。他们表示，…" with no one to be 他们: still someone else's words
                elif m is None and not cue.weak and text[cue.end:cue.end + 1] in "，,：:" \
                        and UNNAMED_VOICE.fullmatch(text, own, cue.start) and not CLAUSE_WORDS.search(text, own, cue.start) \
                        and not any(own <= c.start < cue.start for c in cues):  # 还提到林夕在采访中称: still the one before
                    unheld.append(sent)  # "…。英国政府途径消息也曾表示，…": someone we cannot name, not the last one
                elif m is None and not cue.weak and own == _past_lead(text, sent) and _bare_name(text[own:cue.start]):
                    unheld.append(sent)
                    unread.add(sent)  # "沉旭晖声称…，指…": a name we cannot read speaks, not the last subject
                continue
            if sp.kind == "group" and attributions and sent < floor:
                continue  # "她表示，……，两人谈到，……": what the group said is part of her statement
            if m is not None and m.rule in ("country-subject", "described-head") and (cue.cue == "：" or runs_on(text, cue)) \
                    and not _country_speaks(text, sent, seg_start, m, cue):
                continue  # "美国宣布对…禁令" inside a statement, "香港：" over a list
            if m is not None and m.rule == "described-head" and not _opens_sentence(text, sent, m):
                continue  # "…，看到更真实的大陆，还说": the country seen, not one described opening its sentence
            if m is not None and text[m.end:cue.start] == "是":
                continue  # "凯莱赫是认为…的人之一": who he is, not what he said
            if m is not None and _passive_before(text, m.end, cue.start):
                continue  # "马杜洛不被50国承认": the subject is who the cue's act is done to
            if m is not None and (future := FUTURE.search(text, m.end, min(cue.start, m.end + 4))) \
                    and not _disposal(text, future, cue.start):
                continue  # "四国外长将通过会议重申…": a statement to come is not one made
            if runs_on(text, cue) and text[cue.content_start:cue.content_start + 1] not in OPENERS \
                    and not (rule == "cue:text-author" and (text.startswith(THAT_TEXT, _past_lead(text, seg_start))
                                                            or _text_word_in(text, seg_start, cue.start) in NOTICES
                                                            or _opens_clause(text, seg_start)
                                                            and _author_before(issued, text, seg_start, cue.start,
                                                                               resolver, issued_only=True) is not None)) \
                    and not _bare_ok(cue, m, sp, text, alone=not attributions):
                continue  # "双方都指出…" inside a statement: a run-on cue needs its own named subject
            att = _Attribution(cue, sp, start, rule, cue.start, lo, m.start if m is not None else -1)
        if att is None:
            continue
        attributions.append(att)
        said_in = _said_in(text, att.clause_start, cue.start)
        if said_in:
            issued.append((cue.start, said_in, att.speaker))  # 上交所突发公告称…… then 公告指: the same notice
        elif att.speaker.kind == "organization" and is_press(att.speaker):
            issued.append((cue.start, "文章", att.speaker))  # 《南德意志报》写道：…。文章写道: the paper's own article
        resolver.seen(att.speaker, subject=True)
        resolver.last_speaker = resolver.paragraph_speaker = att.speaker
        if not any(_speaks_inside(text, a, cue, sentence_points, quotes) and a.speaker.name != att.speaker.name
                   for a in attributions[:-1]):
            outer = att.speaker  # (麦卡锡表示…，但他认为: he goes on, inside no one else's statement)
        if m is not None and m.rule in LEARNED_RULES and att.speaker.kind == "person" and not cue.postposed:
            resolver.learned.setdefault(m.name, m)
        if m is not None and att.speaker.kind == "organization" and not cue.postposed:
            short = _short_name(att.speaker.name, m.rule)
            if short:  # 蚂蚁集团回应称…… 蚂蚁表示……: the company by its short name
                resolver.learned.setdefault(short, Mention(m.start, m.end, short, att.speaker.name, "organization", False, "short-name"))
        floor = att.cue.content_start

    _back_to_outer(resolver, outer)
    # narration outside attributions: people seen, days in force, subjects
    out: list[tuple[Claim, Speaker]] = []
    content_spans: list[tuple[int, int]] = []
    spans = []
    for i, att in enumerate(attributions):
        if att.cue.postposed:
            cs, ce = att.start, att.clause_start
        else:
            cs = att.cue.content_start
            nxt = next((a for a in attributions[i + 1:] if a.start >= cs), None)
            ce = nxt.start if nxt else len(text)
            ce = next((p for p in unheld if cs < p < ce), ce)
            ce = _narration_stop(text, cs, ce, sentence_points, credits)
            if runs_on(text, att.cue) and text[cs:cs + 1] not in OPENERS:
                # 尼克松宣布美元和黄金脱钩，相当于…。: a run-on cue's object is one sentence at most,
                # unless a quotation carries it on (他表示当局…很难理解。“既不合法…”)
                stop = next((p for p in sentence_points if cs < p < ce), ce)
                while stop < ce and text[stop:stop + 1] in OPENERS:
                    stop = next((p for p in sentence_points if stop < p < ce), ce)
                ce = stop
            ce = _quote_stop(text, cs, ce, quotes, partial(_someone_else_at, text, mentions, resolver, att.speaker))
            ce = _act_stop(text, cs, ce, quotes)
            ce = _self_narration_stop(text, cs, ce, sentence_points, mentions, att.speaker, resolver,
                                      nxt.speaker if nxt is not None else None)
            ce = _concession_stop(text, att, cs, ce, quotes)
            ce = _bio_stop(text, att, cs, ce, attributions)
            ce = _another_voice_stop(text, cs, ce, mentions, att.speaker, resolver)
            ce = _contrary_finding_stop(text, cs, ce)
            ce = _unsaid_stop(text, cs, ce, quotes)
        while ce > cs and text[ce - 1] in TRAILING + "，,":
            ce -= 1
        comma = max(text.rfind("，", cs, ce), text.rfind(",", cs, ce))
        if comma > cs and CONNECTIVES.fullmatch(text, comma + 1, ce):
            ce = comma  # "…未展开任何调查，不过，报告同时也指出": the 不过 turns to the next statement
        if text.endswith(END_MARKS, cs, ce):  # "……已经被删除。(完)": the wire's end mark
            ce = text.rfind("完", cs, ce) - 1
            while ce > cs and text[ce - 1] in TRAILING + "，,":
                ce -= 1
        spans.append((cs, ce))
        content_spans.append((cs, ce))
    _nest(text, attributions, spans, content_spans)

    feed(len(text))
    resolver.authors.extend((w, sp) for v, w, sp in sorted(issued, key=lambda x: x[0]))
    for m in mentions:
        if m.rule in LEARNED_RULES and m.kind == "person" and len(m.name) >= 2:
            resolver.learned.setdefault(m.name, m)

    # Days: a date in the attribution clause dates its statement and holds for later
    # ones; a date in a narrated sentence holds for the people that sentence names.
    narrated = [d for d in dates if not _in_any(content_spans, d.start, d.end) and not _anchored(text, d)]
    outlet_credits = _relayed_by_outlet(attributions)
    events = [(att.clause_start, 1, att, span) for att, span in zip(attributions, spans)]
    for d in narrated:
        sent = _last_before(sentence_points, d.start)
        if not any(a.clause_start <= d.start < a.day_pos for a in attributions):
            events.append((d.start, 0, d, sent))
    events.sort(key=lambda e: (e[0], e[1]))
    interviews: dict[str, list[SourceCredit]] = {}  # outlets each speaker was told to, so far
    own_days: dict[int, tuple[date, int]] = {}  # a sentence's first own day, and where that statement ends
    for pos, is_att, obj, extra in events:
        if not is_att:
            end = next((p for p in sentence_points if p > obj.start), len(text))
            people = frozenset(sp.name for m in mentions
                               if extra <= m.start < end and m.kind in ("person", "title")
                               and not MODIFIER_AFTER.match(text, m.end)
                               and (sp := resolver.speaker(m)) is not None)
            # "委员会12月1日公布年度报告": the day a text came out dates what it says
            if resolver.article_day is None or obj.day <= resolver.article_day:
                resolver.text_days.update((sp.name, obj.day) for v, _, sp in issued if obj.end <= v <= obj.end + ISSUE_REACH)
            if not FUTURE.search(text, obj.end, min(len(text), obj.end + TO_COME_REACH)):
                # (not 选举结果在12月14日将最终确定，…拜登胜选: a day to come); a day naming no one
                # still is the day a later 当天 points back to (参议院民主党人9月17日推出…。当天)
                resolver.saw_day(obj.day, people)
            continue
        att, (cs, ce) = obj, extra
        if ce - cs < 2:
            if not text[cs:].strip() and text[:cs].rstrip().endswith(("：", ":")):
                resolver.colon_speaker = att.speaker  # 评论写道： then the quotation as the next paragraph
                resolver.colon_cue = att.cue.cue
            continue
        # "他周五告诉支持者，该州本周…，并声称…": the second statement's clause is its own, not the first's words
        sent = _last_before(sentence_points, att.cue.start)
        inherited = att.rule == "cue:inherited"
        earlier_here = inherited and any(sent <= a.cue.start < att.cue.start and a_end - a_start >= 2
                                         for a, (a_start, a_end) in zip(attributions, spans))  # (做出具体回应，认为: none)
        # "欧洲联盟28日晚上…做出具体回应，认为…": the sentence's subject acted that day and said so then
        day_from = max(att.start, att.clause_start) if earlier_here else sent if inherited else att.clause_start
        own = [d for d in narrated if day_from <= d.start and d.end <= att.day_pos
               and not _event_day(text, d, att, mentions, resolver.article_day)]
        # "媒体周六报导说，蓬佩奥认为": the day dates the report; what 蓬佩奥 thinks keeps
        # the day he was last seen on, if any
        relayed = bool(own) and any(own[-1].end <= c.start and c.end <= att.subject_at for c in cues)
        told_here = _told_to(text, att, mentions)  # the outlets told, for the day here and the sources below
        to_outlet = _told_this_outlet(text, att, told_here, dateline)
        if own and to_outlet:
            resolver.interview_days[att.speaker.name] = own[-1].day
        carried = resolver.said_on(None, att.speaker.name) if relayed else None
        if relayed and carried != resolver.article_day:
            said_on, day_rule = carried, "carried"
        elif own:
            said_on, day_rule = own[-1].day, "own"
        elif sent in own_days and CONTRASTING.search(text, cue_clause := _clause_start(text, att.cue.start), att.cue.start) \
                and not CONTRAST_OPENS.match(text, cue_clause) and "。" not in text[own_days[sent][1]:cue_clause]:
            # 魏凤和4日坚称…，辛格则重申: the other side of the same day's exchange (not 但…则引述,
            # a turn to another source; not after a quotation's full stop)
            said_on, day_rule = own_days[sent][0], "carried"
        elif resolver.last_day is not None and _same_day(text, day_from, att.day_pos, att.speaker):
            said_on, day_rule = resolver.last_day, "carried"  # 会长艾伦当天表示: the day the story last named
        elif _another_year(text, day_from, att.day_pos, resolver, att.speaker):
            said_on, day_rule = resolver.article_day, "vague"  # (the day carried still holds for what comes after)
        elif VAGUE_TIME.search(text, day_from, att.day_pos):
            # "本月初…时表示": some other, unnamed day
            said_on = resolver.article_day
            day_rule = "recent" if RECENT_TIME.search(text, day_from, att.day_pos) else "vague"
            resolver.person_days.pop(att.speaker.name, None)  # (9月中…提到…。他说: not the day named before)
        elif att.rule == "cue:text-author" and att.speaker.name in resolver.text_days:
            said_on, day_rule = resolver.text_days[att.speaker.name], "issued"  # 报告提到: when it came out
        elif to_outlet:
            # "杨斌记得2月15日…。她告诉德国之声": words given to the reporting outlet, no day named, are
            # said when it interviewed them (a day named for that before: 周四告诉德国之声), not on a
            # day the story told of them
            said_on = resolver.interview_days.get(att.speaker.name, resolver.article_day)
            day_rule = "interview"
            resolver.person_days.pop(att.speaker.name, None)
        else:
            said_on = resolver.said_on(None, att.speaker.name)
            day_rule = "article" if said_on == resolver.article_day else "carried"
        if day_rule == "own":
            own_days.setdefault(sent, (said_on, ce))
        if said_on and (said_on != resolver.article_day or (day_rule == "own" and 0 <= att.subject_at <= own[-1].start)):
            # (the article's own day named again of the speaker ends a day carried from before: 20日专访,
            # then 吴钊燮28日备询时; not the day of another's act: 国防部官网周六刊登新闻稿，魏凤和表示)
            # the day holds for the speaker's later words and for the others of the
            # clause: the listener of "米舒斯京对李强说" was at the same event
            # and, when the statement reports a meeting on that day, for those it names
            met = day_rule == "own" and MEETING.search(text, cs, ce) and not any(cs <= d.start < ce for d in dates)
            upto = ce if met else att.day_pos
            present = frozenset({att.speaker.name} | {sp.name for m in mentions if att.clause_start <= m.start < upto
                                 and m.kind in ("person", "title") and (sp := resolver.speaker(m)) is not None
                                 and not (WORDS_OWNED.match(text, m.end) and sp.name in resolver.person_days)})
            resolver.saw_day(said_on, present)
        kind, _, lead, trail = classify(para.text[cs:ce])
        s, e = cs + lead, ce - trail
        while e > s and para.text[e - 1] in " \u3000":
            e -= 1
        body = para.text[s:e]
        if letters(body) < 2:
            continue
        told = told_here
        if told:
            interviews[att.speaker.name] = told
        else:  # 他在接受路透社专访时指出…。他还透露…: the rest of the interview, in that paragraph
            told = interviews.get(att.speaker.name, [])
        sources = _sources_for(att.cue.start, credits, sentence_points)
        sources += [t for t in told if all(x.agency != t.agency for x in sources)]
        sources += [r for r in outlet_credits.get(id(att), ()) if all(x.agency != r.agency for x in sources)] + dateline
        if any(c.rule != "dateline" for c in credits):
            resolver.last_credit = one_each([s_ for c in credits for s_ in c.sources])
        elif _outlet_reporting(text, att):  # 光明日报今天报导指出…。报导引述郭新茹表示: that outlet's report
            resolver.last_credit = [SourceCredit(att.speaker.name, att.speaker.written, "credited")]
        out.append((Claim(
            paragraph=para.index, start=para.start + s, end=para.start + e, text=body, kind=kind,
            cue=att.cue.cue, speaker_written=att.speaker.written, speaker=att.speaker.name,
            speaker_kind=att.speaker.kind, said_on=said_on, day_rule=day_rule, sources=sources,
            rule=("weak-" if att.cue.weak else "") + att.rule, speaker_known=att.speaker.known,
        ), att.speaker))

    out.extend(_uncued_quotes(para, text, quotes, sentence_points, spans, attributions, prev_speaker, mentions,
                              resolver, credits, dateline))
    if not attributions and not quotes and (act := _told_act(text, sentence_points)) is not None:
        m, _ = _subject(text, _last_before(sentence_points, act), act, mentions, credit_spans, quotes, resolver)
        sp = resolver.speaker(m) if m is not None and m.kind in ("person", "pronoun") else None
        resolver.teller = sp if sp is not None and sp.kind == "person" else None
    out.sort(key=lambda pair: pair[0].start)
    named = [] if out else one_each([s_ for c in credits if c.rule in ("agency-reports", "according-to") for s_ in c.sources])
    if any(s_.role == "credited" for s_ in named):
        # 英国广播公司（BBC）中文网报导，…发布… then 报导引述…指出: the report named with no cue
        # of its own is still the one a later 报导 goes back to (not 据该报道引述路透社: that one still)
        resolver.last_credit = named
    if not attributions:  # the paragraph's first person or body is its subject (not 据法新社报道's agency)
        for m in mentions:
            if m.kind in ("person", "organization") and not _in_any(quotes, m.start, m.end) \
                    and not _in_any(credit_spans, m.start, m.end):
                if m.kind == "person" and _opens_with_known(text, _last_before(sentence_points, m.start), m, resolver):
                    break  # 他开始发表致习近平的公开信: he goes on as the subject
                if _in_leading_frame(text, _last_before(sentence_points, m.start), m, mentions):
                    continue  # 肖恩去世6个月后，艾米…: the one after the clause of time
                if _describes_later(text, m, mentions):
                    continue  # 将交接给拜登的川普，…: the one described, not the one in the description
                sp = resolver.speaker(m)
                resolver.seen(sp, subject=True)
                break
    return out


LATIN_WORD = regex.compile(r"[A-Z][A-Za-z'\-]+")


@lru_cache(maxsize=1)
def _written_text_pattern() -> regex.Pattern:
    words = (lexicon.load().names.get("texts") or []) + list(CONTENT_WORDS)
    # (其报告称: its author's text; 年度报告甚至分析认为, 通报最后写道: the text, how it goes on)
    # (报告在谈到中国情况的时候表示: a frame of when between the text and its cue)
    # (长达587页的报告说, 这份56页的报告: its length, not an author; 报告针对香港问题指出: its topic;
    # 这篇题为《中国的疫苗外交》的评论写道: its title)
    # (这篇分析还指出, 该研究称: a word that is a text only when pointed at)
    # (在《关于…的请示》文件中提到: a text by its title, the author named with it before)
    return regex.compile(r"[，,\s]*(?:但是|但|不过|而)?(?:根据|据|在)?(?:\L<this>)?(?:题为《[^《》]{1,40}》的)?(?:长达)?(?:[\d一二三四五六七八九十百千]+多?页的)?(?:年度|最新)?"
                         r"(?:\L<t>|(?<=\L<this>)\L<pointed>|《(?:[^《》]|《[^《》]{1,30}》){2,80}》的?(?:\L<t>)?)"
                         r"(?:中|里|上)?(?:还|也|并|则|又|更|甚至|进一步|最后|最终|接着|随后|同时|此外|另外|继续){0,2}"
                         r"(?:在[^，,。；;“”]{1,16}?(?:的时候|时)|(?:针对|就)[^，,。；;“”]{1,12}?(?:问题|议题|情况))?(?:分析)?",
                         t=words, this=list(THAT_TEXT) + ["其"], pointed=_pointed_texts())


@lru_cache(maxsize=1)
def _issuing_pattern() -> tuple[regex.Pattern, regex.Pattern]:
    """The issuing phrase (发表了一份《 / 发布声明), and a quick test for its verbs' first characters."""
    names = lexicon.load().names
    verbs, words = names.get("issuing_verbs") or [], names.get("texts") or []
    named = names.get("issuing_texts") or {}
    # (公布年度网络自由（Freedom on the Net）报告: the text's own name may stand in between;
    # 提交的《…》 is a text someone else submitted, in a relative clause)
    # (台湾驻美代表处在一个声明中表达感谢: the text it spoke in is its own)
    # (发布第45次「…统计报告」资料: the text's name in corner brackets, then what it is;
    # 发表题为"…，…"的长文: a title in quotation marks after 题为)
    phrase = regex.compile(r"(?:\L<v>)了?(?!的)「?(?:[^，,。；;：:“”「」！？（(]|[（(][^（()）]{0,30}[）)]|「[^「」，。]{2,30}」"
                           r"|(?<=题为)[“\"][^“”\"。]{2,40}[”\"]){0,30}?(?P<w>《|\L<t>(?:\L<t>)*)"
                           r"|(?P<n>\L<n>)|在(?:一[份个篇项封则]|其|这[份个篇封])(?P<w>\L<t>)[中里]",
                           v=verbs, t=words, n=list(named))  # 签了第13959号行政命令
    return phrase, regex.compile("[" + "".join(sorted({v[0] for v in [*verbs, *named, "在"]})) + "]")


def _issuers(text: str, mentions: list[Mention], quotes, credit_spans, sentence_points,
             resolver: Resolver) -> list[tuple[int, str, Speaker]]:
    """Who issued which text, and where ("研究所周四发表《…》", "白宫发布声明"):
    the subject of the clause with the issuing verb, later the author of "报告指出"."""
    out = []
    for own in _own_text_pattern().finditer(text):  # 根据德国柏林墨卡托中国研究所的最新报告: a body's own text
        de = own.start()
        if _in_any(quotes, de, de + 1):
            continue
        m = next((x for x in mentions if x.end == de and x.kind in ("person", "organization")), None)
        if m is not None and text.endswith(ABOUT_WHOM, 0, m.start):
            continue  # 特朗普对TikTok的行政命令: a text about it, not its own
        if m is None:  # a body the lexicon does not know, opening its clause after 根据/据
            start = _clause_past_credits(text, de, credit_spans)
            lead = CREDIT_LEAD.match(text, start)
            m = _author_subject(text[lead.end() if lead else start:de] + "的" + own.group("w"))
            m = m if m is not None and m.kind == "organization" else None
        sp = resolver.speaker(m) if m is not None else None
        if sp is not None and sp.kind in ("person", "organization") and sp.name not in MEDIA_NAMES():
            out.append((de, own.group("w"), sp))  # (《解放报》的文章: a paper prints others' texts too)
    for title in _titled_text_pattern().finditer(text):  # 《成都市联合调查组关于…的通报》: its author opens the title
        # (kept as 《通报》: a bare 通报 later in the article is this one, whoever else issued one)
        m = unknown_subject(title["author"] + "说")
        if m is not None and m.kind == "organization" and m.start == 0 and m.end == len(title["author"]):
            out.append((title.start(), f"《{title['w']}》", Speaker(m.name, m.kind, False, m.written)))
    for got in OBTAINED_TITLE.finditer(text):  # 大纪元获得柳州外事办2020年的《…》的文件: whose text was obtained
        if _in_any(quotes, got.start("author"), got.end("author")):
            continue
        m = unknown_subject(got["author"] + "说")
        if m is None or m.kind != "organization" or m.start != 0 or m.end != len(got["author"]):
            continue
        tail = _text_word_pattern().search(got["title"][-4:])
        sp = resolver.speaker(Mention(got.start("author"), got.end("author"), m.written, m.name, m.kind, False, m.rule)) \
            or Speaker(m.name, m.kind, False, m.written)
        out.append((got.start("title") - 1, f"《{got['title']}》", sp))  # (the title named again: its author)
        out.append((got.start("title") - 1, f"《{tail.group(0)}》" if tail else "文件", sp))
    phrase, first_chars = _issuing_pattern()
    if not first_chars.search(text):
        return out
    for hit in phrase.finditer(text):
        v = hit.start()
        if _in_any(quotes, v, v + 1) or text.startswith("发", v) and text[v - 1:v] in PASSED_ON:
            continue
        m, _ = _subject(text, _last_before(sentence_points, v), v, mentions, credit_spans, quotes, resolver)
        sp = resolver.speaker(m) if m is not None else None
        if sp is not None and sp.kind in ("person", "organization"):
            out.append((v, hit.group("w") or _issuing_texts()[hit.group("n")], sp))
    for hit in _issued_pattern().finditer(text):  # 美国能源信息署周五公布的月度报告显示: the text opening its clause
        v = hit.start()
        if _in_any(quotes, v, v + 1):
            continue
        start = ISSUED_BY.match(text, _past_lead(text, _clause_past_credits(text, v, credit_spans))).end()
        m = next((x for x in mentions if x.start == start and x.end < v), None)
        if m is None and (u := unknown_subject(text[start:v] + "说")) is not None and u.start == 0:
            m = Mention(start, start + u.end, u.written, u.name, u.kind, u.known, u.rule)  # a body the lexicon does not know
        if m is None or m.kind not in ("person", "organization") or not ISSUED_WHEN.fullmatch(text, _past_gloss(text, m.end), v):
            continue  # (中国在疫情初期发布的报告: an act narrated, not the text quoted from)
        sp = resolver.speaker(m)
        if sp is not None and sp.kind in ("person", "organization"):
            out.append((v, hit.group("w"), sp))
    return out


# 获得柳州市委外宣办2020年8月17日向市外事局发出的《…》: a body's titled text someone obtained or
# cites, with when and to whom it went out between the body and the title
OBTAINED_TITLE = regex.compile(r"(?:获得|取得|拿到|获取|看到|曝光|披露|根据|依据|在)(?:的)?(?P<author>[^，,。；《》“”「」的\d]{2,20}?)"
                               r"(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:向[^，,。；《》的]{1,10})?"
                               r"(?:下达|发出|印发|下发|发布|出具|发)?的《(?P<title>(?:[^《》]|《[^《》]{1,30}》){2,80})》")
PASSED_ON = "转收"  # 特朗普转发了伍勒里的推文: a text passed on (or received) is not one's own
# a day between the issuer and its verb (周五, 昨天, 12月5日), if anything
ISSUED_WHEN = regex.compile(r"(?:(?:周|星期)[一二三四五六日天]|[今昨前]天|今日|昨日|(?:\d{1,2}月)?\d{1,2}日|日前|近日|本周|上周)?")
ISSUED_BY = regex.compile(r"(?:(?:这|该|此)[份篇项])?由?")  # 这份由…发布的报告: the issuer after 由


@lru_cache(maxsize=1)
def _issued_pattern() -> regex.Pattern:
    names = lexicon.load().names
    return regex.compile(r"(?:\L<v>)的\p{Han}{0,4}?(?P<w>\L<t>)", v=names.get("issuing_verbs") or [], t=names.get("texts") or [])


@lru_cache(maxsize=1)
def _titled_text_pattern() -> regex.Pattern:
    return regex.compile(r"《(?P<author>[^《》，,。]{2,30}?)关于[^《》]{1,80}的(?P<w>\L<t>)》", t=list(_text_words()))


@lru_cache(maxsize=1)
def _own_text_pattern() -> regex.Pattern:
    return regex.compile(r"的(?:最新|年度|新)?(?P<w>\L<t>)", t=list(_text_words()))


@lru_cache(maxsize=1)
def _issuing_texts() -> dict[str, str]:
    return lexicon.load().names.get("issuing_texts") or {}


@lru_cache(maxsize=1)
def _text_word_pattern() -> regex.Pattern:
    return regex.compile(r"\L<t>", t=list(_text_words() + CONTENT_WORDS))


def _text_word_in(text: str, start: int, end: int) -> str | None:
    """The first written text named in text[start:end] (声明, 报告…, 这篇分析), if any."""
    m = _text_word_pattern().search(text, start, end) or _pointed_text_pattern().search(text, start, end)
    return m.group(0) if m else None


@lru_cache(maxsize=1)
def _pointed_text_pattern() -> regex.Pattern:
    return regex.compile(r"(?<=\L<this>)\L<pointed>", this=list(THAT_TEXT), pointed=_pointed_texts())


def _platform_owner(text: str, s: int, platform: Mention) -> Mention | None:
    """美军第七舰队脸书粉丝团也发文表示: the body named right before a platform owns the account
    on it and speaks (a shape the lexicon does not know)."""
    at = _past_lead(text, s)
    if platform.name not in patterns().platforms or platform.start - at < 2:
        return None
    owner = unknown_subject(text[at:platform.start])
    if owner is None or owner.start != 0 or owner.kind not in ("organization", "person") \
            or not OWNER_TO_PLATFORM.fullmatch(text, at + owner.end, platform.start):
        return None  # (陳柏惟則是臉書發文指出: a person too, past an adverb, posts on the platform)
    return Mention(at, at + owner.end, owner.written, owner.name, owner.kind, False, owner.rule)


OWNER_TO_PLATFORM = regex.compile(r"[则也还亦都并又]*是?")  # 陳柏惟則是臉書發文: adverbs between the owner and its account


@lru_cache(maxsize=1)
def _pointed_texts() -> list[str]:
    return lexicon.load().names.get("pointed_texts") or []


NOT_SAID_IN = ("会", "发布", "人", "者", "员", "家")  # 在报告发布会上说, 报告人, 评论员: the word heads another noun


def _said_in(text: str, start: int, cue_start: int) -> str | None:
    """The text the speaker spoke in, named in the attribution clause ("在声明中称",
    "发表声明称"): a text word standing alone, not the head of a compound (报告发布会上说)."""
    for m in _text_word_pattern().finditer(text, start, cue_start):
        if not text.startswith(NOT_SAID_IN, m.end()):
            return m.group(0)
    return None


def _author_before(issued: list[tuple[int, str, Speaker]], text: str, seg_start: int, pos: int,
                   resolver: Resolver, issued_only: bool = False) -> Speaker | None:
    """The author of the text named in text[seg_start:pos] ("该报告还指出"): whoever
    issued a text of that kind (or a titled work, 《…》) last, in this paragraph or an
    earlier one; else (unless ``issued_only``) whoever spoke last, or, for a notice, the
    body acting if no one has."""
    word = _text_word_in(text, seg_start, pos)
    if word is None:
        return None  # (《…请示》中提到: a title naming no kind of text)
    here = [(w, sp) for v, w, sp in sorted(issued, key=lambda x: x[0]) if v < pos]
    if word in CONTENT_WORDS:  # 发布一份联合声明，内容指出: the text just issued, in this paragraph
        return here[-1][1] if here else None
    named = _named_title(text, seg_start, pos)
    if named is not None:  # 在《关于…的请示》文件中提到: that very text, whoever issued one of its kind
        return next((sp for w, sp in resolver.authors + here if w == named.group(0)), None)
    titled = next((sp for w, sp in resolver.authors + here if w == f"《{word}》"), None)
    if titled is not None:
        return titled  # 《成都市联合调查组关于…的通报》…。通报称: the text the article named with its author
    for w, sp in reversed(resolver.authors + here):
        if w.endswith(word) or w.startswith(word) or w == "《" or word in ANY_TEXT and not is_press(sp):
            # (电子邮件 then 该邮件, 判决书 then 判决; 指导意见 then 文件)
            return sp
    if issued_only:
        return None
    body = resolver.last_subject  # 中央纪委对…立案审查…。通报称: the body acting in the story gives its notice
    if word in NOTICES and resolver.last_speaker is None and body is not None and body.kind == "organization" \
            and body.name not in MEDIA_NAMES():
        return body
    last = resolver.last_speaker
    if last is not None and last.kind == "person" and word in _body_texts():
        return None  # 文件称 after 特朗普 spoke: a prosecutors' filing is not his
    return last


TITLE = regex.compile(r"《(?:[^《》]|《[^《》]{1,30}》){2,80}》")


def _named_title(text: str, start: int, end: int):
    """在《关于…的请示》文件中: a text named by its title (not 这篇题为《…》的评论: a text of a
    kind, its title given by the way; nor 《指导意见》, a kind of text the article shortened a title to)."""
    m = TITLE.search(text, start, end)
    if m is None or text.endswith("题为", 0, m.start()) or _text_word_pattern().fullmatch(m.group(0)[1:-1]):
        return None
    return m

THAT_TEXT = ("该", "这份", "这封", "这篇", "此", "其中一条", "其中一则", "其中一篇", "其中一份")  # 该邮件称行动涉及…: the text named before, run-on
ANY_TEXT = ("文件",)  # a document of whatever kind: the last one issued
CONTENT_WORDS = ("内容",)  # the content of a text, whichever kind: only one just issued is its author's
NOTICES = ("通报", "通告", "公告", "通知")  # issued by the body that acts, named or not


def _written_text(segment: str) -> bool:
    return bool(_written_text_pattern().fullmatch(segment))


@lru_cache(maxsize=1)
def _unnamed_words() -> tuple[str, ...]:
    return tuple(lexicon.load().names.get("unnamed") or ())


@lru_cache(maxsize=1)
def _body_texts() -> frozenset[str]:
    return frozenset(lexicon.load().names.get("body_texts") or ())


@lru_cache(maxsize=1)
def _text_words() -> tuple[str, ...]:
    return tuple(sorted(lexicon.load().names.get("texts") or [], key=len, reverse=True))


def _text_word(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a written text (社论, 声明, 推文…) and its trailing adverbs?"""
    return _written_text(text[start:end]) and text.startswith(_text_words(), start)


def _author_subject(seg: str) -> Mention | None:
    """王纬温的评论称: the unknown author of the text is the subject; a body's text may
    follow its name with no 的 (國發會報告也指出)."""
    de = seg.rfind("的")
    if de >= 2 and _text_word(seg, de + 1, len(seg)):
        m = unknown_subject(seg[:de] + "说")  # the cue stands in for what followed the name
        return m if m is not None and m.kind in ("person", "organization") and m.end == de else None
    for at in range(len(seg) - 2, 1, -1):
        if _text_word(seg, at, len(seg)) and "的" not in seg[:at]:  # (一份该组织的内部文件: no body named)
            # 日前一项警方文件写道: the text counted, its author after the count
            count = TEXT_COUNT.match(seg, _past_lead(seg))
            start = count.end() if count and count.end() < at else 0
            m = unknown_subject(seg[start:at] + "说")
            if m is None or m.kind != "organization" or m.end != at - start:
                return None
            return Mention(m.start + start, m.end + start, m.written, m.name, m.kind, m.known, m.rule)
    return None


TEXT_COUNT = regex.compile(rf"(?:日前|近日|稍早|早前|此前|最近)?[{NUMERALS}这该此]?[份项篇封则]")


PASSIVE = regex.compile(r"被|遭|受到")  # 受到外界称赞: praised, not praising
FRAMED_PASSIVE = regex.compile(r"在|就(?!此)|对(?!此)|于|因(?!此|而)|为(?!此)")  # (因此被警方警告: therefore, no frame)
PASSIVE_FRAME_ENDS = ADVERBIAL_ENDS + ("中", "上", "的话")


def _passive_before(text: str, subject_end: int, cue_start: int) -> bool:
    """被/遭 between a subject and its cue in one clause, the cue not closing a time or
    place frame ("被问及此事时说" is his answer; "被50国承认" is not his statement)."""
    p = PASSIVE.search(text, subject_end, cue_start)
    return p is not None and not any(ch in "，,“”「」" for ch in text[p.end():cue_start]) \
        and not text.endswith(PASSIVE_FRAME_ENDS, p.end(), cue_start) \
        and not FRAMED_PASSIVE.search(text, subject_end, p.start())  # "就被列入名单回应称", "在上市被叫停后的话说"


def _heads(people: list[Mention], text: str) -> list[Mention]:
    """以反特朗普出名的参议员穆考斯基: a person named inside what describes another (after
    something else opens the clause, before 的 and the other's role) is not the one the
    clause is about; 川普把自己…与候选人拜登对比 is about 川普."""
    def described(x: Mention, y: Mention) -> bool:
        between = text[x.end:y.start]
        clause = _clause_start(text, x.start)
        return "的" in between and not any(ch in "，,。；" for ch in between) \
            and not CLAUSE_CONNECTORS.search(between[between.rfind("的"):]) and text[clause:x.start].strip() != ""
    return [x for x in people if not any(y.start > x.end and described(x, y) for y in people)]


TOPIC_FRAMES = ("对于", "关于", "针对", "至于", "面对")
NOT_WHEN = ("当地", "当局", "当天", "当日", "当晚", "当时", "当年", "当前", "当选", "当然", "当初", "当事")  # 当 is no "when" there


def _in_frame(text: str, m: Mention) -> bool:
    """在…咒骂彭斯之后，特朗普…，他说 / 在被问及香港警方…时，他说: someone named inside a clause
    of time is not the sentence's subject, unless he is the clause's own (在特朗普…演说后,
    在中国大陆从事服务业的郑姓台青…采访时)."""
    s = _clause_start(text, m.start)
    e = min((i for i in (text.find(ch, m.end) for ch in "，,。；") if i >= 0), default=len(text))
    while s < e and text[s] in " \u3000":
        s += 1
    if text.startswith(TOPIC_FRAMES, s):
        return True  # 对于民进党籍议员要求提报监察院，他则说: what he answered, not who
    if not ((text.startswith(("在", "于"), s) or text.startswith("当", s) and not text.startswith(NOT_WHEN, s))
            and text[e - 1:e] in FRAME_ENDS):
        return False  # (当他在狱中听到里根总统的演讲时，他说: he heard Reagan and he speaks)
    return m.start > s + 1 and text[m.start - 1] != "的"


# a conjunction or a verb's marker after 的: the clause goes on to another person (共和党 is a name)
CLAUSE_CONNECTORS = regex.compile(r"[与及把被跟]|(?<!共)和")


def _named_again(m: Mention, last: Speaker, resolver: Resolver) -> bool:
    """拜登认为……，不过11月24号，拜登在…时强调: the speaker named anew opens a statement of
    his own; the one before ends there."""
    if m.kind != "person":
        return False
    sp = resolver.speaker(m)
    return sp is not None and sp.name == last.name


def _opens_clause(text: str, start: int) -> bool:
    """Does a clause begin at ``start`` (past its commas and spaces)?"""
    at = SPACES.match(text, start).end()
    while at < len(text) and text[at] in "，,":
        at = SPACES.match(text, at + 1).end()
    before = text[:at].rstrip(" \u3000")
    return not before or before[-1] in "。，,；;：:！？!?”」"


def _bare_ok(cue: CueHit, m: Mention | None, sp: Speaker, text: str, alone: bool = True) -> bool:
    """A cue with no punctuation after it ("他认为这是…") counts only with a subject
    in its own clause, or opening a clause of its subject's sentence ("…发出公告，称23日…")."""
    if sp.kind == "group" and not (alone and ONE_SIDE.fullmatch(sp.name)):
        # 双方认为…: both together; 中方表示将…: one side, a party that speaks, unless the paragraph
        # has someone speaking already (赵立坚表示，…。美方一直强调所谓…: the side he speaks of)
        return False
    k = max(text.rfind("，", 0, cue.start), text.rfind(",", 0, cue.start))
    if k >= 0 and (_later_turn(text, k + 1, cue.start) is not None or DAY_ONLY.fullmatch(text, k + 1, cue.start)
                   or MANNER_ONLY.fullmatch(text, k + 1, cue.start)):
        return True  # "…，并称这起事故很不幸", "…，再次强调…", "…，昨天宣布…", "…，讽刺地指出…": a new clause of the same subject
    if m is None:
        return False
    between = text[m.end:cue.start]
    if sp.kind == "group":
        return SIDE_THEN_CUE.fullmatch(between) is not None  # 中方也表示 (not 中方购买承诺难以达成: a noun)
    return not any(ch in "，,。；" for ch in between)


SPACES = regex.compile(r"\s*")
ONE_SIDE = regex.compile(r"(?![双各])\p{Han}方")  # 中方, 美方: a country's side (not 双方, 各方)
SIDE_THEN_CUE = regex.compile(r"(?:也|还|则|却|并|又|已|曾|亦|再次|一再|多次|一直|始终|不断|随即|随后|当天|今天|昨天|\d{1,2}日|[周星期]+[一二三四五六日天])*")


def _narration_stop(text: str, cs: int, ce: int, sentence_points: list[int], credits=()) -> int:
    """End a statement before a sentence that comments on it ("这段话显然是指…", "声明没有具体
    描述…") or that the narrator credits to a report ("据彭博社报道，…", "此前，纽约时报报导…": no
    longer the speaker's words)."""
    markers = lexicon.load().narration_after
    opening = {c.start for c in credits if c.rule != "dateline"}
    for p in sentence_points:
        if not cs < p < ce:
            continue
        lead = _past_lead(text, p)
        if text.startswith(markers, p) or SPACES.match(text, p, ce).end() in opening or lead in opening \
                or _text_not_saying().match(text, p) or _outlet_report_opens(text, lead):
            return p
    return ce


# 纽约时报报导他取消…, 该报今年早些时候曾报道: an outlet opening the sentence with its report
OUTLET_REPORTS = regex.compile(r"《?(?P<name>[^，,。；：《》“”「」\s]{2,12}?)》?(?:报道|报导)")
REPORT_AFTER_OUTLET = regex.compile(r"[^，,。；;：:“”「」]{0,10}?(?:报道|报导)")


def _outlet_report_opens(text: str, at: int) -> bool:
    """Does an outlet open the text at ``at`` with its report: named (纽约时报报导), in title marks
    (《纽约时报》…报导), pointed at (该报…曾报道) or as a generic credit (當地媒體報導)?"""
    if (direct := OUTLET_REPORTS.match(text, at)) is not None and agency_name(direct.group("name")) is not None:
        return True  # (當地媒體報導: a generic credit too)
    if text.startswith("《", at):
        close = text.find("》", at, at + 22)
        end = close + 1 if close > 0 and agency_name(text[at + 1:close]) is not None else None
    else:
        pointer = next((w for w in lexicon.load().names.get("press_pointers") or () if text.startswith(w, at)), None)
        named = next((e for b, e, _, _ in agency_names().find(text[at:at + 16]) if b == 0), None)
        end = at + len(pointer) if pointer else at + named if named else None
    return end is not None and REPORT_AFTER_OUTLET.match(text, end) is not None


@lru_cache(maxsize=1)
def _text_not_saying():
    """声明没有具体描述…, 报告并未说明…: the narrator tells what the text left out."""
    return regex.compile(r"\s*(?:该|这份|这篇|此|上述)?(?:\L<t>)(?:中|里)?(?:也|还|则|却)?(?:并没有|并未|没有|未曾|未)",
                         t=list(_text_words()))


# "国台办称“无中生有”，并批评…": after the quotation, the narrator goes on about the speaker
NARRATOR_GOES_ON = regex.compile(r"\s*(?:并|还|也|又|同时|随后|随即|之后|然后|接着|其后|此后|事后|此外|另外|当时|他|她|他们|她们|这段|这句|这番|此话|此言|这些话"
                              r"|拒绝|不愿|并未|并没有)")  # “有申报的已落表”，拒绝正面确认: what he would not say


# 强调「……」的讲话，/ 说“……”的言论。: the quotation names the words of a speech the sentence is about
SAID_AS_NOUN = regex.compile(r"的(?:讲话|言论|说法|表态|发言|谈话|论述|指示|批示|言辞|声明)(?=[，。；,;])")


def _quote_stop(text: str, cs: int, ce: int, quotes, someone_else=lambda k: False) -> int:
    """他说：“……。”他一直…: a statement opening with a quotation ends with it when
    the quotation ends its sentence, unless another quotation follows ("“防疫优先”，
    虽集会方式调整，但…" goes on); or at a comma where the narrator goes on, about the
    speaker or someone else (“坚决打击逃废债”，辽宁省国资委亦于近日…)."""
    q = next(((o, c) for o, c in quotes if o == cs), None)
    if q is None or q[1] >= ce:
        return ce
    after = text[q[1] + 1:q[1] + 2]
    if SAID_AS_NOUN.match(text, q[1] + 1):
        return q[1] + 1  # 刊登习近平强调「……」的讲话，: the cue and its quotation describe a speech
    if text[q[1] - 1] not in "。！？!?…" and after not in ("。", ".", "；", ";") \
            and not (after in ("，", ",") and (NARRATOR_GOES_ON.match(text, q[1] + 2) or someone_else(q[1] + 2))):
        return ce  # the quotation is part of the statement's first sentence
    k = q[1] + 1
    while k < ce and text[k] in "，,。 ":
        k += 1
    return ce if k >= ce or text[k] in OPENERS else q[1] + 1


def _someone_else_at(text: str, mentions, resolver: Resolver, speaker: Speaker, k: int) -> bool:
    """Does a clause at ``k`` open with someone other than ``speaker``, narrated by an
    adverb of the narrator's (辽宁省国资委亦…, 美国务院则…; not "美国应当…", which he says)?"""
    m = next((m for m in mentions if m.start == k), None)
    if m is None:
        clause = _boundary_pattern("，,。；;").search(text, k)
        m = unknown_subject(text[k:clause.start() if clause else len(text)])
        if m is None or m.start != 0:
            return False
        m = Mention(k, k + m.end, m.written, m.name, m.kind, m.known, m.rule)
    sp = resolver.speaker(m) if m.kind in ("person", "organization") else None
    return sp is not None and sp.name != speaker.name and text.startswith(NARRATED_NEXT, m.end)


NARRATED_NEXT = ("亦", "也", "则", "随后", "同样", "同日", "当天", "此前", "早前", "稍早", "后来")


@lru_cache(maxsize=1)
def _act_pattern() -> regex.Pattern:
    return regex.compile(rf"[，,](?:(?:并|还|也|同时|随后)(?:\L<cues>)了|(?:{NAMED_DAY}|\d{{1,2}}日)"
                         r"(?:再度|再次|再|又)(?:\L<cues>))", cues=list(patterns().cues))


def _disposal(text: str, future: regex.Match, cue_start: int) -> bool:
    """将 taking an object that its clause then calls something (将民众说成…), before the cue's clause."""
    if future.group() != "将":
        return False
    stop = _boundary_pattern("，,。；;").search(text, future.end(), cue_start)
    return stop is not None and DISPOSAL.search(text, future.end(), stop.start()) is not None


def _later_turn(text: str, own: int, cue_start: int) -> bool | None:
    """Whether the clause before a cue names no one of its own (None if it does): True when
    it takes a later day to say so (…，今天再宣布), False for plain adverbs (…，并说)."""
    segment = text[own:cue_start]
    if INHERITING.match(segment):
        return False
    later = LATER_TURN.match(segment)
    return True if later and INHERITING.match(segment[later.end():]) else None


REPORTING = regex.compile(r"报道|报导")


def _outlet_reporting(text: str, att: _Attribution) -> bool:
    """An outlet the lexicon knows as an agency, speaking through its report (光明日报今天报导指出)."""
    a = agency_name(att.speaker.name)
    return a is not None and a[1] and REPORTING.search(text, att.clause_start, att.cue.start) is not None


def _act_stop(text: str, cs: int, ce: int, quotes) -> int:
    """欧洲央行警告称，……构成风险，并重申了…的承诺: a cue with 了 and an object after 并 is the
    narrator reporting the speaker's next act, not more of what was said; so is a cue again on
    another day (繼7月26日宣布…，今天再宣布…)."""
    for m in _act_pattern().finditer(text, cs, ce):
        if not _in_any(quotes, m.start(), m.start() + 1):
            return m.start()
    return ce


CONCEDING = regex.compile(r"虽然?|尽管")
CONCEDED = regex.compile(r"[，,。；;](?:但是?|可是|却|不过)")  # (尽管北京一再强调，…。但…: in the next sentence too)


def _concession_stop(text: str, att: _Attribution, cs: int, ce: int, quotes) -> int:
    """舒莫夫斯基虽表示因个人原因请辞，但当地媒体批评…: what a speaker 虽/尽管 said ends where
    the narrator's 但 answers it."""
    clause = _last_before(_boundaries(text, quotes, "，,", att.clause_start, att.cue.start), att.cue.start, att.clause_start)
    if not CONCEDING.search(text, clause, att.cue.start):
        return ce  # (童女士虽然没有…，但…，她的律师表示，…: the concession is the narrator's)
    for m in CONCEDED.finditer(text, cs, ce):
        if not _in_any(quotes, m.start(), m.start() + 1):
            return m.start()
    return ce


# 他是…的一名作家, 她目前是…合伙人 (not 他是在周六…, 她是否…: what happened, a question)
BIO = regex.compile(r"[他她](?:目前|现在|同时|也|曾)?(?:是|担任|现任|曾任)(?!在|否|因为|由于|从|于|被|说)")


def _bio_stop(text: str, att: _Attribution, cs: int, ce: int, attributions) -> int:
    """“……，”菲尔说，他是生活迪拜的一位英国商人: after a quotation the narrator says who the
    speaker is (English ", said X, who is …"); that is no statement of his."""
    if BIO.match(text, cs) and any(a.cue.postposed and a.cue.start == att.cue.start for a in attributions):
        return cs
    return ce


def _self_narration_stop(text, cs, ce, sentence_points, mentions, speaker, resolver, next_speaker=None) -> int:
    """艾萨说，……。艾萨12日下午搭机离开…: a sentence about the speaker by name is narration again,
    also when a short clause opens it (为了…，TikTok特意聘请了…); so is one about whoever speaks
    next (严德发表示，……。苏贞昌今天被问及…。苏贞昌回答，: the next statement's scene)."""
    names = {speaker.name} | ({next_speaker.name} if next_speaker is not None else set())
    for p in sentence_points:
        if cs < p < ce:
            comma = next((i for i in range(p, min(ce, p + FRONTED_MAX + 1)) if text[i] in "，,"), -1)
            lead = _past_lead(text, p)  # (不过布林肯回避了…: after its connective)
            at = (p, lead, comma + 1) if comma >= 0 else (p, lead)
            m = next((m for m in mentions if m.start in at and m.kind in ("person", "organization")), None)
            if m is not None and (sp := resolver.speaker(m)) is not None and sp.name in names:
                return p
            if m is None and speaker.kind == "organization" and len(speaker.written) >= 2 \
                    and any(text.startswith(speaker.written, a) for a in at):
                return p  # 玻利維亞23日宣佈，…。玻利維亞去年因為…: a country the scan does not list as a mention
    return ce


FRONTED_MAX = 16  # the longest opening clause before a sentence's subject (为了…，)


def _another_voice_stop(text, cs, ce, mentions, speaker, resolver) -> int:
    """捷克外交部表示，将召见中国大使，捷克外长也批评…: a clause opening with someone else who
    also judges (a weak cue the engine may not take, here 批评 and its object), or who in turn
    speaks (中国则认为), is the narrator's again; so is a sentence opening with someone else who
    judges (……。司法部长巴尔抨击…)."""
    for c in range(cs, ce):
        if text[c] in "。；;" and (m := next((m for m in mentions if m.start == c + 1 and m.end < ce), None)) is not None \
                and m.kind in PERSONLIKE and text.startswith(_weak_cues(), m.end) \
                and (sp := resolver.speaker(m)) is not None and sp.name != speaker.name:
            return c + 1  # 奥布莱恩表示，……。司法部长巴尔抨击中共…: the next sentence is another's judgement
        if text[c] not in "，,":
            continue
        also = ALSO_SPEAKS.search(text, c + 2, min(ce, c + 1 + ANOTHER_VOICE_MAX))
        if also is None or any(ch in SEGMENT_END for ch in text[c + 1:also.start()]) \
                or not text.startswith(patterns().cues if "则" in also.group() else _weak_cues(), also.end()):
            continue  # (大法官还说合宪, 林佳龙也指示: what the speaker tells of them; 中国则认为: another view)
        m = next((m for m in mentions if m.start == c + 1 and m.end == also.start()), None)
        if m is not None:
            sp = resolver.speaker(m)
            name = sp.name if sp is not None and m.kind in PERSONLIKE + ("organization", "unnamed") else None
        else:
            u = unknown_subject(text[c + 1:also.start()] + "说")
            name = u.name if u is not None and u.start == 0 and u.end == also.start() - c - 1 \
                and u.kind in ("organization", "unnamed") else None  # (历史亦说明: no one, by shape)
        if name is not None and name != speaker.name:
            return c
    return ce


ANOTHER_VOICE_MAX = 12  # the longest subject of such a clause, with its 也
ALSO_SPEAKS = regex.compile(r"(?:也|还|则|亦|同样)+")


@lru_cache(maxsize=1)
def _weak_cues() -> tuple[str, ...]:
    """批评, 称赞, 指责…: the cues of judgements, longest first."""
    return tuple(sorted({c.cue for c in lexicon.load().cues if c.weight == "weak"}, key=len, reverse=True))


# ，但自由亚洲电台记者调查显示: the narrator sets a finding against the claim
CONTRARY_FINDING = regex.compile(r"[，,](?:但|但是|然而|不过)[^，,。；;“”「」]{0,16}?(?:调查|研究|报告|数据|统计|民调)(?:结果)?(?:显示|表明|发现)")
CONCEDING = regex.compile(r"虽|尽管")  # 虽然…，但是数据显示: the speaker's own argument
OWN_FINDING = regex.compile(r"我|本")  # 但我们的研究显示, 但本报调查发现


# ，但并没有提到…, 。但未披露…, ，但他没说…: the narrator telling what the speaker left unsaid
# (not 回应: …提出警告，但没有回应 is the speaker's complaint that no one answered)
UNSAID = regex.compile(r"[，,。；;](?:但是?|不过|然而)(?:他|她|其|他们|她们|对方)?[并则]?(?:没有|没|未|并未|并没有)"
                       r"(?:具体|明确|详细|进一步)?(?:提到|提及|说明|透露|披露|解释|交代|指出|详述|表示|说)")


def _unsaid_stop(text: str, cs: int, ce: int, quotes) -> int:
    """汪文斌声称…“完全在美方”，但并没有提到…具体原因: what was not said is no more of the statement."""
    for m in UNSAID.finditer(text, cs, ce):
        if not _in_any(quotes, m.start(), m.start() + 1):
            return m.start()
    return ce


def _contrary_finding_stop(text: str, cs: int, ce: int) -> int:
    """中共宣称全国已“告别贫穷”，但记者调查显示…: the statement ends where a finding against it begins."""
    m = CONTRARY_FINDING.search(text, cs, ce)
    if m is None or CONCEDING.search(text, cs, m.start()) or OWN_FINDING.search(m.group()):
        return ce
    return m.start()


def _event_day(text: str, d, att: _Attribution, mentions, article_day) -> bool:
    """今年7月27日开出头奖，由两注均分，台彩表示: the date's clause tells of an event
    of its own, weeks before the article, and the speaker comes in a later clause: the
    day is the background, not when he spoke (an event of the last days is often where
    he spoke: "论坛8日举行，蔡英文透过影片表示")."""
    at = att.subject_at
    if at < d.end or article_day is None or (article_day - d.day).days <= EVENT_REACH:
        return False
    end = next((i for i in range(d.end, at) if text[i] in "，,；;"), -1)
    if end < 0:
        return False
    start = _clause_start(text, d.start)
    if att.speaker.written in text[start:end] or any(start <= m.start < end for m in mentions):
        return False  # "8月6日警方再票控24人，…，警方表示": the speaker's own day
    clause = _clause_start(text, at)
    if LINKED_TIME.match(text, clause, at):
        return False  # "…，半小时后医生宣布": the day goes on
    rest = text[TIME_WORDS.match(text, d.end, end).end():end].strip(" ）)")
    return bool(rest) and not rest.endswith(TIMING_END)


def _anchored(text: str, d) -> bool:
    """自11月3日以来 / 2018年6月起: the date bounds a stretch of time; it is not the day reported
    (nor is a birthday, or a day planned: 原定11日生效)."""
    if d.start and text[d.start - 1] in "自从至到截" or text.endswith(PLANNED, 0, d.start):
        return True
    if DEADLINE.match(text, d.end) and d.start and text[d.start - 1] in "在于":
        return True  # 要在周五前批准: a deadline, not a day anyone was seen on
    clause_end = next((i for i in range(d.end, min(len(text), d.end + 12)) if text[i] in "，。；,"), min(len(text), d.end + 12))
    after = text[d.end:clause_end]
    # (周四（9月3日）自关押以来，首次会见…: the stretch opens at 自, not at the day)
    if any(w in after and not OWN_FRAME_OPENS.search(after, 0, after.index(w)) for w in ANCHORED) \
            or text.startswith(BORN, d.end):
        return True
    # 在1月6日发生特朗普支持者暴力冲进国会大厦并肆意破坏后，: an event the words came after
    frame = AFTER_FRAME.match(text, _clause_start(text, d.start))
    return frame is not None and frame.start("body") <= d.start and d.end <= frame.end("body")


def _told_to(text: str, att: _Attribution, mentions: list[Mention]) -> list[SourceCredit]:
    """他告诉路透社说 / 向韩联社透露: the outlet told is credited. 接受CNN采访时说: the outlet
    interviewing is where the words were given, kept with role ``interview``, not a credit."""
    lex = lexicon.load()
    out = []
    listener = LISTENER_GLOSS.sub("", att.cue.listener).strip()
    if listener:
        # 告诉路透社; 告诉波兰新闻社（PAP）: a news agency the lexicon does not list, by its shape
        # and the gloss that gives its own name (not 告诉国营电视台)
        got = agency_name(listener)
        titled = listener.startswith("《") and listener.endswith("》")  # 告诉《澳大利亚金融评论》: a paper by its title
        if got and (got[1] or titled or PRESS_LIKE.search(listener) and listener != att.cue.listener.strip()):
            out.append(SourceCredit(got[0], listener, "credited"))
    lo = min(att.clause_start, _clause_start(text, att.cue.start))  # (迪梅尔斯告诉华尔街日报说: a clause inherited)
    for m in mentions:
        if lo <= m.start < att.cue.start and text[max(0, m.start - 2):m.start].endswith(TOLD_BEFORE) \
                and not OUTLETS_REPORT.match(text, m.end):  # (不愿对华尔街日报的最新报道做出评论: what it reported)
            agency = lex.agency_by_alias.get(fold_name(m.written))
            if agency and all(s.agency != agency.name for s in out):
                role = "interview" if text.endswith("接受", 0, m.start) else "credited"
                out.append(SourceCredit(agency.name, m.written, role))
    for t in TOLD_TITLE.finditer(text, att.clause_start, att.cue.start):  # ($: 向《X》 right before the cue)
        # 接受法国《星期日报》（Journal Le Dimanche）采访时: a paper the lexicon does not list, by its title
        got = agency_name(f"《{t['title']}》")
        if got and all(s.agency != got[0] and t["title"] not in s.written for s in out):
            out.append(SourceCredit(got[0], t["title"], "interview" if t.group(0).startswith("接受") else "credited"))
    return out


def _told_this_outlet(text: str, att: _Attribution, told: list[SourceCredit], dateline: list[SourceCredit]) -> bool:
    """Were the words given to the outlet reporting them (告诉德国之声 in its own story, 向本台表示)?
    Not to reporters at large: 他对记者说 may be at the press conference the story told of."""
    if OWN_OUTLET.match(att.cue.listener) or TO_OWN_OUTLET.search(text, att.clause_start, att.cue.start):
        return True
    own = {d.agency for d in dateline}
    return bool(own) and any(t.agency in own for t in told)


OWN_OUTLET_WORDS = r"(?:本台|本报|本刊|本网|本站|笔者)"
OWN_OUTLET = regex.compile(rf"\s*{OWN_OUTLET_WORDS}")
TOLD_BEFORE = ("向", "告诉", "对", "接受", "回复", "答复")  # 回复香港01，指…: the outlet answered is told
TO_OWN_OUTLET = regex.compile(rf"(?:{'|'.join(TOLD_BEFORE)}){OWN_OUTLET_WORDS}")
OUTLETS_REPORT = regex.compile(r"的(?:最新|相关|有关|这篇|该)?(?:报道|报导|文章|消息|说法|社论|评论)")
LISTENER_GLOSS = regex.compile(r"\s*[（(][^（）()]*[）)]\s*$")
PRESS_LIKE = regex.compile(r"(?:通讯社|新闻社|通信社|报|电视台|电台|新闻网|广播公司)$")
TOLD_TITLE = regex.compile(r"(?:接受\p{Han}{0,6}?《(?P<title>[^《》]{1,20})》(?:[（(][^（）()]{1,40}[）)])?的?(?:专访|采访|访问|电话采访)"
                           r"|(?:向|对|告诉)《(?P<title>[^《》]{1,20})》(?:[（(][^（）()]{1,40}[）)])?(?:记者)?$)")


def _relayed_by_outlet(attributions) -> dict[int, list[SourceCredit]]:
    """"世界报说，美国国务院发言人…说": an outlet that speaks in a paragraph credits the
    statements it goes on to relay there, as 据世界报报道 would (keyed by attribution id)."""
    out: dict[int, list[SourceCredit]] = {}
    for i, att in enumerate(attributions):
        if att.cue.postposed or att.cue.weak and att.cue.cue == "称" or att.speaker.kind != "organization" \
                or att.speaker.name not in MEDIA_NAMES():
            continue  # (《时代》周刊曾称他为“民主先生”: what it called him relays no one)
        credit = SourceCredit(att.speaker.name, att.speaker.written, "credited")
        for later in attributions[i + 1:]:
            relays = out.setdefault(id(later), [])
            if later.start >= att.cue.content_start and later.speaker.name != att.speaker.name \
                    and all(r.agency != credit.agency for r in relays):
                relays.append(credit)
    return out


def _sources_for(pos: int, credits: list[Credit], sentence_points: list[int]) -> list[SourceCredit]:
    """The last credit before ``pos``: 据X报道 holds for the paragraph, and so does an outlet
    relaying a speaker as the paragraph opens (路透社援引知情人士的消息报道，…。消息人士称);
    one relaying a speaker later on (…；《苹果日报》引用分析人士的话说) holds for its sentence."""
    before = [c for c in credits if c.start < pos
              and not (c.rule == "agency-relays" and any(p <= c.start for p in sentence_points)
                       and any(c.end <= p < pos for p in sentence_points))]
    return list(before[-1].sources) if before else []


def _postposed(text, cue, mentions, quotes, credit_spans, resolver, sentence_points, issued=()):
    """“……，”他说。 / ……，他说。: the statement comes before its speaker (“……。”文件称: the
    text's author)."""
    j = cue.start
    k = j
    split = text.startswith(SPLIT_AFTER, cue.end)
    closes = {c: o for o, c in quotes} if split else {}
    closed_at = {c for o, c in quotes}  # (“……发生,“特朗普说: an opening mark closing the quotation)
    spans = brackets(text, 0, j)
    while k > 0:
        if k - 1 in closes and (term := quoted_term(text, closes[k - 1], k - 1)) is not None:
            k = term  # “……，”…“曲速行动”的首席科学顾问斯劳伊…说，“……”: a quoted name in the subject
            continue
        if text[k - 1] in "，," and any(o < k - 1 < c for o, c in spans):
            k -= 1  # “……，”参议员鲁比奥（Sen. Marco Rubio, R-FL）…说。: a comma of the gloss
            continue
        if text[k - 1] in "，,。”」\"』：？！?!" or k - 1 in closed_at:
            break  # (“纯强迫症”是什么？歌手艾兹拉告诉你: a question of the narrator's, no statement of his)
        k -= 1
    clause_at = k  # where the clause after the statement opens
    relay = CITING.search(text, k, j)
    if relay is not None:
        said = _words_end(text, k, j)
        words_of = said is not None
        if _made_own(relay, words_of) \
                and _person_relaying(text, k, relay.start(), [m for m in mentions if k <= m.start < relay.start()]):
            j = relay.start()  # “……，”包为民引述齐奥尔科夫斯基的话说: his words, from another's mouth
        elif _hands_over(text, relay, said if words_of else j, words_of, [m for m in mentions if k <= m.start and m.end <= j]):
            k = relay.end()  # “……，”美联社引述一名官员的话说: the official speaks, the agency relays
    clause = text[k:j]
    cands = [m for m in mentions if k <= m.start and m.end <= j and not text.endswith(TOLD, k, m.start)]
    people = [m for m in cands if m.kind in PERSONLIKE]  # 共和党领袖麦康奈尔补充道: the leader, not the party
    ends = SPEAKER_ENDS.search(clause, 2)  # 一名离职员工对财新记者说, 阿里云在一份声明中称
    head = clause[:ends.start()] if ends else clause
    if cands:  # ……，佩洛希的发言人Drew Hammill表示: the one named after 的 speaks
        cands = _not_owners(text, cands, j) or cands
        people = [x for x in cands if x.kind in PERSONLIKE]
    m = (people or cands)[0] if cands else (_by_shape(head) if clause else None)
    if cands:
        m = _past_employer(text, m, [x for x in cands if x.start >= m.end])
        if m.kind == "organization" and not people:
            m = _member_of(text, m, j) or m  # “……。”外交部发言人称: the spokesman, not the ministry
        elif m.kind == "unnamed" and m.rule == "lexicon":
            m = _with_modifiers(text, m, k, mentions)  # ……，佩洛希的一名发言人表示: hers, as before a cue
    if m is not None and not cands:
        m = Mention(k + m.start, k + m.end, m.written, m.name, m.kind, m.known, m.rule)
    if m is None and clause:
        m = _surname_subject(clause, k, resolver)
    if m is None and k >= 2 and text[k - 1] in CLOSERS and text[k - 2] in "，,。！？!?" and _bare_name(head):
        m = Mention(k, k + len(head), head, head, "organization", False, "postposed-name")  # “……，”阿里云称。
    if m is None and clause and _written_text(head):
        sp = _author_before(list(issued), text, k, k + len(head), resolver, issued_only=True)
    elif m is None:
        return None
    else:
        sp = resolver.speaker(m)
    if sp is None:
        return None
    p = clause_at
    while p > 0 and text[p - 1] in "，, ":
        p -= 1
    q = next(((o, c) for o, c in quotes if c in (p - 1, p - 2) and c < p), None)
    if q and (text[q[1]] in "”」\"』" or q[1] in closed_at):
        start, end = q[0], q[1] + 1
    else:
        start = _last_before(sentence_points, p)
        start = next((ce for cs, ce in credit_spans if cs <= start < ce), start)  # not the dateline
        end = p
    if end - start < 2:
        return None
    return _Attribution(cue, sp, start, "postposed", cue.start, end)


def _bare_name(clause: str) -> bool:
    """A name and nothing else right after a quotation (“……，”阿里云称): two to four Han
    characters that are no pronoun, word of the language, written text or clause."""
    return 2 <= len(clause) <= 4 and all_han(clause) and clause[0] not in "他她它这该其此本那我你各某" \
        and clause[-1] not in "中里上续" \
        and not set(clause) & NOT_IN_NAMES and not common_word(clause) and not clause.startswith(_text_words())


def _uncued_quotes(para, text, quotes, sentence_points, spans, attributions, prev_speaker, mentions,
                   resolver, credits, dateline) -> list[tuple[Claim, Speaker]]:
    """A sentence that is only a quotation, with no cue, continues the words of
    the speaker before it: this paragraph's last speaker, the previous
    paragraph's (at the start of a paragraph), or the person the previous
    sentence is about ("商鹏飞并否认……。“两者之间没有任何关系。”"). A quotation
    closing a longer sentence is its subject's (``_clause_quote_owner``)."""
    out = []
    starts = set(sentence_points) | {0}
    for o, c in quotes:
        if any(cs <= o < ce for cs, ce in spans):
            continue
        after = text[c + 1:c + 2] if c < len(text) else ""
        if after and after not in "。！？!?" and after not in OPENERS and not text.startswith(END_MARKS, c + 1):
            continue  # the quotation is part of a longer sentence (not when the wire's end mark follows: ”(完))
        owner = None
        before = [(a, span) for a, span in zip(attributions, spans) if span[1] <= o]
        at = o
        while at > 0 and text[at - 1] in " \u3000":
            at -= 1  # (被监禁。 “这是…”: a space after the full stop still opens a sentence)
        rule = "continuation-quote" if at in starts else "clause-quote"
        if at not in starts:
            owner = _clause_quote_owner(text, o, c, sentence_points, mentions, quotes, resolver)
        elif before:
            owner = before[-1][0].speaker
        elif at == 0:
            owner = _named_next(text, c, attributions) or prev_speaker
        else:
            prev = _last_before(sentence_points, o - 1)
            people = [m for m in mentions if prev <= m.start < o and m.kind == "person" and not _in_any(quotes, m.start, m.end)]
            owner = resolver.speaker(people[0]) if people else None
        if owner is None:
            continue
        e = min(c, len(text))
        body = para.text[o + 1:e]
        if letters(body) < 2:
            continue
        said_on = resolver.said_on(None, owner.name)
        out.append((Claim(
            paragraph=para.index, start=para.start + o + 1, end=para.start + e, text=body, kind="direct", cue="",
            speaker_written=owner.written, speaker=owner.name, speaker_kind=owner.kind, said_on=said_on,
            day_rule="article" if said_on == resolver.article_day else "carried", sources=_sources_for(o, credits, sentence_points) + dateline,
            rule=rule, speaker_known=owner.known,
        ), owner))
    return out


def _quoting_no_one(text: str) -> bool:
    """"南美一些国家…，“就是因为没有制度上的变革”。": a paragraph that quotes and names no
    one carries the last speaker's words on; a quotation in the next paragraph is still his."""
    if not QUOTE_MARK.search(text):
        return False
    folded = fold(text)
    return next(patterns().role_start_name.find_all(folded), None) is None \
        and not any(m.kind in ("person", "title", "unnamed", "pronoun") for m in scan_mentions(folded))  # (一名学生提问)


def _told_act(text: str, sentence_points: list[int]) -> int | None:
    """Where the paragraph's last sentence tells of someone telling (分享了…经验, 谈及…), if it does."""
    last = _last_before(sentence_points, len(text.rstrip()) - 1)
    return min((i for i in (text.find(w, last) for w in lexicon.load().told_acts) if i > last), default=None)


def _opens_on(text: str, speaker: Speaker, resolver: Resolver) -> bool:
    """斯卡林发现，……。 then “……”: a paragraph with no statement whose sentence opens on the
    last speaker, by name, is still about them; a quotation in the next paragraph is theirs."""
    if QUOTE_MARK.search(text):
        return False
    folded = fold(text)
    lead = _past_lead(folded, 0)
    opening = folded[:next((i for i in range(lead, len(folded)) if folded[i] in "，,。；;"), len(folded))]
    first = next((m for m in with_learned(opening, scan_mentions(opening), resolver.learned)
                  if m.kind in ("person", "title")), None)  # the opening clause is all that decides
    if first is None or first.start != lead:
        return False
    found = resolver.speaker(first)
    return found is not None and found.name == speaker.name


QUOTE_MARK = regex.compile("[" + regex.escape("".join(sorted(OPENERS))) + "]")


def _named_next(text: str, c: int, attributions) -> Speaker | None:
    """“……”。上述负责人称，……: a quotation opening the paragraph and closed outside its marks
    is the words of the one the next sentence names as it opens, not of the paragraph before."""
    if text[c + 1:c + 2] != "。":
        return None
    nxt = next((a for a in attributions if a.clause_start == c + 2), None)
    return nxt.speaker if nxt is not None and nxt.subject_at == c + 2 and nxt.speaker.kind != "pronoun" else None


def _clause_quote_owner(text, o, c, sentence_points, mentions, quotes, resolver) -> Speaker | None:
    """Whose is a quotation that opens the last clause of a sentence with no cue: the subject
    of the nearest clause before it that names someone, when that someone opens the clause
    (钟翰林反思了过往的主张，“……”; 他…陷入谷底，出现长时间失眠，“……”) and what is quoted is a
    statement (a clause of its own), not a term (被称为“港独”)."""
    if text[o - 1:o] not in "，,：:" or c - o < 10 or not any(ch in "，。！？,!?；" for ch in text[o + 1:c]):
        return None
    sent = _last_before(sentence_points, o)
    # (a comma inside brackets is no clause break: 鲁比奥（Sen. Marco Rubio, R-FL）)
    cuts = [sent] + [p for p in _boundaries(text, quotes + brackets(text, sent, o - 1), "，,", sent, o - 1)
                     if sent < p < o - 1]
    for seg_start, seg_end in reversed(list(zip(cuts, cuts[1:] + [o - 1]))):
        at = _past_lead(text, seg_start)
        named = [m for m in mentions if at <= m.start < seg_end and not _in_any(quotes, m.start, m.end)
                 and m.kind in ("person", "pronoun", "title", "organization")]
        if not named:
            opener = _opening_person(text, seg_start, seg_end, mentions, quotes)
            named = [opener] if opener is not None else []
        if not named:
            continue
        first = named[0]
        if first.start != at or first.kind == "organization" or \
                (first.kind == "pronoun" and first.written not in ("他", "她")):
            return None  # 但考虑到特朗普…，“……”: someone the clause is about, not its subject
        if first.kind == "pronoun" and seg_start > sent:  # 刘然至今都很懊恼，…他也不会…，“……”: the sentence's subject
            opener = _opening_person(text, sent, cuts[1], mentions, quotes)
            first = opener or first
        sp = resolver.speaker(first)
        return sp if sp is not None and sp.kind == "person" else None
    return None


def _opening_person(text, start, end, mentions, quotes) -> Mention | None:
    """The person opening text[start:end] (after its leading words), named by the scan or by shape."""
    at = _past_lead(text, start)
    m = next((m for m in mentions if m.start == at and m.kind == "person" and not _in_any(quotes, m.start, m.end)), None)
    if m is not None:
        return m
    shaped = _shaped_name(text, at, end, NAME_SHAPES)
    return None if shaped is None or text.startswith(NAMED_TOPIC, shaped.end) else shaped


NAMED_TOPIC = ("问题", "议题", "局势", "事件", "方面", "的")  # 巴勒斯坦问题依然严峻: a topic, not a person
