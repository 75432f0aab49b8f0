"""The ``quotedb`` command: a thin click layer over ingest, export, db and Datasette."""
from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from pathlib import Path

import click
import yaml

from . import db
from .export import FORMATS
from .export import export as export_claims
from .ingest import ingest as ingest_paths

CONTEXT = {"help_option_names": ["-h", "--help"]}
METADATA = db.ROOT / "metadata.yml"
PLUGINS_DIR = db.ROOT / "plugins"
TEMPLATES_DIR = Path(__file__).parent / "publish" / "templates"
METADATA_DB_NAME = "quotes"  # the database key used in metadata.yml
SQL_TIME_LIMIT_MS = 3000
# Datasette settings of the published site. No suggested facets: to suggest them Datasette tries a GROUP BY on
# every column of the table at each page view, 2.5 s for the claims table at a million claims (bench/README.md).
DATASETTE_SETTINGS = {"sql_time_limit_ms": SQL_TIME_LIMIT_MS, "suggest_facets": False}
DEFAULT_HOST = "127.0.0.1"  # never reachable from other machines unless asked
DEFAULT_PORT = 8001


def datasette_setting_args() -> list[str]:
    """DATASETTE_SETTINGS as ``--setting NAME VALUE`` options."""
    return [arg for name, value in DATASETTE_SETTINGS.items()
            for arg in ("--setting", name, ("on" if value else "off") if isinstance(value, bool) else str(value))]


# Control characters (a newline in a file name) shown escaped: one rejected file, one line.
_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(32), 127)} | {ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}


def one_line(text: str) -> str:
    return text.translate(_ESCAPES)


def db_option(fn):
    return click.option(
        "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=str(db.DEFAULT_DB),
        show_default=True, help="SQLite database file (its folder is created if missing).",
    )(fn)


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="quotedb", prog_name="quotedb")
def cli():
    """quotedb: who said what in Chinese-language news, in SQLite, published with Datasette.

    \b
    Example:
        quotedb ingest seeds
        quotedb serve
    """


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes extracting in parallel (default: one per CPU; 1 = no subprocesses).")
@click.option("--progress/--no-progress", default=True, show_default=True,
              help="Show a progress bar (only when stderr is a terminal).")
@click.option("--commit-every", "commit_every", type=click.FloatRange(min=0), default=1.0, show_default=True,
              metavar="SECONDS", help="Commit this often: readers see new rows, a crash loses at most this "
                                      "much work (0: after every file, slower).")
def ingest(paths, db_path, workers, progress, commit_every):
    """Read articles from files and folders, extract claims, store them.

    Folders are read recursively (hidden files skipped). Storing is
    idempotent: an unchanged article is left as it is, a changed one has its
    claims replaced. Files that cannot be read are listed in rejected_files.
    Exit status: 0 when every file was read, 1 when some were rejected
    (the others are still stored), 2 on a usage error.

    \b
    Example:
        quotedb ingest seeds ../shared/corpus/zaobao --db db/quotes.db --workers 4
    """
    summary = ingest_paths(paths, db_path, workers=workers, progress=progress, commit_every=commit_every)
    for path, reason in summary.rejected:
        click.echo(f"rejected {one_line(path)}: {one_line(reason)}", err=True)
    click.echo(summary.line())
    sys.exit(1 if summary.rejected else 0)


@cli.command(context_settings=CONTEXT)
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (default: standard output).")
def export(db_path, fmt, output):
    """Write one record per claim as JSON Lines or CSV.

    Fields: document, item, url, outlet, title, speaker, speaker_written,
    text, kind, cue, sources, date, start, end, paragraph, rule, id. CSV is
    UTF-8 with a byte order mark (so Excel reads the Chinese), its sources
    joined with "; ".

    \b
    Example:
        quotedb export --format jsonl --output claims.jsonl
        quotedb export --format csv > claims.csv
    """
    _require_current(db_path)
    if output is not None:
        export_claims(db_path, fmt, output)
        return
    # UTF-8 whatever the locale, and no newline translation (CSV writes its own \r\n)
    sys.stdout.flush()
    stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        export_claims(db_path, fmt, stdout)
        stdout.flush()
    except BrokenPipeError:  # `quotedb export … | head`: the reader has seen enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        stdout.detach()  # leave the real stdout open


