"""The published API: what fact-checking clients rely on (notes/ecosystem.md §1.4)."""
import re
import sqlite3

import pytest
import yaml
from datasette.app import Datasette

from builders import METADATA

DB = "quotes"


def metadata():
    with open(METADATA, encoding="utf-8") as f:
        return yaml.safe_load(f)


@pytest.fixture
def ds(seed_db):
    # opened immutable, as `quotedb serve` does
    return Datasette([], immutables=[str(seed_db.path)], metadata=metadata(),
                     settings={"sql_time_limit_ms": 3000})


def schema(path):
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")]
        return {t: {r[1] for r in conn.execute(f"pragma table_info({t})")} for t in names}
    finally:
        conn.close()


def xi_claims(path, name="习近平"):
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute(
            "select claims.id from claims join speakers on speakers.id = speaker_id where speakers.name = ?", (name,))}
    finally:
        conn.close()


def test_metadata_names_only_tables_and_columns_that_exist(seed_db):
    tables = schema(seed_db.path)
    config = metadata()["databases"][DB]
    for table, spec in config["tables"].items():
        assert table in tables, table
        named = set(spec.get("columns", {}))
        named |= {spec[k] for k in ("label_column", "sort", "sort_desc") if k in spec}
        for facet in spec.get("facets", []):
            named |= set(facet.values()) if isinstance(facet, dict) else {facet}
        assert named <= tables[table], (table, named - tables[table])
    # every table has a description, every column of the claims and documents tables too
    assert set(tables) - {"alembic_version"} <= {t for t, s in config["tables"].items() if s.get("description")}
    for table in ("claims", "documents"):
        assert tables[table] - {"id"} <= set(config["tables"][table]["columns"]), table


def test_canned_queries_name_existing_columns(seed_db):
    conn = sqlite3.connect(seed_db.path)
    for name, query in metadata()["databases"][DB]["queries"].items():
        params = {p: "x" for p in re.findall(r":(\w+)", query["sql"])}
        conn.execute(query["sql"], params).fetchall()  # raises on a missing table or column


@pytest.mark.asyncio
async def test_claims_json_array_with_speaker_labels(ds, seed_db):
    r = await ds.client.get(f"/{DB}/claims.json", params={"_shape": "array", "_labels": "on", "_size": "max"})
    assert r.status_code == 200
    rows = r.json()
    assert len(rows) == seed_db.summary.claims > 0
    speakers = {row["speaker_id"]["label"] for row in rows}
    assert "习近平" in speakers
    assert all(set(row["document_id"]) == {"value", "label"} for row in rows)
    dates = [row["said_on"] for row in rows]
    assert dates == sorted(dates, reverse=True)  # sort_desc: said_on


@pytest.mark.asyncio
@pytest.mark.parametrize("name", ["习近平", "習近平"])
async def test_claims_by_speaker_finds_a_speaker_by_any_spelling(ds, seed_db, name):
    r = await ds.client.get(f"/{DB}/claims_by_speaker.json", params={"name": name, "_shape": "array"})
    assert r.status_code == 200
    rows = r.json()
    assert {row["claim_id"] for row in rows} == xi_claims(seed_db.path) != set()
    assert set(rows[0]) == {"speaker", "said_on", "text", "outlet", "url", "claim_id"}
    assert {row["speaker"] for row in rows} == {"习近平"}


@pytest.mark.asyncio
async def test_facets_and_column_descriptions_are_published(ds):
    r = await ds.client.get(f"/{DB}/claims.json")
    facets = r.json()["facet_results"]
    assert {"speaker_id", "kind", "cue", "said_on"} <= set(facets)
    html = (await ds.client.get(f"/{DB}/claims")).text
    assert "The speech verb that attributes the statement" in html


@pytest.mark.asyncio
async def test_alembic_version_is_hidden(ds):
    tables = (await ds.client.get(f"/{DB}.json")).json()["tables"]
    assert {t["name"]: t["hidden"] for t in tables}["alembic_version"] is True
