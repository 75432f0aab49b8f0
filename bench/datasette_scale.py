"""Datasette at scale: the published site's main pages on a database of ~1,000,000 claims.

Builds (or reuses) a large database: the corpus ingested once, then its documents, claims,
claim sources, clusters, photo credits and search index rows copied in SQL with fresh ids
(and distinct document paths) until the claims table holds --claims rows. Then serves it as
`quotedb serve` does (the Datasette of ``cli.published_site``: metadata.yml, the plugin, the
templates, the same settings; or `quotedb serve` itself over HTTP with --http) and times each
request: one warm-up, then --runs runs, best and median in ms.

Usage:
    python bench/datasette_scale.py                      # build /tmp/quotedb-scale/quotes.db if missing, measure
    python bench/datasette_scale.py --build              # rebuild it (reuses the ingested base if present)
    python bench/datasette_scale.py --reuse --db PATH    # measure an existing database
    python bench/datasette_scale.py --http               # through `quotedb serve` on localhost instead
    python bench/datasette_scale.py --immutable          # as `quotedb serve --immutable` publishes it
    python bench/datasette_scale.py --trace              # the SQL of each request, slowest first (?_trace=1)
    python bench/datasette_scale.py --profile DIR        # pyinstrument (else cProfile) of each request

The build needs the corpus (../shared/corpus by default, --corpus) and takes about two minutes
for the ingest (--workers 2) and a few more for the copies. See bench/README.md.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import db as quotedb_db  # noqa: E402

DEFAULT_DB = Path("/tmp/quotedb-scale/quotes.db")
CORPUS = ROOT.parent / "shared" / "corpus"
SPEAKER = "特朗普"
SINCE, UNTIL = "2020-10-01", "2020-10-31"
NEXT = "{next}"  # replaced by the first page's next token


def requests_for(name: str) -> list[tuple[str, str]]:
    """(label, path) of every measured request; ``name`` is the database's name in Datasette (file stem)."""
    q = urllib.parse.urlencode
    return [
        ("claims table (HTML)", f"/{name}/claims"),
        ("claims table (.json)", f"/{name}/claims.json"),
        ("claims table, next page", f"/{name}/claims?_next=" + NEXT),
        ("facet by speaker", f"/{name}/claims?_facet=speaker_id"),
        ("facet by speaker (.json)", f"/{name}/claims.json?_facet=speaker_id"),
        (f"speaker_timeline {SPEAKER} {SINCE[:7]}…{UNTIL[:7]}", f"/{name}/speaker_timeline?" + q({"name": SPEAKER, "since": SINCE, "until": UNTIL})),
        ("speaker_timeline (.json)", f"/{name}/speaker_timeline.json?" + q({"name": SPEAKER, "since": SINCE, "until": UNTIL})),
        ("search 普京 (table)", f"/{name}/claims?" + q({"_search": "普京"})),
        ("search 普京 (.json)", f"/{name}/claims.json?" + q({"_search": "普京"})),
        ("claims_on_topic 能源", f"/{name}/claims_on_topic?" + q({"q": "能源"})),
        ("claims_on_topic (.json)", f"/{name}/claims_on_topic.json?" + q({"q": "能源"})),
    ]


# ---------------------------------------------------------------------------------------------
# Building the database


def ingest_base(base: Path, corpus: Path, workers: int) -> None:
    """The corpus ingested once by the real command (skipped when ``base`` exists)."""
    if base.is_file():
        print(f"reusing the ingested corpus {base}")
        return
    if not corpus.is_dir():
        sys.exit(f"no corpus at {corpus}: pass --corpus (the build ingests ../shared/corpus)")
    base.parent.mkdir(parents=True, exist_ok=True)
    quotedb = Path(sys.executable).parent / "quotedb"
    command = [str(quotedb) if quotedb.exists() else "quotedb", "ingest", str(corpus), "--db", str(base),
               "--workers", str(workers), "--no-progress"]
    print("$", " ".join(command), flush=True)
    start = time.perf_counter()
    result = subprocess.run(command)
    if result.returncode not in (0, 1):  # 1: some files rejected, the rest stored
        sys.exit(f"ingest failed ({result.returncode})")
    conn = quotedb_db.connect(base)
    try:
        quotedb_db.checkpoint(conn)
    finally:
        conn.close()
    print(f"ingested in {time.perf_counter() - start:.0f} s", flush=True)


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"pragma table_info({table})")]


