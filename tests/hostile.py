"""An article written to attack the site: markup and script in every text field Datasette shows.

Stored through the real ``Store`` into a copy of the seed database, so the
search index and every page see it as they would see a real article.
"""
import shutil
import sqlite3

from builders import claim, document, processed
from extractor import db
from extractor.store import Store

SCRIPT = "<script>alert(1)</script>"
PARAGRAPHS = [f"黑客说，{SCRIPT}。", "第二段<img src=x onerror=alert(2)>还有字。"]
JAVASCRIPT_URL = "javascript:alert(3)"


def hostile_copy(seed_path, path):
    """Copy the seed database to ``path`` and add the hostile article; returns the hostile claim's id."""
    shutil.copy(seed_path, path)
    doc = document(PARAGRAPHS, path="hostile/evil.txt", title="<b>标题</b>", outlet="<i>坏报</i>")
    doc.url = JAVASCRIPT_URL
    conn = db.connect(path)
    try:
        Store(conn).add(processed((doc, [claim(doc, SCRIPT, speaker="黑客", known=False)])))
        db.checkpoint(conn)  # the site opens the file immutable: no WAL
    finally:
        conn.close()
    conn = sqlite3.connect(path)
    try:
        return conn.execute("select id from claims where text = ?", (SCRIPT,)).fetchone()[0]
    finally:
        conn.close()
