"""Writing processed files to the database: one transaction per file, idempotent.

A document is keyed by (path, item). Storing it again with the same content
and the same extraction changes nothing; if either changed, the document row
is updated in place (its id survives) and its claims and photo credits are
replaced. Speakers and agencies are found or created by canonical name; the
lexicon's speakers and agencies (with aliases and dated titles) are written
first, so ``speakers.known`` tells lexicon entries from names met in articles.
Each claim is indexed for search (``claims_fts``, see ``search.py``) as it is written.

This is the ingest hot path, so it speaks plain SQL on the sqlite3
connection; ``models.py`` defines the schema.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import opencc

from . import lexicon as lexicon_module
from . import search
from .cluster import Clusterer
from .text import HAN, LATIN, fold_name, to_simplified
from .types import Claim, Document

UNKNOWN_SPEAKER = "未知"
_s2t = opencc.OpenCC("s2t")


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def raw_connection(target) -> sqlite3.Connection:
    """The sqlite3 connection behind a sqlite3 connection, SQLAlchemy Connection or Session."""
    if isinstance(target, sqlite3.Connection):
        return target
    if hasattr(target, "get_bind") and hasattr(target, "connection"):  # Session
        target = target.connection()
    dbapi = getattr(target, "connection", None)  # SQLAlchemy Connection → pool proxy
    driver = getattr(dbapi, "driver_connection", None)
    if isinstance(driver, sqlite3.Connection):
        return driver
    raise TypeError(f"cannot store through {type(target).__name__}: pass a sqlite3 connection, "
                    "a SQLAlchemy Connection or a Session on a SQLite database")


def script_of(name: str) -> str:
    """simplified | traditional | latin | other, for one name (too short for detect_script)."""
    if not HAN.search(name):
        return "latin" if LATIN.search(name) else "other"
    return "traditional" if to_simplified(name) != name else "simplified"


def traditional_form(name: str) -> str | None:
    """The Traditional spelling of a Simplified name, when it differs and folds back."""
    trad = _s2t.convert(name)
    return trad if trad != name and to_simplified(trad) == name else None


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


DOCUMENT_COLUMNS = ("url", "title", "outlet_id", "published_at", "published_date", "timezone", "script", "language",
                    "reader", "content_hash", "extraction_hash", "file_hash", "text", "captions", "ingested_at")
INSERT_DOCUMENT = (f"INSERT INTO documents (path, item, {', '.join(DOCUMENT_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * (len(DOCUMENT_COLUMNS) + 2))})")
UPDATE_DOCUMENT = f"UPDATE documents SET {', '.join(c + ' = ?' for c in DOCUMENT_COLUMNS)} WHERE id = ?"
INSERT_CLAIM = ('INSERT INTO claims (id, document_id, speaker_id, speaker_written, cue, kind, text, start, "end", '
                "paragraph, said_on, rule, weak, statement_key, cluster_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
INSERT_SEARCH = "INSERT INTO claims_fts (rowid, speaker, text) VALUES (?, ?, ?)"  # see search.py
INSERT_SOURCE = "INSERT INTO claim_sources (claim_id, agency_id, role, written, position) VALUES (?, ?, ?, ?, ?)"
INSERT_CREDIT = "INSERT INTO photo_credits (document_id, agency_id, credit) VALUES (?, ?, ?)"


@dataclass
class Stored:
    """What one ``store`` call did to the documents of one file."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    duplicate: int = 0  # the same article already stored from another file
    claims: int = 0  # claims written (new or changed documents only)
    rejected: bool = False


