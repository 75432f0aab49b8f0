"""The writer's shortcuts store exactly what the plain way would.

Rows prepared in a worker (``prepare.py``) store the same as a ``Processed``
prepared by the store; search rows written once per commit index every claim
written, no rolled-back one and no deleted one; a new cluster written with its
summary has the summary a recount gives.
"""
import pickle
import sqlite3
from datetime import date, datetime, timezone

import pytest

from builders import LEXICON, claim, document, processed
from dbstate import snapshot, sound
from extractor import db
from extractor.cluster import Clusterer
from extractor.prepare import Prepared, prepare
from extractor.store import Store

SAID = "中俄关系继续在高水平上运行，双方将深化合作"


def article(path, text=SAID, day=20, speaker="李强", written=None, item=""):
    doc = document([f"{written or speaker}说，{text}。"], path=path, item=item,
                   published_at=datetime(2023, 12, day, 3, tzinfo=timezone.utc))
    return doc, [claim(doc, text, speaker=speaker, written=written, said_on=date(2023, 12, day),
                       sources=[("新华社", "新華社", "credited")])]


def files():
    """Reports that join, start and leave clusters, a Traditional spelling, a copy, a changed article."""
    return [
        processed(article("a.txt")),
        processed(article("b.txt", text="中俄关系继续在高水平上运行", day=21)),
        processed(article("c.txt", text="美国必须停止干涉中国内政", speaker="習近平", written="習近平")),
        processed(article("d.txt", text="新的一年合作前景更加广阔", day=22), article("d.txt", item="2", day=22)),
        processed(article("a.txt", text="双方将深化各领域合作并扩大开放")),  # a.txt changed: its claim moves
        processed(article("e.txt", text="中俄关系继续在高水平上运行，双方将深化合作", day=23)),
    ]


def store_all(path, items, seconds=None):
    db.migrate(path)
    conn = db.connect(path)
    s = Store(conn, LEXICON)
    if seconds is None:
        for item in items:
            s.add(item)
    else:
        with s.batch(seconds=seconds):
            for item in items:
                s.add(item)
    conn.close()
    sound(path)
    return snapshot(path)


def search(path, phrase):
    conn = sqlite3.connect(path)
    try:
        return [i for (i,) in conn.execute("select rowid from claims_fts where claims_fts match ? order by rowid",
                                           (phrase,))]
    finally:
        conn.close()


def test_prepared_rows_from_a_worker_store_what_the_store_would_prepare(tmp_path):
    # through pickle, as they come back from a worker process
    prepared = [pickle.loads(pickle.dumps(prepare(p))) for p in files()]
    assert all(isinstance(p, Prepared) for p in prepared)
    assert store_all(tmp_path / "a.db", prepared) == store_all(tmp_path / "b.db", files())


@pytest.mark.parametrize("seconds", [0, 3600])
def test_in_a_batch_every_claim_is_indexed_whenever_it_commits(tmp_path, seconds):
    batched = store_all(tmp_path / "a.db", files(), seconds=seconds)
    assert batched == store_all(tmp_path / "b.db", files())
    assert len(batched["claims_fts"]) == len(batched["claims"])
    assert search(tmp_path / "a.db", '"扩 大 开 放"') == search(tmp_path / "b.db", '"扩 大 开 放"') != []


def test_a_document_replaced_twice_in_one_batch_leaves_no_search_row_behind(tmp_path):
    versions = [processed(article("a.txt", text=t)) for t in (SAID, "双方将深化各领域合作", "美国必须停止干涉中国内政")]
    state = store_all(tmp_path / "a.db", versions, seconds=3600)
    assert [text for _, _, _, _, _, _, text, *_ in state["claims"]] == ["美国必须停止干涉中国内政"]
    assert len(state["claims_fts"]) == 1
    assert search(tmp_path / "a.db", '"深 化"') == []


def test_a_file_rolled_back_in_a_batch_leaves_no_search_row(tmp_path):
    db.migrate(tmp_path / "a.db")
    conn = db.connect(tmp_path / "a.db")
    s = Store(conn, LEXICON)
    bad_doc, bad_claims = article("bad.txt", text="美国必须停止干涉中国内政")
    bad_claims[0].start = None  # NOT NULL: the file fails after its search row was queued
    with s.batch(seconds=3600):
        s.add(processed(article("a.txt")))
        with pytest.raises(sqlite3.IntegrityError):
            s.add(processed((bad_doc, bad_claims)))
        s.add(processed(article("b.txt", text="新的一年合作前景更加广阔")))
    conn.close()
    sound(tmp_path / "a.db")
    assert len(snapshot(tmp_path / "a.db")["claims_fts"]) == 2


def test_outside_a_batch_the_search_rows_are_there_when_add_returns(conn):
    conn.execute("BEGIN")
    Store(conn, LEXICON).add(processed(article("a.txt")))
    assert conn.execute("select count(*) from claims_fts where claims_fts match '\"深 化\"'").fetchone() == (1,)
    conn.rollback()


