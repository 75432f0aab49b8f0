"""Opening the SQLite database and bringing its schema up to date.

Every connection we open gets the same pragmas: WAL (readers don't block the
writer), a 5 s busy timeout, and foreign keys ON so that deleting a document
cascades to its claims. The pragmas are set by a listener on *our* engine
only: a global listener would also reach Alembic's connection, where foreign
keys must stay OFF (a batch table copy would cascade-delete rows).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, pool
from sqlalchemy.engine import Engine

DEFAULT_DB = Path("db") / "quotes.db"
ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = ROOT / "migrations"

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA busy_timeout=5000",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=NORMAL",  # safe with WAL: a crash loses at most the last commits, never corrupts
    "PRAGMA cache_size=-65536",  # 64 MB of page cache (allocated as used): keeps indexes hot during ingest
    # Ingest stores each file in a savepoint, which keeps the first version of every page it changes
    # in a journal: in memory (a file's worth of pages, freed at the release) rather than written to
    # a temporary file, ~150 system calls a file.
    "PRAGMA temp_store=MEMORY",
)


def _set_pragmas(dbapi_connection, _record=None) -> None:
    for pragma in PRAGMAS:
        dbapi_connection.execute(pragma)


def _prepare(path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def engine(path: str | Path = DEFAULT_DB, **kwargs) -> Engine:
    """A SQLAlchemy engine for the database at ``path`` (created if missing)."""
    eng = create_engine(f"sqlite:///{_prepare(path)}", **kwargs)
    event.listen(eng, "connect", _set_pragmas)
    return eng


def connect(path: str | Path = DEFAULT_DB) -> sqlite3.Connection:
    """A plain sqlite3 connection with the same pragmas, for the ingest hot path."""
    conn = sqlite3.connect(_prepare(path))
    _set_pragmas(conn)
    return conn


def alembic_config(connection=None) -> Config:
    """Alembic settings built in code, so migrating needs no alembic.ini nor a working directory."""
    if not (MIGRATIONS / "env.py").is_file():
        raise FileNotFoundError(
            f"Alembic migrations not found at {MIGRATIONS}: install quotedb from its source tree (pip install -e .)"
        )
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def migrate(path: str | Path = DEFAULT_DB, revision: str = "head") -> None:
    """Upgrade the database at ``path`` to ``revision`` (creating it if needed).

    Uses its own pool-less engine: env.py switches foreign keys off on the
    migration connection, and that connection must not be reused afterwards.
    """
    eng = create_engine(f"sqlite:///{_prepare(path)}", poolclass=pool.NullPool)
    try:
        with eng.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
            conn.commit()
            command.upgrade(alembic_config(conn), revision)
    finally:
        eng.dispose()


class OutdatedSchema(Exception):
    """A database whose schema is not the one this code reads: a read-only command must not upgrade it."""


def revision(path: str | Path) -> str | None:
    """The schema revision of the database file at ``path`` (None: no quotedb schema), read without writing."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no alembic_version table: empty, or not made by quotedb
        return None
    finally:
        conn.close()
    return row[0] if row else None


def require_current(path: str | Path) -> None:
    """Raise ``OutdatedSchema``, with what to do in one line, unless the file is at the latest revision."""
    found = revision(path)
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if found == head:
        return
    if found is None:
        raise OutdatedSchema(f"{path} has no quotedb schema: run 'quotedb migrate --db {path}' to create it, "
                             "or 'quotedb ingest' to fill it")
    raise OutdatedSchema(f"{path} is at schema revision {found}, this quotedb reads {head}: "
                         f"run 'quotedb migrate --db {path}' first")


def downgrade(path: str | Path, revision: str = "base") -> None:
    """Downgrade the database at ``path``; ``base`` drops every table."""
    eng = create_engine(f"sqlite:///{_prepare(path)}", poolclass=pool.NullPool)
    try:
        with eng.connect() as conn:
            command.downgrade(alembic_config(conn), revision)
    finally:
        eng.dispose()


def checkpoint(conn: sqlite3.Connection) -> None:
    """Fold the WAL into the main file, so a read-only (immutable) reader sees everything."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
