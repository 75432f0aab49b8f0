"""Ingesting every hour: the same files change nothing, a changed file replaces its own rows only,
and what is stored does not depend on when the store happened to commit."""
import shutil
import sqlite3
from datetime import date, datetime, timedelta, timezone

from builders import LEXICON, SEEDS, claim, document, processed
from dbstate import snapshot, sound
from extractor import db
from extractor.ingest import ingest
from extractor.store import Store


def test_ingesting_the_same_folder_again_changes_no_row(tmp_path):
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    shutil.copy(folder / "000_f368392b458932ac.txt", folder / "same-article-another-name.txt")  # a copy
    (folder / "empty.txt").write_bytes(b"")  # rejected
    path = tmp_path / "quotes.db"
    ingest([folder], path, workers=1, progress=False)
    before = snapshot(path)
    conn = sqlite3.connect(path)
    stamps = conn.execute("select id, ingested_at from documents").fetchall()
    conn.close()

    again = ingest([folder], path, workers=2, progress=False)

    assert snapshot(path) == before  # every row of every table, the search index included
    conn = sqlite3.connect(path)
    assert conn.execute("select id, ingested_at from documents").fetchall() == stamps
    conn.close()
    assert again.stored == 0 and again.rejected == [(str(folder / "empty.txt"), "empty file")]


def test_a_changed_file_replaces_its_own_claims_and_nothing_else(tmp_path):
    folder = tmp_path / "news"
    shutil.copytree(SEEDS, folder)
    path = tmp_path / "quotes.db"
    ingest([folder], path, workers=1, progress=False)
    changed = folder / "002_e5cfe8160906b070.txt"
    conn = sqlite3.connect(path)
    (doc_id,) = conn.execute("select id from documents where path = ?", (str(changed),)).fetchone()
    others = conn.execute("select * from claims where document_id != ? order by id", (doc_id,)).fetchall()
    conn.close()

    changed.write_text(changed.read_text(encoding="utf-8") + "\n<p>李强表示，新的一年合作前景更加广阔。</p>\n",
                       encoding="utf-8")
    summary = ingest([folder], path, workers=1, progress=False)

    assert summary.stored == 1
    sound(path)
    conn = sqlite3.connect(path)
    assert conn.execute("select * from claims where document_id != ? order by id", (doc_id,)).fetchall() == others
    assert conn.execute("select id from documents where path = ?", (str(changed),)).fetchone() == (doc_id,)
    texts = [t for (t,) in conn.execute("select text from claims where document_id = ?", (doc_id,))]
    assert "新的一年合作前景更加广阔" in texts
    conn.close()


def test_clusters_do_not_depend_on_when_the_store_commits(tmp_path):
    """The same statement reported on days 0, 3 and 6: the third report is within the window of the
    cluster only once that cluster has grown to day 3, whether or not a commit came in between."""
    def store_all(path, seconds):
        db.migrate(path)
        conn = db.connect(path)
        s = Store(conn, LEXICON)
        with s.batch(seconds=seconds):
            for n in range(3):
                day = date(2023, 12, 1) + timedelta(days=3 * n)
                doc = document([f"习近平说，中方愿同各方携手前行，共同维护地区和平稳定。第{n}篇。"], path=f"{n}.txt",
                               published_at=datetime(day.year, day.month, day.day, 4, tzinfo=timezone.utc))
                s.add(processed((doc, [claim(doc, "中方愿同各方携手前行，共同维护地区和平稳定", said_on=day)])))
        rows = conn.execute("select cluster_id from claims order by id").fetchall()
        conn.close()
        return rows

    one_commit = store_all(tmp_path / "a.db", seconds=3600)
    every_file = store_all(tmp_path / "b.db", seconds=0)
    assert one_commit == every_file == [(1,), (1,), (1,)]
    assert snapshot(tmp_path / "a.db") == snapshot(tmp_path / "b.db")


def test_a_changed_article_that_empties_a_cluster_leaves_the_same_clusters_whenever_it_commits(tmp_path):
    def replace(path, seconds):
        db.migrate(path)
        conn = db.connect(path)
        s = Store(conn, LEXICON)
        with s.batch(seconds=seconds):
            doc = document(["习近平说，中方愿同各方携手前行。"])
            s.add(processed((doc, [claim(doc, "中方愿同各方携手前行")])))
            new = document(["习近平说，新的一年里中方将继续扩大开放。"])  # same path: replaces it
            s.add(processed((new, [claim(new, "新的一年里中方将继续扩大开放")])))
            other = document(["习近平说，中方愿同各方携手前行。"], path="news/b.txt")
            s.add(processed((other, [claim(other, "中方愿同各方携手前行")])))
        rows = conn.execute("select id, claims, text from claim_clusters order by id").fetchall()
        conn.close()
        return rows

    assert replace(tmp_path / "a.db", 0) == replace(tmp_path / "b.db", 3600)
    assert [(claims, text) for _, claims, text in replace(tmp_path / "c.db", 0)] == [
        (1, "新的一年里中方将继续扩大开放"), (1, "中方愿同各方携手前行")]
