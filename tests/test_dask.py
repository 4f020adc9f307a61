"""claimkit.dask on a real distributed LocalCluster: results equal single-process results.

Needs the extra (``pip install 'claimkit[dask]'``); without it these tests skip, except
the two that check claimkit works and explains itself when Dask is missing.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import claimkit
from claimkit import Source

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

ARTICLES = [
    "“We will lift the ban on imports next year,” the minister said on Monday.",
    "Unemployment rose 5% to 2.5 million people, up from 2.3 million a year ago.",
    "The council has refused to change its position on parking fees, officials said.",
    "",
    "Shares fell by about 3% after the company said it would cut 1,200 jobs.",
    "“It is a disgrace,” said Ms Smith, 45, a teacher. She added: “We need 300 more staff.”",
    "The government is urged to scrap the £3bn tax on fuel, according to a report.",
]


def _texts(seed_text: str) -> list[str]:
    seeds = [path.read_bytes().decode("utf-8") for path in SEEDS]
    paragraphs = [p for p in seed_text.split("\n\n") if p.strip()]
    return ARTICLES + seeds + paragraphs


def _records(sources: list[Source]) -> list[dict[str, Any]]:
    return [dict(claim.to_dict(), source=source.id)
            for source in sources for claim in claimkit.extract(source)]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None,
                                  silence_logs=logging.ERROR) as cluster:
        with distributed.Client(cluster) as dask_client:
            yield dask_client


@pytest.mark.dask
def test_results_equal_single_process(client: Any, seed_text: str) -> None:
    import dask.bag as db

    from claimkit.dask import results_bag

    texts = _texts(seed_text)
    results = results_bag(db.from_sequence(texts, npartitions=4)).compute()
    assert [r.source.text for r in results] == texts
    assert [r.claims for r in results] == [claimkit.extract(t) for t in texts]
    assert any(r.claims for r in results)
    assert results == list(claimkit.extract_many(texts))


@pytest.mark.dask
def test_claims_are_records_with_source(client: Any, seed_text: str) -> None:
    import dask.bag as db

    from claimkit.dask import claims_bag

    sources = [Source(text=t, id=f"doc-{i}") for i, t in enumerate(_texts(seed_text))]
    claims = claims_bag(db.from_sequence(sources, npartitions=3)).compute()
    assert claims == _records(sources)
    numbers = claims_bag(db.from_sequence(sources, npartitions=3), extractors="numbers")
    assert numbers.compute() == [r for r in _records(sources) if r["extractor"] == "numbers"]


@pytest.mark.dask
def test_jsonl_per_partition(client: Any, tmp_path: Path, seed_text: str) -> None:
    import dask.bag as db

    from claimkit.dask import to_jsonl

    good = [tmp_path / "in" / f"{i}.txt" for i in range(len(_texts(seed_text)))]
    good[0].parent.mkdir()
    for path, text in zip(good, _texts(seed_text), strict=True):
        path.write_bytes(text.encode("utf-8"))
    bad = tmp_path / "in" / "latin1.txt"
    bad.write_bytes("Prices rose to \xa3300.".encode("latin-1"))
    # "/./" stays in each claim's "source": the path as given, not a normalised one.
    items = [f"{p.parent}/./{p.name}" for p in good[:5]] + [str(bad)] + [
        f"{p.parent}/./{p.name}" for p in good[5:]]

    summaries = to_jsonl(db.from_sequence(items, npartitions=3),
                         tmp_path / "out" / "claims-*.jsonl", paths=True)

    assert [Path(s["path"]).name for s in summaries] == [f"claims-{i}.jsonl" for i in range(3)]
    assert sum(s["articles"] for s in summaries) == len(items)
    errors = [e for s in summaries for e in s["errors"]]
    assert len(errors) == 1 and "not UTF-8" in errors[0]
    records: list[dict[str, Any]] = []
    for summary in summaries:
        lines = Path(summary["path"]).read_text(encoding="utf-8").splitlines()
        header = json.loads(lines[0])
        assert header == {"schema_version": claimkit.SCHEMA_VERSION,
                          "claimkit_version": claimkit.__version__}
        assert len(lines) - 1 == summary["claims"]
        records += [json.loads(line) for line in lines[1:]]
    expected = _records([claimkit.read_source(p) for p in items if p != str(bad)])
    assert records == json.loads(json.dumps(expected, ensure_ascii=False))
    assert all("/./" in r["source"] for r in records)


@pytest.mark.dask
def test_extractor_built_once_per_worker(client: Any, seed_text: str) -> None:
    import dask.bag as db

    from claimkit.dask import results_bag

    results_bag(db.from_sequence(_texts(seed_text) * 3, npartitions=12)).compute()

    def cached() -> list[tuple[object, ...]]:
        from claimkit import dask as claimkit_dask

        return list(claimkit_dask._EXTRACTORS)

    per_worker = client.run(cached)
    assert len(per_worker) == 2
    for keys in per_worker.values():
        assert keys.count((None, False)) == 1


@pytest.mark.dask
def test_unknown_extractor_fails_on_the_client(client: Any) -> None:
    import dask.bag as db

    from claimkit.dask import claims_bag

    with pytest.raises(claimkit.UnknownExtractorError):
        claims_bag(db.from_sequence(["text"]), extractors=["no-such-plugin"])


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)


def test_import_without_dask_explains_the_extra() -> None:
    done = _python(
        "import sys\n"
        "sys.modules['dask'] = None\n"  # what an environment without dask looks like
        "sys.modules['dask.bag'] = None\n"
        "try:\n"
        "    import claimkit.dask\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    assert done.returncode == 0, done.stderr
    assert "pip install 'claimkit[dask]'" in done.stdout


def test_import_claimkit_does_not_import_dask() -> None:
    done = _python("import sys, claimkit\nprint('dask' in sys.modules)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
