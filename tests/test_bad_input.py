"""A folder of messy files: each bad one is rejected with a reason, the rest is stored, the run says so.

One real `quotedb ingest` (a subprocess, worker processes) over a folder holding
every kind of trouble a newsroom's folders hold; ``KINDS`` says what each must
produce. README.md (Robustness) lists the same outcomes.
"""
import codecs
import json
import os
import signal
import sqlite3
import struct
import subprocess
import time
import zlib

import pytest

from extractor import ingest as ingest_module
from extractor.ingest import ingest
from extractor.readers import MAX_BYTES, RejectedFile, read_bytes, unreadable
from extractor.readers.decode import TRUNCATED, decode
from extractor.readers.markup import MAX_DEPTH, limit_depth
from servers import ROOT, quotedb

ARTICLE = "外交部发言人汪文斌说，中方坚决反对任何形式的干涉。\n\n他表示，双方应当加强合作，共同维护地区和平。\n"
HTML = ('<html><head><meta charset="utf-8"><title>外交部例行记者会</title></head><body>'
        '<p>2023年12月20日 北京</p><p>外交部发言人汪文斌说，中方坚决反对任何形式的干涉。</p>'
        '<p>他表示，双方应当加强合作，共同维护地区和平。</p></body></html>')


def png() -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def fifty_megabytes(path) -> None:
    line = (ARTICLE.replace("\n", "") * 20 + "\n").encode("utf-8")
    with open(path, "wb") as f:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            f.write(line)


