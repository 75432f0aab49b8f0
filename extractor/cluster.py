"""One statement, many outlets: which claims are the same statement.

Two claims are the same statement when the same speaker said them within a
few days and their wordings are near-duplicates or one contains the other
("维护和发展中俄关系是……战略选择" in RFI inside the longer paragraph 联合早报
quotes). Wordings are compared folded to Simplified, without punctuation,
quotation marks or spaces, with rapidfuzz's partial ratio (best alignment of
the shorter text inside the longer).

A claim joins the one existing cluster it matches best, or starts a new one;
clusters are never merged, so a long claim that contains two statements
cannot chain them together.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

import regex
from rapidfuzz import fuzz

from . import search

WINDOW_DAYS = 3  # how far apart two reports of one statement may be dated
THRESHOLD = 80.0  # partial ratio (0-100) for "the same words"
SHORT = 8  # below this many characters, only a near-exact match counts
SHORT_THRESHOLD = 92.0

_NOT_WORDING = regex.compile(r"[\p{P}\p{S}\s]+")


def wording(text: str, already_folded: str | None = None) -> str:
    """The comparable form of a claim's text: folded as search folds it (Simplified, ２０２４ as 2024),
    letters and digits only. ``already_folded``: ``search.folded(text)``, when at hand."""
    return _NOT_WORDING.sub("", already_folded if already_folded is not None else search.folded(text))


def similarity(a: str, b: str, cutoff: float = 0.0) -> float:
    """0-100: how well the shorter wording is found in the longer one (0 when below ``cutoff``)."""
    if not a or not b:
        return 0.0
    short, long_ = sorted((a, b), key=len)
    if len(short) < SHORT:
        return fuzz.ratio(a, b, score_cutoff=cutoff)
    return fuzz.partial_ratio(short, long_, score_cutoff=cutoff)


def same_statement(a: str, b: str) -> bool:
    short = min(len(a), len(b))
    return similarity(a, b) >= (SHORT_THRESHOLD if short < SHORT else THRESHOLD)


def _shift(day: date, days: int) -> str:
    """ISO ``day`` moved by ``days``, kept within the calendar (year 1 to 9999)."""
    try:
        return (day + timedelta(days=days)).isoformat()
    except OverflowError:
        return (date.min if days < 0 else date.max).isoformat()


def _shares_enough(a: frozenset, b: frozenset) -> bool:
    """Cheap necessary condition for a match: most of the shorter's characters occur in the longer."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return bool(small) and len(small & big) >= 0.6 * len(small)


@dataclass
class Cluster:
    """What matching needs of a stored cluster: its speaker, days and member wordings."""

    id: int
    speaker_id: int
    first_day: date | None
    last_day: date | None
    wordings: list[str] = field(default_factory=list)

    def near(self, day: date | None) -> bool:
        if day is None or self.first_day is None:
            return day is None and self.first_day is None
        return self.first_day - timedelta(days=WINDOW_DAYS) <= day <= self.last_day + timedelta(days=WINDOW_DAYS)


def best_cluster(text_wording: str, speaker_id: int, day: date | None, candidates: list[Cluster]) -> Cluster | None:
    """The candidate cluster this claim belongs to, or None for a new statement."""
    return best_match(text_wording, ((c, c.wordings) for c in candidates
                                     if c.speaker_id == speaker_id and c.near(day)))


def best_match(text_wording: str, candidates):
    """Of (cluster, member wordings) pairs, already of the claim's speaker and days,
    the cluster whose wording matches best (the first of equals), or None."""
    best, best_score = None, 0.0
    chars = frozenset(text_wording)
    for c, members in candidates:
        for w in members:
            # _shares_enough(chars, frozenset(w)), inlined: this runs for every member of every candidate.
            # (The character sets are not cached: at ~5 KB each, for every claim of a run, they would not fit.)
            w_chars = frozenset(w)
            fewer = min(len(chars), len(w_chars))
            if not fewer or len(chars & w_chars) < 0.6 * fewer:
                continue
            threshold = SHORT_THRESHOLD if min(len(text_wording), len(w)) < SHORT else THRESHOLD
            score = similarity(text_wording, w, cutoff=max(threshold, best_score))
            if score >= threshold and score > best_score:
                best, best_score = c, score
    return best


# --- keeping clusters in the database --------------------------------------------------------

NAMED = ("person", "organization")  # only named speakers are matched across articles
CACHED_CLUSTERS = 100_000  # wordings kept in memory (~25 MB); past it the cache starts again from the database

