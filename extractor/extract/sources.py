"""Who a paragraph credits: 据X报道, X报道指, 据X引述Y, 据X和Y的报道, datelines.

A credit applies to the claims of its own paragraph. Photo credits live in
captions (clean.py) and never reach here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .. import lexicon
from ..text import fold_name
from .gazetteer import Gazetteer
from ..types import SourceCredit

CREDIT_VERBS = r"(?:报道|报导|消息|新闻稿|声明|通报|公告|发布|披露|引述|援引|转述|说|称|指出|指|透露|表示|公布|网站|发文|社论|文章|分析)"
# 据X(的)报道 / 根据X / 援引X: the credited body runs to the verb, within one clause.
CREDIT_PHRASE = regex.compile(
    r"(?P<lead>根据|据|援引|引述|引用|综合)(?P<body>[^，。：；！？,\n]{1,40}?)(?P<verb>(?:的|之)?" + CREDIT_VERBS + r"+)(?=[，,：:。]|$|\s|[^\p{Han}])"
)
# 据X，: no verb, so only a name that is an outlet's (据悉, 据了解 are no credit)
BARE_CREDIT = regex.compile(r"(?<![\p{Han}])(?:根据|据)(?P<body>[^，。：；！？,\n据]{2,24}?)(?=[，,])")
PLACED_TITLE = regex.compile(r"\p{Han}{0,4}《[^》]{1,20}》")  # 据法国《世界报》，
RELAYS = regex.compile(r"引述|援引|引用|专访|采访")
CHAIN = regex.compile(r"引述|援引|引用|转引|转述")
PARALLEL = regex.compile(r"和|及|与|、|以及|跟")
BOOK_TITLE = regex.compile(r"《([^》]{1,20})》")
# 引用《维也纳公约》说: a treaty, law or charter quoted is no outlet crediting the statement
NOT_PRESS = regex.compile(r"(?:公约|条约|协定|协议|宪法|法|条例|宣言|法案|规定|决议|纲要|章程|守则)$")
SAME_REPORT = regex.compile(r"^(?:该|这一|此|上述|这份|同一)(?:报道|报导|消息)?$")
REPORT_AGAIN = regex.compile(r"(?:^|(?<=[。；])|(?<=^(?:不过|但是|但|另外|此外|同时|而且|然而)[，,]))(?:该|这篇|这份|此)?(?:报道|报导)(?:(?:又|还|也|则|更|另)(?:指出|指|称|说|提到)(?=[，,：:])"
                          r"|(?:中|还|也|另)?(?P<relay>)(?=引述|援引|引用))")  # 报导引述…表示: whom the report quotes
PRESS_ENDS = "社|报|台|网|电视|电台|通讯|媒体|新闻|日报|时报|邮报|周刊|杂志|官网"
PRESS_LIKE = regex.compile(rf"(?:{PRESS_ENDS})$")
OUTLET_LIKE = regex.compile(rf"(?:{PRESS_ENDS}|使馆|领馆|政府|办公室|部|委员会|组织|公司|机构|局)$")
# 据世界卫生组织说 / 据卫生部表示: a body the lexicon does not know as a source, named with a
# speech verb, is who speaks; a press name (据山东电视台说) stays a credit
SPEECH_VERBS = frozenset({"说", "称", "指出", "指", "透露", "表示"})
TEXT_THEN_SPEECH = regex.compile(r"(?:声明|通报|公告|新闻稿|文章|社论|发文)(?:\L<v>)", v=sorted(SPEECH_VERBS))  # 的声明表示
REPORT_VERBS = frozenset({"报道", "报导", "消息"})
LATIN_OUTLET = regex.compile(r"[A-Z][A-Za-z0-9.&'\-]*(?: [A-Z][A-Za-z0-9.&'\-]*){0,4}")
MEDIA_PREFIX = regex.compile(r"^(?:中国|中|美国|美|俄罗斯|俄|英国|英|法国|法|德国|德|日本|日|韩国|韩|朝鲜|台湾|香港|官方|官|外|党)?(?:媒体|媒|官媒|党媒)?")


@dataclass
class Credit:
    start: int
    end: int
    sources: list[SourceCredit] = field(default_factory=list)
    rule: str = ""


@lru_cache(maxsize=1)
def agency_names() -> Gazetteer:
    return Gazetteer((alias, agency.name) for alias, agency in lexicon.load().agency_by_alias.items())


def agency_name(written: str) -> tuple[str, bool] | None:
    """Canonical agency for a written credit, and whether the lexicon knows it."""
    lex = lexicon.load()
    w = written.strip(" 的")
    book = BOOK_TITLE.search(w)
    candidates = [w]
    if book:
        candidates.insert(0, book.group(1))
    stripped = MEDIA_PREFIX.sub("", w, count=1)
    if stripped and stripped != w:
        candidates.append(stripped)
    for c in candidates:
        a = lex.agency_by_alias.get(fold_name(c))
        if a:
            return a.name, True
    if book and not NOT_PRESS.search(book.group(1)):
        return book.group(1), False
    if 2 <= len(w) <= 16 and OUTLET_LIKE.search(w) and not regex.search(r"[他她它们这那该此]", w):
        return w, False
    return None


# a paper's name in book marks (《商报》, 《时代》周报); 《…法》, 《…报告》 are other works
TITLED_PRESS = regex.compile(r"《(?P<title>[^《》，。、]{1,12})》(?P<tail>周报|日报|杂志|周刊|月刊)?")
PRESS_TITLE_END = regex.compile(r"(?:日报|时报|晚报|早报|周报|邮报|商报|新闻报|[^报告]报|周刊|杂志|新闻|电视台|电台)\s*$")


def titled_press(text: str) -> list[tuple[regex.Match, str]]:
    """Papers named by their titles (《柬中时报》, 《时代》周刊), with the name they go by."""
    if "《" not in text:
        return []
    return [(m, m["title"].strip() + (m["tail"] or "")) for m in TITLED_PRESS.finditer(text)
            if m["tail"] or PRESS_TITLE_END.search(m["title"])]


# 梵蒂冈新闻网报道说, 黎巴嫩国家通讯社引述: an outlet the lexicon lacks, by the shape of its name, opening a clause
SHAPED_PRESS = regex.compile(r"(?:^|(?<=[，。；：,\n ”」』]))(?P<name>[^\P{Han}这那与和及而被的是在对向称说]{1,8}?"
                             r"(?:通讯社|新闻社|新闻网|电视台|日报|时报|晚报|早报|邮报))")


def shaped_press(text: str) -> list[tuple[int, int, str]]:
    """Outlets named by the shape of their names (…通讯社, …新闻网, …日报) where a clause opens."""
    if not any(end in text for end in ("社", "网", "台", "报")):
        return []
    out = []
    for m in SHAPED_PRESS.finditer(text):
        owner = MEDIA_PREFIX.match(m["name"])  # 中国官媒健康时报: the paper, not who runs it (日本电视台 stays)
        name = m["name"][owner.end():] if "媒" in owner.group() else m["name"]
        credit = CREDIT_LEAD_WORD.match(name)  # 据加拿大环球新闻网（Global News）报导: the paper, not 据
        start, name = (m.start("name") + credit.end(), name[credit.end():]) if credit else (m.start("name"), name)
        if len(name) >= 3 and not name.startswith(GENERIC_PRESS):  # 外国通讯社报道: some agency, named by no one
            out.append((start, m.end("name"), name))
    return out


CREDIT_LEAD_WORD = regex.compile(r"根据|据")
GENERIC_PRESS = ("外国", "外地", "当地", "本地", "官方", "地方", "国营", "国家", "海外", "境外", "一家", "多家", "各家", "有关", "相关", "该")


def _speaks_itself(body: str) -> bool:
    """据世界卫生组织说: one body, shaped like a source but not known as one nor a press name."""
    got = agency_name(body)
    return got is not None and not got[1] and not BOOK_TITLE.search(body) and not PRESS_LIKE.search(got[0]) \
        and not CHAIN.search(body) and not PARALLEL.search(body)


def _credit_from_body(body: str) -> list[SourceCredit]:
    out: list[SourceCredit] = []
    for depth, link in enumerate(CHAIN.split(body)):
        for part in PARALLEL.split(link):
            part = part.strip()
            if not part:
                continue
            role = "credited" if depth == 0 else "cited-by"
            got = agency_name(part)
            if got:
                out.append(SourceCredit(agency=got[0], written=part, role=role))
                continue
            # "新华社星期三（12月7日）": a known agency inside a longer phrase
            for _s, _e, written, _name in agency_names().find(part):
                a = agency_name(written)
                if a:
                    out.append(SourceCredit(agency=a[0], written=written, role=role))
    return out


# "新华社报道指，" / "路透社报道，" opening a clause; "路透社引述一名官员的话说".
# "《纽约时报》采访…史迪威表示": who an outlet interviews speaks to it.
# "纽约时报在一篇特别报道中引述陈时中指出": the report named in between.
AGENCY_REPORTS = regex.compile(r"(?:最新|此前|稍早|早前)?(?:(?:报道|报导)(?:指|称|说)?(?=[，,：:])"
                               r"|(?:在[^，,。；：“”「」]{0,16}?(?:报道|报导|文章|评论|社论)中|(?:日前|近日)?的(?=报道|报导))?"
                               r"(?:报道|报导)?(?:引述|援引|引用)"
                               r"|(?:专访|采访)(?![时中]))")
# (a month and day only before quoting: 《日本经济新闻》12月29日报导指 is the paper speaking)
OUTLET_TAIL = regex.compile(r"(?:[（(][A-Za-z][A-Za-z .&]{0,30}[）)])?(?:中文网站|中文网|中文部|网站)?(?=报道|报导)")
REPORT_DAY = regex.compile(r"日前|近日|今天|昨天|\d{1,2}月\d{1,2}日(?=引述|援引|引用)|\d{1,2}日|(?:周|星期|礼拜)[一二三四五六日天]")
# "（中央社记者…台北8日电）" / "（中央社记者…布鲁塞尔28日专电）" / "路透上海/新加坡1月8日 -" / "【大纪元2021年01月09日讯】" / "新华社北京12月20日电"
_DATELINE_BODY = r"(?P<agency>[\p{Han}A-Za-z]{2,8}?)(?:记者[\p{Han}、]{0,20}?)?(?P<place>[\p{Han}/]{0,12}?)(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日"
_BYLINE = r"(?:\s*[（(][^（）()]{0,30}?(?:记者|编译|特约)[^（）()]{0,30}?(?:报导|报道|综合报导|综合报道)?[）)])?"
# A dateline is marked as one: bracketed, or ending in 电/讯, or in a dash.
DATELINE = regex.compile(
    r"^\s*(?:[（(【\[]\s*" + _DATELINE_BODY + r"\s*(?:专电|电|讯|消息|综合(?:外电)?报[导道])?\s*[）)】\]]"
    r"|" + _DATELINE_BODY + r"\s*(?:专电|电|讯)"
    r"|" + _DATELINE_BODY + r"\s*[-—–])\s*" + _BYLINE
)


@lru_cache(maxsize=1)
def _places() -> tuple[str, ...]:
    """Countries and regions an outlet's name may open with (英国《卫报》), longest first."""
    return tuple(sorted(lexicon.load().names.get("place_words") or (), key=len, reverse=True))


