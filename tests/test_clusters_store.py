"""Claim clusters kept in the database, and the same article read twice stored once."""
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest
from datasette.app import Datasette

from builders import LEXICON, METADATA, claim, document, processed
from extractor import db
from extractor.export import records
from extractor.ingest import ingest
from extractor.store import Store

RTHK = Path(__file__).parent.parent.parent / "shared" / "corpus" / "rthk"


def cluster_of(conn, like):
    return conn.execute("select cluster_id from claims where text like ?", (f"%{like}%",)).fetchall()


def test_seed_strategic_choice_claims_of_two_outlets_are_one_cluster(seed_db):
    conn = sqlite3.connect(seed_db.path)
    rfi = conn.execute("select c.cluster_id from claims c join documents d on d.id = c.document_id "
                       "where d.path like '%004_fdcd79bf8f3446f8.txt' and c.text like '维护和发展中俄关系%'").fetchone()[0]
    zaobao = conn.execute("select c.cluster_id from claims c join documents d on d.id = c.document_id "
                          "where d.path like '%000_f368392b458932ac.txt' and c.text like '%战略选择'").fetchone()[0]
    assert rfi == zaobao
    outlets = conn.execute("select outlets from claim_clusters where id = ?", (rfi,)).fetchone()[0]
    assert outlets == 2


def test_different_statements_of_a_speaker_on_one_day_stay_apart(seed_db):
    """Three things 习近平 said on 2023-12-20 (the lead's 说 repeats the 强调 paragraph: one statement)."""
    conn = sqlite3.connect(seed_db.path)
    clusters = [conn.execute("select c.cluster_id from claims c join documents d on d.id = c.document_id "
                             "where d.path like '%000_f368392b458932ac.txt' and c.text like ?", (f"{start}%",)).fetchone()[0]
                for start in ("他今年以来已同普京", "中国经济韧性强", "中方支持俄罗斯人民")]
    assert len(set(clusters)) == 3
    lead = conn.execute("select c.cluster_id from claims c join documents d on d.id = c.document_id "
                        "where d.path like '%000_f368392b458932ac.txt' and c.cue = '说' and c.paragraph = 0").fetchone()[0]
    assert lead == clusters[2]


def test_every_claim_has_a_cluster_and_counts_are_consistent(seed_db):
    conn = sqlite3.connect(seed_db.path)
    assert conn.execute("select count(*) from claims where cluster_id is null").fetchone()[0] == 0
    assert conn.execute("select sum(claims) from claim_clusters").fetchone()[0] == \
        conn.execute("select count(*) from claims").fetchone()[0]
    assert conn.execute("select count(*) from claim_clusters where claims = 0").fetchone()[0] == 0


SAID = "中俄关系继续在高水平上运行，双方将深化合作"


def add(conn, path, text=SAID, url=None, hour=3, speaker="李强", title=None):
    doc = document([f"李强说，{text}。"], path=path, url=url, title=title,
                   published_at=datetime(2023, 12, 20, hour, tzinfo=timezone.utc))
    return Store(conn, LEXICON).add(processed((doc, [claim(doc, text, speaker=speaker)])))


def test_reports_join_the_cluster_and_its_summary_follows(conn):
    add(conn, "a.txt", hour=5)
    add(conn, "b.txt", text="中俄关系继续在高水平上运行", hour=3, title="另一篇")
    (cluster_id, n, outlets, first_url), = conn.execute(
        "select id, claims, outlets, first_url from claim_clusters").fetchall()
    assert n == 2 and first_url == "https://example.com/b.txt"  # the earlier article is the first appearance
    add(conn, "c.txt", text="美国必须停止干涉中国内政", title="第三篇")
    assert conn.execute("select count(*) from claim_clusters").fetchone()[0] == 2


def test_a_changed_article_moves_its_claim_and_empties_its_old_cluster(conn):
    add(conn, "a.txt")
    add(conn, "a.txt", text="美国必须停止干涉中国内政")  # same file, new content
    rows = conn.execute("select text, claims from claim_clusters").fetchall()
    assert rows == [("美国必须停止干涉中国内政", 1)]


