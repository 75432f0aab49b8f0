"""Claims search: the claims_fts index (one token per character) and claims.statement_key.

``claims_fts`` is an FTS5 table keyed by claim id (see extractor/search.py for
why one token per character). env.py's ``include_name`` hides ``*_fts*``
tables from autogenerate, so this revision creates it by hand. Existing claims
are indexed here; ``store.py`` indexes new ones, and the ``claims_fts_delete``
trigger drops a claim's row when the claim goes (also by cascade from its
document).

Trap (notes/ecosystem.md §2.5e): a later batch migration that *recreates*
``claims`` (drop or alter a column) silently drops that trigger, and must
create it again (``CREATE_TRIGGER`` below).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 06:39:21

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)

from extractor import search

# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

CREATE_FTS = "CREATE VIRTUAL TABLE claims_fts USING fts5(speaker, text, tokenize = 'unicode61')"
CREATE_TRIGGER = ("CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims "
                  "BEGIN DELETE FROM claims_fts WHERE rowid = old.id; END")


def upgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.add_column(sa.Column("statement_key", sqlmodel.sql.sqltypes.AutoString(), server_default=sa.text("''"),
                                      nullable=False))
        batch_op.create_index(batch_op.f("ix_claims_statement_key"), ["statement_key"], unique=False)
    op.execute(CREATE_FTS)
    op.execute(CREATE_TRIGGER)

    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT claims.id, speakers.name, claims.speaker_written, claims.text "
        "FROM claims JOIN speakers ON speakers.id = claims.speaker_id"
    )).all()
    if rows:
        conn.execute(sa.text("UPDATE claims SET statement_key = :key WHERE id = :id"),
                     [{"key": search.statement_key(text), "id": id_} for id_, _, _, text in rows])
        conn.execute(sa.text("INSERT INTO claims_fts (rowid, speaker, text) VALUES (:id, :speaker, :text)"),
                     [{"id": id_, "speaker": search.speaker_text(name, written), "text": search.index_text(text)}
                      for id_, name, written, text in rows])


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS claims_fts_delete")
    op.execute("DROP TABLE IF EXISTS claims_fts")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_statement_key"))
        batch_op.drop_column("statement_key")
