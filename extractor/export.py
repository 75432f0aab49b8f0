"""One record per claim, as JSON Lines or CSV: the format ``../shared/eval/score.py`` reads.

``document`` is the file's path exactly as ingest was given it, so a score run
can match it to a gold file by its tail. ``sources`` lists the agencies that
credit or relay the claim (roles ``credited`` and ``cited-by``), in the
article's order; a dateline names where the article was filed, not a source.
"""
from __future__ import annotations

import csv
import json
import os
import sqlite3
from pathlib import Path
from typing import IO, Iterator

from . import db

FORMATS = ("jsonl", "csv")
FIELDS = ("document", "item", "url", "outlet", "title", "speaker", "speaker_written", "text", "kind", "cue",
          "sources", "date", "start", "end", "paragraph", "rule", "id", "cluster_id")

CLAIMS_SQL = """
select claims.id, documents.path as document, documents.item, documents.url, outlets.name as outlet,
       documents.title, speakers.name as speaker, claims.speaker_written, claims.text, claims.kind, claims.cue,
       claims.said_on as date, claims.start, claims."end", claims.paragraph, claims.rule, claims.cluster_id
from claims
join documents on documents.id = claims.document_id
join speakers on speakers.id = claims.speaker_id
left join outlets on outlets.id = documents.outlet_id
order by claims.document_id, claims.start, claims.id
"""

SOURCES_SQL = """
select claim_sources.claim_id, agencies.name
from claim_sources join agencies on agencies.id = claim_sources.agency_id
where claim_sources.role in ('credited', 'cited-by')
order by claim_sources.claim_id, claim_sources.position
"""


def records(conn: sqlite3.Connection) -> Iterator[dict]:
    """Every claim as a dict with the keys in ``FIELDS``, in document order."""
    sources: dict[int, list[str]] = {}
    for claim_id, name in conn.execute(SOURCES_SQL):
        names = sources.setdefault(claim_id, [])
        if name not in names:
            names.append(name)
    cursor = conn.execute(CLAIMS_SQL)
    columns = [d[0] for d in cursor.description]
    for row in cursor:
        record = dict(zip(columns, row))
        record["sources"] = sources.get(record["id"], [])
        yield {k: record[k] for k in FIELDS}


def write_jsonl(rows: Iterator[dict], out: IO[str]) -> int:
    n = 0
    for n, row in enumerate(rows, 1):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return n


def write_csv(rows: Iterator[dict], out: IO[str]) -> int:
    """CSV with a UTF-8 byte order mark: without it Excel reads UTF-8 as the local code page."""
    out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    n = 0
    for n, row in enumerate(rows, 1):
        writer.writerow({**row, "sources": "; ".join(row["sources"])})
    return n


def export(db_path: str | os.PathLike, fmt: str, out: str | os.PathLike | IO[str]) -> int:
    """Write every claim in the database to ``out`` (a path or a text stream); returns the count."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if not Path(db_path).is_file():
        raise FileNotFoundError(f"no database at {db_path}: run 'quotedb ingest' first")
    db.require_current(db_path)  # an older file lacks columns the query reads; exporting must not upgrade it
    write = write_jsonl if fmt == "jsonl" else write_csv
    conn = sqlite3.connect(db_path)
    try:
        rows = records(conn)
        if isinstance(out, (str, os.PathLike)):
            with open(out, "w", encoding="utf-8", newline="") as f:
                return write(rows, f)
        return write(rows, out)
    finally:
        conn.close()

