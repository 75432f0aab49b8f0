"""The Datasette plugin's SQL function folds Traditional to Simplified."""
import pytest
from datasette.app import Datasette

from extractor.publish import plugin


@pytest.mark.asyncio
async def test_simplified_sql_function_folds_traditional():
    ds = Datasette(memory=True)  # conftest registers the plugin, as the entry point does for `serve`
    r = await ds.client.get("/_memory.json", params={"sql": "select simplified('習近平說') as s", "_shape": "array"})
    assert r.status_code == 200
    assert r.json() == [{"s": "习近平说"}]
