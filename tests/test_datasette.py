"""The published API: what reporters and fact-checking clients rely on (notes/ecosystem.md §1.4)."""
import csv
import io
import json
import re
import shutil
import sqlite3
from datetime import datetime, timezone

import pytest
import yaml
from datasette.app import Datasette

from builders import METADATA, claim, document, processed
from extractor import db
from extractor.cli import DATASETTE_SETTINGS, TEMPLATES_DIR
from extractor.publish import plugin
from extractor.store import Store
from extractor.text import to_simplified

DB = "quotes"


def metadata():
    with open(METADATA, encoding="utf-8") as f:
        return yaml.safe_load(f)


def site(path):
    """The site as `quotedb serve --immutable` publishes it: metadata.yml, our templates and plugin."""
    return Datasette([], immutables=[str(path)], metadata=metadata(), template_dir=str(TEMPLATES_DIR),
                     settings=DATASETTE_SETTINGS)


@pytest.fixture
def ds(seed_db):
    return site(seed_db.path)


def rows_of(path, sql, params=()):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


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
    tables = {t: cols for t, cols in schema(seed_db.path).items() if "_fts" not in t}  # the search index: hidden
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


def test_canned_queries_name_existing_columns_and_declare_their_parameters(seed_db):
    conn = sqlite3.connect(seed_db.path)
    plugin.add_sql_functions(conn)  # simplified(), search_match()
    for name, query in metadata()["databases"][DB]["queries"].items():
        named = set(re.findall(r":(\w+)", query["sql"]))
        assert set(query["params"]) == named, name
        assert query.get("title") and query.get("description"), name
        conn.execute(query["sql"], {p: "x" for p in named}).fetchall()  # raises on a missing table or column


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
@pytest.mark.parametrize("name", ["习近平", "習近平", "Xi Jinping", "习主席"])
async def test_claims_by_speaker_finds_a_speaker_by_any_spelling(ds, seed_db, name):
    r = await ds.client.get(f"/{DB}/claims_by_speaker.json", params={"name": name, "_shape": "array"})
    assert r.status_code == 200
    rows = r.json()
    assert {row["claim_id"] for row in rows} == xi_claims(seed_db.path) != set()
    assert set(rows[0]) == {"speaker", "said_on", "text", "cue", "sources", "outlet", "url", "claim_id"}
    assert {row["speaker"] for row in rows} == {"习近平"}


@pytest.mark.asyncio
async def test_facets_and_column_descriptions_are_published(ds):
    r = await ds.client.get(f"/{DB}/claims.json")
    facets = r.json()["facet_results"]
    assert {"speaker_id", "said_on"} <= set(facets)  # by default; the others on request (tests/test_scale.py)
    r = await ds.client.get(f"/{DB}/claims.json", params={"_facet": ["kind", "cue", "rule"]})
    assert {"speaker_id", "said_on", "kind", "cue", "rule"} <= set(r.json()["facet_results"])
    html = (await ds.client.get(f"/{DB}/claims")).text
    assert "The speech verb that attributes the statement" in html


@pytest.mark.asyncio
async def test_alembic_version_is_hidden(ds):
    tables = (await ds.client.get(f"/{DB}.json")).json()["tables"]
    assert {t["name"]: t["hidden"] for t in tables}["alembic_version"] is True


# --- search ---------------------------------------------------------------------------------------

def expected_search(path, word):
    """Claims whose text or speaker contains ``word`` once both are in Simplified: computed without the index."""
    word = to_simplified(word)
    return {cid for cid, text, speaker, written in rows_of(
        path, "select claims.id, text, name, speaker_written from claims join speakers on speakers.id = speaker_id")
        if word in to_simplified(text) or word in speaker or word in to_simplified(written)}


async def search(ds, q, **params):
    r = await ds.client.get(f"/{DB}/claims.json", params={"_search": q, "_shape": "array", "_size": "max", **params})
    assert r.status_code == 200, r.text
    return r.json()


@pytest.mark.asyncio
@pytest.mark.parametrize("word", ["普京", "李强", "能源", "一带一路", "米舒斯京"])
async def test_claims_search_finds_words_of_two_characters_and_more(ds, seed_db, word):
    rows = await search(ds, word)
    assert {r["id"] for r in rows} == expected_search(seed_db.path, word) != set()


@pytest.mark.asyncio
async def test_two_character_search_finds_the_claims_that_contain_it(ds):
    rows = await search(ds, "普京")
    assert {r["id"] for r in rows} >= {2, 35}  # 已同普京两次会晤 (习近平), 普京总统的战略领导下 (李强)
    assert all("普京" in r["text"] for r in rows)
    speakers = {r["speaker_id"]["label"] for r in await search(ds, "李强", _labels="on")}
    assert speakers == {"李强"}  # by the speaker; 李克强 does not contain 李强


