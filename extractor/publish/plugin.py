"""quotedb's Datasette plugin, registered through the ``datasette`` entry point.

It gives SQL (canned queries, the SQL editor) the same folding the extractor
uses, so a reporter typing 習近平 matches rows stored as 习近平.
"""
from __future__ import annotations

from datasette import hookimpl

from ..text import to_simplified


def _simplified(value):
    return to_simplified(value) if isinstance(value, str) else value


@hookimpl
def prepare_connection(conn):
    """``simplified(text)``: Traditional folded to Simplified, length kept."""
    conn.create_function("simplified", 1, _simplified, deterministic=True)
