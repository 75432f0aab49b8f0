"""Writing processed files to the database: one transaction per file, idempotent.

A document is keyed by (path, item). Storing it again with the same content
and the same extraction changes nothing; if either changed, the document row
is updated in place (its id survives) and its claims and photo credits are
replaced. Speakers and agencies are found or created by canonical name; the
lexicon's speakers and agencies (with aliases and dated titles) are written
first, so ``speakers.known`` tells lexicon entries from names met in articles.
Each claim is indexed for search (``claims_fts``, see ``search.py``) in the
same transaction.

This is the ingest hot path, so it speaks plain SQL on the sqlite3
connection; ``models.py`` defines the schema. What needs no database (search
tokens, keys, wordings, dates) is worked out before, by ``prepare.py``: in
ingest's worker processes.
"""
from __future__ import annotations

import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone

from . import lexicon as lexicon_module
from .cluster import Clusterer, Member
from .prepare import (UNKNOWN_SPEAKER, ClaimRow, DocumentRow, Prepared, extraction_hash, local_time,  # noqa: F401
                      prepare, script_of, traditional_form)
from .text import fold_name


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


DOCUMENT_COLUMNS = ("url", "title", "outlet_id", "published_at", "published_date", "timezone", "script", "language",
                    "reader", "content_hash", "extraction_hash", "file_hash", "text", "captions", "ingested_at")
