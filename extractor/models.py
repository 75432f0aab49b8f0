"""The database schema as SQLModel tables; Alembic migrations are generated from it.

These classes define the schema and serve ad-hoc ORM queries; the ingest hot
path writes with plain SQL (see ``store.py``). Names clash on purpose with the
pipeline's dataclasses (``types.Document``): use them as ``models.Document``. Dates and times are ISO 8601
text so that Datasette shows, sorts and facets them as written.

No ``from __future__ import annotations`` here: SQLModel reads the real
annotations at class creation.
"""
from typing import Optional

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

# Named constraints, set before any table is defined: Alembic's batch mode can
# only drop or alter constraints that have a name.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _default(value: str) -> dict:
    """A server-side default, so adding the column to a table with rows works."""
    return {"server_default": sa.text(value)}


class Outlet(SQLModel, table=True):
    """A publisher; ``timezone`` is its home clock, which dates its articles."""

    __tablename__ = "outlets"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    timezone: str = Field(default="Asia/Shanghai", sa_column_kwargs=_default("'Asia/Shanghai'"))


class Document(SQLModel, table=True):
    """One article. A feed file holds several, told apart by ``item``."""

    __tablename__ = "documents"
    __table_args__ = (sa.UniqueConstraint("path", "item"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    path: str
    item: str = Field(default="", sa_column_kwargs=_default("''"))
    url: Optional[str] = Field(default=None, index=True)  # the same article from another file is found by it
    title: Optional[str] = None
    outlet_id: Optional[int] = Field(default=None, foreign_key="outlets.id", ondelete="SET NULL", index=True)
    published_at: Optional[str] = None  # ISO 8601 with offset
    published_date: Optional[str] = Field(default=None, index=True)  # YYYY-MM-DD on the outlet's clock
    timezone: str = Field(default="Asia/Shanghai", sa_column_kwargs=_default("'Asia/Shanghai'"))
    script: str = Field(default="other", sa_column_kwargs=_default("'other'"))
    language: str = Field(default="und", sa_column_kwargs=_default("'und'"))
    reader: str = Field(default="", sa_column_kwargs=_default("''"))
    content_hash: str = Field(index=True)
    # Hash of the claims stored for this content: a rule change re-stores them.
    extraction_hash: str = Field(default="", sa_column_kwargs=_default("''"))
    file_hash: str = Field(default="", sa_column_kwargs=_default("''"))
    text: str = Field(default="", sa_type=sa.Text, sa_column_kwargs=_default("''"))
    captions: str = Field(default="[]", sa_type=sa.Text, sa_column_kwargs=_default("'[]'"))  # JSON list
    ingested_at: str


class Speaker(SQLModel, table=True):
    """A canonical speaker, named in Simplified Chinese."""

    __tablename__ = "speakers"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    name_en: Optional[str] = None
    kind: str = Field(default="person", sa_column_kwargs=_default("'person'"))  # person|organization|unnamed|group
    known: bool = Field(default=False, sa_column_kwargs=_default("0"))  # listed in the lexicon


class SpeakerAlias(SQLModel, table=True):
    """Another way a speaker is written: 習近平, a transliteration, a misspelling."""

    __tablename__ = "speaker_aliases"
    __table_args__ = (sa.UniqueConstraint("speaker_id", "alias"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    speaker_id: int = Field(foreign_key="speakers.id", ondelete="CASCADE")
    alias: str = Field(index=True)
    script: str = Field(default="simplified", sa_column_kwargs=_default("'simplified'"))


class SpeakerTitle(SQLModel, table=True):
    """An office a speaker held, and when: it resolves "中国总理" on a given day."""

    __tablename__ = "speaker_titles"
    id: Optional[int] = Field(default=None, primary_key=True)
    speaker_id: int = Field(foreign_key="speakers.id", ondelete="CASCADE", index=True)
    title: str
    start_date: Optional[str] = None
    end_date: Optional[str] = None


class Agency(SQLModel, table=True):
    """A news agency or outlet that articles credit (新华社, 法新社)."""

    __tablename__ = "agencies"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = Field(default="agency", sa_column_kwargs=_default("'agency'"))
    country: Optional[str] = None


class AgencyAlias(SQLModel, table=True):
    __tablename__ = "agency_aliases"
    __table_args__ = (sa.UniqueConstraint("agency_id", "alias"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    agency_id: int = Field(foreign_key="agencies.id", ondelete="CASCADE")
    alias: str = Field(index=True)


class Claim(SQLModel, table=True):
    """One attributed statement; ``start``/``end`` are offsets into ``documents.text``.

    Its search index row lives in the ``claims_fts`` table (see ``search.py``),
    which Alembic's autogenerate does not see.
    """

    __tablename__ = "claims"
    # What the published claims table (sort_desc said_on, facets in metadata.yml) needs at a million rows,
    # see bench/README.md: newest first and its next pages, Datasette's ``order by said_on desc, id``, read
    # in index order; the day facet, ``group by date(said_on)``, from an index on that expression.
    __table_args__ = (
        sa.Index("ix_claims_said_on_desc_id", sa.desc(sa.column("said_on")), "id"),
        sa.Index("ix_claims_said_on_date", sa.func.date(sa.column("said_on"))),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE", index=True)
    speaker_id: int = Field(foreign_key="speakers.id", index=True)
    speaker_written: str = Field(default="", sa_column_kwargs=_default("''"))
    # kind, cue, rule: facets and filters on demand (?_facet=rule, ?rule=…) count from an index, not the table
    cue: str = Field(default="", index=True, sa_column_kwargs=_default("''"))
    kind: str = Field(default="indirect", index=True, sa_column_kwargs=_default("'indirect'"))
    text: str = Field(sa_type=sa.Text)
    start: int
    end: int
    paragraph: int
    said_on: Optional[str] = None  # YYYY-MM-DD; indexed above
    rule: str = Field(default="", index=True, sa_column_kwargs=_default("''"))
    weak: bool = Field(default=False, sa_column_kwargs=_default("0"))  # made by a weak cue (形容, 批评…)
    # search.statement_key(text): the same statement in other articles (its appearances)
    statement_key: str = Field(default="", index=True, sa_column_kwargs=_default("''"))
    # the statement this claim reports, as carried by every outlet (cluster.py)
    cluster_id: Optional[int] = Field(default=None, foreign_key="claim_clusters.id", ondelete="SET NULL", index=True)


class ClaimCluster(SQLModel, table=True):
    """One statement as several outlets carried it: the claims that report it.

    ``text`` is the wording of its first appearance (the earliest published
    article); the counts and days summarise its claims and are kept current as
    articles are ingested (cluster.py).
    """

    __tablename__ = "claim_clusters"
    # candidates for a new claim: this speaker's clusters around its day
    __table_args__ = (sa.Index("ix_claim_clusters_speaker_days", "speaker_id", "first_said_on", "last_said_on"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    speaker_id: int = Field(foreign_key="speakers.id", index=True)
    text: str = Field(default="", sa_type=sa.Text, sa_column_kwargs=_default("''"))
    first_said_on: Optional[str] = Field(default=None, index=True)  # YYYY-MM-DD
    last_said_on: Optional[str] = None
    first_claim_id: Optional[int] = None  # the claim in the earliest published article
    first_published_at: Optional[str] = None
    first_url: Optional[str] = None
    claims: int = Field(default=0, sa_column_kwargs=_default("0"))
    documents: int = Field(default=0, sa_column_kwargs=_default("0"))
    outlets: int = Field(default=0, index=True, sa_column_kwargs=_default("0"))  # "reported by N outlets"


class DocumentCopy(SQLModel, table=True):
    """Another place the same article was read from (same URL or same text): stored once, found twice."""

    __tablename__ = "document_copies"
    __table_args__ = (sa.UniqueConstraint("path", "item"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE", index=True)
    path: str
    item: str = Field(default="", sa_column_kwargs=_default("''"))
    seen_at: str


class ClaimSource(SQLModel, table=True):
    """An agency a claim is credited to, and how; ``position`` keeps the article's order."""

    __tablename__ = "claim_sources"
    claim_id: int = Field(foreign_key="claims.id", ondelete="CASCADE", primary_key=True)
    agency_id: int = Field(foreign_key="agencies.id", primary_key=True, index=True)
    role: str = Field(primary_key=True)  # credited | cited-by | interview | dateline
    written: str = Field(default="", sa_column_kwargs=_default("''"))
    position: int = Field(default=0, sa_column_kwargs=_default("0"))


class PhotoCredit(SQLModel, table=True):
    """A photo credit from a caption: never a claim source, kept to audit captions."""

    __tablename__ = "photo_credits"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE", index=True)
    agency_id: Optional[int] = Field(default=None, foreign_key="agencies.id", ondelete="SET NULL")
    credit: str


class IngestedFile(SQLModel, table=True):
    """A file ingest has processed, its content hash and the pipeline that read it.

    A re-run skips a file whose hash and pipeline are unchanged without parsing it.
    """

    __tablename__ = "files"
    id: Optional[int] = Field(default=None, primary_key=True)
    path: str = Field(unique=True)
    file_hash: str
    pipeline: str  # pipeline.VERSION: a hash of the code and lexicons that read the file
    ingested_at: str


class RejectedFile(SQLModel, table=True):
    """A file ingest could not read, and why; removed once the file ingests."""

    __tablename__ = "rejected_files"
    id: Optional[int] = Field(default=None, primary_key=True)
    path: str = Field(unique=True)
    reason: str
    file_hash: str = Field(default="", sa_column_kwargs=_default("''"))
    rejected_at: str


class IngestRun(SQLModel, table=True):
    """One ``quotedb ingest``: when, and what it found."""

    __tablename__ = "ingest_runs"
    id: Optional[int] = Field(default=None, primary_key=True)
    started_at: str
    finished_at: Optional[str] = None
    files_seen: int = Field(default=0, sa_column_kwargs=_default("0"))
    documents: int = Field(default=0, sa_column_kwargs=_default("0"))
    claims: int = Field(default=0, sa_column_kwargs=_default("0"))
    rejected: int = Field(default=0, sa_column_kwargs=_default("0"))


metadata = SQLModel.metadata
