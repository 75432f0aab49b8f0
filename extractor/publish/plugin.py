"""quotedb's Datasette plugin, registered through the ``datasette`` entry point.

Everything the published site adds to stock Datasette 0.65 is here, one hook
each:

* ``prepare_connection``: SQL functions for canned queries and the SQL editor,
  ``simplified(text)`` (習近平 → 习近平) and ``search_match(query)`` (an FTS5
  query for ``claims_fts`` that finds two-character words, see search.py);
  read-only connections when ``quotedb serve`` publishes;
* ``filters_from_request``: ``?_search=`` on the claims table goes through that
  index, so the table page's own search box finds 普京 and 習近平;
* ``extra_template_vars``: a claim page gets its paragraph, speaker, credits,
  article and other appearances (templates/row.html shows them);
* ``render_cell``: claim text and ``claim_id`` cells link to the claim page;
* ``extra_body_script``: a table's column descriptions fold into a
  ``<details>``, so the search box and facets are on the first screen;
* ``asgi_wrapper``: CSV downloads start with a UTF-8 byte order mark, or
  Excel on a Chinese Windows shows mojibake; ``?_facet=`` a table's default
  facet is not counted (and shown) a second time, and pages after the first
  (``?_next=``) have no facets.

Article text reaches pages only through Jinja's autoescaping or markupsafe,
never pasted into HTML, so an article cannot inject markup or script.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import tilde_decode
from markupsafe import Markup

from .. import search
from ..text import to_simplified

CLAIMS = "claims"
CLUSTERS = "claim_clusters"
BOM = "\ufeff".encode("utf-8")


def _simplified(value):
    return to_simplified(value) if isinstance(value, str) else value


def _search_match(value):
    return search.match_expression(value if isinstance(value, str) else None)


def add_sql_functions(conn):
    """``simplified(text)``: Traditional folded to Simplified, length kept; ``search_match(q)``: see search.py."""
    conn.create_function("simplified", 1, _simplified, deterministic=True)
    conn.create_function("search_match", 1, _search_match, deterministic=True)


@hookimpl
def prepare_connection(conn, database, datasette):
    """Our SQL functions on every connection; and when ``quotedb serve`` publishes
    (``plugins.quotedb.read_only``), every connection to a database file is
    read-only, Datasette's write connection included: a write canned query or
    another plugin's write fails with "attempt to write a readonly database".
    """
    add_sql_functions(conn)
    published = datasette.databases.get(database)
    if published is not None and published.path and (datasette.plugin_config("quotedb") or {}).get("read_only"):
        conn.execute("PRAGMA query_only = ON")


@hookimpl(trylast=True)
def filters_from_request(request, database, table, datasette):
    """``?_search=`` on the claims table: claims whose text or speaker contains every term.

    Datasette's built-in search only runs for an FTS table declared with
    ``content="claims"``, which ``claims_fts`` is not, so it stays out of the
    way. ``trylast`` makes this hook's ``supports_search`` (which shows the
    search box) win over the built-in one's.
    """
    if table != CLAIMS:
        return None

    async def inner():
        if not await datasette.get_database(database).table_exists(search.FTS_TABLE):
            return None  # some other database's claims table: Datasette's own search, if any
        query = request.args.get("_search", "").strip()
        context = {"supports_search": True, "search": query}
        if not query:
            return FilterArguments([], extra_context=context)
        return FilterArguments(
            [f"id in (select rowid from {search.FTS_TABLE} where {search.FTS_TABLE} match :quotedb_search)"],
            {"quotedb_search": search.match_expression(query)},
            [f'text or speaker contains "{query}" (either script)'],
            context,
        )

    return inner


CLAIM_SQL = """
select claims.id, claims.text, claims.start, claims."end", claims.said_on, claims.cue, claims.kind,
  claims.speaker_written, claims.speaker_id, claims.cluster_id, claims.document_id,
  speakers.name as speaker, speakers.name_en as speaker_en,
  documents.title, documents.url, documents.published_date, documents.language, documents.script,
  documents.text as article, outlets.name as outlet