def copy_rows(conn, table: str, copy: int, shifts: dict[str, str], where: str = "") -> None:
    """INSERT … SELECT of the original rows of ``table`` with some columns shifted by ``copy`` offsets."""
    cols = columns(conn, table)
    quoted = ", ".join(f'"{c}"' for c in cols)
    select = ", ".join(shifts.get(c, f'"{c}"').format(k=copy) for c in cols)
    conn.execute(f"insert into {table} ({quoted}) select {select} from {table} {where}")


def replicate(path: Path, target: int) -> None:
    """Copy the documents and everything hanging off them until ``claims`` has about ``target`` rows.

    Copy k gets ids shifted by k × (the largest original id), paths suffixed ``#copyk``;
    search index rows are copied verbatim with shifted rowids. One transaction, no journal.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("pragma journal_mode = off")
    conn.execute("pragma synchronous = off")
    conn.execute("pragma cache_size = -1000000")  # 1 GB
    conn.execute("pragma foreign_keys = off")
    n_claims = conn.execute("select count(*) from claims").fetchone()[0]
    copies = max(0, math.ceil(target / n_claims) - 1) if n_claims else 0
    if not copies:
        print(f"{n_claims:,} claims: nothing to copy")
        return
    max_doc, max_claim, max_cluster, max_photo = conn.execute(
        "select (select max(id) from documents), (select max(id) from claims), "
        "(select coalesce(max(id), 0) from claim_clusters), (select coalesce(max(id), 0) from photo_credits)"
    ).fetchone()
    print(f"copying {n_claims:,} claims {copies} times (→ {n_claims * (copies + 1):,})", flush=True)
    start = time.perf_counter()
    conn.execute("begin")
    for k in range(1, copies + 1):
        t = time.perf_counter()
        d, c, cl, p = (f"{{k}} * {max_doc}", f"{{k}} * {max_claim}", f"{{k}} * {max_cluster}", f"{{k}} * {max_photo}")
        copy_rows(conn, "documents", k, {"id": f"id + {d}", "path": "path || '#copy{k}'"},
                  f"where id <= {max_doc}")
        copy_rows(conn, "claim_clusters", k, {"id": f"id + {cl}", "first_claim_id": f"first_claim_id + {c}"},
                  f"where id <= {max_cluster}")
        copy_rows(conn, "claims", k, {"id": f"id + {c}", "document_id": f"document_id + {d}",
                                      "cluster_id": f"cluster_id + {cl}"}, f"where id <= {max_claim}")
        copy_rows(conn, "claim_sources", k, {"claim_id": f"claim_id + {c}"}, f"where claim_id <= {max_claim}")
        copy_rows(conn, "photo_credits", k, {"id": f"id + {p}", "document_id": f"document_id + {d}"},
                  f"where id <= {max_photo}")
        conn.execute(f"insert into claims_fts (rowid, speaker, text) "
                     f"select rowid + {k * max_claim}, speaker, text from claims_fts where rowid <= {max_claim}")
        print(f"  copy {k}: {time.perf_counter() - t:.1f} s", flush=True)
    conn.execute("commit")  # no ANALYZE, no FTS optimize: ingest does neither, the bench must not either
    conn.close()
    print(f"copied in {time.perf_counter() - start:.0f} s", flush=True)


def build(path: Path, corpus: Path, target: int, workers: int) -> None:
    base = path.with_name(path.stem + "-corpus.db")
    ingest_base(base, corpus, workers)
    quotedb_db.migrate(base)
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(base, path)
    replicate(path, target)


def describe(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        docs, claims, fts = conn.execute(
            "select (select count(*) from documents), (select count(*) from claims), "
            "(select max(rowid) from claims_fts)").fetchone()
    finally:
        conn.close()
    size = path.stat().st_size / 2**20
    return f"{path}: {claims:,} claims, {docs:,} documents, {size:,.0f} MB"


# ---------------------------------------------------------------------------------------------
# Measuring


def prepare(path: Path) -> None:
    """Make the file servable: upgrade the schema (as `quotedb migrate` would; serve itself refuses an
    older schema), checkpoint the WAL."""
    quotedb_db.migrate(path)
    conn = quotedb_db.connect(path)
    try:
        quotedb_db.checkpoint(conn)
    finally:
        conn.close()


def datasette_for(path: Path, extra_settings: dict | None = None, immutable: bool = False):
    """The Datasette `quotedb serve` runs (``cli.published_site``), with ``--immutable`` or not."""
    from extractor import cli

    if hasattr(cli, "published_site"):
        ds = cli.published_site(path, immutable=immutable)
    else:  # before `serve` had it: the same pieces, as `serve` put them together then (always immutable)
        from datasette.app import Datasette

        ds = Datasette([], immutables=[str(path)], metadata=cli.datasette_metadata(path),
                       template_dir=str(cli.TEMPLATES_DIR) if cli.TEMPLATES_DIR.is_dir() else None,
                       plugins_dir=str(cli.PLUGINS_DIR) if cli.PLUGINS_DIR.is_dir() else None,
                       settings={"sql_time_limit_ms": cli.SQL_TIME_LIMIT_MS})
    ds._settings.update(extra_settings or {})  # --setting: trying one out, here only
    return ds


def summary_of(status: int, body: bytes) -> str:
    """A few words on what came back: rows, count, facets timed out."""
    try:
        data = json.loads(body)
    except ValueError:
        return f"{status}, {len(body) // 1024} KB"
    if not isinstance(data, dict):
        return f"{status}, {len(data)} rows"
    parts = [str(status), f"{len(data.get('rows', []))} rows"]
    if data.get("filtered_table_rows_count") is not None:
        parts.append(f"of {data['filtered_table_rows_count']:,}")
    if data.get("truncated"):
        parts.append("truncated")
    if data.get("facets_timed_out"):
        parts.append("facets timed out: " + ",".join(data["facets_timed_out"]))
    if data.get("facet_results"):
        parts.append(f"{len(data['facet_results'])} facets")
    return " ".join(parts)


async def measure_asgi(path: Path, runs: int, trace: bool, profile_dir: Path | None,
                       extra_settings: dict | None = None, immutable: bool = False) -> list[dict]:
    ds = datasette_for(path, extra_settings, immutable)
    await ds.invoke_startup()
    sql_log = SqlLog() if trace else None
    results = []
    token = urllib.parse.quote((await ds.client.get(f"/{path.stem}/claims.json")).json()["next"], safe="")
    for label, url in requests_for(path.stem):
        url = url.replace(NEXT, token)
        response = await ds.client.get(url)  # warm-up (and the first use of each connection)
        if response.status_code != 200:
            sys.exit(f"{url}: HTTP {response.status_code}\n{response.text[:2000]}")
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            response = await ds.client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        info = summary_of(response.status_code, response.content) if ".json" in url else ""
        results.append({"label": label, "url": url, "times": times, "info": info})
        if sql_log is not None:
            sql_log.entries.clear()
            start = time.perf_counter()
            await ds.client.get(url)
            sql_log.show(url, (time.perf_counter() - start) * 1000)
        if profile_dir is not None:
            await profile(ds, label, url, profile_dir)
    return results


class SqlLog:
    """Every query Datasette runs, with its time and outcome (``?_trace=1`` leaves out interrupted ones)."""

    def __init__(self):
        from datasette.database import Database

        self.entries = []
        original = Database.execute
        log = self

        async def execute(db, sql, *args, **kwargs):
            start = time.perf_counter()
            outcome = "ok"
            try:
                return await original(db, sql, *args, **kwargs)
            except Exception as err:
                outcome = type(err).__name__
                raise
            finally:
                log.entries.append(((time.perf_counter() - start) * 1000, outcome, kwargs.get("custom_time_limit"), sql))

        Database.execute = execute

    def show(self, url: str, wall_ms: float) -> None:
        total = sum(e[0] for e in self.entries)
        print(f"\n{url}: {wall_ms:.0f} ms; {len(self.entries)} queries, {total:.0f} ms of SQL (summed; some in parallel)")
        for ms, outcome, limit, sql in sorted(self.entries, key=lambda e: -e[0])[:12]:
            sql = " ".join(sql.split())
            sql = sql.replace("select id, document_id, speaker_id, speaker_written, cue, kind, text, start, [end], "
                              "paragraph, said_on, rule, weak, statement_key, cluster_id from claims", "select … from claims")
            note = "" if outcome == "ok" else f" [{outcome}{f' at {limit} ms' if limit else ''}]"
            print(f"  {ms:7.1f} ms{note}  {sql[:150]}")
        self.entries.clear()


async def profile(ds, label: str, url: str, out: Path) -> None:
    """A profile of one request: pyinstrument's wall-clock tree when installed, else cProfile."""
    out.mkdir(parents=True, exist_ok=True)
    stem = "".join(ch if ch.isalnum() else "_" for ch in label.encode("ascii", "ignore").decode()).strip("_")
    try:
        from pyinstrument import Profiler
    except ImportError:
        import cProfile
        import pstats

        prof = cProfile.Profile()
        prof.enable()
        await ds.client.get(url)
        prof.disable()
        with open(out / f"{stem}.txt", "w") as f:
            pstats.Stats(prof, stream=f).sort_stats("cumulative").print_stats(40)
        return
    profiler = Profiler(async_mode="enabled")
    profiler.start()
    await ds.client.get(url)
    profiler.stop()
    (out / f"{stem}.txt").write_text(profiler.output_text(unicode=True, show_all=False))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure_http(path: Path, runs: int, immutable: bool = False) -> list[dict]:
    """The same requests through `quotedb serve` itself, over HTTP on localhost."""
    port = free_port()
    quotedb = Path(sys.executable).parent / "quotedb"
    server = subprocess.Popen([str(quotedb), "serve", "--db", str(path), "--port", str(port),
                               *(["--immutable"] if immutable else [])],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=5).read()
                break
            except OSError:
                if server.poll() is not None:
                    sys.exit("quotedb serve exited:\n" + server.stderr.read().decode())
                time.sleep(0.2)
        results = []
        with urllib.request.urlopen(f"{base}/{path.stem}/claims.json", timeout=60) as response:
            token = urllib.parse.quote(json.loads(response.read())["next"], safe="")
        for label, url in requests_for(path.stem):
            url = url.replace(NEXT, token)
            full = base + urllib.parse.quote(url, safe="/?=&%.:_")
            urllib.request.urlopen(full, timeout=60).read()  # warm-up
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                with urllib.request.urlopen(full, timeout=60) as response:
                    body, status = response.read(), response.status
                times.append((time.perf_counter() - start) * 1000)
            info = summary_of(status, body) if ".json" in url else ""
            results.append({"label": label, "url": url, "times": times, "info": info})
        return results
    finally:
        server.terminate()
        server.wait(timeout=30)


