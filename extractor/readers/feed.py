"""RSS 2.0 / Atom files: every item is its own document."""
from __future__ import annotations

from email.utils import parsedate_to_datetime
from datetime import datetime, timezone

import regex
from bs4 import BeautifulSoup, Tag

from ..types import RawDocument

FEED_START = regex.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", regex.S)


def looks_like(text: str) -> bool:
    return bool(FEED_START.match(text[:2000]))


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    try:
        d = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        try:
            d = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return d if d.tzinfo else d.replace(tzinfo=timezone.utc)


def _text(node) -> str | None:
    return node.get_text(strip=True) if node is not None else None


def _first_of_each(item: Tag) -> dict[str, Tag]:
    """The first element of each name inside ``item``, in document order: what
    ``item.find(name)`` returns, from one pass over the item instead of one per name."""
    first: dict[str, Tag] = {}
    for node in item.descendants:
        if isinstance(node, Tag) and node.name not in first:
            first[node.name] = node
    return first


def read(path: str, text: str) -> list[RawDocument]:
    soup = BeautifulSoup(text, "xml")
    channel = soup.find("channel")
    outlet = _text(channel.find("title", recursive=False)) if channel else _text(soup.find("title"))
    docs = []
    items = [node for node in soup.descendants if isinstance(node, Tag) and node.name in ("item", "entry")]
    for item in items:  # find_all(["item", "entry"]), without bs4's general matcher
        tags = _first_of_each(item)
        link = tags.get("link")
        url = (link.get("href") if link is not None and link.get("href") else _text(link)) or None
        guid = _text(tags.get("guid")) or _text(tags.get("id"))
        body_node = tags.get("encoded") or tags.get("description") or tags.get("content") or tags.get("summary")
        body = body_node.get_text() if body_node is not None else ""
        when = _date(_text(tags.get("pubDate")) or _text(tags.get("published")) or _text(tags.get("updated")))
        docs.append(RawDocument(
            path=path, body=body, body_format="html", item=url or guid or f"item-{len(docs)}", url=url,
            title=_text(tags.get("title")), outlet=outlet, published_at=when, reader="feed",
        ))
    return docs