INSERT_DOCUMENT = (f"INSERT INTO documents (path, item, {', '.join(DOCUMENT_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * (len(DOCUMENT_COLUMNS) + 2))})")
UPDATE_DOCUMENT = f"UPDATE documents SET {', '.join(c + ' = ?' for c in DOCUMENT_COLUMNS)} WHERE id = ?"
INSERT_CLAIM = ('INSERT INTO claims (id, document_id, speaker_id, speaker_written, cue, kind, text, start, "end", '
                "paragraph, said_on, rule, weak, statement_key, cluster_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
INSERT_SEARCH = "INSERT INTO claims_fts (rowid, speaker, text) VALUES (?, ?, ?)"  # see search.py
SEARCH_ROWS_WAITING = 20_000  # at most this many search rows wait for a commit (a long batch stays small)
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
    """Writes ``Processed`` (or ``Prepared``) results through one connection, caching ids between files.

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
        # search index rows not yet written (see _write_search_rows); same rollback rules
        self._search_rows: list[tuple[int, str, str]] = []
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
            self._forget_uncommitted()
            raise
        else:
            self._before_commit()
            conn.commit()
        finally:
            self._flush_every = None
            self._forget_unlocked_state()

    def _before_commit(self) -> None:
        """What waits for the commit: the search rows, and the recount of the clusters this transaction touched."""
        self._write_search_rows()
        if self._dirty_clusters:
            self.clusterer.refresh(sorted(self._dirty_clusters))
            self._dirty_clusters.clear()

    def _write_search_rows(self) -> None:
        """Index the claims written since the last call, all at once.

        FTS5 writes its pending terms to disk as a new segment at every savepoint,
        and ``add`` is one savepoint per file: indexing each file's claims as it
        is stored made a segment per file, then merged them (a fifth of the
        writer's time). Once per commit makes one segment per commit.
        """
        if self._search_rows:
            self.conn.executemany(INSERT_SEARCH, self._search_rows)  # deleted claims leave it by trigger
            self._search_rows.clear()

    def _forget_uncommitted(self) -> None:
        """After a full rollback: nothing written since the last commit remains to finish or recount."""
        self._dirty_clusters.clear()
        self._search_rows.clear()
        self._reset_caches()

    def _maybe_flush(self) -> None:
        """In a batch, after each file: commit when it is time; keep the search rows waiting few."""
        if self._flush_every is None:
            return
        if time.monotonic() - self._flushed >= self._flush_every:
            self._before_commit()
            self.conn.commit()
            self._forget_unlocked_state()
            self.conn.execute("BEGIN IMMEDIATE")
            self._flushed = time.monotonic()
        elif len(self._search_rows) >= SEARCH_ROWS_WAITING:
            self._write_search_rows()

    def _reset_caches(self) -> None:
        self._seeded = False
        self._speakers: dict[str, int] = {}
        self._agencies: dict[str, int] = {}
        self._outlets: dict[str, int] = {}
        self._aliases: set[tuple[str, int, str]] = set()
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
        unindexed = len(self._search_rows)
        try:
            yield conn
            if self._flush_every is None:  # not in our batch: the caller may commit, or read, right after
                self._write_search_rows()
        except BaseException:
            if nested:
                conn.execute("ROLLBACK TO quotedb_store")
                conn.execute("RELEASE quotedb_store")
                del self._search_rows[unindexed:]
                self._reset_caches()  # ids created in the rolled-back savepoint are gone
            else:
                conn.rollback()
                self._forget_uncommitted()
            raise
        if nested:
            conn.execute("RELEASE quotedb_store")
        else:
            self._before_commit()
            conn.commit()
            self._forget_unlocked_state()

    # --- public --------------------------------------------------------------------------------

    def add(self, processed) -> Stored:
        """Store one file's documents and claims (or its rejection) in one transaction.

        ``processed``: a ``pipeline.Processed``, or the same already ``prepare``d.
        """
        processed = prepare(processed)
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
                for doc in processed.documents:
                    status = self._document(doc, processed.file_hash or "", stamp)
                    setattr(result, status, getattr(result, status) + 1)
                    if status != "unchanged":
                        result.claims += len(doc.claims)
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

    def _copy_of(self, doc: DocumentRow) -> int | None:
        """The stored document this one repeats from another file: the same URL, or
        the same text (a feed item in two snapshots, an article saved twice)."""
        conn = self.conn
        row = conn.execute("SELECT document_id FROM document_copies WHERE path = ? AND item = ?",
                           (doc.path, doc.item)).fetchone()
        if row is None and doc.url:
            row = conn.execute("SELECT id FROM documents WHERE url = ? ORDER BY id LIMIT 1", (doc.url,)).fetchone()
        if row is None and doc.has_text:
            row = conn.execute("SELECT id FROM documents WHERE content_hash = ? ORDER BY id LIMIT 1",
                               (doc.content_hash,)).fetchone()
        return row[0] if row else None

    def _document(self, doc: DocumentRow, file_hash: str, stamp: str) -> str:
        conn = self.conn
        row = conn.execute("SELECT id, content_hash, extraction_hash FROM documents WHERE path = ? AND item = ?",
                           (doc.path, doc.item)).fetchone()
        if row and row[1] == doc.content_hash and row[2] == doc.extraction_hash:
            return "unchanged"
        if row is None:
            original = self._copy_of(doc)
            if original is not None:
                # stored once, found twice: remember where, count nothing again (first version wins)
                conn.execute("INSERT INTO document_copies (document_id, path, item, seen_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (path, item) DO NOTHING", (original, doc.path, doc.item, stamp))
                return "duplicate"
        values = (doc.url, doc.title, self._outlet(doc.outlet, doc.timezone), doc.published_at, doc.published_date,
                  doc.timezone, doc.script, doc.language, doc.reader, doc.content_hash, doc.extraction_hash,
                  file_hash, doc.text, doc.captions, stamp)
        old_clusters: list[int] = []
        if row:
            doc_id = row[0]
            conn.execute(UPDATE_DOCUMENT, (*values, doc_id))
            old_clusters = [c for (c,) in conn.execute(
                "SELECT DISTINCT cluster_id FROM claims WHERE document_id = ? AND cluster_id IS NOT NULL", (doc_id,))]
            self.clusterer.forget(old_clusters)
            self._write_search_rows()  # the trigger below removes the old claims' rows: they must be there
            conn.execute("DELETE FROM claims WHERE document_id = ?", (doc_id,))  # cascades to claim_sources
            conn.execute("DELETE FROM photo_credits WHERE document_id = ?", (doc_id,))
            status = "changed"
        else:
            doc_id = conn.execute(INSERT_DOCUMENT, (doc.path, doc.item, *values)).lastrowid
            status = "new"
        self._claims(doc_id, doc)
        self.clusterer.retire(old_clusters)  # after assign: the days matching reads must be current now
        self._dirty_clusters.update(old_clusters)
        credits = []
        for credit, folded in doc.photo_credits:
            agency = self.lexicon.agency_by_alias.get(folded)
            credits.append((doc_id, self._agency(agency.name, credit) if agency else None, credit))
        if credits:
            conn.executemany(INSERT_CREDIT, credits)
        return status

    def _claims(self, doc_id: int, doc: DocumentRow) -> None:
        """Write a document's claims with their clusters and sources; queue their search rows."""
        conn = self.conn
        # Claim ids are given, not read back row by row: one executemany per document.
        # Safe because we write inside a transaction, which holds SQLite's write lock.
        if self._next_claim_id is None:
            self._next_claim_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM claims").fetchone()[0]
        first_id = self._next_claim_id
        self._next_claim_id += len(doc.claims)
        speakers = [self._speaker(claim) for claim in doc.claims]
        appeared = (doc.published_at, doc.url)
        assigned = self.clusterer.assign(
            [Member(claim_id, speaker_id, claim.speaker_kind, claim.said_on, claim.text, claim.wording, appeared)
             for claim_id, speaker_id, claim in zip(range(first_id, self._next_claim_id), speakers, doc.claims)])
        # a new cluster is written with its one claim's summary; those a claim joined are recounted at the commit
        self._dirty_clusters.update(assigned.stale)
        rows, sources = [], []
        for claim_id, speaker_id, claim in zip(range(first_id, self._next_claim_id), speakers, doc.claims):
            weak = claim.weak if claim.weak is not None else claim.cue in self._weak_cues
            rows.append((claim_id, doc_id, speaker_id, claim.speaker_written, claim.cue or "", claim.kind, claim.text,
                         claim.start, claim.end, claim.paragraph, claim.said_on, claim.rule, bool(weak),
                         claim.statement_key, assigned.cluster_of[claim_id]))
            self._search_rows.append((claim_id, claim.speaker_index, claim.text_index))
            seen = set()
            for position, (agency, written, role) in enumerate(claim.sources):
                agency_id = self._agency(agency, written)
                if (agency_id, role) not in seen:
                    seen.add((agency_id, role))
                    sources.append((claim_id, agency_id, role, written or "", position))
        if rows:
            conn.executemany(INSERT_CLAIM, rows)
        if sources:
            conn.executemany(INSERT_SOURCE, sources)

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

    def _speaker(self, claim: ClaimRow) -> int:
        """The claim's speaker id (created if new)."""
        name = claim.speaker
        speaker_id = self._speakers.get(name)
        if speaker_id is None:
            row = self.conn.execute(  # most names not cached are new: try to create first
                "INSERT INTO speakers (name, kind, known) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING RETURNING id",
                (name, claim.speaker_kind or "person", claim.speaker_known)).fetchone()
            if row is None:  # stored before this Store started
                speaker_id = self.conn.execute("SELECT id FROM speakers WHERE name = ?", (name,)).fetchone()[0]
            else:
                speaker_id = row[0]
                if claim.speaker_traditional:
                    self._speaker_alias(speaker_id, *claim.speaker_traditional)
            self._speakers[name] = speaker_id
        if claim.speaker_alias:
            self._speaker_alias(speaker_id, *claim.speaker_alias)  # 習近平 as written in a Traditional article
        return speaker_id

    def _speaker_alias(self, speaker_id: int, alias: str, script: str) -> None:
        key = ("s", speaker_id, alias)
        if key not in self._aliases:
            self._aliases.add(key)
            self.conn.execute("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, script) VALUES (?, ?, ?)",
                              (speaker_id, alias, script))

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
    """Store one ``pipeline.Processed`` (or ``Prepared``) through ``target``: a sqlite3 connection,
    a SQLAlchemy Connection or a Session.

    Commits its own transaction, or uses a savepoint when the caller has one open.
    """
    return Store(target, lexicon).add(processed)