@pytest.mark.asyncio
async def test_traditional_search_finds_simplified_claims_and_back(ds, seed_db):
    traditional = {r["id"] for r in await search(ds, "習近平")}
    simplified = {r["id"] for r in await search(ds, "习近平")}
    assert traditional == simplified == expected_search(seed_db.path, "习近平")
    assert xi_claims(seed_db.path) <= traditional  # everything 习近平 said
    written_traditional = {cid for cid, text in rows_of(seed_db.path, "select id, text from claims")
                           if "習近平" in text}
    assert written_traditional and written_traditional <= simplified  # 同習近平主席會見 (米舒斯京)
    assert {r["id"] for r in await search(ds, "李強")} == {r["id"] for r in await search(ds, "李强")}


@pytest.mark.asyncio
async def test_search_terms_separated_by_spaces_must_all_match(ds):
    both = {r["id"] for r in await search(ds, "普京 习近平")}
    assert both == {r["id"] for r in await search(ds, "普京")} & {r["id"] for r in await search(ds, "习近平")}
    assert await search(ds, '"') == []
    assert len(await search(ds, "   ")) == 38  # an empty search filters nothing


@pytest.mark.asyncio
async def test_search_operators_are_text_not_syntax(ds):
    for q in ['普京"', "NEAR(普京", "普京*", "text:普京", "-普京", "普京 OR"]:
        r = await ds.client.get(f"/{DB}/claims.json", params={"_search": q, "_shape": "array"})
        assert r.status_code == 200, (q, r.text)


@pytest.mark.asyncio
async def test_claims_page_has_the_search_box_and_says_what_it_searched(ds):
    html = (await ds.client.get(f"/{DB}/claims", params={"_search": "普京"})).text
    assert 'name="_search" value="普京"' in html
    assert "text or speaker contains &#34;普京&#34;" in html
    assert '<a class="claim-link" href="/quotes/claims/35">' in html


# --- canned queries -------------------------------------------------------------------------------

# Parameters that give rows on the seed database, for every canned query in metadata.yml.
SEED_QUERIES = {
    "claims_by_speaker": {"name": "習近平"},
    "speaker_timeline": {"name": "米舒斯京", "since": "2023-01-01", "until": "2023-06-30"},
    "claims_by_agency": {"agency": "Xinhua"},
    "claims_on_topic": {"q": "能源"},
    "claims_on_date": {"date": "2023-12-20", "q": ""},
    "top_speakers": {"since": "", "until": "", "kind": ""},
    "speakers_directory": {"name": ""},
    "sources_directory": {"agency": ""},
    "claim_reviews": {"claim_id": "", "speaker": "", "q": "", "since": "", "until": ""},
    "cluster_appearances": {"cluster": "", "claim": "35"},
    "widely_reported": {"outlets": "2", "speaker": "習近平", "since": "", "until": ""},
}


def test_every_canned_query_is_exercised():
    assert set(metadata()["databases"][DB]["queries"]) == set(SEED_QUERIES)


async def canned(ds, query, **params):
    r = await ds.client.get(f"/{DB}/{query}.json", params={**params, "_shape": "array"})
    assert r.status_code == 200, r.text
    return r.json()


@pytest.mark.asyncio
@pytest.mark.parametrize("name", sorted(SEED_QUERIES))
async def test_canned_query_returns_rows_for_the_seed_database(ds, name):
    rows = await canned(ds, name, **SEED_QUERIES[name])
    assert rows and isinstance(rows[0], dict)


@pytest.mark.asyncio
async def test_timeline_keeps_the_speaker_between_the_days_oldest_first(ds):
    rows = await canned(ds, "speaker_timeline", name="Mikhail Mishustin", since="2023-01-01", until="2023-06-30")
    days = [r["said_on"] for r in rows]
    assert {r["speaker"] for r in rows} == {"米舒斯京"}
    assert days == sorted(days) and set(days) == {"2023-03-21", "2023-05-24"}


@pytest.mark.asyncio
async def test_agency_query_resolves_aliases_and_leaves_out_datelines(ds):
    rows = await canned(ds, "claims_by_agency", agency="新華社")
    assert {r["agency"] for r in rows} == {"新华社"} and {r["role"] for r in rows} == {"credited"}
    assert {r["claim_id"] for r in rows} == {2, 26}
    assert {r["claim_id"] for r in await canned(ds, "claims_by_agency", agency="CCTV")} == {32, 33, 34, 35, 36}


@pytest.mark.asyncio
async def test_claims_on_a_date_span_outlets_and_narrow_to_an_event(ds):
    rows = await canned(ds, "claims_on_date", date="2023-12-20", q="")
    assert {r["outlet"] for r in rows} == {"联合早报", "法广"}
    narrowed = await canned(ds, "claims_on_date", date="2023-12-20", q="米舒斯京")
    assert narrowed and {r["speaker"] for r in narrowed} == {"米舒斯京"}


