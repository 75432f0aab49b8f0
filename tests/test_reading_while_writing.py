"""The site and other readers keep answering while `quotedb ingest` writes to the same file.

WAL (readers never wait for the writer), a busy timeout, and commits every
`--commit-every` seconds (each a consistent state) are what make this work; `quotedb serve`
reads the live file through read-only connections.
"""
import sqlite3
import subprocess
import threading
import time

from builders import SEEDS
from extractor.ingest import ingest
from servers import ROOT, get, quotedb, serving
from synthetic import write_corpus

COUNT_SQL = "select (select count(*) from documents) as documents, (select count(*) from claims) as claims"


def test_the_site_and_readers_answer_during_an_ingest_and_see_its_progress(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", articles=500)
    path = tmp_path / "quotes.db"
    ingest([SEEDS], path, workers=1, progress=False)
    errors: list[str] = []
    windows: list[bool] = []  # per long read: did the writer commit while it was open?

    def reader():
        """sqlite3 with its default settings, as Datasette connects: a long read transaction on one
        connection while another polls, to see whether the writer commits meanwhile."""
        long = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        poll = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        count = "select count(*) from claims"
        try:
            while not done.is_set():
                try:
                    long.execute("BEGIN")
                    first = long.execute(count).fetchone()[0]
                    ends = time.monotonic() + 1.5
                    moved = False
                    while time.monotonic() < ends:
                        now = poll.execute(count).fetchone()[0]
                        moved = moved or (now != first and time.monotonic() < ends)
                        time.sleep(0.05)
                    again = long.execute(count).fetchone()[0]
                    orphans = long.execute("select count(*) from claims where document_id not in "
                                           "(select id from documents)").fetchone()[0]
                    long.execute("COMMIT")
                    if first != again or orphans:
                        errors.append(f"reader saw a moving or partial state: {first} → {again}, {orphans} orphans")
                    windows.append(moved)
                except sqlite3.Error as err:
                    errors.append(f"reader: {type(err).__name__}: {err}")
        finally:
            long.close()
            poll.close()

    with serving(path) as port:
        done = threading.Event()
        thread = threading.Thread(target=reader)
        # commits every 0.1 s, so even a machine that stores the corpus in a second commits several times
        writer = subprocess.Popen(quotedb("ingest", corpus, "--db", path, "--workers", 2, "--no-progress",
                                          "--commit-every", 0.1),
                                  cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        thread.start()
        seen: list[int] = []
        requests = 0
        try:
            while writer.poll() is None:
                for page, params in (("/quotes.json", {"sql": COUNT_SQL, "_shape": "array"}),
                                     ("/quotes/claims.json", {"_search": "合作", "_size": 5, "_labels": "on"}),
                                     ("/quotes/widely_reported.json", {"_shape": "array"}),
                                     ("/quotes/claims", {"_facet": "speaker_id"})):
                    status, body = get(port, page, params)
                    requests += 1
                    if status != 200 or "locked" in body:
                        errors.append(f"{page}: {status} {body[:200]}")
                    elif page == "/quotes.json":
                        seen.append(int(body.split('"documents":')[1].split(",")[0].strip()))
        finally:
            done.set()
            thread.join()
            out, err = writer.communicate()
        final = get(port, "/quotes.json", {"sql": COUNT_SQL, "_shape": "array"})[1]

    assert errors == []
    assert writer.returncode == 1, err  # 1: the corpus holds a few empty files, rejected
    assert "Traceback" not in err and "locked" not in err
    conn = sqlite3.connect(path)
    documents = conn.execute("select count(*) from documents").fetchone()[0]
    conn.close()
    # the site saw the ingest progress batch by batch, not one stale snapshot, and ends up current
    assert len(set(seen)) >= 3, seen
    assert seen == sorted(seen) and seen[-1] <= documents
    assert f'"documents": {documents}' in final
    assert requests >= 12
    # a reader holding a read transaction does not hold the writer up (nor the writer the reader)
    assert any(windows), windows
