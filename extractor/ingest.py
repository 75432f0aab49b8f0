"""Files and folders in, database rows out: the library behind ``quotedb ingest``.

Files are processed in worker processes (extraction is CPU-bound and
independent per file) and stored one by one in the parent, which alone
writes to the database, committing about once a second (each file is still
stored atomically). The workers also prepare the rows to store
(``prepare.py``), so the parent only looks up ids and inserts. Results come
back in input order, so document ids follow the order of the files on disk
and a re-run is reproducible.
"""
from __future__ import annotations

import gc
import hashlib
import os
import signal
import sqlite3
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from tqdm import tqdm

from . import db
from .pipeline import VERSION as PIPELINE_VERSION
from .pipeline import process_file
from .prepare import Prepared, prepare
from .readers import unreadable
from .store import Store


@dataclass
class Summary:
    """What an ingest read and found; ``rejected`` holds (path, reason) pairs."""

    files: int = 0
    documents: int = 0  # documents read (stored, updated or unchanged)
    claims: int = 0  # claims found in them
    stored: int = 0  # documents new or changed in the database
    duplicates: int = 0  # articles already stored from another file (same URL or text)
    unchanged: int = 0  # files skipped: the same content read by the same pipeline before
    rejected: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        copies = f" ({self.duplicates} already stored from another file)" if self.duplicates else ""
        skipped = f", {self.unchanged} unchanged since the last run" if self.unchanged else ""
        return (f"{self.documents} documents read from {self.files} files{skipped}{copies}, {self.claims} claims found, "
                f"{len(self.rejected)} files rejected")


# Errors from one file's data (a NULL where the schema wants a value, a value
# sqlite3 cannot bind); anything else (disk full, locked database) stops the run.
STORE_ERRORS = (sqlite3.IntegrityError, sqlite3.InterfaceError, TypeError, ValueError, AttributeError)


def _hidden(name: str) -> bool:
    return name.startswith(".")


# Data files that sit beside articles in a folder (a corpus MANIFEST.tsv, a
# database): not articles, so a folder walk passes them by. Named explicitly,
# they are read like any file.
NOT_ARTICLES = frozenset({".tsv", ".csv", ".json", ".jsonl", ".yml", ".yaml", ".db", ".sqlite", ".db-wal",
                          ".db-shm", ".log", ".py", ".sh"})


