import os
import sqlite3

from builders import SEEDS
from extractor.ingest import expand, ingest


def test_folders_are_walked_recursively_in_order_skipping_hidden_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.txt", ".DS_Store", ".git/config", "b/.hidden"):
        (tmp_path / name).write_text("x")
    assert list(expand([tmp_path])) == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "2.txt")]
    # a file named explicitly is read even if hidden, and keeps the path it was given as
    assert list(expand([tmp_path / ".DS_Store"])) == [str(tmp_path / ".DS_Store")]


def test_a_symlink_loop_is_entered_once(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "1.txt").write_text("x")
    os.symlink(tmp_path, tmp_path / "a" / "loop")
    assert list(expand([tmp_path])) == [str(tmp_path / "a" / "1.txt")]


def test_worker_processes_store_the_same_rows_as_one_process(seed_db, tmp_path):
    summary = ingest([str(SEEDS)], tmp_path / "quotes.db", workers=2, progress=False)
    assert (summary.files, summary.documents, summary.claims) == (
        seed_db.summary.files, seed_db.summary.documents, seed_db.summary.claims)
    query = ("select documents.path, claims.start, claims.text, speakers.name from claims "
             "join documents on documents.id = document_id join speakers on speakers.id = speaker_id order by 1, 2")
    rows = [sqlite3.connect(p).execute(query).fetchall() for p in (seed_db.path, tmp_path / "quotes.db")]
    assert rows[0] == rows[1]


def test_summary_counts_and_ingest_run_row(seed_db):
    s = seed_db.summary
    assert (s.files, s.documents, s.rejected) == (5, 5, [])
    assert s.stored == 5
    conn = sqlite3.connect(seed_db.path)
    assert conn.execute("select files_seen, documents, claims, rejected from ingest_runs").fetchall() == [
        (5, 5, s.claims, 0)]


def test_the_database_is_left_checkpointed_for_immutable_readers(seed_db):
    wal = seed_db.path.with_name(seed_db.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_a_file_whose_claims_the_database_refuses_is_rejected_not_fatal(tmp_path, monkeypatch):
    import extractor.ingest as ingest_module
    from extractor.pipeline import process_file

    def broken_process_file(path):
        result = process_file(path)
        if path.endswith("000_f368392b458932ac.txt"):
            result.documents[0][1][0].text = None  # NOT NULL in claims.text
        if path.endswith("001_baac91330616b15d.txt"):
            raise RuntimeError("extractor bug")
        return result

    monkeypatch.setattr(ingest_module, "process_file", broken_process_file)
    summary = ingest([str(SEEDS)], tmp_path / "quotes.db", workers=1, progress=False)
    reasons = dict(summary.rejected)
    assert reasons[str(SEEDS / "000_f368392b458932ac.txt")].startswith("cannot store: IntegrityError")
    assert reasons[str(SEEDS / "001_baac91330616b15d.txt")] == "internal error: RuntimeError: extractor bug"
    assert summary.documents == 3
    conn = sqlite3.connect(tmp_path / "quotes.db")
    assert conn.execute("select count(*) from documents").fetchone() == (3,)
    assert conn.execute("select count(*) from rejected_files").fetchone() == (2,)


def test_folder_walk_passes_by_data_files_but_reads_them_when_named(tmp_path):
    from extractor.ingest import expand

    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    (tmp_path / "MANIFEST.tsv").write_text("file\toutlet\n", encoding="utf-8")
    assert [os.path.basename(p) for p in expand([tmp_path])] == ["a.md"]
    assert list(expand([tmp_path / "MANIFEST.tsv"])) == [str(tmp_path / "MANIFEST.tsv")]


def test_a_rerun_skips_unchanged_files_without_parsing_them(tmp_path, monkeypatch):
    import extractor.ingest as ingest_module

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("000_f368392b458932ac.txt", "004_fdcd79bf8f3446f8.txt"):
        (folder / name).write_bytes((SEEDS / name).read_bytes())
    db_path = tmp_path / "q.db"
    ingest([str(folder)], db_path, workers=1, progress=False)

    processed = []
    real = ingest_module._process
    monkeypatch.setattr(ingest_module, "_process", lambda p: processed.append(p) or real(p))
    again = ingest([str(folder)], db_path, workers=1, progress=False)
    assert processed == [] and again.unchanged == 2 and "2 unchanged" in again.line()

    edited = folder / "004_fdcd79bf8f3446f8.txt"
    edited.write_bytes(edited.read_bytes().replace("李强还说".encode(), "李强又说".encode()))
    ingest([str(folder)], db_path, workers=1, progress=False)
    assert processed == [str(edited)]  # only the changed file is read again


def test_a_new_pipeline_version_reads_every_file_again(tmp_path, monkeypatch):
    import extractor.ingest as ingest_module

    db_path = tmp_path / "q.db"
    ingest([str(SEEDS)], db_path, workers=1, progress=False)
    monkeypatch.setattr(ingest_module, "PIPELINE_VERSION", "a-newer-extractor")
    assert ingest([str(SEEDS)], db_path, workers=1, progress=False).unchanged == 0
