import sqlite3
from datetime import date, datetime, timezone

import pytest
from sqlmodel import Session

from builders import LEXICON, claim, document, processed, rejected
from extractor import db
from extractor.store import Store, store

ARTICLE = ["据新华社报道，习近平说，中方愿同俄方携手前行。", "米舒斯京表示，俄方珍视两国友谊。"]




def counts(conn):
    return {t: conn.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("documents", "claims", "claim_sources", "photo_credits", "speakers", "agencies",
                      "speaker_aliases", "speaker_titles", "agency_aliases", "outlets", "rejected_files")}


def seed_article(**kw):
    doc = document(ARTICLE, photo_credits=("新华社", "路边社"), **kw)
    claims = [
        claim(doc, "中方愿同俄方携手前行", sources=[("新华社", "新华社", "credited")]),
        claim(doc, "俄方珍视两国友谊", speaker="米舒斯京", cue="表示", known=False),
    ]
    return doc, claims


def test_storing_the_same_file_twice_changes_nothing(conn):
    first = Store(conn, LEXICON).add(processed(seed_article()))
    before = counts(conn)
    rows = conn.execute("select * from documents").fetchall()
    claim_rows = conn.execute("select * from claims").fetchall()

    again = Store(conn, LEXICON).add(processed(seed_article()))

    assert (first.new, again.new, again.unchanged) == (1, 0, 1)
    assert counts(conn) == before
    assert conn.execute("select * from documents").fetchall() == rows  # not even ingested_at moves
    assert conn.execute("select * from claims").fetchall() == claim_rows


def test_changed_content_replaces_the_claims_and_keeps_the_document_id(conn):
    s = Store(conn, LEXICON)
    s.add(processed(seed_article()))
    (doc_id,) = conn.execute("select id from documents").fetchone()

    doc = document(["习近平说，新的一年里中方将继续扩大开放。"])
    result = s.add(processed((doc, [claim(doc, "新的一年里中方将继续扩大开放")])))

    assert result.changed == 1
    assert conn.execute("select id, text from documents").fetchall() == [(doc_id, doc.text)]
    assert conn.execute("select text from claims").fetchall() == [("新的一年里中方将继续扩大开放",)]
    assert counts(conn)["claim_sources"] == 0  # the old claim's credit went with it
    assert counts(conn)["photo_credits"] == 0


def test_same_content_with_different_claims_is_restored(conn):
    """A rule change must reach the database even though the article did not change."""
    s = Store(conn, LEXICON)
    doc, claims = seed_article()
    s.add(processed((doc, claims)))
    result = s.add(processed((doc, claims[:1])))
    assert result.changed == 1
    assert counts(conn)["claims"] == 1


def test_documents_of_one_feed_are_told_apart_by_item(conn):
    a = document(ARTICLE, path="feed.xml", item="https://example.com/1")
    b = document(ARTICLE[1:], path="feed.xml", item="https://example.com/2")
    Store(conn, LEXICON).add(processed((a, []), (b, [claim(b, "俄方珍视两国友谊", speaker="米舒斯京")])))
    assert conn.execute("select item from documents order by id").fetchall() == [
        ("https://example.com/1",), ("https://example.com/2",)]


def test_rejected_file_is_recorded_and_cleared_once_it_ingests(conn):
    s = Store(conn, LEXICON)
    doc, claims = seed_article()
    s.add(rejected(doc.path, "empty file"))
    s.add(rejected(doc.path, "undecodable"))  # the latest reason wins, one row per path
    assert conn.execute("select path, reason from rejected_files").fetchall() == [(doc.path, "undecodable")]

    s.add(processed((doc, claims)))
    assert counts(conn)["rejected_files"] == 0


def test_lexicon_is_seeded_with_aliases_titles_and_traditional_spellings(conn):
    Store(conn, LEXICON).seed()
    Store(conn, LEXICON).seed()  # idempotent: no duplicate titles or aliases
    speakers = dict(conn.execute("select name, known from speakers").fetchall())
    assert speakers == {"习近平": 1, "李克强": 1}
    aliases = set(conn.execute("select alias, script from speaker_aliases").fetchall())
    assert {("習近平", "traditional"), ("习主席", "simplified"), ("李克強", "traditional")} <= aliases
    assert conn.execute("select title, start_date, end_date from speaker_titles order by title").fetchall() == [
        ("国务院总理", "2013-03-15", "2023-03-11"), ("国家主席", "2013-03-14", None)]
    assert set(conn.execute("select alias from agency_aliases").fetchall()) == {
        ("新華社",), ("Xinhua",), ("AFP",)}
    assert conn.execute("select country from agencies where name = '法新社'").fetchone() == ("FR",)


def test_speakers_met_in_articles_are_created_once_and_not_known(conn):
    s = Store(conn, LEXICON)
    s.add(processed(seed_article()))
    s.add(processed(seed_article(path="news/b.txt")))
    assert conn.execute("select name, kind, known from speakers where name = '米舒斯京'").fetchall() == [
        ("米舒斯京", "person", 0)]


def test_a_traditional_spelling_as_written_becomes_an_alias(conn):
    doc = document(["國家主席習近平說，兩國要攜手前行。"])
    c = claim(doc, "兩國要攜手前行", written="習近平")
    Store(conn, LEXICON).add(processed((doc, [c])))
    speaker = conn.execute("select speakers.name from claims join speakers on speakers.id = claims.speaker_id")
    assert speaker.fetchone() == ("习近平",)
    assert conn.execute("select count(*) from speaker_aliases where alias = '習近平'").fetchone() == (1,)


