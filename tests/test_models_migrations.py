import os
import subprocess
import sys

import sqlalchemy as sa
from sqlmodel import Session, select

from builders import LEXICON, ROOT, claim, document, processed
from extractor import db, models
from extractor.store import Store


# The search index (migration 0002): an FTS5 table and its shadow tables, outside the models.
SEARCH_TABLES = {"claims_fts", *(f"claims_fts_{t}" for t in ("data", "idx", "content", "docsize", "config"))}


def tables(path):
    with sa.create_engine(f"sqlite:///{path}").connect() as c:
        return set(sa.inspect(c).get_table_names())


def store_one(path):
    conn = db.connect(path)
    doc = document(["据新华社报道，习近平说，中方愿同俄方携手前行。"], photo_credits=("新华社",))
    Store(conn, LEXICON).add(processed((doc, [claim(doc, "中方愿同俄方携手前行",
                                                    sources=[("新华社", "新华社", "credited")])])))
    conn.close()


def count(path, table):
    conn = db.connect(path)
    try:
        return conn.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        conn.close()


def test_upgrade_from_empty_creates_every_table_and_records_the_revision(tmp_path):
    path = tmp_path / "new" / "quotes.db"
    db.migrate(path)
    assert tables(path) == set(models.metadata.tables) | {"alembic_version"} | SEARCH_TABLES
    # trap 2.5b: the schema exists *and* alembic_version says so, or the next upgrade fails
    assert count(path, "alembic_version") == 1
    db.migrate(path)  # so a second upgrade is a no-op


def test_rows_survive_upgrade_and_downgrade_to_base_then_upgrade_again(tmp_path):
    path = tmp_path / "quotes.db"
    db.migrate(path)
    store_one(path)
    db.migrate(path)
    assert (count(path, "claims"), count(path, "claim_sources"), count(path, "photo_credits")) == (1, 1, 1)

    db.downgrade(path, "base")
    assert tables(path) == {"alembic_version"}

    db.migrate(path)
    assert tables(path) == set(models.metadata.tables) | {"alembic_version"} | SEARCH_TABLES
    store_one(path)
    assert count(path, "claims") == 1


def test_alembic_cli_from_the_repo_root_upgrades_and_finds_no_drift(tmp_path):
    """`alembic check` fails when the models changed without a migration."""
    path = tmp_path / "quotes.db"
    alembic = [sys.executable, "-m", "alembic", "-x", f"db={path}"]
    env = {**os.environ, "QUOTEDB_DB": str(tmp_path / "not-this.db")}  # -x db wins over the environment
    up = subprocess.run([*alembic, "upgrade", "head"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert up.returncode == 0, up.stderr
    check = subprocess.run([*alembic, "check"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert "No new upgrade operations detected" in check.stdout + check.stderr
    assert not (tmp_path / "not-this.db").exists()


def test_our_engine_enforces_foreign_keys_and_wal_but_other_engines_are_untouched(tmp_path):
    path = tmp_path / "quotes.db"
    db.migrate(path)  # migrating switches foreign keys off on its own connection only
    engine = db.engine(path)
    with engine.connect() as c:
        assert c.exec_driver_sql("pragma foreign_keys").scalar() == 1
        assert c.exec_driver_sql("pragma journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("pragma busy_timeout").scalar() == 5000
    engine.dispose()
    with sa.create_engine(f"sqlite:///{path}").connect() as c:
        assert c.exec_driver_sql("pragma foreign_keys").scalar() == 0  # the listener is not global


def test_deleting_a_document_cascades_to_its_claims_sources_and_credits(tmp_path):
    path = tmp_path / "quotes.db"
    db.migrate(path)
    store_one(path)
    engine = db.engine(path)
    with Session(engine) as session:
        session.exec(sa.delete(models.Document))
        session.commit()
        assert session.exec(select(models.Claim)).all() == []
        assert session.exec(select(models.ClaimSource)).all() == []
        assert session.exec(select(models.PhotoCredit)).all() == []
        assert len(session.exec(select(models.Speaker)).all()) == 2  # speakers stay
    engine.dispose()


def test_models_read_what_the_store_wrote(tmp_path):
    path = tmp_path / "quotes.db"
    db.migrate(path)
    store_one(path)
    engine = db.engine(path)
    with Session(engine) as session:
        c = session.exec(select(models.Claim)).one()
        speaker = session.get(models.Speaker, c.speaker_id)
        assert (speaker.name, speaker.known, c.weak, c.said_on) == ("习近平", True, False, "2023-12-20")
    engine.dispose()