from claims
join speakers on speakers.id = claims.speaker_id
join documents on documents.id = claims.document_id
left join outlets on outlets.id = documents.outlet_id
where claims.id = :id
"""
SOURCES_SQL = """
select agencies.id, agencies.name, claim_sources.role, claim_sources.written
from claim_sources join agencies on agencies.id = claim_sources.agency_id
where claim_sources.claim_id = :id and claim_sources.role != 'dateline'
order by claim_sources.position
"""
APPEARANCES_SQL = """
select claims.id, documents.url, documents.title, documents.published_date, outlets.name as outlet
from claims
join documents on documents.id = claims.document_id
left join outlets on outlets.id = documents.outlet_id
where claims.cluster_id = :cluster and claims.id != :id
order by documents.published_at, claims.id
"""


def web_url(url):
    """The URL if it is a web address, else None: a ``javascript:`` URL in an article must not become a link."""
    if isinstance(url, str) and urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url.strip()
    return None


def paragraph_around(article: str, start: int, end: int, text: str):
    """(before, claim, after): the claim's paragraph split at the claim, or None when the offsets do not fit."""
    if not (0 <= start <= end <= len(article)) or article[start:end] != text:
        return None
    first = article.rfind("\n\n", 0, start)
    first = 0 if first < 0 else first + 2
    last = article.find("\n\n", end)
    last = len(article) if last < 0 else last
    return article[first:start], article[start:end], article[end:last]


async def _row(db, sql: str, pk: str) -> dict | None:
    """The one row ``sql`` finds for a numeric primary key from a URL, or None."""
    if not pk.isdigit():
        return None
    row = (await db.execute(sql, {"id": int(pk)})).first()
    return dict(row) if row is not None else None


async def _appearances(datasette, db, database: str, sql: str, params: dict) -> list[dict]:
    """Claims carrying a statement, each with a safe link to its article and to its claim page."""
    return [{**dict(a), "web_url": web_url(a["url"]), "claim_url": datasette.urls.row(database, CLAIMS, a["id"])}
            for a in (await db.execute(sql, params)).rows]


async def claim_context(datasette, database: str, pk: str) -> dict | None:
    """What a claim page shows besides the raw row: readable context, no offsets."""
    db = datasette.get_database(database)
    claim = await _row(db, CLAIM_SQL, pk)
    if claim is None:
        return None
    urls = datasette.urls
    claim["paragraph"] = paragraph_around(claim.pop("article") or "", claim["start"], claim["end"], claim["text"])
    claim["web_url"] = web_url(claim["url"])
    claim["url_text"] = unquote(claim["url"] or "")  # readable: 国际/20231220-习近平… not %E5%9B%BD…
    claim["speaker_url"] = urls.row(database, "speakers", claim["speaker_id"])
    claim["speaker_claims_url"] = urls.query(database, "claims_by_speaker") + "?" + urlencode({"name": claim["speaker"]})
    claim["document_url"] = urls.row(database, "documents", claim["document_id"])
    claim["cluster_url"] = urls.row(database, CLUSTERS, claim["cluster_id"]) if claim["cluster_id"] else None
    claim["document_claims_url"] = urls.table(database, CLAIMS) + "?" + urlencode({"document_id": claim["document_id"]})
    claim["sources"] = [
        {**dict(s), "url": urls.query(database, "claims_by_agency") + "?" + urlencode({"agency": s["name"]})}
        for s in (await db.execute(SOURCES_SQL, {"id": claim["id"]})).rows
    ]
    claim["appearances"] = await _appearances(datasette, db, database, APPEARANCES_SQL,
                                              {"cluster": claim["cluster_id"], "id": claim["id"]})
    return claim


CLUSTER_SQL = """
select claim_clusters.*, speakers.name as speaker
from claim_clusters join speakers on speakers.id = claim_clusters.speaker_id
where claim_clusters.id = :id
"""
CLUSTER_APPEARANCES_SQL = """
select claims.id, claims.text, claims.said_on, documents.url, documents.title, documents.published_date,
  outlets.name as outlet,
  (select group_concat(name, '; ') from (
    select agencies.name from claim_sources join agencies on agencies.id = claim_sources.agency_id
    where claim_sources.claim_id = claims.id and claim_sources.role in ('credited', 'cited-by')
    order by claim_sources.position)) as credited_to
from claims
join documents on documents.id = claims.document_id
left join outlets on outlets.id = documents.outlet_id
where claims.cluster_id = :id
order by documents.published_at is null, documents.published_at, claims.id
"""


async def cluster_context(datasette, database: str, pk: str) -> dict | None:
    """A statement's page: every outlet that carried it, with its wording and credits."""
    db = datasette.get_database(database)
    cluster = await _row(db, CLUSTER_SQL, pk)
    if cluster is None:
        return None
    cluster["speaker_url"] = datasette.urls.row(database, "speakers", cluster["speaker_id"])
    cluster["appearances"] = await _appearances(datasette, db, database, CLUSTER_APPEARANCES_SQL, {"id": cluster["id"]})
    return cluster


