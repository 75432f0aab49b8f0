"""A read-only command (export, serve) on a database at an older schema says to migrate it, and changes nothing."""
import sqlite3

import click
import pytest
from alembic.script import ScriptDirectory
from click.testing import CliRunner

from builders import SEEDS
from extractor import db
from extractor.cli import cli, published_site
from extractor.export import export
from extractor.ingest import ingest


def revision_of(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("select version_num from alembic_version").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def old_db(tmp_path):
    """A database made by a quotedb of the first revision, with a few claims in it."""
    path = tmp_path / "old.db"
    ingest([str(SEEDS)], path, workers=1, progress=False)
    db.downgrade(path, "0001")
    assert revision_of(path) == "0001"
    return path


@pytest.mark.parametrize("command", [["export", "--format", "jsonl"], ["export", "--format", "csv"],
                                     ["serve", "--get", "/quotes/claims.json"],
                                     ["serve", "--immutable", "--get", "/quotes/claims.json"]])
def test_a_read_only_command_on_an_older_schema_says_run_migrate_in_one_line(old_db, command):
    result = CliRunner().invoke(cli, [command[0], "--db", str(old_db), *command[1:]])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit)  # a ClickException, not a crash
    message = result.output.strip()
    assert "\n" not in message
    assert message == (f"Error: {old_db} is at schema revision 0001, this quotedb reads "
                       f"{ScriptDirectory.from_config(db.alembic_config()).get_current_head()}: "
                       f"run 'quotedb migrate --db {old_db}' first")
    assert revision_of(old_db) == "0001"  # a read-only command left the file as it was


def test_after_migrate_the_same_database_exports_and_serves(old_db, tmp_path):
    assert CliRunner().invoke(cli, ["migrate", "--db", str(old_db)]).exit_code == 0
    result = CliRunner().invoke(cli, ["export", "--db", str(old_db), "--format", "jsonl"])
    assert result.exit_code == 0 and result.output.count("\n") > 5
    served = CliRunner().invoke(cli, ["serve", "--db", str(old_db), "--get", "/old/claims.json?_shape=array"])
    assert served.exit_code == 0 and served.output.startswith("[")


def test_a_file_without_a_quotedb_schema_says_so(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    result = CliRunner().invoke(cli, ["export", "--db", str(empty), "--format", "csv"])
    assert result.exit_code == 1 and "has no quotedb schema" in result.output and "quotedb migrate" in result.output


def test_the_library_refuses_too(old_db, tmp_path):
    with pytest.raises(db.OutdatedSchema, match="quotedb migrate"):
        export(old_db, "jsonl", tmp_path / "out.jsonl")
    with pytest.raises(click.ClickException, match="quotedb migrate"):
        published_site(old_db)
    assert revision_of(old_db) == "0001"
