"""Score the extractor against a gold file, the way ``../shared/eval/score.py`` does.

The gold names articles by their path under a corpus folder; evaluate ingests
exactly those files into a database (a temporary one unless given), exports
the claims and hands both to the scorer. The scorer is the shared one (loaded
from its file), so the figures are the ones the project is judged by.
"""
from __future__ import annotations

import importlib.util
import json
import sqlite3
import tempfile
from pathlib import Path

from .export import records
from .ingest import ingest


class EvaluationError(ValueError):
    """The gold file, corpus or scorer cannot be used."""


def load_scorer(path: str | Path):
    path = Path(path)
    if not path.exists():
        raise EvaluationError(f"scorer not found: {path} (pass --scorer, e.g. ../shared/eval/score.py)")
    spec = importlib.util.spec_from_file_location("quotedb_gold_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_documents(gold_path: str | Path) -> list[str]:
    docs = []
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                doc = json.loads(line)["doc"]
                if doc not in docs:
                    docs.append(doc)
    return docs


def evaluate(gold_path: str | Path, corpus: str | Path, db_path: str | Path | None = None,
             scorer: str | Path | None = None, workers: int | None = 1) -> tuple[dict, dict]:
    """(figures, details) for the gold file's articles read from ``corpus``."""
    gold_path = Path(gold_path)
    module = load_scorer(scorer or gold_path.parent / "score.py")
    docs = gold_documents(gold_path)
    paths = [Path(corpus) / d for d in docs]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise EvaluationError(f"{len(missing)} gold articles not found under {corpus}, e.g. {missing[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(db_path) if db_path else Path(tmp) / "evaluate.db"
        ingest([str(p) for p in paths], target, workers=workers, progress=False)
        conn = sqlite3.connect(target)
        try:
            pred = list(records(conn))
        finally:
            conn.close()
    return module.score(module.load(str(gold_path)), pred)
