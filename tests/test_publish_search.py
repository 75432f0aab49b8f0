"""The claims search index: one token per character, kept in step with the claims by store and migrations."""
import sqlite3

from builders import LEXICON, claim, document, processed
from extractor import db, search
from extractor.store import Store


def test_index_text_is_simplified_one_token_per_character():
    assert search.index_text("習近平說ＡＩ") == "习 近 平 说 A I"
    assert search.match_expression("  李強  能源 ") == '"李 强" "能 源"'
    assert search.match_expression("。，") == search.NOTHING


def test_the_same_statement_has_the_same_key_in_either_script_and_any_punctuation():
    assert search.statement_key("中俄為世界大國,同時又是夥伴") == search.statement_key("中俄为世界大国，同时又是伙伴")
    assert search.statement_key("中俄为世界大国") != search.statement_key("中俄为大国")


def fts(conn, query):
    return {r[0] for r in conn.execute("select rowid from claims_fts where claims_fts match ?",
                                       (search.match_expression(query),))}




def article(text="习近平说，中方愿同俄方携手前行。"):
    doc = document([text])
    return doc, [claim(doc, text[text.index("，") + 1:-1])]


def index_rows(conn):
    return conn.execute("select rowid, speaker, text from claims_fts order by rowid").fetchall()


def test_store_indexes_claims_and_a_changed_article_leaves_no_stale_rows(conn):
    store = Store(conn, LEXICON)
    store.add(processed(article()))
    (claim_id,) = fts(conn, "携手")
    assert fts(conn, "習近平") == {claim_id}  # by the speaker, in the other script

    store.add(processed(article("习近平说，中俄友谊世代相传。")))  # same file, new content
    assert fts(conn, "携手") == set()
    assert fts(conn, "相传") == {r[0] for r in conn.execute("select id from claims")}
    assert conn.execute("select count(*) from claims_fts").fetchone() == conn.execute(
        "select count(*) from claims").fetchone()


def test_deleting_an_article_deletes_its_claims_from_the_index(conn):
    Store(conn, LEXICON).add(processed(article()))
    conn.execute("delete from documents")  # cascades to claims, whose trigger clears the index
    conn.commit()
    assert index_rows(conn) == []


def test_upgrading_a_database_from_before_the_index_builds_it(tmp_path, seed_db):
    """Revision 0002 indexes the claims already stored, exactly as the store would have."""
    path = tmp_path / "quotes.db"
    conn = sqlite3.connect(path)
    sqlite3.connect(seed_db.path).backup(conn)
    stored = index_rows(conn)
    keys = conn.execute("select id, statement_key from claims order by id").fetchall()
    conn.close()

    db.downgrade(path, "0001")
    with sqlite3.connect(path) as c:
        assert "claims_fts" not in {r[0] for r in c.execute("select name from sqlite_master")}
    db.migrate(path)
    conn = db.connect(path)
    assert index_rows(conn) == stored and len(stored) == 38
    assert conn.execute("select id, statement_key from claims order by id").fetchall() == keys
    assert conn.execute("select name from sqlite_master where type = 'trigger'").fetchall() == [
        ("claims_fts_delete",)]
    conn.close()