@pytest.mark.asyncio
async def test_top_speakers_are_ranked_by_number_of_claims(ds, seed_db):
    rows = await canned(ds, "top_speakers", since="", until="", kind="person")
    counts = [r["claims"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    assert rows[0]["speaker"] == "习近平" and rows[0]["claims"] == len(xi_claims(seed_db.path))


@pytest.mark.asyncio
async def test_speakers_directory_lists_aliases_and_dated_titles_with_counts(ds):
    (li,) = await canned(ds, "speakers_directory", name="李強")
    assert li["name"] == "李强" and li["claims"] == 2
    assert "李強" in li["aliases"] and li["alias_count"] >= 2
    assert "国务院总理 (2023-03-11 – )" in li["titles"]


@pytest.mark.asyncio
async def test_sources_directory_lists_agency_aliases_with_counts(ds):
    rows = {r["name"]: r for r in await canned(ds, "sources_directory", agency="")}
    assert rows["新华社"]["credited"] == 2 and "新華社" in rows["新华社"]["aliases"]
    assert rows["央视"]["cited_by"] == 2


# --- fact-checking tools --------------------------------------------------------------------------

@pytest.mark.asyncio
async def test_claim_reviews_carry_the_fields_a_claimreview_consumer_expects(ds):
    (row,) = await canned(ds, "claim_reviews", claim_id="35", _json="appearance")
    rfi = row["url"]
    assert rfi.startswith("https://www.rfi.fr/cn/")
    assert row == {
        "claim_id": 35,
        "text": "在习近平主席和普京总统的战略领导下，中俄关系继续在高水平上运行",
        "claimant": "李强",
        "claimant_en": "Li Qiang",
        "claimDate": "2023-12-19",
        "appearance": [rfi],
        "firstAppearance": rfi,
        "url": rfi,
        "outlet": "法广",
        "datePublished": row["datePublished"],
        "language": "zh-Hans",
        "credited_to": "央视",
        "cue": "说",
        "kind": "direct",
        "cluster_id": row["cluster_id"],
    }
    assert row["datePublished"].startswith("2023-12-20T")


@pytest.mark.asyncio
async def test_claim_reviews_list_every_appearance_earliest_first(tmp_path, seed_db):
    """The same statement in two more articles, in either script: every URL, the earliest article first
    (the seed RFI article, whose longer wording contains theirs, then the two reprints)."""
    path = tmp_path / "quotes.db"
    shutil.copy(seed_db.path, path)
    conn = db.connect(path)
    for name, hour, text in (("late.txt", 9, "李强說，中俄關係繼續在高水平上運行。"),
                             ("early.txt", 3, "李强说，中俄关系继续在高水平上运行。")):
        doc = document([text], path=name, published_at=datetime(2023, 12, 21, hour, tzinfo=timezone.utc))
        Store(conn).add(processed((doc, [claim(doc, text[3:-1], speaker="李强")])))
    db.checkpoint(conn)
    conn.close()
    rows = await canned(site(path), "claim_reviews", speaker="李强", q="高水平上运行", _json="appearance")
    reprinted = [r for r in rows if r["claimDate"] == "2023-12-20"]
    assert len(reprinted) == 2
    rfi = next(r["url"] for r in rows if r["url"].startswith("https://www.rfi.fr/"))
    for r in reprinted:
        assert r["appearance"] == [rfi, "https://example.com/early.txt", "https://example.com/late.txt"]
        assert r["firstAppearance"] == rfi
    assert {r["language"] for r in reprinted} == {"zh-Hans"}


@pytest.mark.asyncio
@pytest.mark.parametrize("table", ["claims", "documents", "speakers", "speaker_aliases", "speaker_titles", "agencies",
                                   "agency_aliases", "claim_sources", "outlets", "photo_credits", "rejected_files",
                                   "ingest_runs"])
async def test_every_table_answers_json_array(ds, table):
    r = await ds.client.get(f"/{DB}/{table}.json", params={"_shape": "array"})
    assert r.status_code == 200 and isinstance(r.json(), list)


# --- CSV for Excel --------------------------------------------------------------------------------

@pytest.mark.asyncio
@pytest.mark.parametrize("path", [f"/{DB}/claims.csv?_labels=on", f"/{DB}/claims.csv?_stream=on&_dl=1",
                                  f"/{DB}/claims_by_speaker.csv?name=习近平"])
async def test_csv_starts_with_a_byte_order_mark_for_excel(ds, path):
    r = await ds.client.get(path)
    assert r.status_code == 200
    assert r.content.startswith(b"\xef\xbb\xbf")
    if "content-length" in r.headers:
        assert int(r.headers["content-length"]) == len(r.content)
    table = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert table[0][0] in ("id", "speaker") and any("习近平" in cell for row in table[1:] for cell in row)


@pytest.mark.asyncio
async def test_json_has_no_byte_order_mark(ds):
    r = await ds.client.get(f"/{DB}/claims.json?_shape=array")
    assert not r.content.startswith(b"\xef\xbb\xbf") and json.loads(r.content)
