"""Speaker mentions in a paragraph: names, titles, roles before names,
organisations, unnamed sources, collective speakers and pronouns.

``scan_mentions`` finds them all (known ones from speakers.yml/agencies.yml,
unknown ones by shape); ``subject_of`` picks the subject of an attribution
clause. Resolution to one canonical person happens in resolve.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex
from rapidfuzz import fuzz

from .. import lexicon
from ..text import all_han, fold_name, is_han
from .cues import AFFIRMING, NEGATIONS
from .gazetteer import Gazetteer
from .sources import titled_press


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    written: str
    name: str  # canonical if known, else as written (the name part)
    kind: str  # person | organization | unnamed | group | pronoun | title | surname
    known: bool = False
    rule: str = ""


@dataclass(frozen=True)
class _Patterns:
    known: Gazetteer
    known_info: dict
    role_name: regex.Pattern
    latin_name: regex.Pattern
    chinese_name: regex.Pattern
    translit: regex.Pattern
    followers: tuple[str, ...]
    long_followers: tuple[str, ...]  # the followers of two characters or more
    cues: tuple[str, ...]
    surnames: frozenset
    surnames_double: frozenset  # two-character surnames (欧阳, 二阶)
    org_suffix: regex.Pattern
    role_end: regex.Pattern
    org_suffix_in: regex.Pattern
    roles: tuple[str, ...]
    role_start_name: Gazetteer
    name_openers: Gazetteer  # the roles, and nouns a name may follow though nothing ends in them (人士)
    translit_chars: frozenset
    tibetan_names: frozenset
    countries: tuple[str, ...]  # place words of two characters or more, longest first: 英国说 is the British government
    capitals: frozenset  # 华盛顿警告道, 北京表示: a capital speaks for its government, as its country does
    titles_after_name: frozenset  # 教授, 律师: after these two characters are a name (费雪教授)
    long_cues: regex.Pattern  # cue words of two characters or more, shortest first: the earliest end at each start
    title_offices: tuple[str, ...]  # 办公室, 官邸: a title's office, longest first
    title_events: tuple[str, ...]  # 大选, 任期: the office's event or term, not its holder
    platforms: frozenset[str]  # 推特, 脸书: where an account is kept
    country_short: dict  # 德 → 德国, inside a body's name (中国驻德使馆)
    given_names: dict  # canonical person → the given names its dotted forms have (拜登: 乔, 约瑟夫)


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    lex = lexicon.load()
    names = lex.names
    info: dict[str, tuple[str, str, bool]] = {}
    given: dict[str, set] = {}
    for alias, sp in lex.speaker_by_alias.items():
        info[alias] = (sp.name, sp.kind, True)
        if sp.kind == "person" and "·" in alias and is_han(alias[0]):
            given.setdefault(sp.name, set()).add(alias.split("·")[0])
    for title in lex.speakers_by_title:
        info.setdefault(title, (title, "title", True))
    for alias, ag in lex.agency_by_alias.items():
        if len(alias) >= 2:
            info.setdefault(alias, (ag.name, "organization", True))
    for w in names["unnamed"]:
        info.setdefault(fold_name(w), (w, "unnamed", False))
    for w in names["groups"]:
        info.setdefault(fold_name(w), (w, "group", False))
    for w in names["pronouns"]:
        if w != "其":
            info.setdefault(fold_name(w), (w, "pronoun", False))
    for w in names.get("press_pointers") or ():
        info.setdefault(fold_name(w), (w, "organization", False))  # 该报: the paper, resolved to its name
    known = Gazetteer(info.items())
    surnames = frozenset(names["surnames"].replace(" ", ""))
    doubles = tuple(names["surnames_double"])
    tl = regex.escape(names["transliteration_chars"].replace(" ", ""))
    # 比尔.毕晓普: a full stop for the dot, too; after a middle dot any characters (温斯顿·叶普), cut by dotted_end;
    # a middle initial in Latin letters (迈克尔·J·阿布拉莫维兹)
    foreign_given = "|".join(sorted(names["foreign_given_names"], key=len, reverse=True))
    # (莫-布鲁克斯, 李斯-加洛威: one character, or a family name's and one, before a hyphen and a longer part)
    sn = regex.escape("".join(sorted(set(names["surnames"].replace(" ", "")) - set(tl))))
    translit = rf"(?:(?:{foreign_given})(?=·)|[{tl}]{{2,}}|(?<![{tl}])[{sn}]?[{tl}](?=-[{tl}]{{2,}}))(?:[\-.][{tl}]{{1,}}|·[{tl}]{{1,}}|·[A-Z]\.?(?=·)|·\p{{Han}}{{1,5}})*"
    # Sean P. Conley; Korea Academic Society of Games, Charles de Gaulle (not "A and B": two names)
    latin = r"[A-Z][A-Za-z'\-]+(?:[ ·](?:(?:of|for|the|de|du|da|di|del|la|le|van|von|der) )?(?:[A-Z]\. ?)*[A-Z][A-Za-z'\-]+){0,3}"
    han_name = r"(?:\L<sd>|\L<s>氏?)[\p{Han}]{1,2}"  # 黎氏秋姮: a Vietnamese woman's 氏
    roles = sorted(names["role_words"], key=len, reverse=True)
    role_name = regex.compile(
        rf"(?P<role>\L<roles>)(?P<name>{latin}|{translit}|{han_name})",
        roles=roles, sd=list(doubles), s=list(surnames),
    )
    chinese_name = regex.compile(rf"{han_name}", sd=list(doubles), s=list(surnames))
    org_suffix = regex.compile(r"(?:\L<suf>)$", suf=sorted(names["organization_suffixes"], key=len, reverse=True))
    role_end = regex.compile(r"(?:\L<roles>)$", roles=roles)
    # (问 counts only before a quotation: 王毅访问, 傅莹提问 run on past it, no Mr 王毅访)
    cue_words = tuple(sorted({c.cue for c in lex.cues if not (c.quoted and len(c.cue) == 1)}, key=len, reverse=True))
    return _Patterns(
        known=known, known_info=info, role_name=role_name, latin_name=regex.compile(latin),
        chinese_name=chinese_name, translit=regex.compile(translit),
        followers=tuple(sorted(names["name_followers"], key=len, reverse=True)), cues=cue_words,
        long_followers=tuple(f for f in sorted(names["name_followers"], key=len, reverse=True) if len(f) >= 2),
        surnames=surnames, surnames_double=frozenset(doubles), org_suffix=org_suffix, role_end=role_end,
        org_suffix_in=regex.compile(r"\L<suf>", suf=names["organization_suffixes"]),
        roles=tuple(roles),
        role_start_name=Gazetteer((r, None) for r in roles),
        name_openers=Gazetteer((r, None) for r in roles + list(names.get("before_names") or ())),
        translit_chars=frozenset(names["transliteration_chars"].replace(" ", "")),
        tibetan_names=frozenset(names.get("tibetan_names") or ()),
        countries=tuple(sorted((w for w in names["place_words"] if len(w) >= 2), key=len, reverse=True)),
        capitals=frozenset(names.get("capitals") or ()),
        titles_after_name=frozenset(names["titles_after_name"]),
        long_cues=_long_cues(cue_words, lex.not_cues_after),
        title_offices=tuple(sorted(names["title_offices"], key=len, reverse=True)),
        title_events=tuple(names.get("title_events") or ()),
        platforms=frozenset(names.get("platforms") or ()),
        country_short=dict(names.get("country_short", {})),
        given_names={k: tuple(sorted(v)) for k, v in given.items()},
    )


def _long_cues(cue_words, not_after: dict) -> regex.Pattern:
    """Cue words of two or more characters, but not as part of a longer word (分析师, 透露姓名)."""
    def one(c):
        after = not_after.get(c)
        return regex.escape(c) + (f"(?!{'|'.join(map(regex.escape, after))})" if after else "")
    return regex.compile("|".join(one(c) for c in sorted((c for c in cue_words if len(c) >= 2), key=len)))


def _ends_name(text: str, pos: int) -> bool:
    """Does a name plausibly end at ``pos`` (what follows is punctuation, a follower or a cue)?"""
    if pos >= len(text):
        return True
    ch = text[pos]
    if not is_han(ch):
        return True
    p = patterns()
    rest = text[pos:pos + 6]
    if rest.startswith(NEGATIONS) and not rest.startswith(AFFIRMING):
        return True  # 办公室未明确解释…，仅表示 (but 拜登未来的幕僚长)
    if rest.startswith(FELLOWS):
        return False  # 高中同学说: a schoolmate, not the school (同 is "with" only as a word of its own)
    if rest.startswith("网站") and text.endswith("官方", 0, pos):
        return False  # 德国外交部官方网站: 官方 is the site's, the name ends before it
    if ch == "会" and pos and text[pos - 1:pos + 1] in MEETING_WORDS:
        return False  # 高峰会后表示: after the summit, no Mr 高峰 (拜登会后表示: after the meeting)
    if (how := MANNER.match(text, pos)) is not None and (how.end() == len(text) or text.startswith(p.cues, how.end())):
        return True  # 荷默特贝格乐观地认为: how the name speaks
    return rest.startswith(p.followers) or rest.startswith(p.cues) or rest.startswith(p.roles)


def _name_opens_clause(text: str, s: int, e: int, key: str) -> bool:
    """王毅抵达上海后表示, 外长王毅抵达: a known name (or one the article gave) opening its clause,
    or after a role word, is the person whatever verb follows; not when the name is a word too
    (高峰, 汪洋), runs into one (李强化) or into a longer name (吴清祥说, 凯瑞亚基德斯), or its clause
    goes on to name a body, role or circle it has (拜登交接团队, 拜登阵营)."""
    opens = s == 0 or text[s - 1] in CLAUSE_OPENERS or text.endswith(patterns().roles, 0, s)
    return opens and is_han(text[e]) and text[e] not in NOT_IN_NAMES and not common_word(key) \
        and not common_word(key[-1] + text[e]) and not _ends_name(text, e + 1) \
        and not _heads_a_phrase(text, e) and not _spelled_on(text, e, key)


def _spelled_on(text: str, e: int, key: str) -> bool:
    """凯瑞亚基德斯: a transliterated name (凯瑞, Kerry) going on in transliteration is a longer name."""
    chars = patterns().translit_chars
    return all(c in chars for c in key) and text[e] in chars


def _heads_a_phrase(text: str, e: int) -> bool:
    """拜登新政府过渡委员会联合主席…说: the name owns the body, role or people its clause goes on
    to name."""
    p = patterns()
    end = min(len(text), e + PHRASE_AFTER_NAME)
    stop = next((i for i in range(e, end) if not is_han(text[i]) and text[i] != "、"), end)  # (耿潇男好友、前…教授许章润)
    return any(p.org_suffix.search(text, e, i) for i in range(e + 1, stop + 1)) \
        or any(text.startswith(p.roles, i) for i in range(e, stop)) \
        or text.startswith(CIRCLE, e)


# 耿潇男好友, 拜登阵营: the people round a name, speaking for themselves (a relation who speaks
# for the name, 张五洲妹妹, is RELATION_OF's: the name is kept and the speaker is its relation)
CIRCLE = ("好友", "亲友", "战友", "盟友", "粉丝", "阵营", "身边", "副手", "手下")


PHRASE_AFTER_NAME = 12


CLAUSE_OPENERS = frozenset("，,。；;：:！？!?」”　 ")
MEETING_WORDS = frozenset({"峰会", "全会", "大会", "国会", "议会", "年会", "例会", "晚会", "酒会", "聚会", "集会", "盛会", "社会",
                           "机会", "学会", "协会", "工会", "商会"})
# an adverb of manner made with 地 (乐观地, 坦率地), between a name and its cue: two characters
# before 地, so 当地 and 各地 are no adverb, nor 记录明确地 (历史记录明确地表明: no Mr 历史)
MANNER = regex.compile(r"\p{Han}{2}地")
NET_WORDS_GO_ON = "民友络"  # (网民, 网友, 网络)
FELLOWS = ("同学", "同事", "同僚", "同志", "同胞", "同乡", "同伴", "同窗")


# 塔奇顿（Michael Touchton）, 井贤栋(Eric Jing): a name glossed with its Latin spelling
# (found from the bracket: trying a Han run at every character costs a third of the scan)
# (a party or note may follow the spelling: 朴特蕾西（Lucia Puttrich，基民盟）; accents too: 佩特日切克（Tomáš Petříček）)
GLOSS = regex.compile(r"[（(](?P<gloss>\p{Lu}[\p{Latin}.'\-]+(?: \p{Lu}[\p{Latin}.'\-]+){0,3})(?:[，,、；;][^（）()，,]{1,12})?[）)]")
GLOSS_RUN = regex.compile(r"[\p{Han}·\-]{2,12}$")


def glossed(text: str):
    """(start of the Han run before the bracket, the bracket's position) for each glossed name."""
    for m in GLOSS.finditer(text):
        end = m.start() - 1 if text[m.start() - 1:m.start()] == " " else m.start()  # 麦克当劳 (Michael P. McDonald)
        run = GLOSS_RUN.search(text, max(0, end - 12), end)
        if run is not None:
            yield run.start(), end


ACRONYM_GLOSS = regex.compile(r"[（(][A-Z]{2,5}[）)]")  # an abbreviation glossed, not a name spelled
GLOSSED_AFTER_ROLE = 6  # the longest name read between a role word and its Latin gloss
PLATFORM_USERS = ("用户", "网友", "网民", "博主", "帐户", "账户", "帐号", "账号", "使用者")
ROLE_CHARS = frozenset("商官家员长师者人士手生")  # 首席执行官撒辛: the end of a role, not part of a name
# surnames that are also "should", "will", "once": after a role, 总统应废除一中政策 and 部长将出席 are
# no Mr 应 or Mr 将; such a name needs a cue or punctuation after it (会长应勇表示)
MODAL_SURNAMES = frozenset("应将曾")
MODAL_NAME_FRAMES = ("质询", "受访", "接受")  # 立委曾銘宗質詢時指出: a frame of speaking ends such a name too


def _gloss_name_start(text: str, end: int, floor: int) -> int | None:
    """Start of the Chinese rendering of a glossed name ending at ``end``: a
    transliteration run, else a surname and one or two characters."""
    p = patterns()
    dot = text.rfind("·", floor, end)
    if dot > floor and end - dot <= 6:  # 温斯顿·叶普（Winston Yep）: the parts before the dot too
        k, start = dot, None
        while True:
            j = k
            while j > floor and text[j - 1] in p.translit_chars:
                j -= 1
            if k - j < 2 and start is not None or k - j < 1:
                break
            start = j
            if j - 1 > floor and text[j - 1] == "·":
                k = j - 1  # 安娜·弗雷塔斯·里贝罗
                continue
            break
        if start is not None and dot - start >= 2:
            return start
    k = end
    while k > floor and (text[k - 1] in p.translit_chars or text[k - 1] in "·-"):
        k -= 1
    while k < end and text[k] in "·-":
        k += 1  # 亚历山大·库利（Alex Cooley）with 大 no transliteration character: 库利, not ·库利
    if k > floor and text[k - 1] in p.surnames and text[k:k + 2].endswith("-"):
        k -= 1  # 李斯-加洛威（Iain Lees-Galloway）: a family name's character opening the first part
    for r in range(min(k - 1, end - 2), max(floor, end - GLOSSED_AFTER_ROLE) - 1, -1):
        if text.endswith(p.roles, floor, r) and all(is_han(c) and c not in ROLE_CHARS for c in text[r:k]) \
                and not set(text[r + 1:end - 1]) - SOUNDS_IN_NAMES & NOT_IN_NAMES \
                and text[r] not in NOT_IN_NAMES and text[end - 1] not in NOT_IN_NAMES \
                and not p.org_suffix.search(text, r, end) and not common_word(text[r:end]):
            # 发言人迪力夏提（Dilixiati）: all of the name between the role and its gloss (主任恩和巴图
            # （Enghebatu Togochog）: 和 sounds a syllable inside one)
            return r
    if end - k == 2 and k > floor and text[k - 1] in p.surnames and text[k - 1] not in p.translit_chars:
        return k - 1  # 薛瑞福（Randall Schriver）: a Chinese name given to a foreigner
    if end - k >= 2:
        return k
    for length in (3, 2):
        s = end - length
        if s >= floor and (text[s] in p.surnames or text[s:s + 2] in p.surnames_double):
            return s
    return None


# Characters that do not end or fill an unknown given name (查询时, 武汉的)
NOT_IN_NAMES = frozenset("时的了在说表示称是有和与对向等及问询答回应就会将要也都还们谎辩据俗期我你所虽未已")  # 曾谎称: no Mr 曾谎
# 马时亨: 时 may open a two-character given name, though never end one (受访时表示),
# nor start a time word (同时期, 黄金时间)
SOUNDS_IN_NAMES = frozenset("和")  # inside a name glossed in Latin: 恩和巴图（Enghebatu）
OPENS_GIVEN = frozenset("时和")  # (徐和建, 林和立: 和 opens a given name, 王和单 joins two surnames)
TIME_AFTER = frozenset("期间候刻代段节")


NOT_ENDING_NAMES = frozenset("地")  # 乐观地认为, 明确地表示: an adverb, no Mr 乐观地


def given_ok(given: str) -> bool:
    """Can ``given`` be the given name after a surname?"""
    if given[-1:] in NOT_ENDING_NAMES:
        return False
    if len(given) == 2 and given[0] in OPENS_GIVEN:
        return given[1] not in NOT_IN_NAMES and given[1] not in TIME_AFTER \
            and not (given[0] == "和" and given[1] in patterns().surnames)
    return not set(given) & NOT_IN_NAMES


# words in 周 that are neither a name nor a day (the days are WEEKDAY_WORD's): 记者周边…
ZHOU_WORDS = ("周边", "周年", "周内", "周期", "周围", "周刊", "周报", "周遭", "周全")
WEEKDAY_WORD = regex.compile(r"(?:周|星期|礼拜)[一二三四五六日天末]|[今昨前明]天|[上本下]周")


DOTTED_NAME = regex.compile(r"\p{Han}{1,4}(?:·\p{Han}{1,6})+(?:-\p{Han}{1,6})*")  # 琼·约翰逊-弗里斯


def _tibetan_name_end(p: _Patterns, text: str, at: int) -> int | None:
    """达瓦才仁, 次仁卓玛: a Tibetan name of two names of two syllables each, from a list."""
    end = at
    while end - at < 4 and text[end:end + 2] in p.tibetan_names:
        end += 2
    return end if end - at == 4 else None


def _foreign_dotted(p: _Patterns, text: str, at: int, dot: int) -> bool:
    """参议员马可·鲁比奥, 发言人君特·沙博夫斯基: a middle dot makes a foreign name of characters
    the transliteration list lacks, when it opens with one, or with a two-character first name
    whose second character and the family name's first are (not 总监的苏·戈登)."""
    chars = p.translit_chars
    return text[at] in chars or (dot - at == 2 and text[at] not in NOT_IN_NAMES
                                 and text[at + 1] in chars and text[dot + 1] in chars)


# 引述分析师刘郁的话说, 引述学者沈凌的分析表示: the one whose words are quoted, named before them
WORDS_OF_NAME = ("的话", "的分析", "的观点", "的看法", "的说法", "的评论", "的讲话", "的谈话")


def _name_after_role(text: str, at: int) -> int | None:
    """End of the name that follows a role word at ``at`` (外长艾索柏恩, 发言人汪文斌,
    专家茹科夫, 律师Richard Peck), or None: the longest reading that ends at a name boundary."""
    p = patterns()
    if WEEKDAY_WORD.match(text, at):
        return None  # 警察周一告诉法庭: a time word, not a name
    if text.startswith(p.followers, at) and not (text[at] == "周" and not text.startswith(ZHOU_WORDS, at)):
        # 所长曾怡硕认为: 曾 is also a surname, when a cue follows the name at once; 周 is one
        # unless it is a day (周一, weekdays are out above) or a word (周边): 教授周孝正
        if text[at] != "曾" or not (cn := p.chinese_name.match(text, at)):
            return None
        e = trim_chinese_name(text, at, cn.end())
        framed = text.startswith(MODAL_NAME_FRAMES, e) and not common_word(text[at:e])  # (所长曾经质询: no name)
        return e if e - at >= 2 and (text.startswith(p.cues, e) or framed) else None
    if text.startswith(p.roles, at):
        return None  # 顾问团成员: a longer role (成 is a surname, 成员 no name)
    if text.startswith(p.cues, at):
        return None  # 记者谈到: 谈 is a surname, 谈到 a cue
    ends = []
    lat = p.latin_name.match(text, at)
    if lat:
        ends.append(lat.end())
    tr = p.translit.match(text, at)
    tr_name = None
    if tr:
        tr_end = dotted_end(text, at, tr.end())
        tr_name = at + trim_transliteration(text[at:tr_end], text[tr_end:tr_end + 6])
        ends.append(tr_name)
    dotted = DOTTED_NAME.match(text, at)
    cut = None
    if dotted and _foreign_dotted(p, text, at, at + dotted.group(0).index("·")):
        ends.append(dotted_end(text, at, dotted.end()))
        cut = ends[-1] if ends[-1] < dotted.end() else None  # where the dotted name was found to end
    cn = p.chinese_name.match(text, at)
    if cn:
        e = trim_chinese_name(text, at, cn.end())
        if given_ok(text[at + 1:e]) and not common_word(text[at:e], places=False) \
                and not (e - at == 3 and common_word(text[at:at + 2], kinds=WORDS_NOT_STARTING_NAMES)
                         and not (common_word(text[at:at + 2], kinds=ADJECTIVES) and _ends_name(text, e))
                         and not (common_word(text[at:at + 2], kinds=NOUNS) and text.startswith(p.cues, e))):
            # 老板娘安慰我, 访问时刻提: words, not Mr 安 or Mr 时; 教授沈阳, 副部长林中斌 are people, and
            # so is 会长简明子表示: an adjective opens a name that a cue or a follower ends, and
            # 副主委黄金城强调: a noun opens a name that a cue ends
            ends.append(e)
    if cn:  # (刘郁的话: the scan reads 刘郁的 as a name of three)
        ends += [e for e in (at + 2, at + 3) if e <= cn.end() and text.startswith(WORDS_OF_NAME, e)
                 and given_ok(text[at + 1:e]) and not common_word(text[at:e], places=False)]
    if text[at:at + 1] in MODAL_SURNAMES:
        ends = [e for e in ends if e >= len(text) or not is_han(text[e]) or text.startswith(p.cues + MODAL_NAME_FRAMES, e)]
    good = [e for e in ends if e - at >= 2 and (_ends_name(text, e) or e == cut or text.startswith(WORDS_OF_NAME, e))]
    if good:
        return max(good)
    three = [e for e in ends if e - at == 3 and cn and given_ok(text[at + 1:e])
             and not any(text.startswith(p.roles, k) for k in (e, e + 1))]
    if three:  # (主管廉正事务副总裁罗森: the words of another role, the one a name follows)
        if tr_name is not None and tr_name - at >= 4 and tr_name > three[0]:
            return tr_name  # 总理莫拉维茨基现场发表讲话: a longer transliteration, not Mr 莫拉维
        return three[0]  # after a role word a three-character name is likely
    tibetan = _tibetan_name_end(p, text, at)  # 董事长达瓦才仁: a Tibetan name, two given names
    return tibetan if tibetan is not None and _ends_name(text, tibetan) else None


def dotted_end(text: str, start: int, end: int) -> int:
    """Where a name with a middle dot ends: the shortest last part after the dot that a
    name boundary follows (温斯顿·叶普说 → 温斯顿·叶普)."""
    dot = text.rfind("·", start, end)
    if dot < 0:
        return end
    chars = patterns().translit_chars
    spelled = dot + 1  # where the run of transliteration characters after the dot ends
    while spelled < end and text[spelled] in chars:
        spelled += 1
    for e in range(dot + 2, end + 1):
        if e < len(text) and text[e] in "·-.":
            continue  # 斯蒂芬·亚尔-洛尔: the name goes on
        if _ends_name(text, e) or text[e] == "的":
            # 威利·勃兰特推动这一希望: two characters past the spelled name are a verb, not the name
            return spelled if e - spelled >= 2 and spelled - dot >= 3 and "-" not in text[spelled:e] else e
    return end


def trim_transliteration(run: str, after: str) -> int:
    """Length of a transliterated name inside a run of transliteration characters:
    stop where a time word or follower begins (奥利|本周, 布林肯|在)."""
    p = patterns()
    for e in range(2, len(run)):
        if (run[e:] + after).startswith(p.long_followers):
            return e
    return len(run)


# One-character words that follow a name but could also end a given name:
# "徐旭也说" is 徐旭 + 也, "王毅在" is 王毅 + 在.
FUNCTION_CHARS = frozenset("也在于还则曾已对向并又就都即便亦将却仍")


def trim_chinese_name(text: str, start: int, end: int) -> int:
    """Where an unknown Chinese name starting at ``start`` ends: surname plus a
    one- or two-character given name, whichever is followed by a name boundary
    (the shorter one when the longer would swallow a function word)."""
    p = patterns()
    sur = 2 if text[start:start + 2] in p.surnames_double or text[start + 1:start + 2] == "氏" else 1
    if sur == 2 and text.startswith(p.long_followers, start + 2):
        return start + 2  # 村上然后说: a family name of two characters alone, as Japanese names are cut
    short = start + sur + 1
    if short < len(text) and text[short] in FUNCTION_CHARS and short <= end:
        return short
    if short <= end and WEEKDAY_WORD.match(text, short):
        return short  # 康利周一表示: 周一 is the day, not the name
    if sur == 2 and text[start + 2:start + 4] in p.titles_after_name:
        return start + 2  # 小池知事: a family name of two characters and the title after it
    for given in (2, 1):
        e = start + sur + given
        if e <= end and is_han(text[e - 1]) and _ends_name(text, e) and not (given == 2 and text[e - 1] in NOT_IN_NAMES):
            return e  # 张瑜称: 称 ends the name, it is not its last character
    return min(end, start + sur + 2)


_PRONOUN_BAD_BEFORE = set("其吉利排")
_PRONOUN_BAD_AFTER = set("人国乡者州")
PRESS_RELAYS = regex.compile(r"[还也则并又]?(?:引述|援引|引用|转引|引据)")
PRESS_WORD_GOES_ON = frozenset("道导告社纸刊亭业馆表案价复警到名考登载物")  # 该报道, 该报告, 该报社, 该刊物
# words that end a clause opener, so 他/她 after them starts the clause (不过她也提到)
_PRONOUN_OK_WORDS = ("不过", "此外", "另外", "因此")
# characters after which 他/她 still starts a clause (但他说, 并称她, 对他, 用她自己的话说)
_PRONOUN_OK_AFTER = set("但而并且也还就则又所因时后说称道和与及对向跟让被给令使把将即便若如是曾已再才都亦乃用日年天晚中上间里前")  # 23日他, 今天她, 会中他, 席间她


def _title_over(p, text: str, s: int, e: int) -> Mention | None:
    """A title that starts inside a body's name and runs past it (美国[联邦调查局局长])."""
    for s2, e2, key, (name, kind, is_known) in p.known.find_all(text[s + 1:e + 8]):
        if kind == "title" and s + 1 + s2 < e < s + 1 + e2:
            return Mention(s + 1 + s2, s + 1 + e2, key, name, kind, is_known, "lexicon")
    return None


SERVING_GAP = 3  # 法律(总)顾问: the words that may stand between a title and the role of whoever serves it
ROLE_MAX = 8  # characters in the longest role word, and more


def _serving_title(p, text: str, e: int) -> int:
    """Where the role ends of someone serving the title ending at e (发言人, 顾问): next after
    it, behind at most a few characters of its field (美国贸易代表法律总顾问) and no name
    (美国总统拜登); 0 if none."""
    for k in range(SERVING_GAP + 1):
        if k and (not is_han(text[e + k - 1:e + k]) or text[e + k - 1] in NOT_IN_FIELD
                  or text[e:e + k] in lexicon.load().speaker_by_alias or text.startswith(p.cues, e + k - 1)):
            return 0
        role = next(p.role_start_name.find(text[e + k:e + k + ROLE_MAX]), None)  # the longest role there
        if role is not None and role[0] == 0:
            end = e + k + role[1]
            return 0 if text[end:end + 1] in BODY_AFTER_ROLE else end  # (辩论委员会: a body)
    return 0


NOT_IN_FIELD = frozenset("的由按在与和及对向被把将为之等")  # 首席法官由行政长官按独立委员会…: a clause, no field
BODY_AFTER_ROLE = frozenset("会院部局处厅室所组团队府")


def _known_person_at(p, text: str, at: int) -> bool:
    """Does a person the lexicon knows start at ``at``?"""
    return any(s == 0 and info[1] == "person" for s, _, _, info in p.known.find_all(text[at:at + 8]))


# a province, city or county named right before a body (湖南省, 长沙市, 新北市): its own office
LOCAL_PLACE = regex.compile(r"(?<![\p{Han}])\p{Han}{2,3}(?:省|市|县|縣)$")


def _opens_phrase(p, text: str, at: int) -> bool:
    """Does a name at ``at`` open its noun phrase: after punctuation (a dateline's bracket too), a 的,
    or a country (德国《商报》)?"""
    k = at - len(next((c for c in (*p.countries, *p.capitals) if text.endswith(c, 0, at)), ""))  # (柏林《日报》)
    return k == 0 or text[k - 1] in "，。；：！？、,;:!? \n”」』）)" or text[k - 1] == "的" \
        or text.endswith(PRESS_KINDS, 0, at)  # 梵蒂冈官方报纸《罗马观察报》: the paper, by the kind it is


PRESS_KINDS = ("报纸", "官报", "党报", "官媒", "媒体", "杂志", "刊物", "小报", "大报")


def scan_mentions(text: str) -> list[Mention]:
    """All speaker-like mentions in a folded paragraph, longest first, no overlaps."""
    p = patterns()
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    def add(m: Mention):
        if free(m.start, m.end):
            taken.append((m.start, m.end))
            found.append(m)

    generic = ("unnamed", "group", "pronoun")
    known = []
    for s, e, key, (name, kind, is_known) in p.known.find(text):
        if kind == "pronoun":
            if (s and text[s - 1] in _PRONOUN_BAD_BEFORE) or (e < len(text) and text[e] in _PRONOUN_BAD_AFTER):
                continue
            if s and is_han(text[s - 1]) and text[s - 1] not in _PRONOUN_OK_AFTER \
                    and not text.endswith(_PRONOUN_OK_WORDS, 0, s):
                continue  # 南达科他州, 吉他: 他 inside a word
        if not is_known and name.endswith(("报", "刊")) and (text[e:e + 1] in PRESS_WORD_GOES_ON or "报告" in text[:s]
                                                               or PRESS_RELAYS.match(text, e)):
            # 该报道, 该报告, 该刊物: a word of its own, not the paper (…该报告列出…。该报还建议: the report;
            # 该报引述路透社消息指出: the paper relays, a credit)
            continue
        if kind == "person" and (s >= 2 and text[s - 1] == "-" and text[s - 2] in p.translit_chars
                                 or text[e:e + 1] == "-" and text[e + 1:e + 2] in p.translit_chars):
            continue  # 梅拉妮娅-特朗普 is not 特朗普, nor 约翰逊-弗里斯 约翰逊: the transliteration scan names them
        if kind == "person" and text[e:e + 1] == "·" and "·" not in key and text[e + 1:e + 2] in p.translit_chars:
            continue  # 米歇尔·奥巴马 is not 米歇尔 (Charles Michel): the first part of a longer name
        if kind == "person" and s >= 2 and text[s - 1] == "·" and "·" not in key \
                and (given := _given_start(p, text, s - 1)) < s - 1:
            if not _known_given_name(p, text[given:s - 1], name):
                # 马特·盖茨 is not 比尔·盖茨, 吉尔·拜登 not 乔·拜登: someone the lexicon does not know
                # (菊尔·伊力哈木, with a first character the transliteration list lacks)
                if given == s - 2 and given and is_han(text[given - 1]) and text[given - 1] not in NOT_IN_NAMES \
                        and not text.endswith(p.roles, 0, given):  # 教授琼·约翰逊: 授 ends the role
                    given -= 1
                if _ends_name(text, e):
                    w = text[given:e]
                    known.append(Mention(given, e, w, w, "person", False, "translit-name"))
                continue
            s = given  # 拉里·库德洛: the known person by full name (not 拉里 speaking)
        # a known name must not be the middle of a longer Han word (e.g. 李强 in 李强化)
        if kind == "person" and len(key) <= 2 and e < len(text) and not _ends_name(text, e) \
                and not (len(key) == 2 and (text.startswith("的话", e) or text.startswith("的", e)
                                            and text.startswith(p.roles, e + 1) or _name_opens_clause(text, s, e, key))):
            continue  # (but 用蔡霞的话说: her words, 拜登的顾问: his adviser; 达到高峰的 is no 高峰)
        if key[:1].isascii() and _in_brackets(text, s):
            continue  # 减灾办公室（UN Office for…）: a gloss, not the UN
        if kind == "organization" and key.endswith("网") and text[e:e + 1] in NET_WORDS_GO_ON:
            continue  # 广东网民, 东网友: the 网 of 网民 or 网友, not the news site 东网
        if kind == "organization" and INDEX_AFTER.match(text, e):
            continue  # 标普500指数, 标普道琼斯指数: an index named for the body, not the body
        if kind == "organization" and text.startswith(PLATFORM_USERS, e) and name in p.platforms:
            continue  # 一名推特用户说: someone on the platform, not its company
        if kind == "unnamed" and any(p.org_suffix.fullmatch(text, e, k) for k in range(e + 2, min(len(text), e + 3) + 1)):
            continue  # 美国微信用户联合会: the people a body is named for, not people speaking
        if kind == "organization" and text.startswith("长", e) and text.endswith(p.roles, s, e + 1):
            continue  # 外交部长佩特切克, 阿塞拜疆国防部长表示: the minister, named or not, not the ministry
        country = None
        if kind == "organization" and text.endswith(p.countries, 0, s):  # one C call for the common case
            country = next(c for c in p.countries if text.endswith(c, 0, s))
        if country and not name.startswith(country):
            # 伊朗国防部: another country's ministry, not the one the bare word means in the lexicon
            s -= len(country)
            known.append(Mention(s, e, text[s:e], text[s:e], kind, False, "country-body"))
            continue
        local = LOCAL_PLACE.search(text, max(0, s - 6), s) if kind == "organization" and s >= 3 else None
        if local is not None and not name.startswith(local.group()):
            # 湖南省发改委: a province's or city's own office, not the national one the bare word means
            s = local.start()
            known.append(Mention(s, e, text[s:e], text[s:e], kind, False, "local-body"))
            continue
        if kind == "title" and text.startswith(p.title_events, e):
            continue  # 美国总统大选分析: the election, not the president
        if kind == "title" and text.startswith(p.title_offices, e):
            office = next(o for o in p.title_offices if text.startswith(o, e))
            w = text[s:e + len(office)]  # 韩国总统办公室: the office, not the president
            known.append(Mention(s, e + len(office), w, w, "organization", False, "title-office"))
            continue
        if kind == "title" and (staff := _serving_title(p, text, e)):
            # 美国总统发言人, 前美国贸易代表法律总顾问Vaughn: someone serving the title's holder, not the
            # holder; unnamed unless a name follows the role
            if not _known_person_at(p, text, staff):  # (美国总统当选人拜登: the one named)
                known.append(Mention(s, staff, text[s:staff], text[s:staff], "unnamed", False, "title-staff"))
            continue
        if kind == "organization":
            title = _title_over(p, text, s, e)
            if title is not None:
                known.append(title)  # 美国联邦调查局局长雷: the director, not the bureau
                continue
        known.append(Mention(s, e, text[s:e], name, kind, is_known, "lexicon"))
    if "名" in text or "叫" in text:
        for m in _called(p, text, known):
            add(m)
    for m in known:
        if m.kind not in generic:
            add(m)
    glosses = dict(glossed(text))
    for role_start, role_end, _, _ in sorted(p.name_openers.find_all(text)):
        name_start = role_end
        if text.startswith(("（", "("), name_start) and (gloss := ROLE_GLOSS.match(text, name_start)):
            name_start = gloss.end()  # 干事长(秘书长)二阶俊博: the role glossed, then the name
        if text.startswith("之一", name_start):
            name_start += 2  # 发起人之一陈健民, 报告作者之一章亦文: one of those holding the role
        name_start = past_nationality(text, name_start)
        if name_start >= len(text) or not (is_han(text[name_start]) or "A" <= text[name_start] <= "Z"):
            continue
        best = _name_after_role(text, name_start)
        gloss_end = next((e for s, e in glosses.items() if s <= name_start < e), None)
        if best and gloss_end and best < gloss_end <= name_start + 8 and all(is_han(c) for c in text[best:gloss_end]) \
                and not text.startswith(p.roles, best) and not text.startswith(p.long_followers, best):  # 麦戈文众议员（…）
            best = gloss_end  # 教授杜考尔斯基思(Alex Dukalskis), 外长佩特日切克（Tomáš Petříček）: the name runs to its gloss
        if best and free(name_start, best):
            name = text[name_start:best]
            if is_han(name[0]):
                name = name.replace(".", "·")  # 比尔.毕晓普: the full stop stands for the middle dot
            if not free(role_start, name_start) and any(m.kind == "title" and m.end == role_end for m in found):
                # 时任美国总统尼克松: the lexicon's title is only the office, the name after it says who held it
                # (a full name, ending where a name ends: 美国商务部长罗斯 stays the holder the lexicon knows)
                if best - name_start >= 3 and _ends_name(text, best):
                    add(Mention(name_start, best, name, name, "person", False, "role-name"))
                continue
            add(Mention(role_start, best, text[role_start:best], name, "person", False, "role-name"))
    if "姓" in text:
        for m in _surnamed(p, text):
            add(m)
    for run_start, e in glosses.items():
        if p.org_suffix.search(text, run_start, e) and "·" not in text[run_start:e]:
            continue  # 英格兰银行（BOE）: a body glossed, no Mr 兰银行 (罗伯特·科赫研究所 is read whole)
        if ACRONYM_GLOSS.match(text, e) and "·" not in text[run_start:e]:
            continue  # 情绪商数（EQ）: a term spelled in capitals, no Mr 商数 (罗伯特·科赫研究所（RKI） is read whole)
        name_start = _gloss_name_start(text, e, run_start)
        if name_start is not None:
            written = text[name_start:e]
            # 保罗·亨特教授（Paul Hunter）: the gloss spells the name, the title after it is no part of it
            title = title_after(written)
            name = written[:len(written) - len(title)] if len(written) - len(title) >= 2 else written
            add(Mention(name_start, e, written, name, "person", False, "glossed-name"))
    if "公司" in text or "集团" in text:
        for c in LATIN_COMPANY.finditer(text):
            if not text.startswith(p.roles, c.end()) and not text.startswith("的", c.end()):
                add(Mention(c.start(), c.end(), c.group(0), c.group("name"), "organization", False, "latin-company"))
    if "名" in text:
        for m in _pseudonymous(p, text):
            add(m)
    for m in (p.translit.finditer(text) if any(c in text for c in "·-.") else ()):
        end = dotted_end(text, m.start(), m.end())
        w = text[m.start():end]
        if ("·" in w or "-" in w or "." in w) and (_ends_name(text, end) or text.startswith("是", end)):  # (约翰·考克是…主任)
            listed = lexicon.load().speaker_by_alias.get(fold_name(w)) if "-" in w else None
            if listed is not None and listed.kind == "person":  # 乔-拜登: the 乔·拜登 the lexicon knows
                add(Mention(m.start(), end, w, listed.name, "person", True, "lexicon"))
                continue
            add(Mention(m.start(), end, w, w.replace(".", "·"), "person", False, "translit-name"))
    for m in p.latin_name.finditer(text):
        if _in_brackets(text, m.start()):
            continue  # 约翰·麦凯(John McKay), 办公室（UN Office for Disaster Risk Reduction）: a gloss
        if " " in m.group(0) or "·" in m.group(0):
            add(Mention(m.start(), m.end(), m.group(0), m.group(0), "person", False, "latin-name"))
    for m, name in titled_press(text):  # 柏林出版的《日报》说: a paper the lexicon lacks, by its title
        if _opens_phrase(p, text, m.start()):  # (宣传《时代》杂志…: what was promoted, no speaker)
            add(Mention(m.start(), m.end(), m.group(), name, "organization", False, "titled-press"))
    for m in known:
        if m.kind in generic:
            add(m)
    found.sort(key=lambda x: x.start)
    return _merge_titles(text, found)


INDEX_AFTER = regex.compile(r"\s?\d*\s?指数|道琼斯")
# 王颖（化名）, 栓子（化名）: a name the article says it made up, which is a person's all the same
PLACE_ENDS = frozenset("村镇乡县市区省州街路楼店厂")  # 大旺村（化名）: a place renamed
# Wirecard公司, BioNTech公司: a firm by its Latin name, so that 该公司 later finds it (not IT公司:
# an all-capital word of three letters or fewer is a kind of firm as often as a name)
LATIN_COMPANY = regex.compile(r"(?<![A-Za-z0-9])(?P<name>(?=[A-Z])(?![A-Z]{1,3}(?![A-Za-z0-9 ]))[A-Za-z0-9&'\-]+(?: [A-Z][A-Za-z0-9&'\-]*){0,2})(?:公司|集团)")
PSEUDONYM = regex.compile(r"(?<=\p{Han}) ?[（(](?:化名|假名|音)[）)]")


# 一位名叫翟若怡（音）的社交媒体用户, 名为李方的推友, 一家名为武汉弘芯的民营企业: the name the
# phrase gives is who speaks, not the kind of person or body it then says they are
CALLED = regex.compile(r"(?:名叫做?|名为|叫做|名字叫)(?P<name>[^\s，,。、：:“”「」《》的（）()]{2,12}?)"
                       r"(?:\s?[（(][^（）()]{1,30}[）)])?的")
CALLED_HEAD_MAX = 6  # how far after 的 the head noun may start (一位名叫Andy的微信用户: 用户)


def _called(p, text: str, known: list[Mention]):
    """The name in "名叫X的…", as one mention from the name to the head noun the phrase ends on
    (a person's word the lexicon lists, or a role); none when no such head follows."""
    for c in CALLED.finditer(text):
        name = c.group("name")
        if is_han(name[0]) and (set(name) & NOT_IN_NAMES or common_word(name)):
            continue
        at = c.end()
        head = next((m.end for m in known if at <= m.start <= at + CALLED_HEAD_MAX and m.kind in ("unnamed", "organization")),
                    None)
        if head is None:
            head = next((i + len(r) for i in range(at, min(len(text), at + CALLED_HEAD_MAX))
                         for r in p.roles if text.startswith(r, i)), None)
        if head is None or not _ends_name(text, head):
            continue
        kind = "organization" if p.org_suffix.search(name) or p.org_suffix.search(text, at, head) else "person"
        yield Mention(c.start("name"), head, text[c.start("name"):head], name, kind, False, "called-name")


def _pseudonymous(p, text: str):
    """The name before a pseudonym gloss: a surname and a given name (班长陈鹏: past the
    role's last character), or two characters (雀跃, 晓宁), never a place or a body (大旺村)."""
    for g in PSEUDONYM.finditer(text):
        e = g.start()
        s = e - 2
        if s >= 1 and text[s - 1] in p.surnames and text[s - 1] not in ROLE_CHARS and given_ok(text[s:e]):
            s -= 1  # 胡延贵, not 延贵
        name = text[s:e]
        if s >= 0 and all_han(name) and not set(name) & NOT_IN_NAMES and not p.org_suffix.search(name) \
                and name[-1] not in PLACE_ENDS \
                and not common_word(name):
            yield Mention(s, e, name, name, "person", False, "glossed-name")


# 劉姓NGO工作者, 一名吴姓男子, 郑姓台青: someone the article names by family name and a description
SURNAME_MARK = regex.compile(r"(?<=\p{Han})姓(?![名氏])")
DESCRIPTION = regex.compile(r"[\p{Han}A-Za-z]+(?:[（(][A-Za-z]+[）)][\p{Han}]*)?")
DESCRIPTION_MAX = 16
PAST_PERSON = regex.compile(r"[的姓和与及跟]")  # 张姓男子和李姓女子: two people
# the last character of a description of a person that no role word ends (台青, 工作者, 男子, 民众)
PERSON_HEADS = frozenset("者人民子客青农友众士生工师员属女男嫂姐哥弟妹爷妈婆伯叔")


def _surnamed(p: _Patterns, text: str):
    """A family name, 姓, then what the person is: the person, named by all of it."""
    for mark in SURNAME_MARK.finditer(text):
        at = mark.start()
        sur = 2 if text[max(0, at - 2):at] in p.surnames_double else 1 if text[at - 1] in p.surnames else 0
        desc = DESCRIPTION.match(text, at + 1)
        if not sur or desc is None:
            continue
        stop = min(desc.end(), at + 1 + DESCRIPTION_MAX)
        stop = next((i for i in range(at + 2, stop) if text.startswith(p.cues, i) or text.startswith(p.followers, i)), stop)
        for end in range(stop, at + 1, -1):  # (陈姓女子告诉记者, 陈姓女子对记者说: up to the cue or its adverbials)
            head = text[at + 1:end]
            if not PAST_PERSON.search(head) and (head[-1] in PERSON_HEADS or p.role_end.search(head)) and _ends_name(text, end):
                w = text[at - sur:end]
                yield Mention(at - sur, end, w, w, "person", False, "surnamed")
                break


def _given_start(p: _Patterns, text: str, dot: int) -> int:
    """Where the transliterated given names before the middle dot at ``dot`` start (``dot`` if
    none): after a role word that ends inside the run (总理贾斯汀·特鲁多)."""
    start = dot
    while start > max(0, dot - 12) and (text[start - 1] in p.translit_chars or text[start - 1] == "·" and start < dot):
        start -= 1  # (over a middle name: 泰里·爱德华·布兰斯塔德)
    while text[start] == "·":
        start += 1
    return next((x for x in range(dot - 1, start, -1) if text.endswith(p.roles, 0, x)), start)


# how alike a given name must be to one the lexicon lists to be its spelling (斯蒂芬 and 史蒂芬,
# 泰里 and 特里, 贾斯汀 and 贾斯廷; not 丹尼尔 and 安东尼奥)
GIVEN_NAME_LIKENESS = 50


def _known_given_name(p: _Patterns, written: str, name: str) -> bool:
    """Can ``written``, a given name before a known person's surname, be that person's? Only
    a person whose dotted forms the lexicon lists can tell (乔·拜登, 约瑟夫·拜登: not 吉尔 or
    亨特): a given name unlike all of them is another member of the family or another bearer."""
    givens = p.given_names.get(name)
    if not givens:
        return True  # 库德洛: the lexicon knows no given name, any is his
    return any(fuzz.ratio(part[-len(g):], g) >= GIVEN_NAME_LIKENESS for g in givens for part in written.split("·"))


# a role word's gloss in brackets: 干事长(秘书长), 主委（部长）
ROLE_GLOSS = regex.compile(r"[（(](?:\p{Han}{1,6}|[A-Z]{2,5})[）)]")  # 秘书长(CEO) too


def _in_brackets(text: str, pos: int) -> bool:
    """Is ``pos`` inside an open round bracket (within the 60 characters before it)?"""
    head = text[max(0, pos - 60):pos]
    return max(head.rfind("（"), head.rfind("(")) > max(head.rfind("）"), head.rfind(")"))


LEARNED_RULES = frozenset({"role-name", "glossed-name", "translit-name", "latin-name",
                           "name-subject", "translit-subject", "latin-subject", "called-name"})


def _latin_letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalpha()


def with_learned(text: str, mentions: list[Mention], learned: dict[str, Mention]) -> list[Mention]:
    """Names the article introduced earlier (with a title, a gloss, as a subject)
    are found again when they come back bare: 塔奇顿也同意。"""
    if not learned:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    chars = patterns().translit_chars
    for written, proto in learned.items():
        i = text.find(written)
        # 沙博夫斯基给出了…答案说: a spelled foreign name ends where its spelling does, before any verb
        spelled = len(written) >= 3 and proto.name.endswith("·" + written) and all(ch in chars for ch in written)
        while i >= 0:
            e = i + len(written)
            # a name the article already gave is whole before 是 too (高文谦是…专家)
            whole = (e >= len(text) or ((_ends_name(text, e) or text[e] == "是" or _name_opens_clause(text, i, e, written)
                                         or spelled and text[e] not in chars and text[e] != "的" and (i == 0 or text[i - 1] not in chars))
                                        and text[e] not in "·-")) \
                and (i == 0 or text[i - 1] not in "·-（(")  # 亚太经合组织(APEC): the gloss names no one again
            if not any(a < e and i < b for a, b in taken) and whole \
                    and not (written[0].isascii() and (_in_brackets(text, i)  # (Alicia Ramsay): the gloss itself
                                                       or _latin_letter(text, i - 1) or _latin_letter(text, e))):  # (Meyers)
                extra.append(Mention(i, e, written, proto.name, proto.kind, False, "learned"))
                taken.append((i, e))
            i = text.find(written, e)
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def title_after(written: str) -> str:
    """The title written after a name at the end of ``written`` (费雪教授 → 教授), or ""."""
    return next((t for t in patterns().titles_after_name if written.endswith(t)), "")


NATIONALITY_ENDS = ("籍的", "人", "籍")


def past_nationality(text: str, at: int) -> int:
    """世界田联主席英国人塞巴斯蒂安·科: past a nationality written between a role and the
    name (英国人, 英国籍的), where the name starts."""
    countries = patterns().countries
    if not text.startswith(countries, at):  # one C call for the common case
        return at
    country = next(c for c in countries if text.startswith(c, at))
    end = next((e for e in NATIONALITY_ENDS if text.startswith(e, at + len(country))), None)
    return at + len(country) + len(end) if end else at


def _merge_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """A title right before a name is part of that name's mention (俄罗斯总理米舒斯京)."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].kind == "title" and m.kind == "person" \
                and (out[-1].end == m.start or ROLE_GLOSS.fullmatch(text, out[-1].end, m.start)):  # 主委（部长）陈明通
            t = out.pop()
            m = Mention(t.start, m.end, text[t.start:m.end], m.name, m.kind, m.known, m.rule)
        out.append(m)
    return out


CREDIT_LEAD = regex.compile(r"(?:根据|据|被|由)")
NOUN_RUN = regex.compile(r"(?:\d+多?(?=[名位]))?[\p{Han}·]{2,14}")  # 78位众议员: counted in figures too
TOLD_REPORTER = regex.compile(r"[向对跟][^向对跟]{0,8}(?:记者|本台|本报|本刊|本网|媒体|笔者)$")
SIDE_ADVERBS = ("单方面", "一方面", "多方面", "各方面", "全方面")  # adverbs, though 单 is a surname and 方面 names a side
COUNTING = frozenset("位名个")
COUNTED = regex.compile(r"(?:一|两|多|数|几|某)?[名位些]")  # 一名部长, 多位官员: someone counted, not named
# words that join a clause to the one before (但, 尽管): never part of who speaks
CONNECTIVE_WORDS = "此外|另外|同时|然而|不过|但是|但|而且|而|并且|且|尽管|虽然|可是|却|因为|由于|以及|毕竟|再加上|加上|加之|况且|何况|再者"
CONNECTIVES = regex.compile(rf"(?:{CONNECTIVE_WORDS})+")
_LEADING_WORDS = (
    rf"(?:{CONNECTIVE_WORDS}|正如|如同|就像|诚如|并|对此|对此事|就此|随后|接着|最后|其中|其后|之后|后来|当时|此前|另|又|他还|他也"
    r"|早前|稍早|日前|近日|近期|昨天|昨日|前天"  # 早前戴佩清律师在推特留言说: when, then who
    r"|特别是|尤其是|就连|甚至连"
    r"|岂料|不料|孰料|谁知|谁料|殊不知|没想到"  # 岂料父亲回应称: unexpectedly, not who
    r"|-{2}|－{2}"  # --中国中央经济工作会议指出: a bullet of a list of views
    r"|(?:\d{2,4}年)?\d{1,2}月\d{1,2}[日号]|当地时间|北京时间"
    r"|(?:一名|一位)?(?:现年|年仅|年近)?\d{1,3}岁的?"  # 32岁的厄齐尔说, 一名32岁的司机说: an age, then who
    r"|总部设?(?:在|于|位于|设于)\p{Han}{1,10}?的)"  # 总部在比利时的…国际危机小组表示: where it sits, then who
)
# (a month opening the clause is skipped only here, where the subject is read: the clause
# still opens at it for the day, 3月中旬，…她感到 is a vague time)
MONTH_LEAD = r"(?:去年|今年|前年|\d{4}年)?\d{1,2}月(?:初|中旬|上旬|下旬|底|末|中|时|间|份)?(?!\d)"  # 去年9月马里兰州一位联邦法官…说
LEADING_NOISE = regex.compile(rf"^(?:[，,、\s]|{_LEADING_WORDS}|{MONTH_LEAD})+")
# the same, from any position (a `regex` pattern's ^ never matches past position 0, so this one
# leaves it out and is used with match(text, pos)); a space opening the clause is no lead there:
# after "Farr, " the Latin name goes on
LEADING_AT = regex.compile(rf"(?:[，,、]|{_LEADING_WORDS})+")


# 影音网站YouTube, 社交媒体巨头Facebook: the kind of firm before a Latin name
FIRM_KIND = regex.compile(r"\p{Han}{0,8}?(?:网站|公司|平台|媒体|巨头|集团|银行|企业|品牌|厂商|车企|软件|应用程序|应用)")
# 监管机构食品药品管理局, 情报机关国家情报院: the kind of body before its name, not part of it
BODY_KIND = regex.compile(r"机构(?!投资)|机关(?!报)|智库|团体")
# "金融委会议后河南官方": a time frame before the body, not part of its name
FRAME_BEFORE_BODY = regex.compile(r"(?:之后|以后|过后|(?<=[会议毕束])后)")
# negation and question words: a phrase holding one is a clause, not a speaker's name
# 引发诸多议员批评: a verb causing others to speak ends the clause before them
ROLE_PHRASE_BREAK = regex.compile(r"[后时还]|有(?![关些限份名力的密效])|因为|由于|引发|引起|导致|招致|促使")
# (坚定地对儿子说, 我对儿子说: how and to whom someone speaks, a clause round its listener)
CLAUSE_WORDS = regex.compile(r"没有|没|居然|竟然|不(?!愿|具名|满|少|同)|未(?!具名)|谁|什么|是否|已(?!故)|无法|既然|将(?![军领士])|通过|发表|依照|按照|遵照|看到|听到|得知|获悉"
                             r"|地[对向跟]|^[我你他她]们?[对向跟]")
# who speaks for someone, named by them: 孟晚舟的律师, 邓棨然的弟弟, 他的发言人
RELATION_OF = regex.compile(r"(?:的)?(?:父亲|母亲|妻子|丈夫|儿子|女儿|家属|家人|亲属|夫人|太太|哥哥|姐姐|弟弟|妹妹|朋友|友人|同事|同学|邻居"
                           r"|助手|幕僚|律师|律师团|发言人|代理人|办公室|员工|雇主|导师|学生|团队|支持者|观察员)")
# a copula or a passive in the head of a noun phrase makes it a clause (指的是被欧盟认为);
# before 的 it is a relative clause describing the head (曾因传福音被拘留的牧师)
COPULA = regex.compile(r"是|被")
EXISTENTIAL = regex.compile(r"有(?![关些限份名力的密效])")
IN_PLACE = regex.compile(r"来自|在(?!野|台|华(?!盛)|港|澳门|线)")  # 美国在台协会, 欧盟在华商会 are names
TOPIC_MARKERS = ("对于", "关于", "至于", "针对", "对")
# 接到澳洲使领馆人员建议…的通知, 使得民众…质疑: what follows these verbs is their object, not who speaks
OBJECT_TAKERS = ("接到", "收到", "使得", "致使")
LISTENER_PREPOSITIONS = ("对", "向", "跟", "给")  # 还对老师说: whom the words are for
OUTWARD = ("对外",)  # 对外经济贸易大学: a name that starts like a listener
MEETING = ("会见", "会晤", "接见", "拜会", "致电", "致信", "致函")  # a clause opening on whom someone met


def _name_before_role(head: str, start: int) -> tuple[int, str] | None:
    """新加坡国立大学的费雪教授: a full name (not a surname alone: 张教授) written before
    the role word that ends a noun phrase is the person it describes; (its start, the name).
    Two characters are a name only before a title that follows names (教授, 律师)."""
    p = patterns()
    role = p.role_end.search(head, start)
    de = head.rfind("的", start, role.start())
    if de >= 0:
        return _holder(head, de + 1, role)
    # 费雪教授 alone is found as a name subject already; 英国专家 is no one; but the body the
    # person serves may come first with no 的 (教育部陈宝生部长)
    for s in (role.start() - 3, role.start() - 2):
        if s - start >= 2 and p.org_suffix.search(head, start, s):
            found = _holder(head, s, role)
            if found is not None:
                return found
    return None


def _holder(head: str, s: int, role) -> tuple[int, str] | None:
    """The name in head[s:] before its role word, if it is shaped like one."""
    p = patterns()
    name = head[s:role.start()]
    if len(name) < 2 or not given_ok(name[1:]):
        return None
    after_name = role.group() in p.titles_after_name
    if ((len(name) == 3 or len(name) == 2 and after_name) and p.chinese_name.fullmatch(name)) \
            or p.translit.fullmatch(name):
        return s, name
    return None


# verbs, adjectives, adverbs, nouns... (关闭, 辛苦, 时刻): a three-character name does not start
# with one; a locative or place may (林中斌, 沈阳X)
WORDS_NOT_STARTING_NAMES = frozenset("v a d vn ad an n c p r m".split())
ADJECTIVES = frozenset({"a"})
NOUNS = frozenset({"n"})


def common_word(w: str, places: bool = True, kinds: frozenset[str] | None = None) -> bool:
    """包括, 那些, 周二, 钦佩: two characters shaped like a name (a family name and one more)
    that are a word of the language (``common_words.txt``, with its part of speech). A place
    or other proper noun (沈阳, 华源) counts only with ``places``: after a role word (教授沈阳,
    主任华源) it is the person's name; ``kinds`` keeps only words of those parts of speech."""
    tag = lexicon.load().common_words.get(w) if len(w) == 2 else None
    return tag is not None and (places or tag not in PROPER_NOUNS) and (kinds is None or tag in kinds)


PROPER_NOUNS = frozenset(("ns", "nz"))  # jieba's place names and other proper nouns


def _place_before_role(text: str, pos: int) -> bool:
    """丹麦首相, 芬兰外长: a transliteration before a role word (not a title written after
    names, as in 鲍威尔律师) is the country the role serves, not a person."""
    p = patterns()
    rest = text[pos:pos + 6]
    return rest.startswith(p.roles) and not rest.startswith(tuple(p.titles_after_name))


# what a company's name ends with (腾讯控股, 蚂蚁集团, SkyDrive公司), longest first
CAPITAL_AFTER = frozenset({"", "则", "也", "还", "亦", "随即", "方面",
                           "公开", "随后", "此前", "曾", "也曾", "一再", "多次", "再次", "早前", "当时"})
FIRM_WORDS = ("股份有限公司", "有限公司", "公司", "集团", "控股")


def _firm_end(text: str, pos: int) -> int | None:
    """Where a company's name ends when a Latin name is followed by 公司, 集团 or the like."""
    word = next((w for w in FIRM_WORDS if text.startswith(w, pos)), None)
    return pos + len(word) if word and _ends_name(text, pos + len(word)) else None


# 原油生产商雪佛龙, 晶片大厂台积电: what a firm makes or is, before its Chinese name
MAKER_KIND = regex.compile(r"\p{Han}{0,8}?(?:生产商|制造商|运营商|开发商|发展商|地产商|供应商|零售商|旅行社|投行|连锁店|大厂|巨头|龙头|车企|药企|药厂)")


def _maker_name(text: str, at: int) -> int | None:
    """End of a firm's name of two to four Han characters at ``at``, before a name boundary."""
    p = patterns()
    if text.startswith(p.long_followers, at) or text.startswith(p.roles, at):
        return None  # 科技巨头纷纷表示: how, not who; 投行分析员表示: someone of the kind
    for e in range(at + 2, at + 5):  # the shortest: 雪佛龙|周一宣布
        name = text[at:e]
        if e <= len(text) and all_han(name) and not set(name) & NOT_IN_NAMES and _ends_name(text, e) \
                and not common_word(name) and name[0] not in "们业界等":
            return e
    return None


def unknown_subject(clause: str) -> Mention | None:
    """The subject of an attribution clause the lexicon does not know, by shape:
    a Chinese name (surname first), a transliterated or Latin name, or an
    organisation or role noun phrase directly before the cue or its adverbials."""
    p = patterns()
    m0 = LEADING_NOISE.match(clause)
    off = m0.end() if m0 else 0
    rest = clause[off:]
    if not rest or rest.startswith(TOPIC_MARKERS) or rest.startswith(SIDE_ADVERBS) or rest.startswith(MEETING) \
            or rest.startswith(OBJECT_TAKERS):
        return None  # 对于菲律宾武装部队，…: a topic, not a subject; 单方面宣布: how, not who; 会见…机构…时: whom
    if rest.startswith("的"):
        return None  # “唐矮子”的儿子: the owner lies outside the clause; 的儿子 names no one
    lat = p.latin_name.match(rest)
    if lat and _ends_name(clause, off + lat.end()):
        return Mention(off, off + lat.end(), lat.group(0), lat.group(0), "person", False, "latin-subject")
    if lat and (firm := _firm_end(rest, lat.end())):
        # SkyDrive公司在一份新闻稿中表示: the company goes by its Latin name
        return Mention(off, off + firm, rest[:firm], lat.group(0), "organization", False, "latin-firm")
    kind = FIRM_KIND.match(rest)
    if kind and (lat := p.latin_name.match(rest, kind.end())) and _ends_name(rest, lat.end()):
        # 影音网站YouTube表示, 科技巨头Google称: a firm of that kind, by its Latin name
        return Mention(off + kind.end(), off + lat.end(), lat.group(0), lat.group(0), "organization", False,
                       "latin-firm")
    maker = MAKER_KIND.match(rest)
    if maker and (named := _maker_name(rest, maker.end())) is not None:
        # 原油生产商雪佛龙周一宣布: a firm by its Chinese name after the kind of firm it is
        return Mention(off + maker.end(), off + named, rest[maker.end():named], rest[maker.end():named],
                       "organization", False, "firm-name")
    tr = p.translit.match(rest) if not rest.startswith(p.long_followers) else None  # 特别强调: an adverb, no 特别 who speaks
    if tr and tr.end() >= 2 and not COUNTED.match(rest, tr.end()):  # 斯里兰卡一名部长: a place's someone
        tr_end = dotted_end(rest, 0, tr.end())
        e = trim_transliteration(rest[:tr_end], rest[tr_end:tr_end + 6])
        if _ends_name(rest, e) and e >= 2 and not _place_before_role(rest, e):
            w = rest[:e]
            return Mention(off, off + e, w, w.replace(".", "·"), "person", False, "translit-subject")
    cn = p.chinese_name.match(rest) if not rest.startswith(p.cues) else None  # 解释 is no Mr 解
    if cn:
        e = trim_chinese_name(rest, 0, len(rest))
        if _ends_name(rest, e) and 2 <= e <= 4 and given_ok(rest[1:e]) and not common_word(rest[:e]) \
                and not TOLD_REPORTER.fullmatch(rest, 0, e) and not rest.startswith(p.long_followers, 1) \
                and not p.org_suffix.search(rest, 0, e):
            # 向媒体表示: told the press, no Mr 向; 于近日返回: when, no Mr 于; 扶贫办表示: an office, no Mr 扶
            w = rest[:e]
            return Mention(off, off + e, w, w, "person", False, "name-subject")
    # organisation or role noun phrase: 北京市卫健委表示 / 外交部发言人表示
    lead = CREDIT_LEAD.match(rest)
    if lead:
        off += lead.end()
        rest = rest[lead.end():]
    if rest.startswith("在") and not rest.startswith(("在野", "在台")):
        return None  # 在东京…大学(GRIPS)的研究员…提到: a place or frame, not the subject
    run = NOUN_RUN.match(rest)
    if run:
        phrase = run.group(0)
        # 两党议员称赞国会: a head with a cue inside is a clause, not a name
        cue_end = min((m.end() for m in p.long_cues.finditer(phrase, overlapped=True)), default=len(phrase) + 1)
        for cut in range(len(phrase), 1, -1):
            head = phrase[:cut]
            if cue_end <= cut - 1 or TOLD_REPORTER.search(head):
                continue  # (负责人向财新记者表示: the reporter is told, the one in charge speaks)
            if head in p.capitals and rest[cut:] in CAPITAL_AFTER:
                # 华盛顿警告道, 台北则认为; not 北京一位助理, 台北101, 东京都政府: there the capital is a place
                return Mention(off, off + cut, head, head, "organization", False, "country-subject")
            if head in p.countries and (cut == len(rest) or rest[cut].isdigit() or rest.startswith(p.followers, cut)
                                        or rest.startswith(p.cues, cut)):  # 英国14日宣布; 中国否认…，称
                return Mention(off, off + cut, head, head, "organization", False, "country-subject")
            if _ends_name(rest, cut) and (p.org_suffix.search(head) or p.role_end.search(head)):
                kind = "organization" if p.org_suffix.search(head) else "unnamed"
                if kind == "organization" and any(p.org_suffix.search(head, 0, k) for k in _listener_at(head)):
                    continue  # 台湾航空管制中心向香港民航处表示: the body before 向 speaks to the one after
                if kind == "unnamed" and (told := _listener_at(head)):
                    # 一位基督徒则向刘贻牧师表示: the one before 向 speaks to the one after (我记得我走过去跟
                    # 母亲说: no one)
                    before = head[:told[0]].rstrip("则也还都又就")
                    sub = unknown_subject(before) if len(before) >= 2 else None
                    if sub is None and len(before) >= 3 and COUNTED.match(before) and all_han(before):
                        sub = Mention(0, len(before), before, before, "unnamed", False, "noun-subject")  # 一位交通警
                    if sub is None or sub.start != 0 or sub.end != len(before):
                        return None
                    return Mention(off + sub.start, off + sub.end, sub.written, sub.name, sub.kind, sub.known, sub.rule)
                start = 0
                if kind == "unnamed":
                    # "电话接通后老师说", "美国有三名外交官透露": a role phrase does not reach back over 后/时/还/有
                    brk = max((m for m in ROLE_PHRASE_BREAK.finditer(head)), default=None, key=lambda m: m.start())
                    if brk is not None and brk.end() < cut - 1:
                        start = brk.end()
                        if head.startswith("有", brk.start()) and head[start:start + 1] in COUNTING:
                            start = brk.start()  # 有位理事指出: someone counted, 有 and all
                else:  # "金融委会议后河南官方表态": the body after an event's frame
                    start = max((m.end() for m in FRAME_BEFORE_BODY.finditer(head, 0, cut - 2)), default=0)
                if head.startswith(LISTENER_PREPOSITIONS, start) and not head.startswith(OUTWARD, start):
                    return None  # 还对舞蹈老师说, 向律政司表示: the one told listens; the speaker is further back
                if CLAUSE_WORDS.search(head, start) or COPULA.search(head, max(start, head.rfind("的") + 1)):
                    return None  # 美国还没有决定由谁代表出席: a clause, not a noun phrase
                if kind == "unnamed":
                    named = _name_before_role(head, start)
                    if named is not None:
                        return Mention(off + named[0], off + cut, head[named[0]:], named[1], "person", False,
                                       "name-subject")
                described = start
                if kind == "organization":
                    described = max((m.end() for m in BODY_KIND.finditer(head, start) if m.end() <= cut - 4), default=start)
                description, start = head[start:described], described
                if kind == "organization" and start == 0 and EXISTENTIAL.match(head):
                    start = 1  # 有香港人权组织表示: some group, named without the 有
                if kind == "organization" and IN_PLACE.search(head, start + 1):
                    return None  # 局长雷在华盛顿哈德逊研究所: where someone spoke, not who
                de = head.rfind("的")
                owner = head[start:de] if de >= 0 else ""
                if kind == "organization" and de >= 0 and cut - de - 1 >= 3 and p.org_suffix.search(head[de + 1:]) \
                        and owner not in p.countries and not p.translit.fullmatch(owner) \
                        and not p.chinese_name.fullmatch(owner):
                    start = de + 1  # 设于迈阿密的国家飓风中心: the body, not where it sits (拜登的竞选团队 stays his)
                return Mention(off + start, off + cut, head[start:], _country_kept(description, head[start:]), kind,
                               False, "noun-subject")
    if run and (kind := BODY_KIND.search(rest, 0, len(run.group(0)))) is not None:
        # 中国电影行业监管机构国家电影局(…)上周表示: past a description too long to read as one name
        body = unknown_subject(rest[kind.end():])
        if body is not None and body.kind == "organization" and body.start == 0:
            at = off + kind.end()
            return Mention(at, at + body.end, body.written, _country_kept(rest[:kind.end()], body.name), body.kind,
                           False, body.rule)
    return None


def _listener_at(head: str) -> list[int]:
    """Where a preposition of whom one speaks to (向, 对, 跟) stands inside ``head`` (not the 对
    of 反对派, 针对 or 对于)."""
    return [k for k, ch in enumerate(head) if ch in "向对跟" and k >= 2
            and head[k - 1] not in "反针面相绝" and head[k + 1:k + 2] != "于"]


def _country_kept(description: str, name: str) -> str:
    """美国智库战略研究所 → 美国战略研究所: the country of a description dropped stays in the name."""
    country = next((c for c in patterns().countries if description.startswith(c)), "")
    return name if name.startswith(country) else country + name
