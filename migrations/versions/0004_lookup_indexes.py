"""Indexes for the lookups ingest makes per document and per claim.

documents.url and documents.content_hash find the same article read from
another file; (speaker_id, first_said_on, last_said_on) finds a speaker's
clusters around a day. Without them ingest slows with the size of the database.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 07:11:34.733054

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)


# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('claim_clusters', schema=None) as batch_op:
        batch_op.create_index('ix_claim_clusters_speaker_days', ['speaker_id', 'first_said_on', 'last_said_on'], unique=False)

    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_content_hash'), ['content_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_url'), ['url'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_url'))
        batch_op.drop_index(batch_op.f('ix_documents_content_hash'))

    with op.batch_alter_table('claim_clusters', schema=None) as batch_op:
        batch_op.drop_index('ix_claim_clusters_speaker_days')