def _place_before(text: str, at: int) -> str:
    """The place named just before ``at`` (香港 of 香港《苹果日报》), or ""."""
    return next((p for p in _places() if len(p) >= 2 and text.endswith(p, 0, at)), "")


def find_credits(text: str, last_credit: list[SourceCredit] | None = None) -> list[Credit]:
    """Credits in one folded paragraph, in order."""
    credits: list[Credit] = []
    if last_credit:
        for m in REPORT_AGAIN.finditer(text):  # 报导又指，…: the report credited before goes on
            if m["relay"] is not None \
                    and (any(agency_names().find(text[:m.start()])) or titled_press(text[:m.start()])):
                continue  # 《回声报》指出…。报道引述…: the paper named here relays, not the one before
            credits.append(Credit(m.start(), m.end(), [SourceCredit(s.agency, m.group(0), s.role) for s in last_credit],
                                  "same-report"))
    for m in CREDIT_PHRASE.finditer(text):
        body = m["body"]
        if SAME_REPORT.match(body) and last_credit:
            credits.append(Credit(m.start(), m.end(), [SourceCredit(s.agency, body, s.role) for s in last_credit], "same-report"))
            continue
        verb = m["verb"].lstrip("的之")
        if (verb in SPEECH_VERBS or TEXT_THEN_SPEECH.fullmatch(verb)) and _speaks_itself(body):
            continue  # no credit: the cue's speaker (引述外交部的声明表示: through its text)
        whole = agency_name(body + verb) if "、" not in body else None  # 根据中国新闻稿 (综合《新京报》、界面新闻: two)
        if not (whole and whole[1]) and verb.startswith("网站"):
            whole = agency_name(body + "网站")  # 根据中央纪委国家监委网站消息: the site, not the body, publishes
        found = [SourceCredit(whole[0], body + m["verb"], "credited")] if whole and whole[1] else _credit_from_body(body)
        if not found and verb in REPORT_VERBS and LATIN_OUTLET.fullmatch(body):
            found = [SourceCredit(body, body + m["verb"], "credited")]  # 根据FiveThirtyEight的报导: a site by its Latin name
        if found:
            credits.append(Credit(m.start(), m.end(), found, "according-to"))
    taken = [(c.start, c.end) for c in credits]
    for m in BARE_CREDIT.finditer(text):  # 据香港苹果日报，…: an outlet the lexicon knows, or a title in 《》
        body = m["body"].strip()
        whole = lexicon.load().agency_by_alias.get(fold_name(body)) or PLACED_TITLE.fullmatch(body)
        got = agency_name(body) if whole else None
        if got and not any(s <= m.start() < e for s, e in taken):
            credits.append(Credit(m.start(), m.end(), [SourceCredit(got[0], m["body"], "credited")], "according-to"))
            taken.append((m.start(), m.end()))
    named = [(s, e, w) for s, e, w, _ in agency_names().find(text)]
    named += [(m.start(), m.end(), name) for m, name in titled_press(text)  # 《柬中时报》报道，: a paper by its title
              if not any(s < m.end() and m.start() < e for s, e, _ in named)]
    named += [(b, e, name) for b, e, name in shaped_press(text)  # 梵蒂冈新闻网报道说: a paper by the shape of its name
              if not any(s < e and b < e2 for s, e2, _ in named)]
    for start, end, written in sorted(named):
        if start and text[start - 1] == "《" and text[end:end + 1] == "》":
            start, end = start - 1, end + 1  # 《纽约时报》报导说
        if (tail := OUTLET_TAIL.match(text, end)) is not None:
            end = tail.end()  # 英国广播公司（BBC）中文网报导: its Latin name and its Chinese service
        day = REPORT_DAY.match(text, end)  # 路透社周二引述, 《苹果日报》26日引述: the day stays the statement's
        verb = AGENCY_REPORTS.match(text, day.end() if day else end)
        if verb is None or any(s <= start < e for s, e in taken):
            continue
        lead = start - len(_place_before(text, start))  # 英国《卫报》报道, 香港《苹果日报》引述
        if lead and text[lead - 1] not in "，。；：,\n ”」』据":  # (…，”美联社引述: after a quotation; 据…报导: according to it)
            continue
        got = agency_name(written)
        if got:
            # 《苹果日报》引用分析人士的话说: the outlet vouches for that one quotation, not the paragraph
            rule = "agency-relays" if RELAYS.search(verb.group()) else "agency-reports"
            credits.append(Credit(start, end if day else verb.end(), [SourceCredit(got[0], written, "credited")], rule))
    credits.sort(key=lambda c: c.start)
    return _relayed_by_report(text, credits, last_credit)


