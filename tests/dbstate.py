"""What a database holds, compared whole: for tests of crashes, re-runs and migrations."""
from __future__ import annotations

import sqlite3

TIMESTAMPS = {"ingested_at", "seen_at", "rejected_at"}  # when, not what
SKIPPED = {"ingest_runs", "alembic_version"}  # a killed run is recorded as unfinished: by design


def snapshot(path) -> dict[str, list[tuple]]:
    """Every row of every table (the search index included), without the times rows were written."""
    conn = sqlite3.connect(path)
    try:
        tables = [t for (t,) in conn.execute("select name from sqlite_master where type = 'table' "
                                             "and name not like 'sqlite%' and name not glob '*_fts_*' order by 1")
                  if t not in SKIPPED]
        out = {}
        for table in tables:
            columns = [c for (_, c, *_rest) in conn.execute(f"pragma table_info({table})") if c not in TIMESTAMPS]
            select = ", ".join(f'"{c}"' for c in (["rowid"] if table == "claims_fts" else []) + columns)
            out[table] = conn.execute(f"select {select} from {table} order by rowid").fetchall()
        return out
    finally:
        conn.close()


def sound(path) -> None:
    """integrity_check, foreign keys, and every derived row in step with what it derives from."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("pragma integrity_check").fetchall() == [("ok",)]
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        assert conn.execute("select count(*) from claims").fetchone() == \
            conn.execute("select count(*) from claims_fts").fetchone()
        assert conn.execute("select count(*) from claims where cluster_id is null").fetchone() == (0,)
        assert conn.execute("select count(*) from claim_clusters where claims != "
                            "(select count(*) from claims where cluster_id = claim_clusters.id)").fetchone() == (0,)
    finally:
        conn.close()


def claims_by_document(path) -> dict[tuple[str, str], list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        out: dict[tuple[str, str], list[tuple]] = {}
        for key in conn.execute("select path, item from documents"):
            out[key] = []
        for path_, item, start, text in conn.execute(
                "select path, item, start, claims.text from claims join documents on documents.id = document_id "
                "order by claims.id"):
            out[(path_, item)].append((start, text))
        return out
    finally:
        conn.close()


def documents(path) -> int:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.OperationalError:  # no file yet
        return 0
    try:
        return conn.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.OperationalError:  # no table yet
        return 0
    finally:
        conn.close()
