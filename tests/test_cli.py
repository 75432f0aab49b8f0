import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys

import pytest
from alembic.script import ScriptDirectory
from click.testing import CliRunner

from builders import SEEDS
from extractor.cli import cli
from extractor.db import alembic_config
from extractor.export import FIELDS

TABLES = ("documents", "claims", "claim_sources", "photo_credits", "speakers", "speaker_aliases", "agencies",
          "outlets")


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def counts(path):
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def test_ingest_then_export_jsonl_gives_one_record_per_claim_with_every_field(tmp_path):
    db = tmp_path / "db" / "quotes.db"  # the folder is created
    result = run("ingest", SEEDS, "--db", db, "--workers", 1)
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1].startswith("5 documents read from 5 files, ")
    assert result.output.strip().endswith(", 0 files rejected")

    out = tmp_path / "claims.jsonl"
    assert run("export", "--db", db, "--format", "jsonl", "--output", out).exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == counts(db)["claims"] > 0
    for r in records:
        assert tuple(r) == FIELDS
        assert r["document"].startswith(str(SEEDS))  # the path as given to ingest
        assert isinstance(r["sources"], list)
        assert r["date"] is None or len(r["date"]) == 10
    assert "\\u" not in out.read_text(encoding="utf-8")  # Chinese kept readable


def test_export_to_stdout_and_csv_with_bom_for_excel(seed_db):
    jsonl = run("export", "--db", seed_db.path, "--format", "jsonl")
    assert jsonl.exit_code == 0
    first = json.loads(jsonl.stdout_bytes.decode("utf-8").splitlines()[0])

    csv_result = run("export", "--db", seed_db.path, "--format", "csv")
    assert csv_result.stdout_bytes.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(csv_result.stdout_bytes.decode("utf-8-sig"))))
    assert len(rows) == len(jsonl.stdout_bytes.decode("utf-8").splitlines())
    assert rows[0]["text"] == first["text"]
    assert rows[0]["sources"] == "; ".join(first["sources"])


def test_ingesting_twice_leaves_the_same_rows(tmp_path):
    db = tmp_path / "quotes.db"
    run("ingest", SEEDS, "--db", db, "--workers", 1)
    before = counts(db)
    assert run("ingest", SEEDS, "--db", db, "--workers", 1).exit_code == 0
    assert counts(db) == before
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*), sum(finished_at is not null) from ingest_runs").fetchone() == (2, 2)


def test_a_bad_file_exits_1_is_recorded_and_the_rest_is_stored(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sorted(SEEDS.iterdir())[0], folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    db = tmp_path / "quotes.db"

    result = run("ingest", folder, "--db", db, "--workers", 1)

    assert result.exit_code == 1
    assert f"rejected {folder / 'empty.txt'}: " in result.stderr
    assert "1 files rejected" in result.stdout
    conn = sqlite3.connect(db)
    assert conn.execute("select path from rejected_files").fetchall() == [(str(folder / "empty.txt"),)]
    assert conn.execute("select path from documents").fetchall() == [(str(folder / "good.txt"),)]


@pytest.mark.parametrize("args", [
    ["ingest"],  # no path
    ["ingest", "no/such/folder"],
    ["ingest", "seeds", "--workers", "0"],
    ["ingest", "seeds", "--commit-every", "-1"],
    ["export", "--format", "xml"],
    ["export"],  # --format is required
    ["nonsense"],
])
def test_usage_errors_exit_2(args):
    assert CliRunner().invoke(cli, args).exit_code == 2


def test_export_without_a_database_says_what_to_do(tmp_path):
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.db"), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "run 'quotedb ingest' first" in result.output


@pytest.mark.parametrize("command", [[], ["ingest"], ["export"], ["serve"], ["migrate"]])
def test_every_command_has_short_help_with_an_example(command):
    for flag in ("-h", "--help"):
        result = CliRunner().invoke(cli, [*command, flag])
        assert result.exit_code == 0
        assert "Example:" in result.output


def test_version_and_python_dash_m(tmp_path):
    assert "quotedb, version 0.1.0" in run("--version").output
    proc = subprocess.run([sys.executable, "-m", "extractor", "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and "quotedb, version" in proc.stdout


def test_migrate_creates_the_database(tmp_path):
    result = run("migrate", "--db", tmp_path / "sub" / "x.db")
    assert result.exit_code == 0
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert f"schema at revision {head}" in result.output


def test_serve_publishes_with_metadata_under_any_database_name(seed_db, tmp_path):
    """Datasette names a database after its file; serve renames metadata.yml's `quotes` to match."""
    other = tmp_path / "archive.db"
    shutil.copy(seed_db.path, other)
    result = run("serve", "--db", other, "--get", "/archive/claims_by_speaker.json?name=习近平&_shape=array")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and {r["speaker"] for r in rows} == {"习近平"}

    hidden = json.loads(run("serve", "--db", other, "--get", "/archive.json").output)
    assert {t["name"]: t["hidden"] for t in hidden["tables"]}["alembic_version"] is True


def test_serve_without_a_database_fails_cleanly(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "run 'quotedb ingest' first" in result.output
