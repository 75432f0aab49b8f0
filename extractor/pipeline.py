"""file → documents with claims: read, clean, extract, in order, no I/O but the read.

``process_file`` is what ingest calls for each path (in a worker process when
there are several); it returns plain data the store can write.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from . import search
from .clean import clean
from .extract import extract_claims
from .readers import RejectedFile, read_bytes
from .types import Claim, Document


def _pipeline_version() -> str:
    """A hash of everything that turns a file into claims: the reading, cleaning and
    extraction code and the lexicons. A re-run may skip a file only under the same version."""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for p in sorted([*root.glob("readers/*.py"), *root.glob("extract/*.py"), *root.glob("lexicon/*"),
                     root / "clean.py", root / "resolve.py", root / "text.py", root / "types.py", root / "pipeline.py",
                     root / "search.py"]):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


VERSION = _pipeline_version()


@dataclass
class Processed:
    """One file's outcome: its documents with their claims, or why it was rejected."""

    path: str
    file_hash: str
    documents: list[tuple[Document, list[Claim]]] = field(default_factory=list)
    rejected: str | None = None


def process_document_text(raw_documents) -> list[tuple[Document, list[Claim]]]:
    out = []
    for raw in raw_documents:
        doc = clean(raw)
        claims = extract_claims(doc)
        for c in claims:  # the folding storage needs, done here in parallel rather than in the writer
            c.folded = search.folded(c.text)
        out.append((doc, claims))
    return out


def process_bytes(path: str, data: bytes) -> Processed:
    import hashlib

    file_hash = hashlib.sha256(data).hexdigest()
    try:
        raws = read_bytes(path, data)
    except RejectedFile as err:
        return Processed(path=path, file_hash=file_hash, rejected=str(err))
    if not raws:
        return Processed(path=path, file_hash=file_hash, rejected="no articles found (empty feed)")
    return Processed(path=path, file_hash=file_hash, documents=process_document_text(raws))


def process_file(path: str | Path) -> Processed:
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        return Processed(path=str(path), file_hash="", rejected=f"cannot read: {err.strerror or err}")
    return process_bytes(str(path), data)


def claims_in_text(text: str, published_at=None, url: str | None = None, outlet: str | None = None) -> list[Claim]:
    """Claims in a plain-text article (paragraphs one per line): the library's shortest path.

    >>> [c.speaker for c in claims_in_text("米舒斯京表示，俄方愿意合作。")]
    ['米舒斯京']
    """
    from .types import RawDocument

    raw = RawDocument(path="<text>", body=text, body_format="text", url=url, outlet=outlet,
                      published_at=published_at, reader="text")
    return extract_claims(clean(raw))
