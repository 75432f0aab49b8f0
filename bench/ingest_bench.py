"""Ingest benchmark: a folder into a fresh database, against the bare parse of the same files.

Prints documents/s, claims/s, total seconds and peak memory for the ingest, the time of
reading + parsing + get_text() of every file with BeautifulSoup and lxml (one process,
nothing else), their ratio, and the time of re-ingesting the unchanged folder.

Usage:
    python bench/ingest_bench.py [FOLDER] [--workers N] [--skip-bare] [--skip-reingest]

FOLDER defaults to ../shared/corpus (15,087 files). The ratio is only meaningful with
--workers 1 (one core against one core).
"""
from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import warnings  # noqa: E402

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning  # noqa: E402

from extractor.ingest import expand, ingest  # noqa: E402


def peak_mb() -> float:
    """Peak resident memory of this process and of its (finished) worker processes, MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def bare_parse(files: list[str]) -> float:
    """Seconds to read, parse with BeautifulSoup+lxml and get_text() every file, in this process."""
    warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)  # the RSS files, parsed like the rest
    start = time.perf_counter()
    for f in files:
        BeautifulSoup(Path(f).read_bytes(), "lxml").get_text()
    return time.perf_counter() - start


def cpu_seconds() -> tuple[float, float]:
    """CPU seconds (user + system) so far of this process (the writer) and of its finished workers."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def counts(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("select (select count(*) from documents), (select count(*) from claims)").fetchone()
    finally:
        conn.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--workers", type=int, default=None, help="ingest processes (default: one per CPU)")
    ap.add_argument("--skip-bare", action="store_true", help="do not time the bare parse")
    ap.add_argument("--skip-reingest", action="store_true", help="do not time the second, unchanged ingest")
    a = ap.parse_args(argv)
    if not Path(a.folder).is_dir():
        ap.error(f"{a.folder} is not a folder")
    files = list(expand([a.folder]))
    if not files:
        ap.error(f"{a.folder} holds no files")
    print(f"folder {a.folder}: {len(files)} files, workers {a.workers or 'all CPUs'}")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        start, (own, children) = time.perf_counter(), cpu_seconds()
        summary = ingest([a.folder], db, workers=a.workers, progress=False)
        took = time.perf_counter() - start
        own_after, children_after = cpu_seconds()
        documents, claims = counts(db)
        print(f"ingest      {took:8.1f} s  {summary.documents / took:8.0f} documents/s  {summary.claims / took:8.0f} claims/s"
              f"  ({documents} documents, {claims} claims stored, {len(summary.rejected)} files rejected)")
        print(f"peak memory {peak_mb():8.0f} MB")
        print(f"cpu         {own_after - own:8.1f} s in this process (the writer; workers when --workers 1), "
              f"{children_after - children:.1f} s in worker processes")
        if not a.skip_reingest:
            start = time.perf_counter()
            ingest([a.folder], db, workers=a.workers, progress=False)
            again = time.perf_counter() - start
            print(f"re-ingest   {again:8.1f} s  ({took / again:.1f}x faster; unchanged: {counts(db) == (documents, claims)})")
    if not a.skip_bare:
        bare = bare_parse(files)
        print(f"bare parse  {bare:8.1f} s  (BeautifulSoup+lxml, read + parse + get_text, one process)")
        print(f"ratio       {took / bare:8.2f}  ingest_time / bare_parse_time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
