"""`quotedb ingest` killed part-way leaves a sound database, and running it again finishes the job.

Each file is stored in a savepoint of a transaction committed about once a
second, so a crash loses at most the last second's files, never part of one.
"""
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

from builders import SEEDS
from dbstate import claims_by_document, documents, snapshot, sound
from extractor.ingest import ingest
from servers import ROOT, quotedb
from synthetic import write_corpus


def run_ingest(corpus, db_path) -> subprocess.CompletedProcess:
    return subprocess.run(quotedb("ingest", corpus, "--db", db_path, "--workers", 2, "--no-progress"),
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_sigkill_part_way_then_a_rerun_gives_exactly_an_uninterrupted_runs_database(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", articles=600)
    reference = tmp_path / "reference.db"
    whole = run_ingest(corpus, reference)
    assert whole.returncode == 1 and "Traceback" not in whole.stderr  # 1: a few empty files are rejected
    total = documents(reference)

    crashed = tmp_path / "crashed.db"
    # commits every 0.1 s rather than every second, so a fast machine cannot store the
    # whole corpus in the commit that first passes the quarter mark
    proc = subprocess.Popen(quotedb("ingest", corpus, "--db", crashed, "--workers", 2, "--no-progress",
                                    "--commit-every", 0.1),
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while documents(crashed) < total // 4:
        assert proc.poll() is None and time.monotonic() < deadline, "ingest ended before it could be killed"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the ingest and its worker processes, mid-batch
    assert proc.wait() == -signal.SIGKILL

    stored = documents(crashed)
    assert total // 4 <= stored < total
    sound(crashed)
    # no partial document: each one stored has exactly the claims the uninterrupted run gave it
    expected = claims_by_document(reference)
    for key, claims in claims_by_document(crashed).items():
        assert claims == expected[key], key

    again = run_ingest(corpus, crashed)
    assert again.returncode == 1 and "Traceback" not in again.stderr
    sound(crashed)
    assert snapshot(crashed) == snapshot(reference)
    conn = sqlite3.connect(crashed)
    runs = conn.execute("select finished_at is not null from ingest_runs order by id").fetchall()
    conn.close()
    assert runs == [(0,), (1,)]  # the killed run stays recorded as unfinished


DIE_WHILE_STORING = textwrap.dedent("""
    import os, signal, sys
    from extractor import cluster
    from extractor.ingest import ingest

    # commit after every file, and die in the middle of the Nth document: after its row was
    # updated and its old claims deleted, before the new claims are written
    assign, calls = cluster.Clusterer.assign, [0]
    def dying_assign(self, claims):
        calls[0] += 1
        if calls[0] == int(sys.argv[3]):
            os.kill(os.getpid(), signal.SIGKILL)
        return assign(self, claims)
    cluster.Clusterer.assign = dying_assign
    ingest([sys.argv[1]], sys.argv[2], workers=1, progress=False, commit_every=0)
""")


def test_a_crash_while_replacing_a_changed_article_keeps_its_old_version_whole(tmp_path):
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    path = tmp_path / "quotes.db"
    ingest([folder], path, workers=1, progress=False)
    old = claims_by_document(path)
    files = sorted(folder.iterdir())
    for f in files:  # every article gets a new paragraph with a new claim
        f.write_text(f.read_text(encoding="utf-8") + "\n<p>李强表示，新的一年合作前景更加广阔。</p>\n",
                     encoding="utf-8")

    died = subprocess.run([sys.executable, "-c", DIE_WHILE_STORING, str(folder), str(path), "3"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert died.returncode == -signal.SIGKILL, died.stderr

    sound(path)
    now = claims_by_document(path)
    assert set(now) == set(old)
    for i, f in enumerate(files):
        key = (str(f), "")
        if i < 2:  # committed before the crash: the new version, whole
            assert now[key] != old[key] and any("合作前景更加广阔" in text for _, text in now[key])
        else:  # the one being replaced when the process died, and the ones after: the old version, whole
            assert now[key] == old[key], f.name
    conn = sqlite3.connect(path)
    texts = dict(conn.execute("select path, text from documents").fetchall())
    conn.close()
    assert "合作前景更加广阔" not in texts[str(files[2])]

    ingest([folder], path, workers=1, progress=False)  # the re-run finishes the job
    sound(path)
    fresh = tmp_path / "fresh.db"
    ingest([folder], fresh, workers=1, progress=False)
    assert claims_by_document(path) == claims_by_document(fresh)