@cli.command(context_settings=CONTEXT)
@click.option("--gold", "gold_path", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="Gold claims, JSON Lines (../shared/eval/*.gold.jsonl).")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path), required=True,
              help="Folder the gold's document paths are relative to.")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Keep the evaluated claims in this database (default: a temporary one).")
@click.option("--scorer", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="The scoring script (default: score.py beside the gold file).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("-v", "--verbose", is_flag=True, help="List every missed, spurious or wrong claim.")
def evaluate(gold_path, corpus, db_path, scorer, as_json, verbose):
    """Ingest the gold file's articles and score the extracted claims.

    \b
    Example:
        quotedb evaluate --gold ../shared/eval/seeds.gold.jsonl --corpus seeds
        quotedb evaluate --gold ../shared/eval/dev.gold.jsonl --corpus ../shared/corpus -v
    """
    from .evaluate import EvaluationError, evaluate as run

    try:
        figures, details = run(gold_path, corpus, db_path, scorer)
    except EvaluationError as err:
        raise click.UsageError(str(err)) from None
    if as_json:
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        click.echo(f"documents {figures['documents']}  gold {figures['gold']}  predicted {figures['predicted']}  "
                   f"matched {figures['matched']}")
        for k in ("claims", "attributed"):
            r = figures[k]
            click.echo(f"{k:<11} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
        for k in ("speaker_accuracy", "sources_accuracy", "credited_accuracy", "date_accuracy", "kind_accuracy"):
            click.echo(f"{k:<17} {figures[k]:.3f}")
    if verbose:
        for g in details["missed"]:
            click.echo(f"MISSED    {g['doc']}  {g['speaker']}  {g['text'][:50]}")
        for p in details["spurious"]:
            click.echo(f"SPURIOUS  {p['document']}  {p['speaker']}  {p['text'][:50]}")
        for g, p in details["wrong_speaker"]:
            click.echo(f"SPEAKER   {g['doc']}  gold {g['speaker']} got {p['speaker']}  {g['text'][:40]}")
        for g, p in details["wrong_sources"]:
            click.echo(f"SOURCES   {g['doc']}  gold {g.get('sources')} got {p.get('sources')}  {g['text'][:40]}")
        for g, p in details["wrong_date"]:
            click.echo(f"DATE      {g['doc']}  gold {g['date']} got {p.get('date')}  {g['text'][:40]}")


@cli.command(context_settings=CONTEXT)
@db_option
def migrate(db_path):
    """Create the database or upgrade its schema to the latest revision.

    ingest does this itself; export and serve, which only read, ask for it.
    Run it after pulling new migrations.

    \b
    Example:
        quotedb migrate --db db/quotes.db
    """
    db.migrate(db_path)
    conn = db.connect(db_path)
    try:
        (revision,) = conn.execute("select version_num from alembic_version").fetchone()
    finally:
        conn.close()
    click.echo(f"{db_path}: schema at revision {revision}")


def datasette_metadata(db_path: Path) -> dict:
    """What `serve` gives Datasette as metadata: metadata.yml, made safe to publish.

    Its database section is renamed after ``db_path`` (Datasette names databases
    by file stem); canned queries marked ``write: true`` are left out, so the
    site has no write endpoint; and ``plugins.quotedb.read_only`` tells the
    quotedb plugin to make every connection to the file read-only (``PRAGMA query_only``).
    """
    metadata: dict = {}
    if METADATA.is_file():
        with open(METADATA, encoding="utf-8") as f:
            metadata = yaml.safe_load(f) or {}
    databases = metadata.get("databases") or {}
    if METADATA_DB_NAME in databases and db_path.stem != METADATA_DB_NAME:
        databases[db_path.stem] = databases.pop(METADATA_DB_NAME)
    for name, spec in databases.items():
        queries = (spec or {}).get("queries") or {}
        for query in [q for q, body in queries.items() if isinstance(body, dict) and body.get("write")]:
            click.echo(f"warning: canned query {name}/{query} writes to the database; not published", err=True)
            del queries[query]
    plugins = metadata.get("plugins") or {}
    plugins["quotedb"] = {**(plugins.get("quotedb") or {}), "read_only": True}
    metadata["plugins"] = plugins
    return metadata


def datasette_args(db_path: Path, metadata_file: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                   immutable: bool = False) -> list[str]:
    """The command line `quotedb serve` runs Datasette with (see ``serve``)."""
    args = ["-i", str(db_path)] if immutable else [str(db_path)]
    args += ["--host", host, "--port", str(port), "--metadata", str(metadata_file),
             *datasette_setting_args()]
    if TEMPLATES_DIR.is_dir():
        args += ["--template-dir", str(TEMPLATES_DIR)]
    if PLUGINS_DIR.is_dir():
        args += ["--plugins-dir", str(PLUGINS_DIR)]
    return args


def _datasette_serve():
    try:  # imported late: importing it loads every installed Datasette plugin
        from datasette.cli import serve as datasette_serve
    except ModuleNotFoundError as err:
        if not (err.name or "").startswith("extractor."):
            raise
        raise click.ClickException(f"Datasette cannot load this project's plugin: module {err.name}, named in "
                                   "pyproject.toml [project.entry-points.datasette], is missing") from err
    return datasette_serve


def _require_current(db_path: Path) -> None:
    """A read-only command reads the latest schema and never upgrades one: it says how, in one line."""
    if not db_path.is_file():
        raise click.ClickException(f"no database at {db_path}: run 'quotedb ingest' first")
    try:
        db.require_current(db_path)
    except db.OutdatedSchema as err:
        raise click.ClickException(one_line(str(err))) from None


def _prepare_database(db_path: Path, immutable: bool) -> None:
    _require_current(db_path)
    if immutable:
        conn = db.connect(db_path)
        try:
            db.checkpoint(conn)  # an immutable reader ignores the WAL file
        finally:
            conn.close()


def published_site(db_path: Path, immutable: bool = False):
    """The Datasette instance `quotedb serve` publishes, without a server (for tests and embedding)."""
    db_path = Path(db_path)
    _prepare_database(db_path, immutable)
    datasette_serve = _datasette_serve()
    with tempfile.TemporaryDirectory(prefix="quotedb-") as tmp:
        path = Path(tmp) / "metadata.json"
        path.write_text(json.dumps(datasette_metadata(db_path), ensure_ascii=False), encoding="utf-8")
        ctx = datasette_serve.make_context("quotedb serve", datasette_args(db_path, path, immutable=immutable))
        with ctx:
            return ctx.invoke(datasette_serve.callback, **ctx.params, return_instance=True)


@cli.command(context_settings=CONTEXT)
@db_option
@click.option("-p", "--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True,
              help="Port to listen on.")
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Address to listen on (0.0.0.0 to reach it from other machines).")
@click.option("--immutable", is_flag=True,
              help="Open the file immutable: faster, and the file can be downloaded, but only for a database "
                   "no ingest will write to while it is served.")
@click.option("--get", "get_path", metavar="PATH",
              help="Print the response to one request (e.g. /quotes/claims.json) and exit, without a server.")
def serve(db_path, port, host, immutable, get_path):
    """Publish the database with Datasette, read-only.

    Pages and queries read the file through read-only connections, so an
    ingest can write to it meanwhile: readers see each batch as it is
    committed. There is no write endpoint, every SQL query stops after a
    time limit, and the server listens on 127.0.0.1 unless --host says
    otherwise. Descriptions, facets and canned queries come from metadata.yml.
    A database at an older schema is not upgraded: run quotedb migrate first.

    \b
    Example:
        quotedb serve --db db/quotes.db --port 8001
        quotedb serve --get '/quotes/claims.json?_shape=array&_labels=on'
    """
    _prepare_database(db_path, immutable)
    datasette_serve = _datasette_serve()
    if not METADATA.is_file():
        click.echo(f"warning: {METADATA} not found; serving without descriptions, facets or canned queries",
                   err=True)
    with tempfile.TemporaryDirectory(prefix="quotedb-") as tmp:
        path = Path(tmp) / "metadata.json"
        path.write_text(json.dumps(datasette_metadata(db_path), ensure_ascii=False), encoding="utf-8")
        args = datasette_args(db_path, path, host=host, port=port, immutable=immutable)
        if get_path:
            args += ["--get", get_path]
        datasette_serve.main(args, prog_name="quotedb serve", standalone_mode=False)


if __name__ == "__main__":  # pragma: no cover
    cli()