def print_table(results: list[dict], limit_ms: float) -> bool:
    width = max(len(r["label"]) for r in results)
    print(f"\n{'request':<{width}}  {'best ms':>8}  {'median ms':>9}  result")
    ok = True
    for r in results:
        best, median = min(r["times"]), statistics.median(r["times"])
        flag = "" if median < limit_ms else f"  ← over {limit_ms:.0f} ms"
        ok &= median < limit_ms
        print(f"{r['label']:<{width}}  {best:8.0f}  {median:9.0f}  {r['info']}{flag}")
    return ok


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"the large database (default {DEFAULT_DB})")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--build", action="store_true", help="(re)build it: ingest once, then copy")
    mode.add_argument("--reuse", action="store_true", help="measure it as it is (it must exist)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"articles to ingest (default {CORPUS})")
    parser.add_argument("--claims", type=int, default=1_000_000, help="claims to reach (default 1,000,000)")
    parser.add_argument("--workers", type=int, default=2, help="ingest processes (default 2)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per request, after one warm-up (default 5)")
    parser.add_argument("--http", action="store_true", help="through `quotedb serve` over HTTP, not the test client")
    parser.add_argument("--immutable", action="store_true", help="as `quotedb serve --immutable` serves it")
    parser.add_argument("--trace", action="store_true", help="print the SQL each request runs, slowest first")
    parser.add_argument("--profile", type=Path, metavar="DIR", help="write a profile of each request into DIR")
    parser.add_argument("--setting", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                        help="a Datasette setting on top of quotedb serve's (to try one; test client only)")
    parser.add_argument("--limit-ms", type=float, default=500, help="target per request (default 500)")
    parser.add_argument("--no-measure", action="store_true", help="only build")
    args = parser.parse_args(argv)

    path = args.db.resolve()
    if args.build or (not args.reuse and not path.is_file()):
        build(path, args.corpus.resolve(), args.claims, args.workers)
    elif not path.is_file():
        sys.exit(f"no database at {path}: run with --build")
    prepare(path)
    print(describe(path), flush=True)
    if args.no_measure:
        return 0
    if args.http:
        results = measure_http(path, args.runs, args.immutable)
    else:
        extra = {name: json.loads(value) if value[:1].isdigit() or value in ("true", "false") else value
                 for name, value in args.setting}
        results = asyncio.run(measure_asgi(path, args.runs, args.trace, args.profile, extra, args.immutable))
    how = ("HTTP, quotedb serve" if args.http else "Datasette test client") + (" --immutable" if args.immutable else "")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\n{how}; {args.runs} runs after a warm-up; {os.cpu_count()} CPUs, load average {load}")
    ok = print_table(results, args.limit_ms)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
