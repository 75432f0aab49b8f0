"""What the store writes for one processed file, worked out without the database.

Ingest has one writer and several worker processes. Everything the writer
would compute per claim without looking anything up — the speaker's name as
stored and as indexed, the search tokens, the statement key, the wording
clusters compare, the outlet's local date, the extraction fingerprint — is
computed here, in the workers (``ingest._process``), so the writer only finds
ids and inserts rows. The rows are also plain tuples of strings and numbers:
the writer's process unpickles every file's result, and tuples cost a
fraction of the dataclasses (paragraphs, dates) they are made from.

``Store.add`` accepts a ``pipeline.Processed`` as before and prepares it itself.
"""
from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple
from zoneinfo import ZoneInfo

import opencc

from . import search
from .cluster import wording
from .text import HAN, LATIN, fold_name, to_simplified
from .types import Claim, Document

UNKNOWN_SPEAKER = "未知"
_s2t = opencc.OpenCC("s2t")


def script_of(name: str) -> str:
    """simplified | traditional | latin | other, for one name (too short for detect_script)."""
    if not HAN.search(name):
        return "latin" if LATIN.search(name) else "other"
    return "traditional" if to_simplified(name) != name else "simplified"


def traditional_form(name: str) -> str | None:
    """The Traditional spelling of a Simplified name, when it differs and folds back."""
    trad = _s2t.convert(name)
    return trad if trad != name and to_simplified(trad) == name else None


@functools.lru_cache(maxsize=8192)
def _traditional_alias(name: str) -> tuple[str, str] | None:
    """(alias, script) a new speaker gets for its Traditional spelling; names recur, so cached."""
    trad = traditional_form(name)
    return (trad, script_of(trad)) if trad else None


@functools.lru_cache(maxsize=8192)
def _speaker_index(name: str, written: str | None) -> str:
    """claims_fts.speaker: the same few thousand speakers, written a few ways each, so cached."""
    return search.speaker_text(name, written)


def local_time(doc: Document) -> datetime | None:
    """The publication time on the outlet's own clock (GUIDELINES.md dates articles by it)."""
    if doc.published_at is None:
        return None
    try:
        return doc.published_at.astimezone(ZoneInfo(doc.timezone))
    except Exception:  # unknown zone name: the reader's offset is the best we have
        return doc.published_at


def extraction_hash(doc: Document, claims: list[Claim]) -> str:
    """What the pipeline made of the content besides its text: metadata, captions, claims."""
    parts = [doc.url, doc.title, doc.outlet, doc.published_at, doc.timezone, doc.script, doc.language, doc.reader,
             doc.captions, doc.photo_credits]
    for c in claims:
        parts.append((c.paragraph, c.start, c.end, c.kind, c.cue, c.speaker_written, c.speaker, c.speaker_kind,
                      c.said_on, c.rule, c.speaker_known, getattr(c, "weak", None),
                      [(s.agency, s.written, s.role) for s in c.sources]))
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


class ClaimRow(NamedTuple):
    """One claim as the store writes it; ids (document, speaker, agencies, cluster) are the writer's job."""

    speaker: str  # canonical name: the speaker row it belongs to
    speaker_kind: str | None
    speaker_known: bool
    speaker_traditional: tuple[str, str] | None  # (alias, script) recorded when the speaker is new
    speaker_alias: tuple[str, str] | None  # (as written, script) when written differently but the same name
    speaker_written: str
    cue: str | None  # as the claim has it: the writer's lexicon tells weak cues
    weak: bool | None  # the claim's own say, if it has one
    kind: str
    text: str
    start: int
    end: int
    paragraph: int
    said_on: str | None  # ISO day: the claim's own, else the article's
    rule: str
    statement_key: str
    speaker_index: str  # claims_fts.speaker
    text_index: str  # claims_fts.text
    wording: str  # what clustering compares
    sources: tuple[tuple[str, str, str], ...]  # (agency, written, role), in the article's order


class DocumentRow(NamedTuple):
    """One document as the store writes it, with its claims."""

    path: str
    item: str
    url: str | None
    title: str | None
    outlet: str | None
    published_at: str | None  # ISO, on the outlet's clock
    published_date: str | None
    timezone: str
    script: str
    language: str
    reader: str
    content_hash: str
    extraction_hash: str
    text: str
    captions: str  # JSON list
    has_text: bool  # any paragraphs: an empty article is never a copy by its (empty) text
    photo_credits: tuple[tuple[str, str], ...]  # (credit as written, folded like a lexicon name)
    claims: list[ClaimRow]


@dataclass
class Prepared:
    """One file ready to store: its documents' rows, or why it was rejected (like ``pipeline.Processed``)."""

    path: str
    file_hash: str
    documents: list[DocumentRow] = field(default_factory=list)
    rejected: str | None = None

    @property
    def claims(self) -> int:
        return sum(len(d.claims) for d in self.documents)


def claim_row(claim: Claim, day: str | None) -> ClaimRow:
    name = claim.speaker or claim.speaker_written or UNKNOWN_SPEAKER
    written = claim.speaker_written
    folded = claim.folded if claim.folded is not None else search.folded(claim.text)
    alias = written if written and written != name and fold_name(written) == fold_name(name) else None
    return ClaimRow(
        speaker=name, speaker_kind=claim.speaker_kind, speaker_known=bool(claim.speaker_known),
        speaker_traditional=_traditional_alias(name), speaker_alias=(alias, script_of(alias)) if alias else None,
        speaker_written=written or "", cue=claim.cue, weak=getattr(claim, "weak", None), kind=claim.kind,
        text=claim.text, start=claim.start, end=claim.end, paragraph=claim.paragraph,
        said_on=claim.said_on.isoformat() if claim.said_on else day, rule=claim.rule or "",
        statement_key=search.statement_key(claim.text, folded), speaker_index=_speaker_index(name, written),
        text_index=search.index_text(claim.text, folded), wording=wording(claim.text, folded),
        sources=tuple((s.agency, s.written, s.role) for s in claim.sources),
    )


def document_row(doc: Document, claims: list[Claim]) -> DocumentRow:
    published = local_time(doc)
    day = published.date().isoformat() if published else None
    return DocumentRow(
        path=doc.path, item=doc.item or "", url=doc.url, title=doc.title, outlet=doc.outlet,
        published_at=published.isoformat() if published else None, published_date=day, timezone=doc.timezone,
        script=doc.script, language=doc.language, reader=doc.reader or "", content_hash=doc.content_hash,
        extraction_hash=extraction_hash(doc, claims), text=doc.text,
        captions=json.dumps(doc.captions, ensure_ascii=False), has_text=bool(doc.paragraphs),
        photo_credits=tuple((c, fold_name(c)) for c in doc.photo_credits),
        claims=[claim_row(c, day) for c in claims],
    )


def prepare(processed) -> Prepared:
    """A ``pipeline.Processed`` as rows to store (a ``Prepared`` is returned as it is)."""
    if isinstance(processed, Prepared):
        return processed
    return Prepared(path=processed.path, file_hash=processed.file_hash, rejected=processed.rejected,
                    documents=[document_row(doc, claims) for doc, claims in processed.documents])
