"""The lexicons: YAML files a journalist can edit, loaded once and indexed.

Each loader returns plain dataclasses; nothing here knows about articles.
"""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from ..text import fold_name

HERE = Path(__file__).parent

# libyaml's loader when PyYAML was built with it: the same data, seven times faster on
# speakers.yml (2 s of every worker's start with the pure-Python loader)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# one-character country forms that also start other words before an office (新总理: a new premier)
SHORT_NOT_TITLES = frozenset("新")
# offices whose short form reads as the full country and another word (英国王室: 英国 + 王室)
OFFICES_NOT_SHORTENED = ("国王",)


def lexicon_path(name: str) -> Path:
    """A lexicon file: from $QUOTEDB_LEXICON_DIR when it holds one, else the packaged copy."""
    override = os.environ.get("QUOTEDB_LEXICON_DIR")
    if override and (Path(override) / name).exists():
        return Path(override) / name
    return HERE / name


def _load(name: str):
    with open(lexicon_path(name), encoding="utf-8") as f:
        return yaml.load(f, Loader=SAFE_LOADER)


def _word_list(name: str) -> dict[str, str]:
    """A plain list, one word per line with an optional tag after it, ``#`` comments."""
    if not lexicon_path(name).exists():
        return {}
    with open(lexicon_path(name), encoding="utf-8") as f:
        rows = (line.split("#", 1)[0].split() for line in f)
        return {row[0]: (row[1] if len(row) > 1 else "") for row in rows if row}


@dataclass(frozen=True)
class Outlet:
    name: str
    timezone: str
    domains: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    agency: str | None = None


@dataclass(frozen=True)
class Title:
    title: str
    start: date | None
    end: date | None

    def held_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: str = "person"
    name_en: str | None = None
    aliases: tuple[str, ...] = ()
    titles: tuple[Title, ...] = ()


@dataclass(frozen=True)
class Agency:
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "agency"
    country: str | None = None


@dataclass(frozen=True)
class Cue:
    cue: str
    weight: str = "strong"
    bare: bool = False
    quoted: bool = False  # counts only before a quotation (她在微博贴文：“……”)
    topic: bool = False  # 强调了…的重要性: the thing stressed, after 了, is the statement
    addressed: bool = False  # 警告华盛顿，…: whom it was said to may come before the comma


@dataclass
class Lexicon:
    outlets: list[Outlet]
    speakers: list[Speaker]
    agencies: list[Agency]
    cues: list[Cue]
    not_cues: dict[str, tuple[str, ...]]
    boilerplate: dict
    not_cues_after: dict[str, tuple[str, ...]] = field(default_factory=dict)
    not_cues_unless: dict[str, tuple[str, ...]] = field(default_factory=dict)  # longer words the block spares
    attitudes: dict = field(default_factory=dict)
    narration_after: tuple[str, ...] = ()
    charging_acts: tuple[str, ...] = ()
    told_acts: tuple[str, ...] = ()  # 分享了…经验, 谈及…: telling, narrated; a quotation after is the teller's
    addressees: tuple[str, ...] = ()  # 人们, 民众: whom an addressed cue may name before its comma
    announced_things: tuple[str, ...] = ()  # 宣布新规, 宣布了反制措施: an act announced, no statement
    act_openers: tuple[str, ...] = ()  # 宣布取消该规定: a clause of acting, which states
    names: dict = field(default_factory=dict)
    common_words: dict[str, str] = field(default_factory=dict)  # 包括, 那些, 周二 → part of speech: words, not names

    # indexes, all keyed by fold_name()
    @functools.cached_property
    def speaker_by_alias(self) -> dict[str, Speaker]:
        idx: dict[str, Speaker] = {}
        for s in self.speakers:
            for n in (s.name, *s.aliases):
                idx.setdefault(fold_name(n), s)
        return idx

    @functools.cached_property
    def speakers_by_title(self) -> dict[str, list[tuple[Title, Speaker]]]:
        """Each title by its folded form, and by the country's one-character form where the
        lexicon does not list that on its own: 台防长 for 台湾防长, 英首相 for 英国首相."""
        idx: dict[str, list[tuple[Title, Speaker]]] = {}
        short: dict[str, list[tuple[Title, Speaker]]] = {}
        countries = [(full, one) for one, full in (self.names.get("country_short") or {}).items()
                     if one not in SHORT_NOT_TITLES]
        places = sorted(self.names.get("place_words") or (), key=len, reverse=True)
        for s in self.speakers:
            for t in s.titles:
                key = fold_name(t.title)
                idx.setdefault(key, []).append((t, s))
                country = next((c for c in places if key.startswith(c)), None)  # 印度尼西亚, not 印度
                for full, one in countries:
                    if full == country and len(key) - len(full) >= 2 \
                            and not key.startswith(OFFICES_NOT_SHORTENED, len(full)):
                        short.setdefault(one + key[len(full):], []).append((t, s))
        for key, held in short.items():
            idx.setdefault(key, held)
        return idx

    @functools.cached_property
    def agency_by_alias(self) -> dict[str, Agency]:
        idx: dict[str, Agency] = {}
        for a in self.agencies:
            for n in (a.name, *a.aliases):
                idx.setdefault(fold_name(n), a)
        return idx

    @functools.cached_property
    def outlet_by_name(self) -> dict[str, Outlet]:
        idx: dict[str, Outlet] = {}
        for o in self.outlets:
            for n in (o.name, *o.names):
                idx.setdefault(fold_name(n), o)
        return idx

    @functools.cached_property
    def _outlet_by_host(self) -> dict[str, Outlet | None]:
        return {}  # filled by outlet_for: a corpus has a few dozen hosts and every article asks

    def outlet_for(self, url: str | None, name: str | None) -> Outlet | None:
        """The outlet of the first of ``outlets`` serving the URL's host (a domain or a
        subdomain of one), else the first named ``name``."""
        host = ""
        if url:
            from urllib.parse import urlsplit

            host = (urlsplit(url).hostname or "").lower()
        if host:
            if host not in self._outlet_by_host:
                self._outlet_by_host[host] = next(
                    (o for o in self.outlets if any(host == d or host.endswith("." + d) for d in o.domains)), None)
            if self._outlet_by_host[host]:
                return self._outlet_by_host[host]
        if name:
            return self.outlet_by_name.get(fold_name(name))
        return None

    def speaker_for_title(self, title: str, day: date | None) -> Speaker | None:
        """The one person holding ``title`` on ``day`` (None if nobody or several)."""
        holders = {s.name: s for t, s in self.speakers_by_title.get(fold_name(title), []) if t.held_on(day)}
        return next(iter(holders.values())) if len(holders) == 1 else None


