"""The same corpus run on a local two-worker Dask cluster gives the same rows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import mediakit
from mediakit import analyze_corpus, write_corpus

distributed = pytest.importorskip("distributed")
TABLES = ("sentences", "attributions", "quotes", "sources")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_dask_equals_single_process(client: Any, tmp_path: Path) -> None:
    inputs = [str(p) for p in mediakit.seed_paths()] * 3 + [str(tmp_path / "missing.txt")]
    serial = analyze_corpus(inputs, tables=TABLES)
    on_dask = analyze_corpus(inputs, tables=TABLES, client=client)
    for name in ("articles", *TABLES):
        pd.testing.assert_frame_equal(getattr(serial, name), getattr(on_dask, name))
    assert on_dask.failed["article_id"].tolist() == [str(tmp_path / "missing.txt")]
    # the workers really did the work
    assert len(client.scheduler_info()["workers"]) == 2


def test_dask_streaming_writer(client: Any, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    inputs = [str(p) for p in mediakit.seed_paths()]
    write_corpus(inputs, tmp_path / "serial", tables=TABLES)
    write_corpus(inputs, tmp_path / "dask", tables=TABLES, client=client.scheduler.address)
    for t in ("articles", *TABLES):
        a = (tmp_path / "serial" / f"{t}.parquet").read_bytes()
        assert a == (tmp_path / "dask" / f"{t}.parquet").read_bytes()


def test_dask_windows_in_flight_keep_input_order(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With windows of 2 articles, the next window is sent before the results of the
    current one are awaited; rows still come back in input order, equal to serial."""
    import mediakit._run as run

    monkeypatch.setattr(run, "_DASK_WINDOW", 2)
    texts = [
        f"Report {i}. The mayor said the bridge {'will' if i % 2 else 'may'} open."
        for i in range(9)
    ]
    serial = analyze_corpus(texts, tables=("attributions",))
    log: list[str] = []
    real_compute = client.compute

    class Logged:
        def __init__(self, future: Any) -> None:
            self.future = future

        def result(self) -> Any:
            log.append("wait")
            return self.future.result()

        def cancel(self) -> None:
            self.future.cancel()

    def logged_compute(collection: Any, *args: Any, **kwargs: Any) -> Any:
        log.append("send")
        return Logged(real_compute(collection, *args, **kwargs))

    monkeypatch.setattr(client, "compute", logged_compute)
    on_dask = analyze_corpus(texts, tables=("attributions",), client=client)
    pd.testing.assert_frame_equal(serial.articles, on_dask.articles)
    pd.testing.assert_frame_equal(serial.attributions, on_dask.attributions)
    # 9 articles in windows of 2: 5 windows, each sent while the one before runs
    assert log == ["send", "send", "wait", "send", "wait", "send", "wait", "send", "wait", "wait"]