@hookimpl
def extra_template_vars(view_name, database, table, request, datasette):
    """``claim`` on a claims row page, ``cluster`` on a claim_clusters row page (templates/row.html)."""
    if view_name != "row" or table not in (CLAIMS, CLUSTERS) or request is None:
        return {}

    async def inner():
        pk = tilde_decode(request.url_vars.get("pks", ""))
        if table == CLUSTERS:
            return {"cluster": await cluster_context(datasette, database, pk)}
        return {"claim": await claim_context(datasette, database, pk)}

    return inner


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Claim text on the claims table, and claim_id in query results, link to the claim page."""
    if table == CLAIMS and column == "text" and isinstance(value, str):
        claim_id = row["id"]
    elif table is None and column == "claim_id" and isinstance(value, int):
        claim_id, value = value, str(value)
    else:
        return None
    href = datasette.urls.row(database, CLAIMS, claim_id)
    return Markup('<a class="claim-link" href="{}">{}</a>').format(href, value)


FOLD_COLUMN_DESCRIPTIONS = """
const dl = document.querySelector("dl.column-descriptions");
if (dl) {
  const details = document.createElement("details"), summary = document.createElement("summary");
  summary.textContent = "What the columns mean";
  details.className = "column-descriptions";
  dl.before(details);
  details.append(summary, dl);
}
"""


@hookimpl
def extra_body_script(view_name):
    """On table pages: the column descriptions, a screen long for claims, shown on demand."""
    return FOLD_COLUMN_DESCRIPTIONS if view_name == "table" else None


def default_facets(datasette, path: str) -> set[str]:
    """The column facets metadata gives the table at ``path`` (``/quotes/claims``, ``/quotes/claims.json``…)."""
    parts = path.strip("/").split("/")
    if len(parts) != 2:
        return set()
    database, table = tilde_decode(parts[0]), tilde_decode(parts[1].split(".")[0])  # a literal "." is the format
    facets = (datasette.table_metadata(database, table) or {}).get("facets") or []
    return {facet for facet in facets if isinstance(facet, str)}


def facets_worth_counting(datasette, scope: dict) -> dict:
    """The query string with the facets Datasette would count for nothing left out.

    * ``?_facet=speaker_id`` where speaker_id is a default facet of the table:
      Datasette would run the same GROUP BY twice and show the facet twice;
    * a page after the first (``?_next=``): Datasette 0.65 counts its facets
      over the rows *after* the page's cursor only, an ``or`` SQLite cannot
      count from an index: on a million claims every facet times out. Such a
      page gets ``_nofacet=1``; the first page has the facets of every row.

    See bench/README.md.
    """
    query = scope.get("query_string") or b""
    if scope.get("type") != "http" or not (b"_facet=" in query or b"_next=" in query):
        return scope
    defaults = default_facets(datasette, scope.get("path", ""))
    pairs = parse_qsl(query.decode("latin-1"), keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if not (k == "_facet" and v in defaults)]
    if any(k == "_next" and v for k, v in kept) and not any(k == "_nofacet" for k, _ in kept):
        kept.append(("_nofacet", "1"))
    if kept == pairs:
        return scope
    return {**scope, "query_string": urlencode(kept).encode("ascii")}


@hookimpl
def asgi_wrapper(datasette):
    """Prefix every CSV response with a UTF-8 byte order mark (streamed ones too); facets worth counting only."""

    def wrap(app):
        async def with_bom(scope, receive, send):
            scope = facets_worth_counting(datasette, scope)
            if scope.get("type") != "http" or not scope.get("path", "").endswith(".csv"):
                return await app(scope, receive, send)
            state = {"csv": False, "done": False}

            async def send_bom_first(message):
                if message["type"] == "http.response.start":
                    headers = dict(message.get("headers") or [])
                    kind = headers.get(b"content-type", b"").split(b";")[0].strip()
                    state["csv"] = message["status"] == 200 and kind in (b"text/csv", b"text/plain")
                    if state["csv"] and b"content-length" in headers:
                        length = int(headers[b"content-length"]) + len(BOM)
                        message = {**message, "headers": [
                            (k, str(length).encode() if k == b"content-length" else v)
                            for k, v in message["headers"]]}
                elif message["type"] == "http.response.body" and state["csv"] and not state["done"]:
                    state["done"] = True
                    message = {**message, "body": BOM + message.get("body", b"")}
                return await send(message)

            return await app(scope, receive, send_bom_first)

        return with_bom

    return wrap
