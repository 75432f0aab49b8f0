"""Readers: one per input shape, each turning a file into RawDocuments.

``read_file`` decodes the bytes, picks the reader by what the text looks like
(not by file extension) and raises ``RejectedFile`` with a reason a person can act on.
"""
from __future__ import annotations

from pathlib import Path

from ..types import RawDocument
from . import feed, fragment, frontmatter, textpage
from .decode import UndecodableError, decode

MAX_BYTES = 20 * 1024 * 1024


class RejectedFile(Exception):
    """A file that cannot become a document; ``str(err)`` is the reason."""


def read_text(path: str, text: str) -> list[RawDocument]:
    """Pick the reader for already-decoded text."""
    if not text.strip():
        raise RejectedFile("empty file")
    if feed.looks_like(text):
        return feed.read(path, text)
    if frontmatter.looks_like(text):
        try:
            return frontmatter.read(path, text)
        except frontmatter.FrontMatterError as err:
            raise RejectedFile(str(err)) from None
    if fragment.looks_like(text):
        return fragment.read(path, text)
    if fragment.body_format(text) == "html":
        return [RawDocument(path=path, body=text, body_format="html", reader="html")]
    return textpage.read(path, text)


def read_bytes(path: str, data: bytes) -> list[RawDocument]:
    if not data.strip():
        raise RejectedFile("empty file")
    if len(data) > MAX_BYTES:
        raise RejectedFile(f"file too large ({len(data) // (1024 * 1024)} MB > {MAX_BYTES // (1024 * 1024)} MB)")
    try:
        text, _encoding = decode(data)
    except UndecodableError as err:
        raise RejectedFile(str(err)) from None
    return read_text(path, text)


def read_file(path: str | Path) -> list[RawDocument]:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as err:
        raise RejectedFile(f"cannot read: {err.strerror or err}") from None
    return read_bytes(str(path), data)


__all__ = ["RejectedFile", "read_file", "read_bytes", "read_text"]