def one_each(sources: list[SourceCredit]) -> list[SourceCredit]:
    """An agency credited twice (told, and the wire's own dateline) is one source, in its
    strongest role: credited rather than the interview it held, rather than its dateline."""
    best: dict[str, SourceCredit] = {}
    for s in sources:
        if s.agency not in best or WEAKER.get(best[s.agency].role, 0) > WEAKER.get(s.role, 0):
            best[s.agency] = s
    return [s for s in sources if best[s.agency] is s]


WEAKER = {"interview": 1, "dateline": 2}  # roles a credit of the same agency outranks


# 据联合早报报道，…。该报道引据东森新闻台消息，…: the report credited before relays another outlet
REPORT_RELAYS = regex.compile(r"(?:该|这篇|这份|此|上述)(?:报道|报导|报|媒体|网站)(?:还|也|则|并|又|另)?(?=引据|引述|援引|引用|转引)")


def _relayed_by_report(text: str, credits: list[Credit], last_credit) -> list[Credit]:
    """A credit relayed by "该报道" is a chain: the report credited before, citing this outlet."""
    for m in REPORT_RELAYS.finditer(text):
        at = next((i for i, c in enumerate(credits) if m.end() <= c.start <= m.end() + 1), None)
        if at is None:
            continue
        before = [c for c in credits[:at] if c.sources and c.rule != "dateline"]
        head = one_each([s for s in (before[-1].sources if before else (last_credit or [])) if s.role == "credited"])
        relayed = [SourceCredit(s.agency, s.written, "cited-by") for s in credits[at].sources
                   if all(s.agency != h.agency for h in head)]
        if head and relayed:
            credits[at].sources = [SourceCredit(h.agency, m.group(0), "credited") for h in head] + relayed
    return credits


