"""`quotedb serve` publishes safely: localhost by default, no way to write, no query that runs for ever.

(That article text cannot inject markup or script is tested in test_publish_plugin.py
and test_browser.py.)
"""
import json
import shutil
import sqlite3
import time

import pytest
import yaml
from click.testing import CliRunner

from builders import METADATA
from extractor import cli
from servers import accepts, get, get_json, serving

HEAVY_SQL = "with recursive n(x) as (select 1 union all select x + 1 from n) select count(*) from n"


def counts(path):
    conn = sqlite3.connect(path)
    try:
        return [conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("documents", "claims", "speakers")]
    finally:
        conn.close()


@pytest.fixture
def quotes(seed_db, tmp_path):
    """A copy of the seed database, named like the published one."""
    path = tmp_path / "quotes.db"
    shutil.copy(seed_db.path, path)
    return path


@pytest.fixture(scope="module")
def site(seed_db, tmp_path_factory):
    """`quotedb serve` running on a copy of the seed database: (path, port)."""
    path = tmp_path_factory.mktemp("site") / "quotes.db"
    shutil.copy(seed_db.path, path)
    with serving(path) as port:
        yield path, port


def test_serve_listens_on_localhost_only_unless_told_otherwise(quotes):
    with serving(quotes) as port:
        assert accepts("127.0.0.1", port)
        assert get_json(port, "/quotes/claims.json", {"_shape": "array", "_size": 1})
        # another address of this machine (all of 127/8 is local on Linux) is not answered
        assert not accepts("127.0.0.2", port)
    with serving(quotes, "--host", "0.0.0.0") as port:
        assert accepts("127.0.0.2", port)  # so the check above can tell the difference


def test_a_heavy_query_stops_at_the_time_limit_instead_of_hanging_the_site(site):
    _, port = site
    started = time.monotonic()
    # _timelimit can only lower Datasette's limit, never raise it
    status, body = get(port, "/quotes.json", {"sql": HEAVY_SQL, "_timelimit": 600_000})
    elapsed = time.monotonic() - started
    assert status == 400 and "SQL query took too long" in body
    assert elapsed < cli.SQL_TIME_LIMIT_MS / 1000 + 5
    # and the site still answers
    assert get_json(port, "/quotes.json", {"sql": "select count(*) as n from claims", "_shape": "array"})


def test_sql_from_a_visitor_cannot_write(site):
    path, port = site
    before = counts(path)
    for sql in ("delete from claims", "insert into speakers (name) values ('x')", "drop table claims",
                "select 1; delete from claims", "pragma query_only = off", "attach database 'x.db' as x"):
        status, body = get(port, "/quotes.json", {"sql": sql})
        assert status >= 400, (sql, body[:300])
    # POSTs to a table or to a (read) canned query write nothing either, whatever they answer
    get(port, "/quotes/claims", data=b"text=x")
    get(port, "/quotes/claims_by_speaker.json", {"name": "习近平"}, data=b"sql=delete+from+claims")
    assert counts(path) == before


@pytest.mark.asyncio
async def test_every_connection_to_the_published_file_is_read_only(quotes):
    """Even Datasette's own write connection (used by write canned queries and plugins) cannot write."""
    before = counts(quotes)
    ds = cli.published_site(quotes)
    database = ds.get_database("quotes")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        await database.execute_write("insert into speakers (name) values ('intruder')")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        await database.execute_write("delete from claims")
    assert counts(quotes) == before
    # reading still works, through the same plugin that added the search functions
    response = await ds.client.get("/quotes/claims.json?_search=普京&_shape=array")
    assert response.status_code == 200 and response.json()


@pytest.mark.asyncio
async def test_write_canned_queries_are_not_published(quotes, tmp_path, monkeypatch):
    metadata = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    metadata["databases"]["quotes"]["queries"]["wipe"] = {"sql": "delete from claims", "write": True}
    custom = tmp_path / "metadata.yml"
    custom.write_text(yaml.safe_dump(metadata, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(cli, "METADATA", custom)
    before = counts(quotes)

    ds = cli.published_site(quotes)
    published = {q["name"] for q in (await ds.client.get("/quotes.json")).json()["queries"]}
    assert "claims_by_speaker" in published and "wipe" not in published
    assert (await ds.client.get("/quotes/wipe")).status_code == 404
    assert (await ds.client.post("/quotes/wipe", data={})).status_code >= 400
    assert counts(quotes) == before


def test_serve_reads_a_live_file_by_default_and_an_immutable_one_on_request(quotes):
    def databases(*options):
        result = CliRunner().invoke(cli.cli, ["serve", "--db", str(quotes), *options, "--get", "/-/databases.json"])
        assert result.exit_code == 0, result.output
        return {d["name"]: d for d in json.loads(result.output)}

    assert databases()["quotes"]["is_mutable"] is True  # sees each batch an ingest commits
    assert databases("--immutable")["quotes"]["is_mutable"] is False
