"""Hand-built pipeline output and a small lexicon, so store tests don't depend on the extractor's rules."""
from datetime import date, datetime, timezone
from pathlib import Path

from extractor.lexicon import Agency, Cue, Lexicon, Speaker, Title
from extractor.pipeline import Processed
from extractor.text import content_hash
from extractor.types import Claim, Document, Paragraph, SourceCredit

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
METADATA = ROOT / "metadata.yml"

LEXICON = Lexicon(
    outlets=[],
    speakers=[
        Speaker("习近平", name_en="Xi Jinping", aliases=("習近平", "习主席"),
                titles=(Title("国家主席", date(2013, 3, 14), None),)),
        Speaker("李克强", name_en="Li Keqiang", titles=(Title("国务院总理", date(2013, 3, 15), date(2023, 3, 11)),)),
    ],
    agencies=[Agency("新华社", aliases=("新華社", "Xinhua"), kind="agency", country="CN"),
              Agency("法新社", aliases=("AFP",), kind="agency", country="FR")],
    cues=[Cue("说"), Cue("表示"), Cue("批评", weight="weak")],
    not_cues={},
    boilerplate={},
)


def document(paragraphs, path="news/a.txt", item="", title=None, published_at=None,
             photo_credits=(), outlet="联合早报", tz="Asia/Singapore", url=None):
    """A cleaned article; each path (and item) is its own article unless ``title``/``url`` say otherwise."""
    title = title if title is not None else f"标题 {path} {item}".strip()
    paras, offset = [], 0
    for i, text in enumerate(paragraphs):
        paras.append(Paragraph(index=i, start=offset, text=text))
        offset += len(text) + 2
    body = "\n\n".join(paragraphs)
    return Document(
        path=path, item=item, url=url or f"https://example.com/{path}" + (f"#{item}" if item else ""), title=title,
        outlet=outlet,
        published_at=published_at or datetime(2023, 12, 20, 6, 9, tzinfo=timezone.utc), timezone=tz,
        script="simplified", language="zh", paragraphs=paras, captions=[f"图片说明（{c}）" for c in photo_credits],
        photo_credits=list(photo_credits), content_hash=content_hash(title or "", body), reader="test",
    )


def claim(doc, text, speaker="习近平", written=None, cue="说", sources=(), said_on=date(2023, 12, 20),
          kind="indirect", rule="test.rule", speaker_kind="person", known=True):
    body = doc.text
    start = body.index(text)
    paragraph = next(p.index for p in doc.paragraphs if p.start <= start < p.start + len(p.text) + 1)
    return Claim(paragraph=paragraph, start=start, end=start + len(text), text=text, kind=kind, cue=cue,
                 speaker_written=written or speaker, speaker=speaker, speaker_kind=speaker_kind, said_on=said_on,
                 sources=[SourceCredit(*s) for s in sources], rule=rule, speaker_known=known)


def processed(*documents_with_claims, path=None, file_hash="f" * 64):
    docs = list(documents_with_claims)
    return Processed(path=path or docs[0][0].path, file_hash=file_hash, documents=docs)


def rejected(path, reason="empty file"):
    return Processed(path=path, file_hash="", rejected=reason)