# "（德国之声中文网）": the outlet alone in brackets opening the story, no place or day
BRACKETED_OUTLET = regex.compile(r"^\s*[（(【]\s*(?P<agency>[\p{Han}A-Za-z ]{2,12}?)(?:中文网|中文网站|中文|网站|网)?\s*[）)】]")


# 纽约时报's "马萨诸塞州坎布里奇——": a place and a dash opening the first paragraph, no agency
PLACE_DATELINE = regex.compile(r"^\s*[\p{Han}·]{2,10}——(?=\S)")
NOT_IN_PLACES = frozenset("的是了这那在和与他她我们")


def find_dateline(text: str) -> Credit | None:
    """The article's own agency, named at the start of its first paragraph."""
    m = DATELINE.match(text)
    if not m and (p := PLACE_DATELINE.match(text)) and not set(p.group()) & NOT_IN_PLACES:
        return Credit(p.start(), p.end(), [], "dateline")
    if not m:
        b = BRACKETED_OUTLET.match(text)
        a = b and lexicon.load().agency_by_alias.get(fold_name(b["agency"]))
        if a:
            return Credit(b.start(), b.end(), [SourceCredit(a.name, b["agency"], "dateline")], "dateline")
        return None
    lex = lexicon.load()
    written = m["agency"] + (m["place"] or "")  # the lazy split may cut the agency short: 新华|社北京
    for cut in range(len(written), 1, -1):
        a = lex.agency_by_alias.get(fold_name(written[:cut]))
        if a:
            return Credit(m.start(), m.end(), [SourceCredit(a.name, written[:cut], "dateline")], "dateline")
    # an outlet the lexicon does not know: no source, but the span is still no one's speech
    return Credit(m.start(), m.end(), [], "dateline")
