"""Chinese full-text search that finds two-character names, in either script.

SQLite's own tokenizers fail Chinese: ``unicode61`` reads a whole run of Han
characters as one token, and ``trigram`` cannot match a query shorter than
three characters (普京, 李强) — on SQLite 3.40 not even through LIKE. So the
index is built from *one token per character*: the text is folded to
Simplified (習近平 → 习近平, full-width Latin and digits to half-width) and
spaced out (``习 近 平``) before it reaches the default ``unicode61``
tokenizer. A query gets the same treatment and becomes an FTS5 phrase
(``"普 京"``), which matches exactly the claims whose folded text contains it,
whatever its length, in any script, using the index.

The index is the ``claims_fts`` table (migration 0002): rowid = ``claims.id``,
columns ``speaker`` (canonical name and the speaker as written) and ``text``.
``store.py`` fills it as it writes claims; a trigger removes a claim's row
when the claim is deleted.
"""
from __future__ import annotations

import hashlib
import unicodedata

from .text import to_simplified

FTS_TABLE = "claims_fts"
NOTHING = '""'  # an empty FTS5 phrase: a valid query that matches no row


def folded(text: str) -> str:
    """Simplified, compatibility forms unified (ＡＢＣ１２３ → ABC123): what both sides of a search compare."""
    return unicodedata.normalize("NFKC", to_simplified(text or ""))


def index_text(text: str, already_folded: str | None = None) -> str:
    """The form stored in ``claims_fts``: every character its own token."""
    return " ".join(already_folded if already_folded is not None else folded(text))


def statement_key(text: str, already_folded: str | None = None) -> str:
    """Same key for the same statement however an outlet writes it (script, punctuation, spaces)."""
    source = already_folded if already_folded is not None else folded(text)
    core = "".join(filter(str.isalnum, source))
    return hashlib.sha1(core.encode("utf-8")).hexdigest()[:16]


def match_expression(query: str | None) -> str:
    """An FTS5 query for ``claims_fts``: each whitespace-separated term a phrase, all required.

    Safe for any input (quotes are doubled, operators are quoted away); a
    query with nothing searchable gives a phrase that matches nothing.
    """
    phrases = []
    for term in folded(query or "").split():
        if any(ch.isalnum() for ch in term):
            phrases.append('"' + " ".join(term).replace('"', '""') + '"')
    return " ".join(phrases) if phrases else NOTHING


def speaker_text(name: str, written: str | None) -> str:
    """The speaker column: the canonical name, and the speaker as written when it says more."""
    parts = [name]
    if written and folded(written) != folded(name):
        parts.append(written)
    return index_text(" ".join(parts))