def test_new_clusters_are_written_with_the_summary_a_recount_gives(tmp_path):
    path = tmp_path / "a.db"
    before = store_all(path, files(), seconds=3600)
    conn = db.connect(path)
    with conn:
        Clusterer(conn).refresh([i for (i,) in conn.execute("select id from claim_clusters")])
    conn.close()
    assert snapshot(path)["claim_clusters"] == before["claim_clusters"]


def test_a_cluster_another_connection_made_long_is_still_found(tmp_path):
    """The candidate query starts at the longest span of any cluster: another writer's clusters count too."""
    path = tmp_path / "a.db"
    db.migrate(path)
    mine, other = db.connect(path), db.connect(path)
    writer = Store(mine, LEXICON)
    writer.add(processed(article("first.txt", text="美国必须停止干涉中国内政", day=1)))  # its clusterer reads spans now
    for n, day in enumerate(range(1, 28, 3)):  # one statement reported every 3 days: a cluster spanning 27 days
        Store(other, LEXICON).add(processed(article(f"other{n}.txt", day=day)))
    writer.add(processed(article("late.txt", day=27)))
    clusters = [c for (c,) in mine.execute("select distinct cluster_id from claims where text = ?", (SAID,))]
    assert len(clusters) == 1
    mine.close()
    other.close()


def test_candidate_clusters_from_sql_are_the_ones_matching_would_pick_from_all(tmp_path):
    """Random reports of a few statements by two speakers over two months: the clusters the store makes
    are the ones ``best_cluster`` makes when offered every cluster (in the index's order)."""
    import random

    from extractor.cluster import Cluster, best_cluster, wording

    rng = random.Random(7)
    statements = ["中俄关系继续在高水平上运行双方将深化合作", "美国必须停止干涉中国内政", "新的一年合作前景更加广阔",
                  "中方愿同各方携手前行共同维护地区和平稳定"]
    reports = []
    for n in range(120):
        base = rng.choice(statements)
        start = rng.randrange(0, 4)
        text = base[start:len(base) - rng.randrange(0, 4)] + rng.choice(["", "了", "的"])
        reports.append((f"r{n:03}.txt", text, rng.choice(["李强", "王毅"]), rng.randrange(1, 29)))

    path = tmp_path / "a.db"
    db.migrate(path)
    conn = db.connect(path)
    s = Store(conn, LEXICON)
    with s.batch(seconds=3600):
        for name, text, speaker, day in reports:
            s.add(processed(article(name, text=text, speaker=speaker, day=day)))
    stored = [c for (c,) in conn.execute("select cluster_id from claims order by id")]
    conn.close()

    clusters: list[Cluster] = []
    expected = []
    for _, text, speaker, day in reports:
        d = date(2023, 12, day)
        w = wording(text)
        offered = sorted((c for c in clusters if c.speaker_id == speaker),
                         key=lambda c: (c.first_day, c.last_day, c.id))  # the index's order
        chosen = best_cluster(w, speaker, d, offered)
        if chosen is None:
            chosen = Cluster(len(clusters) + 1, speaker, d, d, [])
            clusters.append(chosen)
        chosen.wordings.append(w)
        chosen.first_day, chosen.last_day = min(chosen.first_day, d), max(chosen.last_day, d)
        expected.append(chosen.id)
    assert stored == expected
    assert len(set(expected)) < len(expected) / 2  # the reports did cluster


def test_wordings_read_back_from_the_database_match_those_of_the_run(tmp_path):
    """Full-width digits fold as in the worker whether a cluster's wordings are cached or read back,
    so a run resumed by a new Store clusters like an uninterrupted one."""
    first = article("a.txt", text="中方将在２０２４年ＡＰＥＣ会议上发言")
    second = article("b.txt", text="中方将在2024年APEC会议上发言", day=21)

    def clusters(path, one_store):
        db.migrate(path)
        conn = db.connect(path)
        s = Store(conn, LEXICON)
        s.add(processed(first))
        (s if one_store else Store(conn, LEXICON)).add(processed(second))
        rows = conn.execute("select cluster_id from claims order by id").fetchall()
        conn.close()
        return rows

    assert clusters(tmp_path / "a.db", one_store=False) == clusters(tmp_path / "b.db", one_store=True) == [(1,), (1,)]


def test_a_long_batch_keeps_few_search_rows_and_wordings_waiting(tmp_path, monkeypatch):
    """Memory stays flat in a batch that never commits: search rows are written past a count,
    the clusters' wordings cache starts again past a size; the rows are the same."""
    import extractor.cluster
    import extractor.store

    expected = store_all(tmp_path / "a.db", files(), seconds=3600)
    monkeypatch.setattr(extractor.store, "SEARCH_ROWS_WAITING", 1)
    monkeypatch.setattr(extractor.cluster, "CACHED_CLUSTERS", 1)
    assert store_all(tmp_path / "b.db", files(), seconds=3600) == expected