@pytest.mark.parametrize("second", [
    {"path": "b.txt", "url": "https://example.com/a.txt"},            # the same URL under another file
    {"path": "b.txt", "url": "https://example.com/b.txt", "title": "标题 a.txt"},  # the same text under another name
])
def test_the_same_article_from_another_file_is_stored_once(conn, second):
    add(conn, "a.txt")
    stored = add(conn, **second)
    assert stored.duplicate == 1 and stored.new == 0
    assert conn.execute("select count(*) from documents").fetchone()[0] == 1
    assert conn.execute("select count(*) from claims").fetchone()[0] == 1
    assert conn.execute("select path from document_copies").fetchall() == [("b.txt",)]


def test_export_names_each_claims_cluster(seed_db):
    conn = sqlite3.connect(seed_db.path)
    rows = list(records(conn))
    assert all(isinstance(r["cluster_id"], int) for r in rows)


def test_feed_snapshots_ingested_twice_leave_the_counts_unchanged(tmp_path):
    if not RTHK.exists():
        pytest.fail(f"this test needs ../shared/corpus beside the checkout ({RTHK} is missing)")
    files = sorted(RTHK.glob("*.xml"))[:6]
    path = tmp_path / "rthk.db"
    ingest([str(f) for f in files], path, workers=1, progress=False)
    conn = sqlite3.connect(path)
    first = conn.execute("select (select count(*) from documents), (select count(*) from claims)").fetchone()
    conn.close()
    assert first[0] < 6 * 100  # the snapshots repeat items: each is stored once
    ingest([str(f) for f in reversed(files)], path, workers=1, progress=False)
    conn = sqlite3.connect(path)
    assert conn.execute("select (select count(*) from documents), (select count(*) from claims)").fetchone() == first


@pytest.mark.asyncio
async def test_cluster_page_lists_every_appearance(seed_db):
    import yaml

    conn = sqlite3.connect(seed_db.path)
    cluster_id = conn.execute("select id from claim_clusters where outlets = 2 order by id limit 1").fetchone()[0]
    from extractor.cli import TEMPLATES_DIR

    ds = Datasette([], immutables=[str(seed_db.path)], metadata=yaml.safe_load(METADATA.read_text(encoding="utf-8")),
                   template_dir=str(TEMPLATES_DIR))
    page = (await ds.client.get(f"/quotes/claim_clusters/{cluster_id}")).text
    assert 'id="cluster-appearances"' in page and "法广" in page and "联合早报" in page
    rows = (await ds.client.get("/quotes/cluster_appearances.json",
                                params={"cluster": str(cluster_id), "claim": "", "_shape": "array"})).json()
    assert {r["outlet"] for r in rows} == {"法广", "联合早报"}


def test_upgrading_a_database_from_before_clusters_clusters_its_claims(tmp_path, seed_db):
    path = tmp_path / "quotes.db"
    with sqlite3.connect(path) as target:
        sqlite3.connect(seed_db.path).backup(target)
    db.downgrade(path, "0002")
    db.migrate(path)
    conn = sqlite3.connect(path)
    assert conn.execute("select count(*) from claims where cluster_id is null").fetchone()[0] == 0
    assert conn.execute("select count(*) from claim_clusters where outlets = 2").fetchone()[0] >= 1
    assert conn.execute("select name from sqlite_master where type = 'trigger'").fetchall() == [("claims_fts_delete",)]


def test_a_file_failing_in_a_batch_does_not_lose_the_other_files_cluster_counts(conn):
    s = Store(conn, LEXICON)
    good = document(["李强说，中俄关系继续在高水平上运行。"], path="a.txt")
    bad = document(["李强说，双方将深化合作。"], path="bad.txt")
    broken = claim(bad, "双方将深化合作", speaker="李强")
    broken.text = None
    with s.batch(seconds=3600):  # one commit at the end
        s.add(processed((good, [claim(good, "中俄关系继续在高水平上运行", speaker="李强")])))
        with pytest.raises(sqlite3.IntegrityError):
            s.add(processed((bad, [broken])))
    assert conn.execute("select claims, outlets from claim_clusters").fetchall() == [(1, 1)]
