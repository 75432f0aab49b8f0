"""The files table: each file ingested, its content hash and the pipeline that read it.

A re-run skips a file whose hash and pipeline version are unchanged, without parsing it.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21 07:43:10.344822

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel  # noqa: F401  (autogenerate writes sqlmodel.sql.sqltypes.AutoString)


# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('path', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('file_hash', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('pipeline', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('ingested_at', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_files')),
    sa.UniqueConstraint('path', name=op.f('uq_files_path'))
    )


def downgrade() -> None:
    op.drop_table('files')
