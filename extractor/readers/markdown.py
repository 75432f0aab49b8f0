"""Markdown bodies (the censored reposts' Jekyll posts), rendered to HTML for the cleaner.

Read as text, ``**bold**``, ``## headings``, ``![](pictures)``, ``[titles](links)``,
``~~struck~~`` and ``\\|`` would stay in paragraphs and claims; some of these posts
also hold a ``<figcaption>`` or a ``<br>``, enough to be taken for HTML and read as
one block. Rendered by markdown-it-py (CommonMark and strikethrough, HTML passed
through), the HTML cleaner drops the pictures, keeps a link's text and gives a
heading its own paragraph. CommonMark leaves a ``**`` or ``~~`` literal where it
touches punctuation on one side and a letter on the other (``**虎嗅：**假设``,
``号~~[友朋会](…)~~``; commonmark-spec issue 650): those stay as they were.

An HTML body holds its paragraphs in ``<p>``; a ``**`` inside one (Reuters'
``<p>**全产业链套保**</p>``) is the outlet's, and the body stays as it is.
"""
from __future__ import annotations

from functools import lru_cache

import regex
from markdown_it import MarkdownIt

HTML_PARAGRAPH = regex.compile(r"<p\b", regex.I)
# a picture, a link or a heading line: Markdown, and nothing else writes them so. No "[" in the
# text, no "(" in the address and bounded lengths: each "[" is read once, never to the line's end
MARKUP = regex.compile(r"(?:!\[[^\[\]\n]{0,500}|\[[^\[\]\n]{1,500})\]\([^()\s]{0,2048}\)|^#{1,6}[ \t]+\S", regex.M)
# **bold** or ~~struck~~ (not "***"): one may be censored names (王某**和李某**), two are Markdown
EMPHASIS = regex.compile(r"(?<!\*)\*\*(?=[^\s*])[^*\n]*?[^\s*]\*\*(?!\*)|~~(?=[^\s~])[^~\n]*?[^\s~]~~")


def looks_like(body: str) -> bool:
    """Whether a fragment's body is written in Markdown (not HTML, not plain text)."""
    if HTML_PARAGRAPH.search(body):
        return False
    if MARKUP.search(body):
        return True
    spans = EMPHASIS.finditer(body)
    return next(spans, None) is not None and next(spans, None) is not None


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    """``breaks``: each line stays a paragraph, as the text reader had it (these posts put one
    paragraph on a line, and a line break is no space in Chinese); no indented code blocks:
    an article's indented line is a paragraph, not code."""
    return MarkdownIt("commonmark", {"html": True, "breaks": True}).enable("strikethrough").disable("code")


def to_html(body: str) -> str:
    return _renderer().render(body)