def _date(v) -> date | None:
    if v in (None, ""):
        return None
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v))


def _tuple(v) -> tuple[str, ...]:
    return tuple(str(x) for x in (v or []))


@functools.lru_cache(maxsize=1)
def load() -> Lexicon:
    outlets = [Outlet(name=o["name"], timezone=o.get("timezone", "Asia/Shanghai"), domains=_tuple(o.get("domains")),
                      names=_tuple(o.get("names")), agency=o.get("agency")) for o in _load("outlets.yml")]
    speakers = [
        Speaker(name=s["name"], kind=s.get("kind", "person"), name_en=s.get("name_en"), aliases=_tuple(s.get("aliases")),
                titles=tuple(Title(t["title"], _date(t.get("from")), _date(t.get("to"))) for t in s.get("titles") or []))
        for s in _load("speakers.yml") or []
    ]
    agencies = [Agency(name=a["name"], aliases=_tuple(a.get("aliases")), kind=a.get("kind", "agency"),
                       country=a.get("country")) for a in _load("agencies.yml") or []]
    cue_data = _load("cues.yml")
    cues = [Cue(c["cue"], c.get("weight", "strong"), bool(c.get("bare", False)), bool(c.get("quoted", False)),
                bool(c.get("topic", False)), bool(c.get("addressed", False))) for c in cue_data["cues"]]
    not_cues: dict[str, tuple[str, ...]] = {}
    not_after: dict[str, tuple[str, ...]] = {}
    unless: dict[str, tuple[str, ...]] = {}
    for nc in cue_data.get("not_cues") or []:
        before = _tuple(nc.get("before"))
        before += ("嘅",) if "的" in before else ()  # Cantonese 嘅 is 的: 不同人士嘅回憶 is a noun too
        not_cues[nc["cue"]] = not_cues.get(nc["cue"], ()) + before
        not_after[nc["cue"]] = not_after.get(nc["cue"], ()) + _tuple(nc.get("after"))
        unless[nc["cue"]] = unless.get(nc["cue"], ()) + _tuple(nc.get("unless"))
    return Lexicon(outlets=outlets, speakers=speakers, agencies=agencies, cues=cues, not_cues=not_cues, not_cues_after=not_after,
                   not_cues_unless=unless,
                   boilerplate=_load("boilerplate.yml"), names=_load("names.yml") or {},
                   attitudes=cue_data.get("attitudes") or {"modifiers": [], "words": []},
                   narration_after=_tuple(cue_data.get("narration_after")),
                   charging_acts=_tuple(cue_data.get("charging_acts")),
                   told_acts=_tuple(cue_data.get("told_acts")),
                   announced_things=_tuple(cue_data.get("announced_things")),
                   act_openers=_tuple(cue_data.get("act_openers")),
                   addressees=_tuple(cue_data.get("addressees")),
                   common_words={fold_name(w): tag for w, tag in _word_list("common_words.txt").items()})
