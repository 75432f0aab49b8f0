"""Readers: one per input shape, each turning a file into RawDocuments.

``read_file`` decodes the bytes, picks the reader by what the text looks like
(not by file extension) and raises ``RejectedFile`` with a reason a person can act on.
What is refused before any reading: anything but a regular file (a named pipe
would block for ever, a device never end) and files over ``MAX_BYTES``; after
decoding, files cut off part-way (see markup.py).
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from ..types import RawDocument
from . import feed, fragment, frontmatter, textpage
from .decode import UndecodableError, decode
from .markup import limit_depth, truncation

# 45 times the largest article of ../shared/corpus (440 KB); a bigger file is a dump or a mistake,
# and extracting from it would hold a worker for minutes.
MAX_BYTES = 20 * 1024 * 1024

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


class RejectedFile(Exception):
    """A file that cannot become a document; ``str(err)`` is the reason."""


def too_large(size: int) -> str:
    return f"file too large ({size / (1024 * 1024):.1f} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)"


def unreadable(path: str | os.PathLike) -> str | None:
    """Why ``path`` must not be read at all (from its metadata only), or None."""
    try:
        st = os.stat(path)
    except OSError as err:
        return f"cannot read: {err.strerror or err}"
    if not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a file")
        return f"not a regular file ({kind})"
    if st.st_size > MAX_BYTES:
        return too_large(st.st_size)
    return None


def read_text(path: str, text: str) -> list[RawDocument]:
    """Pick the reader for already-decoded text."""
    if not text.strip():
        raise RejectedFile("empty file")
    cut = truncation(text)
    if cut:
        raise RejectedFile(cut)
    documents = _read_text(path, text)
    for doc in documents:
        if doc.body_format == "html":
            doc.body = limit_depth(doc.body)
    return documents


def _read_text(path: str, text: str) -> list[RawDocument]:
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
        raise RejectedFile(too_large(len(data)))
    try:
        text, _encoding = decode(data)
    except UndecodableError as err:
        raise RejectedFile(str(err)) from None
    return read_text(path, text)


def read_file(path: str | Path) -> list[RawDocument]:
    reason = unreadable(path)
    if reason:
        raise RejectedFile(reason)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise RejectedFile(f"cannot read: {err.strerror or err}") from None
    return read_bytes(str(path), data)


__all__ = ["MAX_BYTES", "RejectedFile", "read_file", "read_bytes", "read_text", "unreadable"]
