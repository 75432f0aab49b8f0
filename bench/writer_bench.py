"""Writer benchmark: the same extracted files stored into a fresh database, timed, and every table dumped.

Ingest's single writer (``Store``, clusters, the search index) shares the CPUs with the extracting
workers, so its CPU time is ingest time. Extraction changes while the writer is worked on, so the
writer's input is frozen once: a fixed sample of corpus files, extracted and pickled. Each run then
stores that sample as ingest does (prepared as the workers prepare it, one batch) and prints the
writer's CPU seconds; ``--dump`` writes every table, to compare two versions of the writer row by row.

Usage:
    python bench/writer_bench.py --make-sample [CORPUS] [--files 3000]   # once: extract and pickle the sample
    python bench/writer_bench.py [--repeat 3] [--dump FILE] [--profile FILE]

The sample is ``random.seed(1)``'s choice of ``--files`` corpus files plus every feed (.xml), in path
order. Times are CPU seconds (``time.process_time``), best of ``--repeat``: on a shared machine,
wall times say more about the other sessions than about the writer.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import pickle
import pstats
import random
import sqlite3
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import db  # noqa: E402
from extractor.ingest import expand  # noqa: E402
from extractor.pipeline import process_file  # noqa: E402
from extractor.prepare import prepare  # noqa: E402
from extractor.store import Store  # noqa: E402

SAMPLE = Path(tempfile.gettempdir()) / "quotedb-writer-sample.pkl"
WHEN = {"ingested_at", "seen_at", "rejected_at", "started_at", "finished_at"}  # when rows were written, not what
FTS_SEGMENTS = ("claims_fts_data", "claims_fts_idx")  # how FTS5 laid out its index: depends on commit timing


def make_sample(corpus: str, n: int, path: Path) -> None:
    files = sorted(expand([corpus]))
    random.seed(1)
    chosen = sorted(set(random.sample(files, min(n, len(files)))) | {f for f in files if f.endswith(".xml")})
    start = time.perf_counter()
    with ProcessPoolExecutor() as pool, open(path, "wb") as out:
        for processed in pool.map(process_file, chosen, chunksize=16):
            pickle.dump(processed, out, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"{len(chosen)} files extracted in {time.perf_counter() - start:.0f} s into {path}")


def load_sample(path: Path) -> list:
    results = []
    with open(path, "rb") as f:
        while True:
            try:
                results.append(pickle.load(f))
            except EOFError:
                return results


def store_all(prepared: list, path: Path, profile: cProfile.Profile | None = None) -> float:
    """Store ``prepared`` into a new database at ``path`` as ingest does; the writer's CPU seconds."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db.migrate(path)
    conn = db.connect(path)
    try:
        store = Store(conn, pipeline="writer-bench")
        run = store.begin_run()
        start = time.process_time()
        if profile:
            profile.enable()
        with store.batch():
            for p in prepared:
                store.add(p)
        if profile:
            profile.disable()
        took = time.process_time() - start
        store.end_run(run, len(prepared), 0, 0, 0)
        db.checkpoint(conn)
        return took
    finally:
        conn.close()


def dump(path: Path, out: Path) -> None:
    """Every row of every table in rowid order, without write times; the search index as its postings."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')")
        with open(out, "w", encoding="utf-8") as f:
            tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
            for (table,) in tables:
                if table in FTS_SEGMENTS:
                    continue
                columns = [c for (_, c, *_) in conn.execute(f'PRAGMA table_info("{table}")') if c not in WHEN]
                select = ", ".join(f'"{c}"' for c in columns)
                try:
                    rows = conn.execute(f'SELECT rowid, {select} FROM "{table}" ORDER BY rowid').fetchall()
                except sqlite3.OperationalError:  # WITHOUT ROWID (FTS5's config): by its key
                    rows = conn.execute(f'SELECT {select} FROM "{table}" ORDER BY 1').fetchall()
                f.write(f"## {table} {columns} {len(rows)} rows\n")
                f.writelines(f"{row!r}\n" for row in rows)
            conn.execute("CREATE VIRTUAL TABLE temp.postings USING fts5vocab(main, claims_fts, instance)")
            digest, n = hashlib.sha256(), 0
            for row in conn.execute("SELECT term, doc, col, offset FROM temp.postings ORDER BY term, doc, col, offset"):
                digest.update(repr(row).encode())
                n += 1
            f.write(f"## claims_fts postings: {n}, sha256 {digest.hexdigest()}\n")
    finally:
        conn.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--make-sample", action="store_true", help="extract and pickle the sample (then stop)")
    ap.add_argument("--files", type=int, default=3000, help="corpus files in the sample, besides the feeds")
    ap.add_argument("--sample", type=Path, default=SAMPLE, help=f"the pickled sample (default {SAMPLE})")
    ap.add_argument("--repeat", type=int, default=1, help="store it this many times; the best CPU time counts")
    ap.add_argument("--dump", type=Path, help="write every table of the (last) database to this file")
    ap.add_argument("--profile", type=Path, help="cProfile the (last) store into this file and print its top")
    a = ap.parse_args(argv)
    if a.make_sample:
        make_sample(a.corpus, a.files, a.sample)
        return 0
    if not a.sample.is_file():
        ap.error(f"no sample at {a.sample}: run with --make-sample first")
    processed = load_sample(a.sample)
    start = time.process_time()
    prepared = [prepare(p) for p in processed]  # in ingest, the workers do this
    prepare_cpu = time.process_time() - start
    blobs = [pickle.dumps(p, protocol=pickle.HIGHEST_PROTOCOL) for p in prepared]
    start = time.process_time()
    prepared = [pickle.loads(b) for b in blobs]  # in ingest, the writer's process does this
    unpickle_cpu = time.process_time() - start
    claims = sum(p.claims for p in prepared)
    print(f"sample {a.sample}: {len(prepared)} files, {sum(len(p.documents) for p in prepared)} documents, "
          f"{claims} claims")
    print(f"prepare   {prepare_cpu:6.2f} s CPU (in the workers)  unpickle {unpickle_cpu:.2f} s CPU "
          f"({sum(map(len, blobs)) / 1e6:.0f} MB, in the writer's process)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "writer.db"
        times = []
        for n in range(a.repeat):
            profile = cProfile.Profile() if a.profile and n == a.repeat - 1 else None
            times.append(store_all(prepared, path, profile))
            print(f"store     {times[-1]:6.2f} s CPU  ({times[-1] / len(prepared) * 1000:.2f} ms a file, "
                  f"{times[-1] / max(claims, 1) * 1e6:.0f} µs a claim){'  (profiled)' if profile else ''}")
            if profile:
                profile.dump_stats(a.profile)
                pstats.Stats(str(a.profile)).sort_stats("tottime").print_stats(25)
        if a.repeat > 1:
            print(f"best      {min(times):6.2f} s CPU")
        if a.dump:
            dump(path, a.dump)
            print(f"tables written to {a.dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
