"""Publishing: the Datasette plugin that serves the quotes database."""