# A speaker's clusters whose days come within the window [lo, hi]: first_said_on <= hi and last_said_on >= lo.
# The lower bound on first_said_on (lo less the longest span of any cluster) changes no answer, but lets the
# index stop there instead of reading every earlier cluster of the speaker (thousands for 特朗普).
CANDIDATES_SQL = ("SELECT id FROM claim_clusters "
                  "WHERE speaker_id = ? AND first_said_on BETWEEN ? AND ? AND last_said_on >= ?")
LONGEST_SPAN_SQL = "SELECT max(julianday(last_said_on) - julianday(first_said_on)) FROM claim_clusters"
REFRESH_COUNTS_SQL = """
UPDATE claim_clusters SET
  claims = (SELECT count(*) FROM claims WHERE cluster_id = claim_clusters.id),
  documents = (SELECT count(DISTINCT document_id) FROM claims WHERE cluster_id = claim_clusters.id),
  outlets = (SELECT count(DISTINCT coalesce(d.outlet_id, -d.id)) FROM claims c JOIN documents d ON d.id = c.document_id
             WHERE c.cluster_id = claim_clusters.id),
  first_said_on = (SELECT min(said_on) FROM claims WHERE cluster_id = claim_clusters.id),
  last_said_on = (SELECT max(said_on) FROM claims WHERE cluster_id = claim_clusters.id)
WHERE id = ?
"""
WIDEN_DAYS_SQL = ("UPDATE claim_clusters SET first_said_on = min(first_said_on, ?1), "
                  "last_said_on = max(last_said_on, ?1) WHERE id = ?2 "
                  "RETURNING julianday(last_said_on) - julianday(first_said_on)")
RETIRE_DAYS_SQL = """
UPDATE claim_clusters SET
  first_said_on = (SELECT min(said_on) FROM claims WHERE cluster_id = claim_clusters.id),
  last_said_on = (SELECT max(said_on) FROM claims WHERE cluster_id = claim_clusters.id)
WHERE id = ?
"""
DELETE_EMPTY_SQL = "DELETE FROM claim_clusters WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM claims WHERE cluster_id = ?1)"
NEW_SQL = "INSERT INTO claim_clusters (speaker_id, text, first_said_on, last_said_on) VALUES (?, ?, ?, ?)"
# a one-claim cluster's summary, as ``refresh`` would count it
NEW_COMPLETE_SQL = ("INSERT INTO claim_clusters (speaker_id, text, first_said_on, last_said_on, first_claim_id, "
                    "first_published_at, first_url, claims, documents, outlets) VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, 1)")
REFRESH_FIRST_SQL = """
UPDATE claim_clusters SET (first_claim_id, text, first_published_at, first_url) = (
  SELECT c.id, c.text, d.published_at, d.url FROM claims c JOIN documents d ON d.id = c.document_id
  WHERE c.cluster_id = claim_clusters.id ORDER BY d.published_at IS NULL, d.published_at, c.id LIMIT 1)
WHERE id = ?
"""


class Member(NamedTuple):
    """A claim to put into a cluster."""

    claim_id: int
    speaker_id: int
    speaker_kind: str | None
    said_on: str | None  # ISO day
    text: str
    wording: str | None = None  # wording(text), when already known
    # its document's (published_at, url): given, a new cluster is written with its summary complete
    appeared: tuple[str | None, str | None] | None = None


@dataclass
class Assigned:
    """Which cluster each claim went to, and which clusters' stored summaries that left out of date."""

    cluster_of: dict[int, int]  # claim id → cluster id
    stale: set[int]  # to ``refresh``: the clusters claims joined (and new ones written without a summary)