class Store:
    """Writes ``Processed`` results through one connection, caching ids between files.

    Use one ``Store`` for a batch (``ingest`` does); ``store()`` makes a new one each call.
    """

    def __init__(self, target, lexicon=None, pipeline: str | None = None):
        self.conn = raw_connection(target)
        self.pipeline = pipeline  # when set, each stored file is recorded in ``files`` (ingest's skip list)
        self.lexicon = lexicon if lexicon is not None else lexicon_module.load()
        self._weak_cues = {c.cue for c in self.lexicon.cues if c.weight == "weak"}
        # clusters whose claims changed since the last commit; a savepoint rolled back keeps
        # the others' (their refresh still has to happen), a full rollback empties it
        self._dirty_clusters: set[int] = set()
        self._reset_caches()
        self._flush_every: float | None = None
        self._flushed = 0.0

    @contextmanager
    def batch(self, seconds: float = 1.0):
        """Group many ``add`` calls into one commit every ``seconds``.

        A commit costs more than storing a typical article, so a corpus run
        commits about once a second. Each ``add`` is still atomic (a
        savepoint): a file that fails to store leaves nothing behind, and the
        batch goes on.
        """
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        self._flush_every, self._flushed = seconds, time.monotonic()
        try:
            yield self
        except BaseException:
            conn.rollback()
            self._dirty_clusters.clear()
            self._reset_caches()
            raise
        else:
            self._refresh_clusters()
            conn.commit()
        finally:
            self._flush_every = None
            self._forget_unlocked_state()

    def _refresh_clusters(self) -> None:
        """Recount the clusters this transaction touched: before every commit."""
        if self._dirty_clusters:
            self.clusterer.refresh(sorted(self._dirty_clusters))
            self._dirty_clusters.clear()

    def _maybe_flush(self) -> None:
        if self._flush_every is not None and time.monotonic() - self._flushed >= self._flush_every:
            self._refresh_clusters()
            self.conn.commit()
            self._forget_unlocked_state()
            self.conn.execute("BEGIN IMMEDIATE")
            self._flushed = time.monotonic()

    def _reset_caches(self) -> None:
        self._seeded = False
        self._speakers: dict[str, int] = {}
        self._agencies: dict[str, int] = {}
        self._outlets: dict[str, int] = {}
        self._aliases: set[tuple[str, int, str]] = set()
        self._speaker_texts: dict[tuple[str, str | None], str] = {}
        self.clusterer = Clusterer(self.conn)  # its cache may name clusters a rollback removed
        self._forget_unlocked_state()

    def _forget_unlocked_state(self) -> None:
        """Between transactions another writer may step in: re-read what it could change."""
        self._next_claim_id: int | None = None
        self._rejected_paths: set[str] | None = None

    @contextmanager
    def transaction(self):
        """BEGIN IMMEDIATE … COMMIT; inside a caller's open transaction, a savepoint instead."""
        conn = self.conn
        nested = conn.in_transaction
        conn.execute("SAVEPOINT quotedb_store" if nested else "BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if nested:
                conn.execute("ROLLBACK TO quotedb_store")
                conn.execute("RELEASE quotedb_store")
            else:
                conn.rollback()
                self._dirty_clusters.clear()
            self._reset_caches()  # ids created in the rolled-back transaction are gone
            raise
        if nested:
            conn.execute("RELEASE quotedb_store")
        else:
            self._refresh_clusters()
            conn.commit()
            self._forget_unlocked_state()

    # --- public --------------------------------------------------------------------------------

    def add(self, processed) -> Stored:
        """Store one file's documents and claims (or its rejection) in one transaction."""
        result = Stored()
        with self.transaction() as conn:
            self._seed()
            if processed.rejected is not None:
                conn.execute(
                    "INSERT INTO rejected_files (path, reason, file_hash, rejected_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (path) DO UPDATE SET reason = excluded.reason, file_hash = excluded.file_hash, "
                    "rejected_at = excluded.rejected_at",
                    (processed.path, processed.rejected, processed.file_hash or "", now()),
                )
                self._rejected().add(processed.path)
                result.rejected = True
            else:
                if processed.path in self._rejected():
                    conn.execute("DELETE FROM rejected_files WHERE path = ?", (processed.path,))
                    self._rejected_paths.discard(processed.path)
                stamp = now()
                for doc, claims in processed.documents:
                    status = self._document(doc, claims, processed.file_hash or "", stamp)
                    setattr(result, status, getattr(result, status) + 1)
                    if status != "unchanged":
                        result.claims += len(claims)
            if processed.file_hash and self.pipeline and processed.rejected is None:
                # (a rejected file is tried again next run, and reported again)
                # in the same transaction as the file's rows: a crash cannot mark a file done early
                conn.execute("INSERT INTO files (path, file_hash, pipeline, ingested_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (path) DO UPDATE SET file_hash = excluded.file_hash, "
                             "pipeline = excluded.pipeline, ingested_at = excluded.ingested_at",
                             (processed.path, processed.file_hash, self.pipeline, now()))
        self._maybe_flush()
        return result

    def done_files(self) -> dict[str, tuple[str, str]]:
        """path → (file hash, pipeline version) of every file stored before."""
        return {p: (h, v) for p, h, v in self.conn.execute("SELECT path, file_hash, pipeline FROM files")}

    def _rejected(self) -> set[str]:
        if self._rejected_paths is None:
            self._rejected_paths = {p for (p,) in self.conn.execute("SELECT path FROM rejected_files")}
        return self._rejected_paths

    def seed(self) -> None:
        """Write the lexicon's speakers and agencies now (``add`` does it on first use)."""
        with self.transaction():
            self._seed()

    def begin_run(self) -> int:
        with self.transaction() as conn:
            return conn.execute("INSERT INTO ingest_runs (started_at) VALUES (?)", (now(),)).lastrowid

    def end_run(self, run_id: int, files: int, documents: int, claims: int, rejected: int) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE ingest_runs SET finished_at = ?, files_seen = ?, documents = ?, claims = ?, rejected = ? "
                "WHERE id = ?",
                (now(), files, documents, claims, rejected, run_id),
            )

    # --- documents and claims ------------------------------------------------------------------

    def _copy_of(self, doc: Document) -> int | None:
        """The stored document this one repeats from another file: the same URL, or
        the same text (a feed item in two snapshots, an article saved twice)."""
        conn = self.conn
        row = conn.execute("SELECT document_id FROM document_copies WHERE path = ? AND item = ?",
                           (doc.path, doc.item or "")).fetchone()
        if row is None and doc.url:
            row = conn.execute("SELECT id FROM documents WHERE url = ? ORDER BY id LIMIT 1", (doc.url,)).fetchone()
        if row is None and doc.paragraphs:
            row = conn.execute("SELECT id FROM documents WHERE content_hash = ? ORDER BY id LIMIT 1",
                               (doc.content_hash,)).fetchone()
        return row[0] if row else None

    def _document(self, doc: Document, claims: list[Claim], file_hash: str, stamp: str) -> str:
        conn = self.conn
        fingerprint = extraction_hash(doc, claims)
        row = conn.execute("SELECT id, content_hash, extraction_hash FROM documents WHERE path = ? AND item = ?",
                           (doc.path, doc.item or "")).fetchone()
        if row and row[1] == doc.content_hash and row[2] == fingerprint:
            return "unchanged"
        if row is None:
            original = self._copy_of(doc)
            if original is not None:
                # stored once, found twice: remember where, count nothing again (first version wins)
                conn.execute("INSERT INTO document_copies (document_id, path, item, seen_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (path, item) DO NOTHING", (original, doc.path, doc.item or "", stamp))
                return "duplicate"
        published = local_time(doc)
        day = published.date().isoformat() if published else None
        values = (doc.url, doc.title, self._outlet(doc.outlet, doc.timezone),
                  published.isoformat() if published else None, day, doc.timezone, doc.script, doc.language,
                  doc.reader or "", doc.content_hash, fingerprint, file_hash, doc.text,
                  json.dumps(doc.captions, ensure_ascii=False), stamp)
        old_clusters: list[int] = []
        if row:
            doc_id = row[0]
            conn.execute(UPDATE_DOCUMENT, (*values, doc_id))
            old_clusters = [c for (c,) in conn.execute(
                "SELECT DISTINCT cluster_id FROM claims WHERE document_id = ? AND cluster_id IS NOT NULL", (doc_id,))]
            self.clusterer.forget(old_clusters)
            conn.execute("DELETE FROM claims WHERE document_id = ?", (doc_id,))  # cascades to claim_sources
            conn.execute("DELETE FROM photo_credits WHERE document_id = ?", (doc_id,))
            status = "changed"
        else:
            doc_id = conn.execute(INSERT_DOCUMENT, (doc.path, doc.item or "", *values)).lastrowid
            status = "new"

        # Claim ids are given, not read back row by row: one executemany per document.
        # Safe because we write inside a transaction, which holds SQLite's write lock.
        if self._next_claim_id is None:
            self._next_claim_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM claims").fetchone()[0]
        rows, sources, index, to_cluster = [], [], [], []
        for claim in claims:
            claim_id = self._next_claim_id
            self._next_claim_id += 1
            weak = getattr(claim, "weak", None)
            if weak is None:
                weak = claim.cue in self._weak_cues
            speaker_id, speaker = self._speaker(claim)
            said_on = claim.said_on.isoformat() if claim.said_on else day
            rows.append([claim_id, doc_id, speaker_id, claim.speaker_written or "", claim.cue or "",
                         claim.kind, claim.text, claim.start, claim.end, claim.paragraph,
                         said_on, claim.rule or "", bool(weak), search.statement_key(claim.text, claim.folded), None])
            index.append((claim_id, self._speaker_text(speaker, claim.speaker_written),
                          search.index_text(claim.text, claim.folded)))
            to_cluster.append((claim_id, speaker_id, claim.speaker_kind, said_on, claim.text, claim.folded))
            seen = set()
            for position, credit in enumerate(claim.sources):
                agency_id = self._agency(credit.agency, credit.written)
                if (agency_id, credit.role) not in seen:
                    seen.add((agency_id, credit.role))
                    sources.append((claim_id, agency_id, credit.role, credit.written or "", position))
        cluster_of = self.clusterer.assign(to_cluster)
        for row in rows:
            row[-1] = cluster_of[row[0]]
        if rows:
            conn.executemany(INSERT_CLAIM, rows)
            conn.executemany(INSERT_SEARCH, index)  # deleted claims leave it by trigger (claims_fts_delete)
        if sources:
            conn.executemany(INSERT_SOURCE, sources)
        # cluster summaries are recounted once per commit, not once per document; but the days and
        # clusters matching reads must be current now (assign widens the days of the clusters it joins)
        self.clusterer.retire(old_clusters)
        self._dirty_clusters.update(cluster_of.values())
        self._dirty_clusters.update(old_clusters)
        credits = []
        for credit in doc.photo_credits:
            agency = self.lexicon.agency_by_alias.get(fold_name(credit))
            credits.append((doc_id, self._agency(agency.name, credit) if agency else None, credit))
        if credits:
            conn.executemany(INSERT_CREDIT, credits)
        return status

    # --- get-or-create -------------------------------------------------------------------------

    def _outlet(self, name: str | None, tz: str) -> int | None:
        if not name:
            return None
        if name not in self._outlets:
            conn = self.conn
            conn.execute("INSERT INTO outlets (name, timezone) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
                         (name, tz or "Asia/Shanghai"))
            self._outlets[name] = conn.execute("SELECT id FROM outlets WHERE name = ?", (name,)).fetchone()[0]
        return self._outlets[name]

    def _speaker_text(self, name: str, written: str | None) -> str:
        key = (name, written)
        if key not in self._speaker_texts:
            self._speaker_texts[key] = search.speaker_text(name, written)
        return self._speaker_texts[key]

    def _speaker(self, claim: Claim) -> tuple[int, str]:
        """The claim's speaker id (created if new) and canonical name."""
        name = claim.speaker or claim.speaker_written or UNKNOWN_SPEAKER
        speaker_id = self._speakers.get(name)
        if speaker_id is None:
            row = self.conn.execute("SELECT id FROM speakers WHERE name = ?", (name,)).fetchone()
            if row:
                speaker_id = row[0]
            else:
                speaker_id = self.conn.execute(
                    "INSERT INTO speakers (name, kind, known) VALUES (?, ?, ?)",
                    (name, claim.speaker_kind or "person", bool(claim.speaker_known)),
                ).lastrowid
                trad = traditional_form(name)
                if trad:
                    self._speaker_alias(speaker_id, trad)
            self._speakers[name] = speaker_id
        written = claim.speaker_written
        if written and written != name and fold_name(written) == fold_name(name):
            self._speaker_alias(speaker_id, written)  # 習近平 as written in a Traditional article
        return speaker_id, name

    def _speaker_alias(self, speaker_id: int, alias: str) -> None:
        key = ("s", speaker_id, alias)
        if key not in self._aliases:
            self._aliases.add(key)
            self.conn.execute("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, script) VALUES (?, ?, ?)",
                              (speaker_id, alias, script_of(alias)))

    def _agency(self, name: str, written: str | None = None) -> int:
        agency_id = self._agencies.get(name)
        if agency_id is None:
            row = self.conn.execute("SELECT id FROM agencies WHERE name = ?", (name,)).fetchone()
            if row:
                agency_id = row[0]
            else:
                known = self.lexicon.agency_by_alias.get(fold_name(name))
                agency_id = self.conn.execute(
                    "INSERT INTO agencies (name, kind, country) VALUES (?, ?, ?)",
                    (name, known.kind if known else "agency", known.country if known else None),
                ).lastrowid
            self._agencies[name] = agency_id
        if written and written != name:
            key = ("a", agency_id, written)
            if key not in self._aliases:
                self._aliases.add(key)
                self.conn.execute("INSERT OR IGNORE INTO agency_aliases (agency_id, alias) VALUES (?, ?)",
                                  (agency_id, written))
        return agency_id

    # --- lexicon seed --------------------------------------------------------------------------

    def _seed(self) -> None:
        """Upsert the lexicon's speakers and agencies; idempotent, once per Store."""
        if self._seeded:
            return
        conn = self.conn
        for s in self.lexicon.speakers:
            speaker_id = conn.execute(
                "INSERT INTO speakers (name, name_en, kind, known) VALUES (?, ?, ?, 1) "
                "ON CONFLICT (name) DO UPDATE SET name_en = excluded.name_en, kind = excluded.kind, known = 1 "
                "RETURNING id",
                (s.name, s.name_en, s.kind),
            ).fetchone()[0]
            self._speakers[s.name] = speaker_id
            aliases = dict.fromkeys([*s.aliases, traditional_form(s.name)])
            conn.executemany(
                "INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, script) VALUES (?, ?, ?)",
                [(speaker_id, a, script_of(a)) for a in aliases if a and a != s.name],
            )
            conn.executemany(
                "INSERT INTO speaker_titles (speaker_id, title, start_date, end_date) SELECT ?1, ?2, ?3, ?4 "
                "WHERE NOT EXISTS (SELECT 1 FROM speaker_titles WHERE speaker_id = ?1 AND title = ?2 "
                "AND start_date IS ?3 AND end_date IS ?4)",
                [(speaker_id, t.title, t.start.isoformat() if t.start else None,
                  t.end.isoformat() if t.end else None) for t in s.titles],
            )
        for a in self.lexicon.agencies:
            agency_id = conn.execute(
                "INSERT INTO agencies (name, kind, country) VALUES (?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, country = excluded.country RETURNING id",
                (a.name, a.kind, a.country),
            ).fetchone()[0]
            self._agencies[a.name] = agency_id
            conn.executemany("INSERT OR IGNORE INTO agency_aliases (agency_id, alias) VALUES (?, ?)",
                             [(agency_id, alias) for alias in dict.fromkeys(a.aliases) if alias != a.name])
        self._seeded = True


def store(target, processed, lexicon=None) -> Stored:
    """Store one ``pipeline.Processed`` through ``target`` (sqlite3 connection, SQLAlchemy Connection or Session).

    Commits its own transaction, or uses a savepoint when the caller has one open.
    """
    return Store(target, lexicon).add(processed)
