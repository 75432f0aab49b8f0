"""Script and punctuation helpers shared by every stage.

Matching runs on a *folded* copy of the text: Traditional folded to Simplified
(OpenCC t2s) and half-width punctuation to full-width, one character for one
character, so an offset in the folded text is the same offset in the original.
"""
from __future__ import annotations

import functools
import hashlib
import operator

import opencc
import regex

_t2s = opencc.OpenCC("t2s")
_s2t = opencc.OpenCC("s2t")

HAN = regex.compile(r"\p{Han}")
_HAN_RUN = regex.compile(r"\p{Han}+")
_LATIN_RUN = regex.compile(r"[A-Za-z]+")
_PUNCT_OR_SPACE = regex.compile(r"[\p{P}\s]")
_SPACES = regex.compile(r"\s+")
_MIDDLE_DOTS = regex.compile(r"[•‧・．･∙﹒]|(?<=\p{Han})-(?=\p{Han})")  # (乔-拜登: 法广's hyphen for the dot)
_NAME_DOTS = regex.compile(r"(?<=\p{Han})[•‧・･．.∙﹒](?=\p{Han})")  # in running text only between Han (君特.沙博夫斯基; ． and . end a sentence elsewhere)


def is_han(ch: str) -> bool:
    """One character of Han script (cheap: called per character in hot loops)."""
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or bool(HAN.match(ch)))


def all_han(s: str) -> bool:
    return bool(_HAN_RUN.fullmatch(s))


def in_order(short: str, full: str) -> bool:
    """Are the characters of ``short`` all in ``full``, in order (世企研 in 世界大型企业研究会)?"""
    it = iter(full)
    return all(ch in it for ch in short)


def letters(s: str) -> int:
    """Characters that are not punctuation or space."""
    return len(_PUNCT_OR_SPACE.sub("", s))
LATIN = regex.compile(r"[A-Za-z]")

# Half-width → full-width punctuation, applied only where it is punctuation
# (a comma between digits is a thousands separator; a colon between digits a time).
_HALF_PUNCT = regex.compile(r"(?<!\d),|,(?!\d)|(?<!\d):|:(?!\d)|;|\?|!|\((?=[^)]{0,40}\))|(?<=\([^(]{0,40})\)")
_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


# OpenCC gives a few Traditional characters a Simplified form outside the Basic Multilingual
# Plane (錤 → 𫓹) that Simplified writers do not use (郭明錤 is 郭明錤 on the mainland too)
_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")


def to_simplified(text: str) -> str:
    """Traditional → Simplified, guaranteed to keep the length (and so the offsets); a
    character whose only Simplified form is a rare astral one stays as written."""
    out = _t2s.convert(text)
    if len(out) != len(text):
        out = "".join(c if len(c2 := _t2s.convert(c)) != 1 else c2 for c in text)
    if _ASTRAL.search(out) is None:
        return out
    return "".join(orig if _ASTRAL.match(conv) and not _ASTRAL.match(orig) else conv for orig, conv in zip(text, out))


def to_traditional(text: str) -> str:
    """Simplified → Traditional (OpenCC s2t): a character it changes is a Simplified one."""
    return _s2t.convert(text)


def standard_traditional(text: str) -> str:
    """Simplified → the standard Traditional of Taiwan (OpenCC s2tw): 兹 → 茲 but 峰 → 峰, so a
    variant such as 峯 (许智峯) is not taken for a Traditional character. Loaded when first
    needed: few articles call for it."""
    return _s2tw().convert(text)


@functools.lru_cache(maxsize=1)
def _s2tw() -> opencc.OpenCC:
    return opencc.OpenCC("s2tw")


def fold(text: str) -> str:
    """The matching form of ``text``: Simplified, full-width punctuation, the middle dot of
    a name as one character (马克•科恩 → 马克·科恩), same length."""
    s = to_simplified(text)
    s = _NAME_DOTS.sub("·", s)
    return _HALF_PUNCT.sub(lambda m: _FULL[m.group(0)], s)


@functools.lru_cache(maxsize=4096)
def fold_name(name: str) -> str:
    """A name as lexicons key it: folded, without spaces, middle dots unified."""
    n = to_simplified(name.strip())
    n = _SPACES.sub("", n)
    return _MIDDLE_DOTS.sub("·", n)


def _count(runs: regex.Pattern, text: str) -> int:
    """Characters of ``text`` in runs of ``runs``: one match per run, not per character."""
    return sum(map(len, runs.findall(text)))


def _changed(text: str, converted: str) -> int:
    """Positions where a conversion changed the character."""
    return sum(map(operator.ne, text, converted))


def detect_script(text: str) -> str:
    """simplified | traditional | other, by which conversion changes more characters."""
    sample = "".join(_HAN_RUN.findall(text[:1200]))[:400]  # a page's script shows in its first lines
    if len(sample) < 5:
        return "other"
    simplified = _t2s.convert(sample)
    to_s = 0 if simplified == sample else _changed(sample, simplified)
    if not to_s:  # nothing Traditional: simplified whatever s2t would change
        return "simplified"
    to_t = _changed(sample, _s2t.convert(sample))
    return "traditional" if to_s > to_t else "simplified"


def detect_language(text: str) -> str:
    """zh when Han characters make up a real share of the letters, else en (or und)."""
    sample = text[:1500]
    han = _count(_HAN_RUN, sample)
    latin = _count(_LATIN_RUN, sample)
    if han == 0 and latin == 0:
        return "und"
    return "zh" if han * 4 >= latin * 0.5 or han >= 60 else "en"


def latin_bounded(text: str, start: int, end: int) -> bool:
    """A match of a Latin-script name is a whole word: AP is not the AP of GAP or APP."""
    if start > 0 and text[start].isascii() and text[start].isalnum() and text[start - 1].isascii() and text[start - 1].isalnum():
        return False
    if end < len(text) and text[end - 1].isascii() and text[end - 1].isalnum() and text[end].isascii() and text[end].isalnum():
        return False
    return True


def content_hash(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()
