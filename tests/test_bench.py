"""python -m claimkit.bench runs end to end and reports every figure (no timing asserts)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import claimkit
from claimkit import bench

ARTICLES = {
    "politics/1.txt": "“We will lift the ban on imports next year,” the minister said.",
    "politics/2.txt": "The council has refused to change its position on parking fees.",
    "business/1.txt": "Shares fell by about 3% after the company said it would cut 1,200 jobs.",
    "business/deep/2.txt": "Unemployment rose 5% to 2.5 million, officials said on Monday.",
}


@pytest.fixture
def corpus(tmp_path: Path, seed_text: str) -> Path:
    root = tmp_path / "corpus"
    for name, text in {**ARTICLES, "seed.txt": seed_text}.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "sport").mkdir()
    (root / "sport" / "bad.txt").write_bytes("Tickets cost \xa350.".encode("latin-1"))
    (root / "notes.md").write_text("not an article", encoding="utf-8")
    return root


def test_bench_end_to_end(corpus: Path, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bench.json"
    code = bench.main([str(corpus), "--runs", "1", "--workers", "2", "--growth",
                       "--growth-size", "2000", "--growth-min-time", "0",
                       "--import-runs", "1", "--json", str(out), "--quiet"])
    assert code == 0
    report = json.loads(out.read_text(encoding="utf-8"))

    names = [info.name for info in claimkit.plugin_infos()]
    assert report["articles"] == len(ARTICLES) + 1
    assert report["characters"] > 0
    assert [u["path"] for u in report["unreadable"]] == [str(Path("sport/bad.txt"))]
    assert "not UTF-8" in report["unreadable"][0]["error"]
    assert report["memory_method"].startswith("tracemalloc")
    assert report["calibration"]["re_mb_per_sec"] > 0
    assert report["calibration"]["regex_mb_per_sec"] > 0
    assert report["calibration"]["python_words_mb_per_sec"] > 0
    assert isinstance(report["stale_bytecode"], list)
    rows = {row["name"]: row for row in report["extractors"]}
    assert list(rows) == names + (["all"] if len(names) > 1 else [])
    for row in rows.values():
        for field in ("chars_per_sec", "mb_per_sec", "articles_per_sec", "claims_per_sec",
                      "claims", "failures", "seconds", "runs_seconds", "peak_memory_bytes"):
            assert field in row, field
        assert len(row["runs_seconds"]) == 1
        assert row["peak_memory_bytes"] >= 0
        first = row["import_first_claim"]
        assert first["wall_seconds"] > 0 and first["in_process_seconds"] > 0
        assert first["first_claims"] >= 1
    if len(names) > 1:
        assert rows["all"]["claims"] == sum(rows[n]["claims"] for n in names)

    pipeline = report["pipeline"]
    assert pipeline["workers"] == 2 and pipeline["identical_output"] is True
    assert pipeline["w1"]["seconds"] > 0 and pipeline["w2"]["seconds"] > 0
    assert pipeline["speedup"] > 0

    cases = {(row["extractor"], row["case"]) for row in report["growth"]}
    for name in rows:
        for case in ("real article", "quote marks", "digits 1,1,1", "spaces",
                     "one line, no punctuation"):
            assert (name, case) in cases
    for row in report["growth"]:
        assert row["ratio_2x"] is not None and row["ratio_4x"] is not None
        assert isinstance(row["linear"], bool)

    text = capsys.readouterr().out
    assert "chars/s" in text and "claims/s" in text and "import+1st claim" in text
    assert "IDENTICAL" in text and "growth ratios" in text and "sport/bad.txt" in text


def test_bench_one_extractor_and_no_extras(corpus: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    name = claimkit.plugin_infos()[0].name
    assert bench.main([str(corpus), "--runs", "1", "--extractors", name, "--import-runs",
                       "1", "--no-memory", "--quiet", "--profile", "3"]) == 0
    text = capsys.readouterr().out
    assert name in text and "batch pipeline" not in text and "growth" not in text
    assert f"profile of {name}" in text


def test_bench_unknown_extractor_is_a_usage_error(corpus: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main([str(corpus), "--extractors", "no-such-plugin", "--quiet"]) == 2
    assert "no-such-plugin" in capsys.readouterr().err


def test_bench_runs_as_a_module(corpus: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "claimkit.bench", str(corpus), "--runs", "1",
         "--import-runs", "1", "--no-memory", "--extractors",
         claimkit.plugin_infos()[0].name],
        capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "articles" in done.stdout


@pytest.mark.dask
def test_bench_on_a_dask_cluster(corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    out = tmp_path / "bench.json"
    assert bench.main([str(corpus), "--runs", "1", "--import-runs", "1", "--no-memory",
                       "--dask", "2", "--json", str(out), "--quiet"]) == 0
    on_dask = json.loads(out.read_text(encoding="utf-8"))["dask"]
    assert on_dask["workers"] == 2 and on_dask["identical_output"] is True
    assert on_dask["seconds"] > 0 and on_dask["cluster_start_seconds"] > 0


def test_scan_floor_script_runs_on_a_corpus(corpus: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    # benchmarks/scan_floor.py imports the plugins' private scan patterns; this keeps it
    # from going stale when they are renamed.
    import runpy

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "scan_floor.py"
    main = runpy.run_path(str(script))["main"]
    assert main([str(corpus), "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert "speech cues" in out and "policy triggers" in out
    assert "M characters/s with no reasoning at all" in out


def test_stale_bytecode_is_what_the_import_system_would_recompile(tmp_path: Path) -> None:
    import py_compile

    source = tmp_path / "module.py"
    source.write_text("VALUE = 1\n", encoding="utf-8")
    assert bench._stale_sources([tmp_path]) == [str(source)]  # no .pyc yet
    py_compile.compile(str(source), doraise=True)
    assert bench._stale_sources([tmp_path]) == []
    source.write_text("VALUE = 12\n", encoding="utf-8")  # edited: size differs
    assert bench._stale_sources([tmp_path]) == [str(source)]
