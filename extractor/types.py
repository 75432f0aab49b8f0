"""Plain data moving through the pipeline: read → clean → extract → resolve → store.

Every stage takes and returns these frozen-ish dataclasses; nothing downstream
re-reads a file or re-parses HTML.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class RawDocument:
    """What a reader found in a file, before cleaning.

    ``body`` is HTML or plain text (``body_format``); one file may hold several
    (an RSS feed), told apart by ``item``.
    """

    path: str
    body: str
    body_format: str  # "html" | "text"
    item: str = ""  # feed item key (link or guid); "" for one-article files
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published_at: datetime | None = None  # timezone-aware, or None when unknown
    reader: str = ""


@dataclass
class Paragraph:
    """One paragraph of article text; ``start`` is its offset in the document text."""

    index: int
    start: int
    text: str
    section: int = 0  # 0: the article; 1, 2…: articles appended after a boundary
    published_at: datetime | None = None  # for appended sections with their own date line


@dataclass
class Document:
    """A cleaned article: paragraphs joined by blank lines form ``text``."""

    path: str
    item: str
    url: str | None
    title: str | None
    outlet: str | None
    published_at: datetime | None
    timezone: str
    script: str  # "simplified" | "traditional" | "other"
    language: str  # "zh" | "en" | ...
    paragraphs: list[Paragraph]
    captions: list[str]
    photo_credits: list[str]
    content_hash: str
    reader: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass
class SourceCredit:
    """An agency credited for a claim, and how (``credited``, ``cited-by``, ``dateline``)."""

    agency: str  # canonical name
    written: str  # as written in the article
    role: str


@dataclass
class Claim:
    """One attributed statement, with offsets into ``Document.text``."""

    paragraph: int
    start: int
    end: int
    text: str
    kind: str  # direct | indirect | mixed
    cue: str
    speaker_written: str
    speaker: str  # canonical name, Simplified
    speaker_kind: str  # person | organization | unnamed | group
    said_on: date | None
    sources: list[SourceCredit] = field(default_factory=list)
    day_rule: str = ""  # how said_on was found: own | carried | issued | later | recent | vague | article
    rule: str = ""
    speaker_known: bool = False  # resolved through the lexicon
    folded: str | None = None  # search.folded(text), computed in the worker process so the store need not
