"""Dates in a paragraph, resolved against the article's own day.

Patterns, each named for what it recognises. Chinese dates leave out what the
reader knows: the year (12月30日 in an article of 2 January is last year), the
month (5日), or the whole date (周二, 昨天). They resolve backwards from the
reference day: a statement is reported after it is made.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import regex

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"

FULL_DATE = regex.compile(rf"(?P<y>{YEAR})年(?P<m>{NUM})月(?P<d>{NUM})[日号]")
# 今年7月27日 / 去年12月30日: the year named relative to the article's
YEAR_RELATIVE_DATE = regex.compile(rf"(?P<rel>今年|去年|前年|明年)(?P<m>{NUM})月(?P<d>{NUM})[日号]")
# 上月22日 / 下个月22日 / 本月20日: the month named relative to the article's
MONTH_RELATIVE_DATE = regex.compile(r"(?P<rel>上|下|本|这|今)个?月(?P<d>\d{1,2})[日号]")
# 8月28日…同月31日: the month the paragraph last named
SAME_MONTH_DATE = regex.compile(r"同月(?P<d>\d{1,2})[日号]")
MONTH_DAY = regex.compile(rf"(?<![\d年])(?P<m>{NUM})月(?P<d>{NUM})(?:[日号]|(?=[）)]))")
# 3月7日起在脸书留言, 1月1日以来: the day a period began, not the day of anything said in or after it
SINCE = regex.compile(r"起(?![诉草飞火义事床身航跑步源来到])|以来|至今")
# 号 alone is also a house number (洛克菲勒广场30号): only 日 makes a bare day; 每月15日 is no day,
# nor 登机前3日, 近3日: a count of days
DAY_ONLY = regex.compile(r"(?<![\d年第.前近后逾满])(?<!每月)(?P<d>\d{1,2})日(?![内来间前后起至到]|以[来前后内上下])")  # 20日以视讯方式: a day
WEEKDAY = regex.compile(r"(?<!每个?)(?P<rel>上|本|这|下)?(?:个)?(?:星期|周|礼拜)(?P<w>[一二三四五六日天])")  # (每周一班, 每个星期一: no one day)
# 日 of 日本 or of a daily (光明日报, 表明日本, 如今日本) is no day; 今日报道 still is
# (后天 after 先天 is "acquired", no day)
RELATIVE_DAY = regex.compile(r"(?P<rel>今天|今日|今晨|今早|今晚|昨天|昨日|昨晚|昨晨|前天|前日|明天|明日|(?<!先天[和与、]?)后天)"
                             r"(?!(?<=日)(?:本|报(?![道导])))")
# 星期六（28日）, 后天（28日）: the day in brackets names the day the word means
# 蓬佩奥星期天将启程: a weekday before 将 is the one to come (将近 is "nearly")
AHEAD = regex.compile(r"将(?!近)")
BRACKETED_DAY = regex.compile(r"[（(]\d{1,2}日[）)]")
# 当天 / 当日 / 同日: the day the paragraph last named (昨天（6日）…。蓬佩奥当天称)
SAME_DAY = regex.compile(r"当天|当日|同日|同一天|(?<![不如相])同天(?![气花])")  # (不同天气, 如同天花: no day)
SAME_DAY_REACH = timedelta(days=31)
# 翌日 / 次日 / 隔天: the day after the one the paragraph last named (他周六表示…。但翌日，他表示…)
NEXT_DAY = regex.compile(r"翌日|次日|隔天|隔日|第二天")
# a title in 《》 names a work (《今日美国》, 《明日之后》), not a day
TITLE = regex.compile(r"《[^《》]{1,30}》")

CONVERTED = regex.compile(r"[（(]\p{Han}{0,4}时间[^（()）]{0,20}[）)]")  # 1月4日（新加坡时间1月5日）: the same moment on another clock
CONVERTED_AFTER = 8  # 2月5日晚9点（北京时间6日早10点）: a time of day may sit between

_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_RELATIVE = {"今": 0, "昨": -1, "前": -2, "明": 1, "后": 2}
_RELATIVE_YEAR = {"今": 0, "去": -1, "前": -2, "明": 1}
_RELATIVE_MONTH = {"上": -1, "下": 1, "本": 0, "这": 0, "今": 0}


def cn_number(s: str) -> int:
    """1-31 and four-digit years written in digits or Chinese numerals."""
    if s.isdigit():
        return int(s)
    if len(s) == 4 and all(c in _CN_DIGITS for c in s):
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    if "十" in s:
        tens, _, units = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(units, 0) if units else 0)
    return _CN_DIGITS.get(s, 0)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: date
    rule: str

    @property
    def explicit(self) -> bool:
        return self.rule in ("full-date", "month-day", "day-only")


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


SOON = timedelta(days=30)  # how far ahead a date without a year may point: an event to come
LONG_AGO = timedelta(days=180)


def _month_day(ref: date, m: int, d: int) -> date | None:
    """The nearest reading, looking back: 12月30日 in an article of 2 January is last
    year; 1月20日 in one of 11 January is the inauguration to come, not last January."""
    days = [x for y in (ref.year - 1, ref.year, ref.year + 1) if (x := _safe(y, m, d))]
    past = [x for x in days if x <= ref + timedelta(days=7)]
    future = [x for x in days if x > ref + timedelta(days=7)]
    if future and future[0] - ref <= SOON and (not past or ref - past[-1] > LONG_AGO):
        return future[0]
    return past[-1] if past else None


def _month_relative(ref: date, rel: str, d: int) -> date | None:
    month = ref.year * 12 + ref.month - 1 + _RELATIVE_MONTH[rel]
    return _safe(month // 12, month % 12 + 1, d)


def _day_only(ref: date, d: int) -> date | None:
    day = _safe(ref.year, ref.month, d)
    # 30日 in an article of 2 March: last month; so is 31日 in one of 1 September, which has no 31st
    if day is None or day > ref + timedelta(days=1):
        prev = ref.replace(day=1) - timedelta(days=1)
        day = _safe(prev.year, prev.month, d)
    return day


def _weekday(ref: date, rel: str | None, w: str, ahead: bool = False) -> date:
    """The day a weekday names: the last one, unless ``ahead`` (周日将签署: the next one)."""
    target = _WEEKDAYS[w]
    monday = ref - timedelta(days=ref.weekday())
    if rel == "上":
        return monday - timedelta(days=7 - target)
    if rel == "下":
        return monday + timedelta(days=7 + target)
    if ahead:
        return ref + timedelta(days=(target - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - target) % 7)


def _without_conversions(text: str, found: list[DateMention]) -> list[DateMention]:
    """Drop a date given again in brackets on another clock: the day said is the one written first."""
    for m in CONVERTED.finditer(text):
        if any(0 <= m.start() - d.end <= CONVERTED_AFTER for d in found):
            found = [d for d in found if not m.start() < d.start < m.end()]
    return found


def _bracketed_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """星期六（28日） in an article of Thursday 26 November: the coming Saturday, the 28th; the
    bracketed day settles which week (or month) the word means, for both."""
    out = list(found)
    for i, word in enumerate(found[:-1]):
        day = found[i + 1]
        if word.rule not in ("weekday", "relative-day") or day.rule != "day-only" \
                or not BRACKETED_DAY.fullmatch(text, word.end, day.end + 1):
            continue
        weeks = (-1, 0, 1) if word.rule == "weekday" else (0,)  # (昨天 is one day; 周三 may be next week's)
        match = next((d for k in sorted(weeks, key=abs) if (d := word.day + timedelta(days=7 * k)).day == day.day.day), None)
        if match is not None and match != day.day:
            out[i], out[i + 1] = (DateMention(word.start, word.end, match, word.rule),
                                  DateMention(day.start, day.end, match, day.rule))
    return out


def find_dates(text: str, ref: date | None) -> list[DateMention]:
    """Every date expression in ``text`` (folded), resolved against ``ref``."""
    if ref is None:
        found: list[DateMention] = []
        for m in FULL_DATE.finditer(text):
            day = _safe(cn_number(m["y"]), cn_number(m["m"]), cn_number(m["d"]))
            if day:
                found.append(DateMention(m.start(), m.end(), day, "full-date"))
        return found
    found = []
    taken: list[tuple[int, int]] = []

    def add(m, day, rule):
        if day is None or any(s < m.end() and m.start() < e for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        if not SINCE.match(text, m.end()):
            found.append(DateMention(m.start(), m.end(), day, rule))

    for m in FULL_DATE.finditer(text):
        add(m, _safe(cn_number(m["y"]), cn_number(m["m"]), cn_number(m["d"])), "full-date")
    if "年" in text:
        for m in YEAR_RELATIVE_DATE.finditer(text):
            add(m, _safe(ref.year + _RELATIVE_YEAR[m["rel"][0]], cn_number(m["m"]), cn_number(m["d"])), "full-date")
    if "月" in text:
        for m in MONTH_RELATIVE_DATE.finditer(text):
            add(m, _month_relative(ref, m["rel"], int(m["d"])), "month-day")
    for m in MONTH_DAY.finditer(text):
        add(m, _month_day(ref, cn_number(m["m"]), cn_number(m["d"])), "month-day")
    if "同月" in text:
        for m in SAME_MONTH_DATE.finditer(text):
            before = [d for d in found if d.end <= m.start()]
            if before:
                add(m, _safe(before[-1].day.year, before[-1].day.month, int(m["d"])), "month-day")
            else:
                taken.append(m.span())  # the month is one the paragraph does not give: no day of this one
    for m in DAY_ONLY.finditer(text):
        add(m, _day_only(ref, int(m["d"])), "day-only")
    titles = [t.span() for t in TITLE.finditer(text)] if "《" in text else []  # 《今日美国》, 《星期日报》: names
    for m in WEEKDAY.finditer(text):
        if not any(s < m.start() < e for s, e in titles):
            day = _weekday(ref, m["rel"], m["w"], AHEAD.match(text, m.end()) is not None)
            if day > ref:
                taken.append(m.span())  # 周四将召开会议: a day to come dates nothing said
                continue
            add(m, day, "weekday")
    for m in RELATIVE_DAY.finditer(text):
        if not any(s < m.start() < e for s, e in titles):
            add(m, ref + timedelta(days=_RELATIVE[m["rel"][0]]), "relative-day")
    found.sort(key=lambda d: d.start)
    if "日）" in text or "日)" in text:
        found = _bracketed_days(text, found)
    if "时间" in text:
        found = _without_conversions(text, found)
    for m in SAME_DAY.finditer(text):
        before = [d for d in found if d.end <= m.start() and d.rule != "same-day"]
        if before and timedelta(0) <= ref - before[-1].day <= SAME_DAY_REACH:
            add(m, before[-1].day, "same-day")  # (a trial's 3月8日…当日 months back is the event's day, not a statement's)
    for m in NEXT_DAY.finditer(text):
        before = [d for d in found if d.end <= m.start()]
        if before and timedelta(days=1) <= ref - before[-1].day <= SAME_DAY_REACH:
            add(m, before[-1].day + timedelta(days=1), "next-day")
    found.sort(key=lambda d: d.start)
    return found