class Clusterer:
    """Puts new claims into clusters and keeps the clusters' summaries current.

    Works on a sqlite3 connection inside the caller's transaction. Member
    wordings are cached per cluster for the life of the object (one ingest
    run); ``forget`` drops the cache of clusters whose claims were deleted.
    """

    def __init__(self, conn):
        self.conn = conn
        self._wordings: dict[int, list[str]] = {}
        self._longest = 0  # days: no cluster spans more (only assign widens clusters, and it updates this)
        self._data_version: int | None = None

    def _check_others(self) -> None:
        """Re-read what another connection may have changed since the last call: the longest span, the wordings.

        ``PRAGMA data_version`` changes only when another connection commits, so a
        lone ingest reads the longest span once.
        """
        version = self.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._data_version:
            self._data_version = version
            self._longest = math.ceil(self.conn.execute(LONGEST_SPAN_SQL).fetchone()[0] or 0)
            self._wordings.clear()

    def _candidates(self, speaker_id: int, day: date) -> list[int]:
        """Ids of the speaker's clusters near ``day`` (``Cluster.near``), in index order."""
        lo, hi = _shift(day, -WINDOW_DAYS), _shift(day, WINDOW_DAYS)
        return [i for (i,) in self.conn.execute(CANDIDATES_SQL, (speaker_id, _shift(day, -WINDOW_DAYS - self._longest),
                                                                 hi, lo))]

    def _members(self, ids: list[int]) -> None:
        missing = [i for i in ids if i not in self._wordings]
        for i in missing:
            self._wordings[i] = []
        for start in range(0, len(missing), 500):
            chunk = missing[start:start + 500]
            rows = self.conn.execute(
                f"SELECT cluster_id, text FROM claims WHERE cluster_id IN ({','.join('?' * len(chunk))})", chunk)
            for cluster_id, text in rows:
                self._wordings[cluster_id].append(wording(text))

    def forget(self, ids) -> None:
        for i in ids:
            self._wordings.pop(i, None)

    def assign(self, claims) -> Assigned:
        """Put each claim (a ``Member`` or the tuple of its first five fields) into a cluster, new or existing.

        New clusters are created here; the caller writes ``claims.cluster_id``
        (the store inserts claims with it) and then calls ``refresh`` on the stale
        clusters. A new cluster of a claim that says where it ``appeared`` is
        written with its summary complete: most claims start a cluster of their
        own, and then need no recount.
        """
        assigned = Assigned({}, set())
        conn = self.conn
        self._check_others()
        if len(self._wordings) > CACHED_CLUSTERS:  # memory stays flat; wordings read back are the same
            self._wordings.clear()
        for claim_id, speaker_id, kind, said_on, text, w, appeared in (Member(*c) for c in claims):
            if w is None:
                w = wording(text)
            chosen = None
            if kind in NAMED and said_on and w:
                ids = self._candidates(speaker_id, date.fromisoformat(said_on))
                self._members(ids)
                chosen = best_match(w, ((i, self._wordings[i]) for i in ids))
            if chosen is None and appeared is not None:
                cluster_id = conn.execute(NEW_COMPLETE_SQL, (speaker_id, text, said_on, said_on, claim_id,
                                                             *appeared)).lastrowid
            elif chosen is None:
                cluster_id = conn.execute(NEW_SQL, (speaker_id, text, said_on, said_on)).lastrowid
                assigned.stale.add(cluster_id)
            else:
                cluster_id = chosen
                # matching reads the days: keep them current now, not at the next refresh
                (span,) = conn.execute(WIDEN_DAYS_SQL, (said_on, cluster_id)).fetchone()
                self._longest = max(self._longest, math.ceil(span or 0))
                assigned.stale.add(cluster_id)
            self._wordings.setdefault(cluster_id, []).append(w)
            assigned.cluster_of[claim_id] = cluster_id
        return assigned

    def retire(self, ids) -> None:
        """After claims left these clusters: their days from the claims they keep, and the empty ones gone.

        Matching reads the days and the clusters, so this cannot wait for ``refresh``
        (which a store batches until its commit): otherwise which cluster a claim
        joins would depend on when the last commit happened.
        """
        ids = [i for i in ids if i is not None]
        if ids:
            self.conn.executemany(RETIRE_DAYS_SQL, [(i,) for i in ids])
            self.conn.executemany(DELETE_EMPTY_SQL, [(i,) for i in ids])
            self.forget(ids)

    def refresh(self, ids) -> None:
        """Recount the clusters' claims, documents, outlets and days; find their first appearance; drop empty ones."""
        ids = [i for i in ids if i is not None]
        if not ids:
            return
        conn = self.conn
        conn.executemany(REFRESH_COUNTS_SQL, [(i,) for i in ids])
        empty = [i for i in ids if conn.execute("SELECT claims FROM claim_clusters WHERE id = ?", (i,)).fetchone() in (None, (0,))]
        conn.executemany("DELETE FROM claim_clusters WHERE id = ?", [(i,) for i in empty])
        conn.executemany(REFRESH_FIRST_SQL, [(i,) for i in ids if i not in set(empty)])
        self.forget(empty)


def cluster_unassigned(conn) -> int:
    """Cluster every claim that has no cluster yet (a database upgraded from before clusters)."""
    rows = conn.execute(
        "SELECT c.id, c.speaker_id, s.kind, c.said_on, c.text FROM claims c JOIN speakers s ON s.id = c.speaker_id "
        "JOIN documents d ON d.id = c.document_id WHERE c.cluster_id IS NULL "
        "ORDER BY d.published_at IS NULL, d.published_at, c.id").fetchall()
    clusterer = Clusterer(conn)
    assigned = clusterer.assign(rows)
    conn.executemany("UPDATE claims SET cluster_id = ? WHERE id = ?", [(c, i) for i, c in assigned.cluster_of.items()])
    clusterer.refresh(sorted(assigned.stale))
    return len(rows)