def _data_file(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in NOT_ARTICLES


def expand(paths: Iterable[str | os.PathLike]) -> Iterator[str]:
    """Every file under ``paths``, recursively, in sorted order, as paths joined to what was given.

    Hidden files and folders inside a folder are skipped, and so are data files
    (``NOT_ARTICLES``: .tsv, .json, .db…); a file named explicitly is kept. Symlinked folders are followed once:
    real directories already visited are not entered again.
    """
    visited: set[str] = set()
    for given in dict.fromkeys(os.fspath(p) for p in paths):  # the same path twice is read once
        if not os.path.isdir(given):
            yield given  # a missing path is reported as rejected by process_file
            continue
        for root, dirs, files in os.walk(given, followlinks=True):
            real = os.path.realpath(root)
            if real in visited:
                dirs[:] = []
                continue
            visited.add(real)
            dirs[:] = sorted(d for d in dirs if not _hidden(d))
            for name in sorted(files):
                if not _hidden(name) and not _data_file(name):
                    yield os.path.join(root, name)


# How long one file may take to read and extract (a typical article takes 15 ms): past it the file is
# rejected, so that one pathological file cannot hold a run for hours.
FILE_TIME_LIMIT = 120.0


class _TookTooLong(BaseException):
    """Raised by SIGALRM inside a file's extraction (a BaseException: no ``except Exception`` swallows it)."""


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (SIGALRM); only in a main thread, where signals arrive."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum, _frame):
        raise _TookTooLong()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _process(path: str) -> Prepared:
    """process_file, prepared to store, that never raises: a crash on one article must not stop a corpus run.

    Whatever must not be read at all (a named pipe would block the worker for
    ever, a huge file fill its memory) is refused from its metadata first, and a
    file that takes longer than ``FILE_TIME_LIMIT`` is given up.
    """
    try:
        reason = unreadable(path)
        if reason:
            return Prepared(path=path, file_hash="", rejected=reason)
        with _time_limit(FILE_TIME_LIMIT):
            return prepare(process_file(path))
    except _TookTooLong:
        return Prepared(path=path, file_hash="",
                        rejected=f"took longer than {FILE_TIME_LIMIT:g} s to extract (given up; a pathological file?)")
    except Exception as err:  # noqa: BLE001 - the reason is recorded in rejected_files
        return Prepared(path=path, file_hash="", rejected=f"internal error: {type(err).__name__}: {err}")


def file_hash(path: str) -> str | None:
    """sha256 of a readable regular file's bytes (what ``Processed.file_hash`` holds), else None."""
    if unreadable(path):
        return None
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


def _changed(files: list[str], done: dict[str, tuple[str, str]], summary: Summary) -> list[str]:
    """The files to process: those not stored before under the same content and pipeline.

    Hashing a file costs a read; parsing and extracting it costs a hundred times more.
    """
    if not done:
        return files
    todo = []
    for path in files:
        known = done.get(path)
        if known is not None and known == (file_hash(path), PIPELINE_VERSION):
            summary.unchanged += 1
        else:
            todo.append(path)
    return todo


def _worker_start() -> None:
    """A worker allocates a parse tree per file and frees it whole: the lexicons loaded at
    start are kept out of the cycle collector's scans (gc.freeze) and collections run less
    often (3-5% of a worker's CPU on a corpus sample, bench/README.md)."""
    from . import lexicon

    lexicon.load()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def _results(files: list[str], pool: ProcessPoolExecutor | None, workers: int) -> Iterator[Prepared]:
    if pool is None:
        return map(_process, files)
    return pool.map(_process, files, chunksize=max(1, min(32, len(files) // (workers * 8))))


def ingest(paths: Iterable[str | os.PathLike], db_path: str | os.PathLike = db.DEFAULT_DB,
           workers: int | None = None, progress: bool = True, commit_every: float = 1.0) -> Summary:
    """Read, extract and store every file under ``paths`` into the database at ``db_path``.

    ``workers``: processes to extract with (default: one per CPU; 1 runs in this process).
    The progress bar shows only when ``progress`` and stderr is a terminal.
    ``commit_every``: seconds between commits, so how stale a reader's view is
    and how much a crash loses (0: a commit after every file, slower).
    """
    files = list(expand(paths))
    db.migrate(db_path)
    if workers is None:
        workers = os.cpu_count() or 1
    workers = max(1, min(workers, len(files)))
    summary = Summary(files=len(files))
    with ExitStack() as stack:
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_start) if workers > 1 else None
        if pool is not None:
            # On an error or Ctrl-C, drop the queued files instead of extracting them all first.
            stack.callback(pool.shutdown, wait=True, cancel_futures=True)
        conn = db.connect(db_path)
        stack.callback(conn.close)
        store = Store(conn, pipeline=PIPELINE_VERSION)
        files = _changed(files, store.done_files(), summary)
        run_id = store.begin_run()
        bar = stack.enter_context(tqdm(total=len(files), unit="file",
                                       disable=not (progress and sys.stderr.isatty())))
        with store.batch(seconds=commit_every):
            for processed in _results(files, pool, workers):
                try:
                    stored = store.add(processed)
                except STORE_ERRORS as err:  # data the schema refuses: that file only is lost
                    processed = Prepared(path=processed.path, file_hash=processed.file_hash,
                                         rejected=f"cannot store: {type(err).__name__}: {err}")
                    stored = store.add(processed)
                if processed.rejected is not None:
                    summary.rejected.append((processed.path, processed.rejected))
                else:
                    summary.documents += len(processed.documents)
                    summary.claims += processed.claims
                    summary.stored += stored.new + stored.changed
                    summary.duplicates += stored.duplicate
                bar.update()
        store.end_run(run_id, summary.files, summary.documents, summary.claims, len(summary.rejected))
        db.checkpoint(conn)
    return summary


__all__ = ["Summary", "expand", "ingest"]
