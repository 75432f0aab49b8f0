"""``python -m extractor``: the same as the ``quotedb`` command."""
from .cli import cli

cli(prog_name="quotedb")