# name → (bytes or a function writing the file, expected outcome)
# outcome: ("rejected", reason prefix) or ("stored", minimum number of claims, extra check)
KINDS = {
    "empty.txt": (b"", ("rejected", "empty file")),
    "blank.txt": (b" \n\t\r\n  \n", ("rejected", "empty file")),
    "photo.png": (png(), ("rejected", "binary file (not text)")),
    "random.bin.txt": (bytes(range(128, 256)) * 64, ("rejected", "not decodable as text")),
    "truncated-in-a-character.html": (HTML.encode()[:HTML.encode().index("干涉".encode()) + 1], ("rejected", TRUNCATED)),
    "truncated-in-a-tag.html": (HTML[:HTML.index("<p>他表示") + 2].encode(), ("rejected", "truncated: the file ends inside a tag")),
    "truncated-body.html": (HTML[:HTML.index("共同维护")].encode(), ("rejected", "truncated: <html> is never closed")),
    "truncated-feed.xml": ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><item><title>A</title>'
                           "<description>外交部发言人汪文斌说，中方坚决反对。</description></item>".encode(),
                           ("rejected", "truncated: <rss> is never closed")),
    "gb18030.html": (('<meta charset="gb2312"><p>2023年12月20日</p><p>国务院前总理朱镕基说，中国经济前景光明。</p>'
                      "<p>他表示，改革开放必须坚持下去。</p>").encode("gb18030"), ("stored", 1, "朱镕基")),
    "big5.txt": ("2023年12月20日\n\n外交部發言人說，這是中華民國的立場，我們不會改變。\n".encode("big5"), ("stored", 1, "發言人")),
    "utf16-bom.txt": (codecs.BOM_UTF16_LE + ("2023年12月20日\n\n" + ARTICLE).encode("utf-16-le"), ("stored", 2, "汪文斌")),
    "bad-bytes-inside.txt": (ARTICLE.encode()[:27] + b"\xff\xfe\xc3" + ARTICLE.encode()[27:], ("stored", 1, "\ufffd")),
    "bad-front-matter.md": ("---\ntitle: [unclosed\ndate: 2023-12-20\n---\n<p>外交部发言人汪文斌说，中方坚决反对。</p>\n".encode(),
                            ("rejected", "malformed YAML front matter")),
    "fifty-megabytes.txt": (fifty_megabytes, ("rejected", "file too large (50.0 MB; the limit is 20 MB)")),
    "no-date.txt": (("中东局势\n\n" + ARTICLE).encode(), ("stored", 2, None)),
    "english.txt": (b"Putin says Russia is ready to talk\n\nRussian President Vladimir Putin said on Tuesday that "
                    b'Moscow was ready to talk. "We are ready," he said.\n', ("stored", 0, None)),
    "deeply-nested.html": (("<html><body>" + "<div>" * 5000 + "<p>外交部发言人汪文斌说，中方坚决反对任何形式的干涉。</p>"
                            + "</div>" * 5000 + "</body></html>").encode(), ("stored", 1, "汪文斌")),
    "empty-feed.xml": (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
                       ("rejected", "no articles found")),
    "odd dir/新闻 报道\n第二行.txt": ("2023年12月22日\n\n王毅表示，中方愿同各方一道努力。\n".encode(), ("stored", 1, None)),
    "odd dir/空 文件\n.txt": (b"", ("rejected", "empty file")),
    "pipe.txt": (os.mkfifo, ("rejected", "not a regular file (a named pipe)")),
    "dangling-link.txt": (lambda path: os.symlink("no-such-file.txt", path), ("rejected", "cannot read: No such file")),
    "loop/inner/a.txt": (("2023年12月21日\n\n李强表示，中国经济长期向好的基本面没有改变。\n").encode(), ("stored", 1, None)),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """The messy folder, ingested once by `quotedb ingest`: (folder, db path, process result)."""
    base = tmp_path_factory.mktemp("messy")
    folder = base / "in"
    for name, (content, _) in KINDS.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if callable(content):
            content(path)
        else:
            path.write_bytes(content)
    os.symlink("..", folder / "loop" / "inner" / "up")  # a directory symlink loop
    path = base / "quotes.db"
    result = subprocess.run(quotedb("ingest", folder, "--db", path, "--workers", 2, "--no-progress"), cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    return folder, path, result


def rows(path, sql, params=()):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_each_bad_file_is_rejected_with_its_reason_and_the_run_says_so(run):
    folder, path, result = run
    assert result.returncode == 1, result.stderr  # some files were rejected
    assert "Traceback" not in result.stderr
    rejected = dict(rows(path, "select path, reason from rejected_files"))
    expected = {str(folder / name): outcome[1] for name, (_, outcome) in KINDS.items() if outcome[0] == "rejected"}
    assert set(rejected) == set(expected)
    for name, reason in expected.items():
        assert rejected[name].startswith(reason), (name, rejected[name])
    # the run summary: one stderr line per rejected file (a newline in a name is shown as \n), then the count
    lines = result.stderr.splitlines()
    assert len([line for line in lines if line.startswith("rejected ")]) == len(expected)
    assert f"rejected {folder}/odd dir/空 文件\\n.txt: empty file" in lines
    assert result.stdout.strip().endswith(f", {len(expected)} files rejected")


def test_the_other_files_are_stored_with_their_claims(run):
    folder, path, _ = run
    stored = {p: (n, text) for p, n, text in rows(
        path, "select path, (select count(*) from claims where document_id = documents.id), text from documents")}
    expected = {str(folder / name): outcome for name, (_, outcome) in KINDS.items() if outcome[0] == "stored"}
    assert set(stored) == set(expected)  # the symlink loop did not read loop/inner/a.txt twice
    for name, (_, least, contains) in expected.items():
        claims, text = stored[name]
        assert claims >= least if least else claims == 0, name
        assert contains is None or contains in text, name
    assert rows(path, "select language from documents where path like '%english.txt'") == [("en",)]


def test_a_file_with_no_date_keeps_its_date_unknown(run):
    folder, path, _ = run
    name = str(folder / "no-date.txt")
    assert rows(path, "select published_at, published_date from documents where path = ?", (name,)) == [(None, None)]
    said = rows(path, "select said_on from claims join documents on documents.id = document_id where path = ?", (name,))
    assert said and set(said) == {(None,)}  # not today's date, nor any other


def test_an_odd_file_name_is_stored_and_exported_exactly(run, tmp_path):
    folder, path, _ = run
    name = str(folder / "odd dir" / "新闻 报道\n第二行.txt")
    out = tmp_path / "claims.jsonl"
    subprocess.run(quotedb("export", "--db", path, "--format", "jsonl", "--output", out), cwd=ROOT, check=True)
    documents = {json.loads(line)["document"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert name in documents


def test_files_that_must_not_be_read_are_refused_from_their_metadata(tmp_path, monkeypatch):
    """A named pipe would block a worker for ever, a huge file fill its memory: refused before opening."""
    os.mkfifo(tmp_path / "pipe.txt")
    with open(tmp_path / "huge.txt", "wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: its size says it all
    (tmp_path / "ok.txt").write_text("2023年12月20日\n\n" + ARTICLE, encoding="utf-8")
    opened = []
    real = ingest_module.process_file
    monkeypatch.setattr(ingest_module, "process_file", lambda p: opened.append(os.path.basename(p)) or real(p))

    def hung(*_):
        pytest.fail("ingest blocked for 30 s: it opened the named pipe")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    try:
        summary = ingest([tmp_path], tmp_path / "quotes.db", workers=1, progress=False)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)

    assert opened == ["ok.txt"]
    assert dict(summary.rejected) == {str(tmp_path / "huge.txt"): "file too large (20.0 MB; the limit is 20 MB)",
                                      str(tmp_path / "pipe.txt"): "not a regular file (a named pipe)"}
    assert unreadable(tmp_path) == "not a regular file (a folder)"


def test_a_utf8_file_with_a_few_bad_bytes_keeps_its_text_instead_of_becoming_mojibake():
    english = ("The minister said the talks were constructive and would continue next week. " * 20).encode()
    damaged = english[:700] + b"\xff\xfe" + english[700:] + "“quoted” — dash".encode()
    text, encoding = decode(damaged)
    assert encoding == "utf-8 (with replacement characters)"
    assert text.count("\ufffd") == 2 and "“quoted” — dash" in text


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5"])
def test_a_file_cut_in_the_middle_of_a_character_is_truncated(encoding):
    declared = f'<meta charset="{encoding}">' if encoding != "utf-8" else ""
    data = (declared + "<p>外交部發言人說，中方堅決反對任何形式的干涉</p>" * 3).encode(encoding)
    cut = data[:data.rindex("干".encode(encoding)) + 1]
    with pytest.raises(RejectedFile, match="truncated"):
        read_bytes("x.html", cut)


def test_nesting_below_the_limit_is_flattened_and_ordinary_pages_are_untouched():
    deep = "<div>" * (MAX_DEPTH + 50) + "<p>正文</p>" + "</div>" * (MAX_DEPTH + 50)
    flat = limit_depth(deep)
    assert flat.count("<div>") == MAX_DEPTH and flat.count("</div>") == MAX_DEPTH and "正文" in flat
    # unclosed paragraphs and list items (old pages) are siblings, not nesting
    page = "<ul>" + "<li>一" * 500 + "</ul>" + "<p>段落" * 500 + "<script>" + "<div>" * 500 + "</script>"
    assert limit_depth(page) is page


def test_a_file_that_takes_too_long_is_given_up_and_the_run_goes_on(tmp_path, monkeypatch):
    (tmp_path / "a-slow.txt").write_text("2023年12月20日\n\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "b-fine.txt").write_text("2023年12月21日\n\n李强表示，中国经济长期向好的基本面没有改变。\n", encoding="utf-8")
    real = ingest_module.process_file

    def slow(path):
        if path.endswith("a-slow.txt"):
            time.sleep(60)  # stands for an extraction that would run for hours
        return real(path)

    monkeypatch.setattr(ingest_module, "process_file", slow)
    monkeypatch.setattr(ingest_module, "FILE_TIME_LIMIT", 0.5)
    started = time.monotonic()
    summary = ingest([tmp_path], tmp_path / "quotes.db", workers=1, progress=False)
    assert time.monotonic() - started < 30
    assert summary.rejected == [(str(tmp_path / "a-slow.txt"),
                                 "took longer than 0.5 s to extract (given up; a pathological file?)")]
    assert summary.documents == 1 and summary.claims == 1
