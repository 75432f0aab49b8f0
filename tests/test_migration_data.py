"""Upgrading keeps the data: real rows in every table, down to the first revision and up to head, twice.

The traps (notes/ecosystem.md §2.5) each fail a check here: a batch rebuild
with foreign keys on cascades and deletes rows (the migrations run on a
connection with foreign keys ON, as an application engine opens it; env.py
must switch them off); a rename written as drop + add loses a column's values
(no upgrade step may lose a column or a table); the search index and its
trigger must survive every rebuild of ``claims``; a migration that uses
sqlmodel types must import sqlmodel. ``alembic check`` (models vs migrations)
is test_models_migrations.py's.
"""
import re
import shutil
import sqlite3

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import pool

from builders import SEEDS
from extractor import db
from extractor.ingest import ingest

SCRIPTS = ScriptDirectory.from_config(db.alembic_config())
REVISIONS = [r.revision for r in reversed(list(SCRIPTS.walk_revisions()))]  # first … head
FIRST, HEAD = REVISIONS[0], REVISIONS[-1]
SEARCH_FROM = "0002"  # the revision that creates claims_fts and its trigger
COPIES_FROM = "0003"  # claim_clusters, document_copies and claims.cluster_id


def migrate(path, revision, down=False):
    """Alembic on a connection with foreign keys ON (db.engine's), one step at a time."""
    engine = db.engine(path, poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            (command.downgrade if down else command.upgrade)(db.alembic_config(conn), revision)
    finally:
        engine.dispose()


def state(path) -> dict[str, dict[str, dict[int, object]]]:
    """table → column → rowid → value, for every table (FTS shadow tables aside) and column."""
    conn = sqlite3.connect(path)
    try:
        out = {}
        for (table,) in conn.execute("select name from sqlite_master where type = 'table' "
                                     "and name not like 'sqlite%' and name not glob '*_fts_*' and name != 'alembic_version'"):
            columns = [c for (_, c, *_rest) in conn.execute(f"pragma table_info('{table}')")]
            rows = conn.execute(f"select rowid, * from '{table}'").fetchall()
            out[table] = {c: {r[0]: r[i + 1] for r in rows} for i, c in enumerate(columns)}
        return out
    finally:
        conn.close()


def trigger_names(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {n for (n,) in conn.execute("select name from sqlite_master where type = 'trigger'")}
    finally:
        conn.close()


def kept(before, after, step) -> None:
    """Every value of every column both states have is unchanged, row for row."""
    for table in set(before) & set(after):
        for column in set(before[table]) & set(after[table]):
            assert after[table][column] == before[table][column], f"{step}: {table}.{column} changed"


def at_least(revision: str, floor: str) -> bool:
    return REVISIONS.index(revision) >= REVISIONS.index(floor)


@pytest.fixture(scope="module")
def populated(tmp_path_factory):
    """A head database holding real rows in every table: the seeds, a copy, a rejected file."""
    base = tmp_path_factory.mktemp("populated")
    folder = base / "news"
    shutil.copytree(SEEDS, folder)
    shutil.copy(folder / "000_f368392b458932ac.txt", folder / "the-same-article.txt")  # document_copies
    (folder / "empty.txt").write_bytes(b"")  # rejected_files
    path = base / "quotes.db"
    ingest([folder], path, workers=1, progress=False)
    return path


def test_every_table_holds_rows_to_migrate(populated):
    empty = [t for t, columns in state(populated).items() if not next(iter(columns.values()))]
    assert empty == []


def test_rows_survive_every_step_down_to_the_first_revision_and_up_to_head_twice(populated, tmp_path):
    path = tmp_path / "quotes.db"
    shutil.copy(populated, path)
    original = state(path)
    current = original
    for _round in range(2):
        for revision in reversed(REVISIONS[:-1]):  # down, one revision at a time
            migrate(path, revision, down=True)
            now = state(path)
            kept(current, now, f"down to {revision}")
            gone = set(current) - set(now)
            assert at_least(revision, COPIES_FROM) or not gone & {"claims", "documents", "claim_sources"}
            current = now
        assert set(current) >= {"documents", "claims", "claim_sources", "speakers", "agencies", "photo_credits"}
        for revision in REVISIONS[1:]:  # and up again
            migrate(path, revision)
            now = state(path)
            kept(current, now, f"up to {revision}")
            # an upgrade never loses a table or a column (a rename must be a rename, not drop + add)
            for table in current:
                assert table in now, f"up to {revision}: table {table} dropped"
                assert set(current[table]) <= set(now[table]), f"up to {revision}: {table} lost a column"
            if at_least(revision, SEARCH_FROM):
                assert "claims_fts_delete" in trigger_names(path), f"up to {revision}: search trigger lost"
                assert len(now["claims_fts"]["text"]) == len(now["claims"]["id"])
            current = now

    # back at head: every row of the original database, the derived ones rebuilt the same
    for table, columns in original.items():
        if table in ("document_copies", "claim_clusters", "files"):
            continue
        for column, values in columns.items():
            if (table, column) != ("claims", "cluster_id"):
                assert current[table][column] == values, f"{table}.{column}"
    assert current["claims_fts"] == original["claims_fts"]
    # clusters are rebuilt on upgrade, in publication order rather than file order: other ids, the same
    # claims together with the same summaries
    assert clusters(current) == clusters(original)
    # revisions before 0003 have nowhere to keep document copies: dropped with their table, by design;
    # the same for 0006's list of files read (the next ingest reads every file again: nothing is lost)
    assert original["document_copies"]["id"] and not current["document_copies"]["id"]
    assert original["files"]["id"] and not current["files"]["id"]


def clusters(s) -> dict[frozenset, tuple]:
    """Each cluster as the set of its claims → its summary columns (ids aside)."""
    members: dict[int, set] = {}
    for claim_id, cluster_id in s["claims"]["cluster_id"].items():
        members.setdefault(cluster_id, set()).add(claim_id)
    columns = [c for c in s["claim_clusters"] if c != "id"]
    return {frozenset(claims): tuple(s["claim_clusters"][c][cluster_id] for c in columns)
            for cluster_id, claims in members.items()}


def test_the_search_index_trigger_works_after_the_round_trip(populated, tmp_path):
    path = tmp_path / "quotes.db"
    shutil.copy(populated, path)
    migrate(path, FIRST, down=True)
    migrate(path, HEAD)
    conn = db.connect(path)
    (doc_id, claims) = conn.execute("select document_id, count(*) from claims group by 1 limit 1").fetchone()
    before = conn.execute("select count(*) from claims_fts").fetchone()[0]
    conn.execute("delete from documents where id = ?", (doc_id,))  # cascades to claims, trigger to claims_fts
    conn.commit()
    assert conn.execute("select count(*) from claims_fts").fetchone()[0] == before - claims
    assert conn.execute("select count(*) from claims where document_id = ?", (doc_id,)).fetchone()[0] == 0
    conn.close()


def test_migrations_that_use_sqlmodel_types_import_sqlmodel():
    for script in SCRIPTS.walk_revisions():
        source = open(script.path, encoding="utf-8").read()
        if "sqlmodel." in source:
            assert re.search(r"^import sqlmodel\b", source, re.M), script.path

