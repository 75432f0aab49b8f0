"""Markup a reader must not pass on as it is: files cut off part-way, and absurdly deep nesting.

A download that was interrupted ends in the middle of a character (decode.py
rejects it), inside a tag, or before the ``</html>`` (``</rss>``, ``</feed>``)
its first lines opened: ``truncation`` names which, and the file is rejected
rather than stored with a statement cut in half. Nothing else is guessed: an article cut
between two paragraphs of a fragment cannot be told from a short one.

HTML nested thousands of levels deep (generated or hostile pages) would
exhaust Python's recursion limit in the cleaner's tree walk; ``limit_depth``
drops the tags below ``MAX_DEPTH`` levels and keeps their text, so such a
page is read like any other. Ordinary pages are returned unchanged.
"""
from __future__ import annotations

import regex

MAX_DEPTH = 200  # real articles nest a few dozen levels; Python's recursion limit is 1000

# Comments and script/style bodies are skipped whole (they may contain "<div>"); else a tag,
# up to its first ">" (greedy: a lazy [^<>]*? retried "/>" after every character of every tag).
_TAG = regex.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style)\b[^>]*>.*?(?:</\1\s*>|\Z)|<(/?)([A-Za-z][A-Za-z0-9:_-]*)\b[^<>]*>",
    regex.S | regex.I,
)
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                  "track", "wbr", "keygen", "command", "basefont", "frame", "isindex"})
# Elements a browser closes when the next one of the same name opens (<p>a<p>b, <li>…<li>…).
SELF_CLOSING_SIBLINGS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rt", "rp"})

_ENDS_INSIDE_TAG = regex.compile(r"<[A-Za-z/!?][^<>]*\Z")
_ROOTS = (("html", regex.compile(r"<html[\s>]", regex.I), regex.compile(r"</html\s*>", regex.I)),
          ("rss", regex.compile(r"<rss[\s>]", regex.I), regex.compile(r"</rss\s*>", regex.I)),
          ("feed", regex.compile(r"<feed[\s>]", regex.I), regex.compile(r"</feed\s*>", regex.I)))


def truncation(text: str) -> str | None:
    """Why decoded markup looks cut off part-way, or None."""
    tail = text.rstrip()
    if _ENDS_INSIDE_TAG.search(tail[-2000:]):
        return "truncated: the file ends inside a tag"
    for name, opens, closes in _ROOTS:
        if opens.search(text, endpos=4096) and not closes.search(text, pos=max(0, len(text) - 4096)):
            return f"truncated: <{name}> is never closed (the file stops before </{name}>)"
    return None


def limit_depth(html: str, limit: int = MAX_DEPTH) -> str:
    """``html`` with the tags nested deeper than ``limit`` removed (their text kept)."""
    # Cannot nest that deep, the common case, told by counting: every element opened is a "<"
    # not followed by "/", and cutting needs more than ``limit`` of them.
    if html.count("<") - html.count("</") <= limit:
        return html
    stack: list[str] = []
    dropped: list[str] = []  # start tags removed below the limit, whose end tags go too
    pieces: list[str] = []
    last = 0
    for m in _TAG.finditer(html):
        name = m.group(3)
        if name is None:  # comment, script or style
            continue
        name = name.lower()
        cut = False
        if m.group(2):  # an end tag
            if dropped and dropped[-1] == name:
                dropped.pop()
                cut = True
            elif name in stack:
                while stack.pop() != name:
                    pass
                dropped.clear()  # whatever was dropped inside is closed with it
        elif not (html[m.end() - 2] == "/" or name in VOID):  # "<br/>": closed as it opens
            if name in SELF_CLOSING_SIBLINGS and stack and stack[-1] == name:
                stack.pop()
            if len(stack) >= limit:
                dropped.append(name)
                cut = True
            else:
                stack.append(name)
        if cut:
            pieces.append(html[last:m.start()])
            last = m.end()
    if not pieces:
        return html
    pieces.append(html[last:])
    return "".join(pieces)
