"""Shared fixtures: a seed database built once per session through the library API."""
import sys
from types import SimpleNamespace

import pytest

# Like Datasette's own test suite: don't load every installed Datasette plugin
# (must be set before datasette.plugins is imported). Our own plugin, when it
# exists, is registered explicitly below so the tests see what `serve` publishes.
sys._called_from_test = True

from builders import SEEDS  # noqa: E402


def _register_own_plugin() -> None:
    try:
        from extractor.publish import plugin
    except ImportError:
        return
    from datasette.plugins import pm

    if not pm.is_registered(plugin):
        pm.register(plugin, "quotedb")


_register_own_plugin()


@pytest.fixture
def conn(tmp_path):
    """A connection to a new, migrated database."""
    from extractor import db

    path = tmp_path / "quotes.db"
    db.migrate(path)
    c = db.connect(path)
    yield c
    c.close()


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory):
    """The five seed articles ingested into quotes.db (named like the published database)."""
    from extractor.ingest import ingest

    path = tmp_path_factory.mktemp("seed") / "quotes.db"
    summary = ingest([str(SEEDS)], path, workers=1, progress=False)
    return SimpleNamespace(path=path, summary=summary)
