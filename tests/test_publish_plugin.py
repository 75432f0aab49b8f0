"""The Datasette plugin: SQL functions, the claim page, and escaping of whatever an article contains."""
import html
import re
import sqlite3

import pytest
from datasette.app import Datasette

from hostile import JAVASCRIPT_URL, SCRIPT, hostile_copy
from test_datasette import DB, site

from extractor.publish import plugin


@pytest.mark.asyncio
async def test_simplified_sql_function_folds_traditional():
    ds = Datasette(memory=True)  # conftest registers the plugin, as the entry point does for `serve`
    r = await ds.client.get("/_memory.json", params={"sql": "select simplified('習近平說') as s", "_shape": "array"})
    assert r.status_code == 200
    assert r.json() == [{"s": "习近平说"}]


@pytest.mark.asyncio
async def test_search_match_sql_function_makes_a_safe_phrase_query():
    ds = Datasette(memory=True)
    r = await ds.client.get("/_memory.json", params={
        "sql": "select search_match('習近平 普\"京') as a, search_match('') as b, search_match(null) as c",
        "_shape": "array"})
    assert r.json() == [{"a": '"习 近 平" "普 "" 京"', "b": '""', "c": '""'}]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, seed_db):
    path = tmp_path_factory.mktemp("hostile") / "quotes.db"
    return path, hostile_copy(seed_db.path, path)


def text_of(page: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page))


@pytest.mark.asyncio
async def test_claim_page_shows_the_claim_highlighted_in_its_paragraph_with_its_context(seed_db):
    r = await site(seed_db.path).client.get(f"/{DB}/claims/35")
    assert r.status_code == 200
    page = r.text
    claim = "在习近平主席和普京总统的战略领导下，中俄关系继续在高水平上运行"
    paragraph = re.search(r'<blockquote class="claim-paragraph"[^>]*>(.*?)</blockquote>', page, re.S).group(1)
    assert f'<mark id="claim-text">{claim}</mark>' in paragraph
    assert len(text_of(paragraph)) > len(claim)  # the words around it too
    facts = text_of(re.search(r'<dl class="claim-facts">(.*?)</dl>', page, re.S).group(1))
    for expected in ("李强", "Li Qiang", "李强总理", "2023-12-19", "说", "央视", "法广", "published 2023-12-20"):
        assert expected in facts, expected
    assert re.search(r'<a id="original-url" href="https://www\.rfi\.fr/cn/[^"]+" rel="noopener', page)
    assert f'href="/{DB}/claims_by_speaker?name=%E6%9D%8E%E5%BC%BA"' in page  # all their claims
    assert f'href="/{DB}/claims_by_agency?agency=%E5%A4%AE%E8%A7%86"' in page  # the credited agency


@pytest.mark.asyncio
async def test_rows_of_other_tables_keep_datasettes_page(seed_db):
    page = (await site(seed_db.path).client.get(f"/{DB}/speakers/1")).text
    assert "claim-paragraph" not in page and "Links from other tables" in page


@pytest.mark.asyncio
@pytest.mark.parametrize("path", ["/{db}/claims?_size=max", "/{db}/claims/{id}", "/{db}/claims?_search=alert",
                                  "/{db}/claims_on_topic?q=alert", "/{db}/documents?_size=max",
                                  "/{db}/claims_by_speaker?name=黑客"])
async def test_article_text_is_escaped_on_every_page(hostile, path):
    db_path, claim_id = hostile
    r = await site(db_path).client.get(path.format(db=DB, id=claim_id))
    assert r.status_code == 200
    page = r.text
    assert SCRIPT not in page and "<img src=x" not in page and "<b>标题</b>" not in page
    assert 'href="javascript:' not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.asyncio
async def test_claim_page_of_a_hostile_article_shows_its_markup_as_text(hostile):
    db_path, claim_id = hostile
    page = (await site(db_path).client.get(f"/{DB}/claims/{claim_id}")).text
    assert '<mark id="claim-text">&lt;script&gt;alert(1)&lt;/script&gt;</mark>' in page
    assert "&lt;b&gt;标题&lt;/b&gt;" in page and "&lt;i&gt;坏报&lt;/i&gt;" in page
    assert f'href="{JAVASCRIPT_URL}"' not in page and "original-url" not in page  # shown, not linked


def test_only_web_addresses_become_links():
    assert plugin.web_url(" https://example.com/a ") == "https://example.com/a"
    for url in (JAVASCRIPT_URL, "JavaScript:alert(1)", "data:text/html,x", "", None, "//example.com"):
        assert plugin.web_url(url) is None


def test_paragraph_around_splits_at_the_claim_and_refuses_offsets_that_do_not_fit():
    article = "第一段。\n\n他说，中方愿意。还有。\n\n第三段。"
    start = article.index("中方愿意")
    assert plugin.paragraph_around(article, start, start + 4, "中方愿意") == ("他说，", "中方愿意", "。还有。")
    assert plugin.paragraph_around(article, 0, 4, "第一段。") == ("", "第一段。", "")
    assert plugin.paragraph_around(article, start, start + 4, "别的") is None
    assert plugin.paragraph_around(article, 90, 95, "x") is None


@pytest.mark.asyncio
async def test_a_claims_table_without_the_search_index_is_left_to_datasette(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table claims (id integer primary key, text text)")
        conn.execute("insert into claims (text) values ('普京说')")
    r = await Datasette([str(path)]).client.get("/other/claims.json", params={"_search": "普京", "_shape": "array"})
    assert r.status_code == 200 and len(r.json()) == 1  # no index: the search is ignored, not an error