def test_sources_keep_their_order_roles_and_written_form(conn):
    doc = document(["据法新社引述新華社的报道，习近平说，中方支持和平。"])
    c = claim(doc, "中方支持和平", sources=[("法新社", "法新社", "cited-by"), ("新华社", "新華社", "credited"),
                                       ("新华社", "新華社", "credited"), ("新华社", "北京", "dateline")])
    Store(conn, LEXICON).add(processed((doc, [c])))
    rows = conn.execute("select agencies.name, role, written, position from claim_sources "
                        "join agencies on agencies.id = agency_id order by position").fetchall()
    assert rows == [("法新社", "cited-by", "法新社", 0), ("新华社", "credited", "新華社", 1),
                    ("新华社", "dateline", "北京", 3)]


def test_photo_credits_link_known_agencies_and_keep_others_as_written(conn):
    Store(conn, LEXICON).add(processed(seed_article()))
    rows = conn.execute("select credit, agencies.name from photo_credits "
                        "left join agencies on agencies.id = agency_id order by photo_credits.id").fetchall()
    assert rows == [("新华社", "新华社"), ("路边社", None)]


def test_dates_are_iso_days_on_the_outlets_clock(conn):
    # 23:30 UTC on the 19th is already the 20th in Singapore
    doc = document(ARTICLE, published_at=datetime(2023, 12, 19, 23, 30, tzinfo=timezone.utc))
    claims = [claim(doc, "中方愿同俄方携手前行", said_on=date(2023, 12, 18)),
              claim(doc, "俄方珍视两国友谊", said_on=None)]
    Store(conn, LEXICON).add(processed((doc, claims)))
    assert conn.execute("select published_at, published_date, timezone from documents").fetchone() == (
        "2023-12-20T07:30:00+08:00", "2023-12-20", "Asia/Singapore")
    # a claim with no date of its own gets the article's date (GUIDELINES.md)
    assert conn.execute("select said_on from claims order by start").fetchall() == [("2023-12-18",), ("2023-12-20",)]


def test_weak_cues_mark_claims_weak(conn):
    doc = document(["习近平批评，有关做法不负责任。"])
    Store(conn, LEXICON).add(processed((doc, [claim(doc, "有关做法不负责任", cue="批评")])))
    assert conn.execute("select weak from claims").fetchone() == (1,)


def test_store_writes_through_a_sqlalchemy_session(tmp_path):
    path = tmp_path / "quotes.db"
    db.migrate(path)
    engine = db.engine(path)
    with Session(engine) as session:
        result = store(session, processed(seed_article()), lexicon=LEXICON)
    assert result.new == 1
    with engine.connect() as c:
        assert c.exec_driver_sql("select count(*) from claims").scalar() == 2
    engine.dispose()


def test_inside_a_callers_transaction_the_caller_decides(conn):
    conn.execute("BEGIN")
    store(conn, processed(seed_article()), lexicon=LEXICON)
    conn.rollback()
    assert counts(conn)["documents"] == 0


def test_a_failing_document_leaves_nothing_of_its_file(conn):
    doc, claims = seed_article()
    bad = document(ARTICLE, path=doc.path, item="2")
    broken = claim(bad, "俄方珍视两国友谊")
    broken.text = None  # NOT NULL: the insert fails after the first document was written
    with pytest.raises(Exception):
        Store(conn, LEXICON).add(processed((doc, claims), (bad, [broken])))
    assert counts(conn)["documents"] == 0
    # and the Store is still usable afterwards (its id caches were reset)
    s = Store(conn, LEXICON)
    assert s.add(processed((doc, claims))).new == 1


def test_in_a_batch_a_file_that_fails_is_lost_alone(conn):
    s = Store(conn, LEXICON)
    good, claims = seed_article()
    bad = document(ARTICLE, path="news/bad.txt")
    broken = claim(bad, "俄方珍视两国友谊")
    broken.text = None
    with s.batch(seconds=0):  # commit after every file
        s.add(processed((good, claims)))
        with pytest.raises(sqlite3.IntegrityError):
            s.add(processed((bad, [broken])))
        s.add(processed((document(ARTICLE, path="news/c.txt"), [])))
    assert conn.execute("select path from documents order by id").fetchall() == [("news/a.txt",), ("news/c.txt",)]
    assert counts(conn)["claims"] == 2


def test_an_outlet_that_interviewed_is_stored_but_exported_as_no_source(conn, tmp_path):
    from extractor.export import export
    doc = document(["巴尔接受CNN采访时提到，选举没有舞弊。"])
    c = claim(doc, "选举没有舞弊", speaker="巴尔", cue="提到", known=False,
              sources=[("CNN", "CNN", "interview"), ("新华社", "新华社", "credited")])
    Store(conn, LEXICON).add(processed((doc, [c])))
    rows = conn.execute("select agencies.name, role from claim_sources join agencies on agencies.id = agency_id "
                        "order by position").fetchall()
    assert rows == [("CNN", "interview"), ("新华社", "credited")]
    conn.commit()
    path = conn.execute("pragma database_list").fetchone()[2]
    out = tmp_path / "out.jsonl"
    export(path, "jsonl", out)
    import json
    assert [json.loads(line)["sources"] for line in out.read_text().splitlines()] == [["新华社"]]
