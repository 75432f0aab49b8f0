"""Quotation marks: which stretches of a paragraph are someone's exact words.

Marks are paired at the top level only (inner ‘’ 『』 stay inside). Chinese
news leaves a quote open at a paragraph end when it runs on, and sometimes
closes with the opening mark ("战略选择“。"); both are accepted.
"""
from __future__ import annotations

import regex

PAIRS = {"“": "”", "「": "」", "『": "』", '"': '"', "﹁": "﹂", "〝": "〞"}
OPENERS = frozenset(PAIRS)
CLOSERS = frozenset(PAIRS.values())
ALL_MARKS = OPENERS | CLOSERS | {"‘", "’"}


# "……” / “……": straight and curly double marks mixed in one quotation
MIXED = frozenset({'"”', '“"'})

MARKS = regex.compile("[%s]" % regex.escape("".join(OPENERS | CLOSERS)))


def _wordlike(ch: str) -> bool:
    return ch.isalnum()


SENTENCE_ENDS = frozenset("。！？!?…")  # "……由政府追踪。“78％的美元…": a sentence closed, then the opening mark closes it
TERM_MAX = 12  # a quoted term closed with the opening mark: a few words, no punctuation
CLAUSE_PUNCT = regex.compile(r"[，。！？；：,;!?]")


def _term_closed(text: str, open_at: int, i: int) -> bool:
    """Is the opening mark at ``i`` the wrong closer of a short term opened at ``open_at``
    ("“众筹“维持营运，但…“苹果日报”"), rather than a quotation inside it ("“我关注“ME TOO”是在…")?
    A term has no punctuation; what follows the mark runs on into a clause, or to another opening mark."""
    if not text[open_at + 1:i].strip() or i - open_at - 1 > TERM_MAX or CLAUSE_PUNCT.search(text, open_at + 1, i):
        return False
    nxt = MARKS.search(text, i + 1)
    return nxt is None or nxt.group(0) in OPENERS or CLAUSE_PUNCT.search(text, i + 1, nxt.start()) is not None


def _turned_opener(text: str, i: int, turned: bool) -> bool:
    """赵立坚回应称：”加拿大……利益。“: a closing mark opening a quotation, after a colon, or
    anywhere once the paragraph has used its marks the wrong way round (并称”我们……“)."""
    if text[i] != "”" or i + 1 >= len(text) or not _wordlike(text[i + 1]):
        return False
    return turned or (i > 0 and text[i - 1] in "：:")


def quote_spans(text: str, claimed: bool = False) -> list[tuple[int, int]]:
    """(open, close) index pairs of top-level quotes; close is the closing mark's
    index, or len(text) when the quote runs to the end of the paragraph. A ``claimed``
    text is a statement cut after its cue, so a closing mark opening it opens a quotation."""
    spans: list[tuple[int, int]] = []
    open_at, expect = -1, ""
    turned = False  # the paragraph has opened a quotation with the closing mark
    for m in MARKS.finditer(text):  # only the marks, not every character
        i, ch = m.start(), m.group(0)
        if open_at < 0:
            if ch in OPENERS:
                open_at, expect = i, PAIRS[ch]
            elif _turned_opener(text, i, turned or claimed and i == 0):
                open_at, expect = i, ch
            continue
        if text[open_at] == "”":
            # ：”……“ or ：”……”: a closer only where the quotation plausibly ends (not “遵守”与…)
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if ch in "”“" and (not _wordlike(nxt) or text[i - 1] in SENTENCE_ENDS):
                spans.append((open_at, i))
                turned = turned or ch == "“"
                open_at = -1
            continue
        if ch == expect or (text[open_at] + ch) in MIXED:
            spans.append((open_at, i))
            open_at = -1
        elif ch == text[open_at] and ch != '"':
            # "…战略选择“。" — the opening mark used as a closer before punctuation,
            # after a term before more words ("依赖“众筹“维持营运，但…") or after a full stop
            # (or after a comma when no closer follows: "……因此买公债，“BMO…主管Ian Lyngen表示")
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if not _wordlike(nxt) or _term_closed(text, open_at, i) or text[i - 1] in SENTENCE_ENDS \
                    or text[i - 1] in "，," and expect not in text[i + 1:]:
                spans.append((open_at, i))
                open_at = -1
    if open_at >= 0:
        spans.append((open_at, len(text)))
    return spans


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(o < pos < c or (pos == o) for o, c in spans)


def classify(text: str) -> tuple[str, str, int, int]:
    """Kind of a claim text and the text to keep, with the trim at each end.

    One quote covering all of it → direct (marks dropped); quotes in part →
    mixed; none → indirect.
    """
    spans = quote_spans(text, claimed=True)
    if not spans:
        return "indirect", text, 0, 0
    if len(spans) == 1:
        o, c = spans[0]
        before = text[:o].strip()
        after = text[c + 1:].strip(" 。.，,")
        if not before and not after and o == 0:
            inner_end = c if c < len(text) else len(text)
            inner = text[1:inner_end]
            return "direct", inner, 1, len(text) - inner_end
    return "mixed", text, 0, 0
