"""Claim clusters (one statement, many outlets) and document copies (one article, many files).

``claims.cluster_id`` is added in batch mode, which recreates ``claims`` and so
drops the ``claims_fts_delete`` trigger of revision 0002 (notes/ecosystem.md
§2.5e): it is created again here, both ways. Claims already stored are
clustered on upgrade, exactly as the store clusters new ones.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 07:00:37.262167

"""
from typing import Sequence, Union

from extractor.cluster import cluster_unassigned
from extractor.store import raw_connection

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)


# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

FTS_TRIGGER = ("CREATE TRIGGER IF NOT EXISTS claims_fts_delete AFTER DELETE ON claims "
               "BEGIN DELETE FROM claims_fts WHERE rowid = old.id; END")


def upgrade() -> None:
    op.create_table('claim_clusters',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('speaker_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), server_default=sa.text("('')"), nullable=False),
    sa.Column('first_said_on', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('last_said_on', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('first_claim_id', sa.Integer(), nullable=True),
    sa.Column('first_published_at', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('first_url', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('claims', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.Column('documents', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.Column('outlets', sa.Integer(), server_default=sa.text('0'), nullable=False),
    sa.ForeignKeyConstraint(['speaker_id'], ['speakers.id'], name=op.f('fk_claim_clusters_speaker_id_speakers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_claim_clusters'))
    )
    with op.batch_alter_table('claim_clusters', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_claim_clusters_first_said_on'), ['first_said_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_clusters_outlets'), ['outlets'], unique=False)
        batch_op.create_index(batch_op.f('ix_claim_clusters_speaker_id'), ['speaker_id'], unique=False)

    op.create_table('document_copies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('path', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('item', sqlmodel.sql.sqltypes.AutoString(), server_default=sa.text("('')"), nullable=False),
    sa.Column('seen_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_document_copies_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_copies')),
    sa.UniqueConstraint('path', 'item', name=op.f('uq_document_copies_path_item'))
    )
    with op.batch_alter_table('document_copies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_copies_document_id'), ['document_id'], unique=False)

    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cluster_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_claims_cluster_id'), ['cluster_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_claims_cluster_id_claim_clusters'), 'claim_clusters', ['cluster_id'], ['id'], ondelete='SET NULL')

    op.execute(FTS_TRIGGER)
    cluster_unassigned(raw_connection(op.get_bind()))


def downgrade() -> None:
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_claims_cluster_id_claim_clusters'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_claims_cluster_id'))
        batch_op.drop_column('cluster_id')
    op.execute(FTS_TRIGGER)

    with op.batch_alter_table('document_copies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_copies_document_id'))

    op.drop_table('document_copies')
    with op.batch_alter_table('claim_clusters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_claim_clusters_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_claim_clusters_outlets'))
        batch_op.drop_index(batch_op.f('ix_claim_clusters_first_said_on'))

    op.drop_table('claim_clusters')
