"""The ingest benchmark runs on any folder and refuses a missing one (bench/ingest_bench.py)."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_bench():
    spec = importlib.util.spec_from_file_location("ingest_bench", ROOT / "bench" / "ingest_bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_refuses_a_missing_folder(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit:
        load_bench().main([str(tmp_path / "nowhere")])
    assert exit.value.code == 2
    assert "is not a folder" in capsys.readouterr().err


def test_bench_refuses_an_empty_folder(tmp_path, capsys):
    with pytest.raises(SystemExit):
        load_bench().main([str(tmp_path)])
    assert "holds no files" in capsys.readouterr().err


def test_bench_prints_ingest_reingest_bare_parse_and_ratio_for_the_seeds(capsys):
    assert load_bench().main([str(ROOT / "seeds"), "--workers", "1"]) == 0
    out = capsys.readouterr().out
    for line in ("ingest", "peak memory", "re-ingest", "bare parse", "ratio"):
        assert line in out
    assert "5 documents" in out and "unchanged: True" in out
