"""What keeps the published claims table fast at a million claims (bench/datasette_scale.py, bench/README.md).

Not timed: each test checks the cause on the small seed database, through the
query plans of the SQL Datasette itself runs (``?_trace=1``) or the settings
`quotedb serve` passes. Losing an index, a setting or a metadata change fails here.
"""
import json
import shutil
import sqlite3

import pytest
import yaml
from click.testing import CliRunner
from datasette.app import Datasette

from builders import METADATA
from extractor.cli import DATASETTE_SETTINGS, TEMPLATES_DIR, cli

DB = "quotes"


@pytest.fixture(scope="module")
def traced(seed_db):
    with open(METADATA, encoding="utf-8") as f:
        metadata = yaml.safe_load(f)
    return Datasette([], immutables=[str(seed_db.path)], metadata=metadata, template_dir=str(TEMPLATES_DIR),
                     settings={**DATASETTE_SETTINGS, "trace_debug": True})


async def sql_of(ds, path, **params):
    """(sql, params) of every query Datasette ran for one request."""
    r = await ds.client.get(path, params={**params, "_trace": "1"})
    assert r.status_code == 200, r.text
    return [(t["sql"], t.get("params")) for t in r.json()["_trace"]["traces"] if t["type"] == "sql"]


def plans(path, queries):
    """EXPLAIN QUERY PLAN of each query that reads the claims table: [(sql, [plan lines])]."""
    conn = sqlite3.connect(path)
    try:
        out = []
        for sql, params in queries:
            if "from claims" not in " ".join(sql.split()).lower() or sql.lstrip().lower().startswith("pragma"):
                continue
            params = params if isinstance(params, (dict, list)) else ()
            out.append((sql, [row[3] for row in conn.execute("explain query plan " + sql, params)]))
        return out
    finally:
        conn.close()


def full_scans(planned):
    return [(" ".join(sql.split())[:160], lines) for sql, lines in planned if "SCAN claims" in lines]


@pytest.mark.asyncio
async def test_table_page_and_its_facets_read_indexes_never_the_whole_table(traced, seed_db):
    queries = await sql_of(traced, f"/{DB}/claims.json", _facet=["kind", "cue", "rule"])
    planned = plans(seed_db.path, queries)
    facet_sql = [sql for sql, _ in planned if "count(*) as count" in sql]
    assert len(facet_sql) == 5, facet_sql  # speaker_id and the day by default, the three asked for
    assert full_scans(planned) == []
    by_facet = {next(c for c in ("speaker_id", "date(said_on)", "kind", "cue", "rule") if f"select {c} as value" in
                     sql): " ".join(lines) for sql, lines in planned if "count(*) as count" in sql}
    assert "COVERING INDEX ix_claims_speaker_id" in by_facet["speaker_id"]
    assert "INDEX ix_claims_said_on_date" in by_facet["date(said_on)"]
    for column in ("kind", "cue", "rule"):
        assert f"COVERING INDEX ix_claims_{column}" in by_facet[column]


@pytest.mark.asyncio
async def test_newest_first_and_the_next_pages_are_read_in_index_order(traced, seed_db):
    # SQLite reads the index in order for a page of 7 rows or more (below, it gathers and sorts: bench/README.md)
    first = (await traced.client.get(f"/{DB}/claims.json", params={"_size": "10"})).json()
    assert first["next"]
    for page in ({"_size": "10"}, {"_size": "10", "_next": first["next"]}):
        queries = await sql_of(traced, f"/{DB}/claims.json", **page)
        (main,) = [(sql, lines) for sql, lines in plans(seed_db.path, queries) if "limit 11" in sql]
        assert main[1] == ["SCAN claims USING INDEX ix_claims_said_on_desc_id"], main  # no sort of every older claim


@pytest.mark.asyncio
async def test_a_default_facet_asked_for_again_is_counted_once(traced, seed_db):
    queries = await sql_of(traced, f"/{DB}/claims.json", _facet="speaker_id")
    assert sum("select speaker_id as value, count(*) as count" in sql for sql, _ in queries) == 1
    r = await traced.client.get(f"/{DB}/claims.json", params={"_facet": ["speaker_id", "kind"], "_search": "习近平"})
    facets = r.json()["facet_results"]
    assert {"speaker_id", "kind", "said_on"} <= set(facets) and "speaker_id_2" not in facets
    assert r.json()["filtered_table_rows_count"] > 0  # the other parameters are kept


@pytest.mark.asyncio
async def test_no_facet_suggestions_no_query_per_column(traced):
    queries = await sql_of(traced, f"/{DB}/claims.json")
    assert not [sql for sql, _ in queries if " as n from" in sql or "json_type(" in sql or "glob" in sql]
    assert (await traced.client.get(f"/{DB}/claims.json")).json()["suggested_facets"] == []


def test_serve_turns_facet_suggestions_off(seed_db, tmp_path):
    path = tmp_path / "quotes.db"
    shutil.copy(seed_db.path, path)
    result = CliRunner().invoke(cli, ["serve", "--db", str(path), "--get", "/-/settings.json"])
    assert result.exit_code == 0, result.output
    settings = json.loads(result.output)
    assert settings["suggest_facets"] is False
    assert settings["sql_time_limit_ms"] == DATASETTE_SETTINGS["sql_time_limit_ms"]


@pytest.mark.asyncio
async def test_pages_after_the_first_count_no_facets(traced):
    first = (await traced.client.get(f"/{DB}/claims.json", params={"_size": "10", "_facet": "kind"})).json()
    assert {"speaker_id", "said_on", "kind"} <= set(first["facet_results"])
    queries = await sql_of(traced, f"/{DB}/claims.json", _size="10", _facet="kind", _next=first["next"])
    assert not [sql for sql, _ in queries if "count(*) as count" in sql]  # each would scan every older claim
    page = (await traced.client.get(f"/{DB}/claims.json", params={"_size": "10", "_next": first["next"]})).json()
    assert len(page["rows"]) == 10 and page["rows"][0][0] not in {row[0] for row in first["rows"]}  # ids
