"""Alembic environment for quotedb's SQLite database.

Which database: ``config.attributes["connection"]`` (a Connection or Engine,
as ``extractor.db.migrate`` passes), else ``alembic -x db=PATH``, else the
``QUOTEDB_DB`` environment variable, else ``db/quotes.db``.

SQLite needs three precautions (see ../shared/notes/ecosystem.md §2.5):
batch mode, because SQLite can only alter a table by copying it; foreign keys
OFF while migrating, or the copy's DROP TABLE cascades and deletes rows; and a
commit right after that PRAGMA, or alembic_version is silently rolled back.
"""
import os
import warnings
from logging.config import fileConfig
from pathlib import Path

from alembic import context
from sqlalchemy import create_engine, pool
from sqlalchemy.engine import Connection

from extractor import models

config = context.config
if config.config_file_name is not None and Path(config.config_file_name).is_file():
    # An alembic.ini is optional (pyproject.toml holds the settings). Keep the application's loggers alive when migrating in-process.
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = models.metadata

DEFAULT_DB = "db/quotes.db"

# models.Claim's index on date(said_on) (revision 0005): SQLAlchemy cannot reflect an expression index on
# SQLite, so autogenerate says it skips comparing it, on every run. Known; revision 0005 creates it by hand.
warnings.filterwarnings("ignore", message=r".*expression-based index '?ix_claims_said_on_date\b")


def include_name(name, type_, parent_names) -> bool:
    """Leave full-text tables alone: the publish step builds them, not Alembic."""
    if type_ == "table" and name and "_fts" in name:
        return False
    return True


def database_url() -> str:
    path = context.get_x_argument(as_dictionary=True).get("db") or os.environ.get("QUOTEDB_DB") or DEFAULT_DB
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _configure(**kwargs) -> None:
    context.configure(
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
        **kwargs,
    )


def run_migrations_offline() -> None:
    _configure(url=database_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def _run_with(connection: Connection) -> None:
    if connection.dialect.name == "sqlite" and not connection.in_transaction():
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
    _configure(connection=connection)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is None:
        connectable = create_engine(database_url(), poolclass=pool.NullPool)
    if isinstance(connectable, Connection):
        _run_with(connectable)
    else:
        with connectable.connect() as connection:
            _run_with(connection)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
