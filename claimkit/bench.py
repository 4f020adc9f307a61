"""Benchmark claimkit's extractors over a directory of articles.

    python -m claimkit.bench DIR [--workers N] [--runs K] [--extractors NAME ...]
                                 [--json OUT] [--growth]

Every ``*.txt`` file under DIR (recursively) is read and decoded once, before any timing,
so the disk is never measured; files that are not readable UTF-8 are counted, listed and
skipped. For each plugin alone and for all selected plugins together it reports
characters/second, articles/second and claims/second (median of K runs), the peak memory
of one extra untimed pass (tracemalloc peak above the baseline), and the time to import
claimkit and get the first claim in a fresh interpreter (median of several). With
``--workers N`` it also times the batch pipeline (``claimkit.extract_many``) with 1 and N
processes, and checks that both give identical results. ``--growth`` times each
extractor on an article repeated to 2x and 4x its length, and on adversarial text, and
reports the growth ratios (linear time: 2 and 4).

It is a measuring tool, not a test: it asserts nothing about speed. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from claimkit._errors import ClaimkitError
from claimkit._host import Extractor, Result, plugin_infos
from claimkit._model import Source
from claimkit._pipeline import _describe_read_error, extract_many, read_source
from claimkit._version import __version__

__all__ = [
    "FIRST_CLAIM_TEXT",
    "Corpus",
    "load_corpus",
    "measure_extractor",
    "measure_import",
    "measure_workers",
    "measure_growth",
    "measure_calibration",
    "stale_bytecode",
    "adversarial_texts",
    "run_bench",
    "format_report",
    "main",
]

#: The article used for import-plus-first-claim: every built-in plugin finds a claim in it.
FIRST_CLAIM_TEXT = (
    "The government said on Monday it would lift the ban on imports. "
    "“We will cut taxes by 5% to £3bn,” the minister said."
)

MEMORY_METHOD = "tracemalloc peak above baseline, one extra untimed pass"

#: A growth ratio above this for 2x the input counts as super-linear. Linear is 2.0; the
#: margin absorbs timer noise and cache effects on a shared machine.
MAX_RATIO_2X = 2.5


class Corpus:
    """The articles of a directory, decoded in memory, plus the files that were skipped."""

    def __init__(self, root: Path, sources: list[Source], unreadable: list[dict[str, str]],
                 size_bytes: int) -> None:
        self.root = root
        self.sources = sources
        self.unreadable = unreadable
        self.size_bytes = size_bytes

    @property
    def characters(self) -> int:
        return sum(len(source.text) for source in self.sources)


def load_corpus(root: Path, limit: int | None = None) -> Corpus:
    """Read every ``*.txt`` under ``root`` (sorted, recursive) into memory."""
    if not root.is_dir():
        raise SystemExit(f"claimkit.bench: {root} is not a directory")
    sources: list[Source] = []
    unreadable: list[dict[str, str]] = []
    size = 0
    for path in sorted(root.rglob("*.txt")):
        if limit is not None and len(sources) >= limit:
            break
        shown = os.fspath(path.relative_to(root))
        try:
            source = read_source(path)
        except (OSError, UnicodeDecodeError) as error:
            unreadable.append({"path": shown, "error": _describe_read_error(shown, error)})
            continue
        size += len(source.text.encode("utf-8"))
        sources.append(Source(text=source.text, id=shown))
    return Corpus(root, sources, unreadable, size)


def _quiet_run(extractor: Extractor, source: Source | str) -> Result:
    with warnings.catch_warnings():
        # Failures are counted from Result.failures; printing each warning would be timed.
        warnings.simplefilter("ignore")
        return extractor.run(source)


def _timed_pass(extractor: Extractor, sources: Sequence[Source]) -> tuple[float, int, int]:
    claims = failures = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run = extractor.run
        started = time.perf_counter()
        for source in sources:
            result = run(source)
            claims += len(result.claims)
            failures += len(result.failures)
        elapsed = time.perf_counter() - started
    return elapsed, claims, failures


def _memory_pass(extractor: Extractor, sources: Sequence[Source]) -> int:
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        baseline = tracemalloc.get_traced_memory()[0]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for source in sources:
                extractor.run(source)
        return max(0, tracemalloc.get_traced_memory()[1] - baseline)
    finally:
        if not was_tracing:
            tracemalloc.stop()


def measure_extractor(name: str, plugins: Sequence[str], corpus: Corpus, runs: int,
                      memory: bool = True) -> dict[str, Any]:
    """Throughput of one set of plugins over the corpus, single process, median of runs."""
    extractor = Extractor(plugins)
    if corpus.sources:
        _quiet_run(extractor, corpus.sources[0])  # lazy imports and caches are not timed
    timings = [_timed_pass(extractor, corpus.sources) for _ in range(max(1, runs))]
    seconds = [t for t, _, _ in timings]
    median = statistics.median(seconds)
    claims = timings[0][1]
    chars = corpus.characters
    return {
        "name": name,
        "plugins": list(plugins),
        "runs_seconds": [round(s, 4) for s in seconds],
        "seconds": round(median, 4),
        "chars_per_sec": _rate(chars, median),
        "mb_per_sec": round(_rate(chars, median) / 1e6, 3),
        "articles_per_sec": _rate(len(corpus.sources), median),
        "claims_per_sec": _rate(claims, median),
        "claims": claims,
        "failures": timings[0][2],
        "peak_memory_bytes": _memory_pass(extractor, corpus.sources) if memory else None,
    }


def profile_extractor(plugins: Sequence[str], corpus: Corpus, top: int) -> list[dict[str, Any]]:
    """The ``top`` functions by own time (cProfile) in one untimed pass over the corpus."""
    import cProfile
    import pstats

    extractor = Extractor(plugins)
    if corpus.sources:
        _quiet_run(extractor, corpus.sources[0])
    profiler = cProfile.Profile()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        profiler.enable()
        for source in corpus.sources:
            extractor.run(source)
        profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = []
    for (filename, line, function), (_, calls, own, cumulative, _) in \
            stats.stats.items():  # type: ignore[attr-defined]
        rows.append({"function": f"{_short_path(filename)}:{line}({function})",
                     "calls": calls, "own_seconds": round(own, 4),
                     "cumulative_seconds": round(cumulative, 4),
                     "own_share": round(own / total, 4) if total else 0.0})
    rows.sort(key=lambda row: row["own_seconds"], reverse=True)
    return rows[:top]


def _short_path(filename: str) -> str:
    parts = Path(filename).parts
    for anchor in ("site-packages", "plugins", "claimkit"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            return "/".join(parts[index + (anchor != "claimkit"):])
    return filename


def _rate(amount: int, seconds: float) -> float:
    return round(amount / seconds, 1) if seconds > 0 else float("inf")


_IMPORT_SCRIPT = """\
import time
started = time.perf_counter()
import claimkit
imported = time.perf_counter()
claims = claimkit.extract({text!r}, extractors={plugins!r})
done = time.perf_counter()
print(imported - started, done - imported, len(claims))
"""


def measure_import(plugins: Sequence[str] | None, repeats: int = 5) -> dict[str, Any]:
    """Import claimkit and extract one claim in a fresh interpreter, median of repeats.

    ``wall_seconds`` is the whole child process as the parent sees it (interpreter start
    included); ``in_process_seconds`` is ``import claimkit`` plus the first ``extract``
    timed inside the child; ``interpreter_seconds`` is ``python -c pass`` for reference.
    """
    script = _IMPORT_SCRIPT.format(text=FIRST_CLAIM_TEXT,
                                   plugins=None if plugins is None else list(plugins))
    walls: list[float] = []
    inside: list[float] = []
    imports: list[float] = []
    claims = 0
    for _ in range(max(1, repeats)):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", script], capture_output=True,
                              text=True, check=False)
        walls.append(time.perf_counter() - started)
        if done.returncode != 0:
            return {"error": done.stderr.strip().splitlines()[-1:] or ["failed"],
                    "wall_seconds": None, "in_process_seconds": None}
        import_s, extract_s, count = done.stdout.split()
        imports.append(float(import_s))
        inside.append(float(import_s) + float(extract_s))
        claims = int(count)
    baseline = []
    for _ in range(max(1, repeats)):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=False)
        baseline.append(time.perf_counter() - started)
    return {
        "wall_seconds": round(statistics.median(walls), 4),
        "in_process_seconds": round(statistics.median(inside), 4),
        "import_seconds": round(statistics.median(imports), 4),
        "interpreter_seconds": round(statistics.median(baseline), 4),
        "first_claims": claims,
        "repeats": len(walls),
    }


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (0 where not available)."""
    try:
        import resource
    except ImportError:  # not on Windows
        return 0.0
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def _pipeline_pass(sources: Sequence[Source], plugins: Sequence[str], workers: int,
                   chunk_size: int) -> tuple[float, float]:
    """Wall time and CPU time (all processes) of one pass of ``extract_many``."""
    claims = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cpu = _cpu_seconds()
        started = time.perf_counter()
        # Results are consumed and dropped, as a writer would: keeping them all alive
        # makes the garbage collector's full passes slower and would be timed too.
        for result in extract_many(sources, extractors=plugins, workers=workers,
                                   chunk_size=chunk_size):
            claims += len(result.claims)
        # The pool has been shut down here, so its processes' CPU time is counted.
        return time.perf_counter() - started, _cpu_seconds() - cpu


def _same_output(sources: Sequence[Source], plugins: Sequence[str], workers: int,
                 chunk_size: int) -> bool:
    """Run 1 and N workers side by side (untimed) and compare every Result."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        one = extract_many(sources, extractors=plugins, workers=1)
        many = extract_many(sources, extractors=plugins, workers=workers,
                            chunk_size=chunk_size)
        count = 0
        for a, b in itertools.zip_longest(one, many):
            if a is None or b is None:
                return False
            if (a.source, a.error, a.claims, a.failures) != (b.source, b.error, b.claims,
                                                             b.failures):
                return False
            count += 1
        return count == len(sources)


def measure_workers(corpus: Corpus, plugins: Sequence[str], workers: int, runs: int,
                    chunk_size: int) -> dict[str, Any]:
    """The batch pipeline with 1 and with ``workers`` processes, pool start-up included.

    The 1- and N-worker runs alternate, so a change in the machine's load hits both.
    """
    sources = corpus.sources
    figures: dict[str, Any] = {"workers": workers, "chunk_size": chunk_size,
                               "plugins": list(plugins)}
    seconds: dict[int, list[float]] = {1: [], workers: []}
    cpu: dict[int, list[float]] = {1: [], workers: []}
    for _ in range(max(1, runs)):
        for count in (1, workers):
            wall, used = _pipeline_pass(sources, plugins, count, chunk_size)
            seconds[count].append(wall)
            cpu[count].append(used)
    for count, timings in seconds.items():
        median = statistics.median(timings)
        figures[f"w{count}"] = {
            "runs_seconds": [round(s, 4) for s in timings],
            "seconds": round(median, 4),
            "best_seconds": round(min(timings), 4),
            "cpu_seconds": round(statistics.median(cpu[count]), 4),
            "chars_per_sec": _rate(corpus.characters, median),
            "articles_per_sec": _rate(len(sources), median),
        }
    figures["speedup"] = round(figures["w1"]["seconds"] / figures[f"w{workers}"]["seconds"], 3)
    # Best against best: the runs least disturbed by other work on the machine.
    figures["best_speedup"] = round(
        figures["w1"]["best_seconds"] / figures[f"w{workers}"]["best_seconds"], 3)
    # What N processes could give if they had N idle cores: the work they must do (CPU
    # time, which another job on the machine does not inflate) spread over N cores.
    many_cpu = figures[f"w{workers}"]["cpu_seconds"]
    figures["cpu_bound_speedup"] = (
        round(min(workers, workers * figures["w1"]["cpu_seconds"] / many_cpu), 3)
        if many_cpu > 0 else None)
    figures["identical_output"] = _same_output(sources, plugins, workers, chunk_size)
    return figures


def measure_dask(corpus: Corpus, plugins: Sequence[str], workers: int,
                 runs: int) -> dict[str, Any]:
    """``claimkit.dask.results_bag`` on a LocalCluster of ``workers`` processes.

    The cluster is started (and timed, with the workers' plugin loading) once; each run
    builds a bag of the in-memory
    articles (about four partitions per worker) and computes it, so the time includes
    shipping the texts to the workers and the Results back. The output is compared with
    single-process results.
    """
    import dask.bag as db
    from distributed import Client, LocalCluster

    from claimkit.dask import extract_partition, results_bag

    sources = corpus.sources
    partitions = max(1, min(len(sources), 4 * workers))
    started = time.perf_counter()
    cluster = LocalCluster(n_workers=workers,  # type: ignore[no-untyped-call]
                           threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=40)
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        # Plugins loaded and warmed on every worker before the clock starts, as in the
        # single-process figures.
        client.run(extract_partition, [FIRST_CLAIM_TEXT], tuple(plugins))
        start_seconds = time.perf_counter() - started
        seconds = []
        results: list[Result] = []
        for _ in range(max(1, runs)):
            run_started = time.perf_counter()
            bag = db.from_sequence(sources,  # type: ignore[no-untyped-call]
                                   npartitions=partitions)
            results = results_bag(bag, extractors=plugins).compute()  # type: ignore[no-untyped-call]
            seconds.append(time.perf_counter() - run_started)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        extractor = Extractor(plugins)
        identical = len(results) == len(sources) and all(
            result == extractor.run(source)
            for result, source in zip(results, sources, strict=True))
    median = statistics.median(seconds)
    return {
        "workers": workers, "partitions": partitions,
        "cluster_start_seconds": round(start_seconds, 4),
        "runs_seconds": [round(s, 4) for s in seconds], "seconds": round(median, 4),
        "chars_per_sec": _rate(corpus.characters, median),
        "articles_per_sec": _rate(len(sources), median),
        "identical_output": identical,
    }


# --- growth -------------------------------------------------------------------------


def _strip_punctuation(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def adversarial_texts(sample: str) -> dict[str, Callable[[int], str]]:
    """Text makers ``make(n) -> about n characters`` for the growth measurements."""

    def cycle(unit: str) -> Callable[[int], str]:
        return lambda n: (unit * (n // len(unit) + 1))[:n]

    words = _strip_punctuation(sample) + " "
    return {
        "quote marks": cycle("“\"”«»'‘’"),
        "digits 1,1,1": cycle("1,"),
        "spaces": cycle(" "),
        "one line, no punctuation": cycle(words),
    }


def _best_time(extractor: Extractor, text: str, min_repeats: int = 3,
               min_seconds: float = 0.2) -> float:
    best = float("inf")
    spent = 0.0
    repeats = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        while repeats < min_repeats or spent < min_seconds:
            started = time.perf_counter()
            extractor.run(text)
            elapsed = time.perf_counter() - started
            best = min(best, elapsed)
            spent += elapsed
            repeats += 1
            if elapsed > min_seconds:
                # A slow input is timed few times; it is far above timer noise already.
                if repeats >= 2:
                    break
    return best


def measure_growth(configs: Sequence[tuple[str, Sequence[str]]], article: str,
                   base_size: int, budget: float = 20.0,
                   min_seconds: float = 0.2) -> list[dict[str, Any]]:
    """Time at 1x, 2x and 4x the input for real text and adversarial text.

    Real text is ``article`` repeated (joined by a blank line); adversarial text is made at
    ``base_size`` characters (so the 4x line is 4 * base_size long). The sizes are timed
    in turn, three rounds, each size at least 3 times and ``min_seconds`` per round; the
    best time per size counts, so a burst of other work on the machine hits every size
    alike. A case that looks super-linear is measured once more (best times kept). A
    size is skipped when the previous one already took more than ``budget`` / 4 seconds.
    """
    makers: dict[str, Callable[[int], str]] = {
        "real article": lambda n: "\n\n".join([article] * max(1, n // len(article))),
    }
    makers.update(adversarial_texts(article))
    rows: list[dict[str, Any]] = []
    for name, plugins in configs:
        extractor = Extractor(plugins)
        _quiet_run(extractor, article)
        for case, make in makers.items():
            base = len(article) if case == "real article" else base_size
            texts = {factor: make(base * factor) for factor in (1, 2, 4)}
            times = _growth_times(extractor, texts, budget, min_seconds)
            row = _growth_row(name, case, len(texts[1]), times)
            if not row["linear"]:
                again = _growth_times(extractor, texts, budget, min_seconds)
                times = {f: min(t, again.get(f, t)) for f, t in times.items()}
                row = _growth_row(name, case, len(texts[1]), times)
            rows.append(row)
    return rows


def _growth_times(extractor: Extractor, texts: dict[int, str], budget: float,
                  min_seconds: float, rounds: int = 3) -> dict[int, float]:
    times: dict[int, float] = {}
    sizes = list(texts)
    for _ in range(rounds):
        for factor in sizes:
            if factor not in times and times and max(times.values()) > budget / 4:
                sizes = [f for f in sizes if f in times]
                break
            best = _best_time(extractor, texts[factor], min_seconds=min_seconds / rounds)
            times[factor] = min(best, times.get(factor, best))
    return times


def _growth_row(name: str, case: str, chars: int, times: dict[int, float]) -> dict[str, Any]:
    t1 = times[1]
    row: dict[str, Any] = {
        "extractor": name, "case": case, "chars_1x": chars,
        "seconds_1x": round(t1, 6),
        "ratio_2x": round(times[2] / t1, 2) if 2 in times else None,
        "ratio_4x": round(times[4] / t1, 2) if 4 in times else None,
    }
    ratios = [r for r in (row["ratio_2x"], row["ratio_4x"] and row["ratio_4x"] / 2)
              if r is not None]
    row["linear"] = bool(ratios) and all(r <= MAX_RATIO_2X for r in ratios)
    return row


# --- the whole run --------------------------------------------------------------------


def _configs(names: Sequence[str]) -> list[tuple[str, list[str]]]:
    configs = [(name, [name]) for name in names]
    if len(names) > 1:
        configs.append(("all", list(names)))
    return configs


def run_bench(directory: Path, *, runs: int = 3, workers: int | None = None,
              extractors: Iterable[str] | None = None, growth: bool = False,
              import_repeats: int = 5, chunk_size: int = 64, memory: bool = True,
              growth_size: int = 256_000, growth_min_time: float = 0.2,
              limit: int | None = None, profile: int = 0, dask_workers: int = 0,
              progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Run the benchmark and return the report as a JSON-ready dict."""
    say = progress or (lambda message: None)
    if extractors is None:
        names = [info.name for info in plugin_infos()]
    else:
        names = list(Extractor(list(extractors)).names)  # fails early on an unknown name
    say(f"reading {directory} ...")
    code_stamp = _code_stamp()
    corpus = load_corpus(directory, limit=limit)
    report: dict[str, Any] = {
        "claimkit_version": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "load_average_before": _load(),
        "directory": os.fspath(directory),
        "articles": len(corpus.sources),
        "characters": corpus.characters,
        "bytes": corpus.size_bytes,
        "unreadable": corpus.unreadable,
        "runs": runs,
        "memory_method": MEMORY_METHOD if memory else None,
        "extractors": [],
    }
    if corpus.sources:
        report["calibration"] = measure_calibration(corpus, runs)
    report["stale_bytecode"] = stale_bytecode()
    for name, plugins in _configs(names):
        say(f"timing {name} ...")
        figures = measure_extractor(name, plugins, corpus, runs, memory=memory)
        say(f"import + first claim for {name} ...")
        figures["import_first_claim"] = measure_import(plugins, import_repeats)
        if profile > 0:
            say(f"profiling {name} ...")
            figures["profile"] = profile_extractor(plugins, corpus, profile)
        report["extractors"].append(figures)
    if workers is not None and workers > 1:
        say(f"batch pipeline with 1 and {workers} workers ...")
        report["pipeline"] = measure_workers(corpus, names, workers, runs, chunk_size)
    if dask_workers > 0:
        say(f"claimkit.dask on a LocalCluster of {dask_workers} processes ...")
        report["dask"] = measure_dask(corpus, names, dask_workers, runs)
    if growth:
        say("growth ratios ...")
        article = max((s.text for s in corpus.sources), key=len, default=FIRST_CLAIM_TEXT)
        report["growth"] = measure_growth(_configs(names), article, growth_size,
                                          min_seconds=growth_min_time)
    report["load_average_after"] = _load()
    report["code_changed_during_run"] = _code_stamp() != code_stamp
    try:
        import resource

        # ru_maxrss is in KiB on Linux.
        report["process_max_rss_bytes"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    except ImportError:  # not on Windows
        report["process_max_rss_bytes"] = None
    return report


#: The calibration scan: one number-with-unit pattern, the kind of scan whose speed on a
#: reference machine is known (docs/benchmarks.md), so figures from two machines compare.
_CALIBRATION_PATTERN = r"\d+(?:\.\d+)?\s*(?:km|kg|m|%)"


def measure_calibration(corpus: Corpus, runs: int = 3) -> dict[str, float]:
    """How fast this machine runs plain scans over the corpus (best of ``runs``).

    ``re_mb_per_sec`` / ``regex_mb_per_sec``: one number-with-unit pattern, ``finditer``
    plus reading each match's span, with ``re`` and (when installed) with ``regex``: the
    kind of scan docs/benchmarks.md gives reference figures for, to compare machines.
    ``python_words_mb_per_sec``: a Python loop that only visits every word (``\\w+``)
    and does nothing with it, the ceiling for any extractor that looks at each word in
    Python.
    """
    import importlib.util
    import re

    text = "\n".join(source.text for source in corpus.sources)
    engines: list[tuple[str, Any]] = [("re", re)]
    if importlib.util.find_spec("regex") is not None:
        import regex

        engines.append(("regex", regex))
    scans = [(f"{name}_mb_per_sec", module.compile(_CALIBRATION_PATTERN))
             for name, module in engines]
    scans.append(("python_words_mb_per_sec", re.compile(r"\w+")))
    figures: dict[str, float] = {}
    for key, pattern in scans:
        best = float("inf")
        for _ in range(max(1, runs)):
            started = time.perf_counter()
            for match in pattern.finditer(text):
                match.span()
            best = min(best, time.perf_counter() - started)
        figures[key] = round(len(text) / best / 1e6, 1) if best > 0 else 0.0
    return figures


def _code_folders() -> set[Path]:
    """The folders of claimkit's and the installed plugins' code."""
    import importlib

    folders = {Path(__file__).resolve().parent}
    for info in plugin_infos():
        module = importlib.import_module(info.module)
        if getattr(module, "__file__", None):
            folders.add(Path(module.__file__).resolve().parent)  # type: ignore[arg-type]
    return folders


def _code_stamp() -> float:
    """Latest modification time of claimkit's and the loaded plugins' source files.

    With an editable install, a worker process started mid-run imports the code as it is
    then; if someone edits a plugin during a long run, outputs can differ for that reason
    alone, and the report says so.
    """
    stamp = 0.0
    for folder in _code_folders():
        for path in folder.rglob("*"):
            if path.suffix in (".py", ".txt", ".tsv", ".json"):
                try:
                    stamp = max(stamp, path.stat().st_mtime)
                except OSError:
                    continue
    return stamp


def stale_bytecode() -> list[str]:
    """Source files of claimkit and its plugins that a fresh interpreter will compile.

    Empty unless ``PYTHONDONTWRITEBYTECODE`` is set (otherwise the first start-up writes
    the ``.pyc`` files and later ones read them). When it is set, a source file whose
    ``.pyc`` is missing or out of date (the same test as the import system's: magic
    number, source mtime and size) is compiled again at every start, which adds tens of
    milliseconds to the import-plus-first-claim figure.
    """
    if not sys.flags.dont_write_bytecode:
        return []
    return _stale_sources(_code_folders())


def _stale_sources(folders: Iterable[Path]) -> list[str]:
    import importlib.util

    stale = []
    for folder in sorted(folders):
        for source in sorted(folder.rglob("*.py")):
            try:
                cached = Path(importlib.util.cache_from_source(str(source)))
                header = cached.read_bytes()[:16]
                stat = source.stat()
            except (OSError, NotImplementedError, ValueError):
                stale.append(str(source))
                continue
            flags = int.from_bytes(header[4:8], "little")
            fresh = header[:4] == importlib.util.MAGIC_NUMBER and (
                flags != 0  # hash-based .pyc: checked (or not) by hash, not by time
                or (int.from_bytes(header[8:12], "little") == int(stat.st_mtime) & 0xFFFFFFFF
                    and int.from_bytes(header[12:16], "little") == stat.st_size & 0xFFFFFFFF))
            if not fresh:
                stale.append(str(source))
    return stale


def _load() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):  # not available on Windows
        return None


def _mb(value: int | None) -> str:
    return "-" if value is None else f"{value / 1e6:.1f} MB"


def format_report(report: dict[str, Any]) -> str:
    """The report as plain-text tables."""
    lines = [
        f"claimkit {report['claimkit_version']} benchmark, Python {report['python']}, "
        f"{report['cpu_count']} CPUs",
        f"{report['directory']}: {report['articles']} articles, "
        f"{report['characters']:,} characters ({report['bytes']:,} bytes UTF-8)",
    ]
    if report.get("load_average_before") is not None:
        lines.append(f"load average (1 min) before {report['load_average_before']}, after "
                     f"{report['load_average_after']}: other work on the machine skews "
                     f"timings")
    if report.get("code_changed_during_run"):
        lines.append("WARNING: claimkit or plugin source files changed during the run; "
                     "processes started later ran the new code")
    calibration = report.get("calibration")
    if calibration:
        regex_speed = calibration.get("regex_mb_per_sec")
        lines.append(f"machine speed: one number+unit regex scan over the corpus runs at "
                     f"{calibration['re_mb_per_sec']} MB/s with re, "
                     + (f"{regex_speed} MB/s with regex " if regex_speed else "")
                     + "(to compare figures between machines; see docs/benchmarks.md); "
                     f"a Python loop over every word, doing nothing else: "
                     f"{calibration['python_words_mb_per_sec']} MB/s")
    for skipped in report["unreadable"]:
        lines.append(f"skipped (unreadable): {skipped['error']}")
    lines.append(f"single process, median of {report['runs']} runs; peak memory: "
                 f"{report['memory_method'] or 'not measured'}")
    lines.append("import + 1st claim: fresh `python -c \"import claimkit; "
                 "claimkit.extract(...)\"`, whole process (in-process part); "
                 "median of repeats")
    stale = report.get("stale_bytecode")
    if stale:
        lines.append(f"WARNING: PYTHONDONTWRITEBYTECODE is set and {len(stale)} source "
                     f"file(s) have no up-to-date .pyc, so every start-up compiles them "
                     f"(first: {stale[0]}); run `python -m compileall -f` on them first")
    lines.append("")
    header = (f"{'extractor':<10} {'MB/s':>6} {'chars/s':>11} {'articles/s':>10} "
              f"{'claims/s':>9} {'claims':>7} {'fail':>5} {'peak mem':>9} "
              f"{'import+1st claim':>18}")
    lines += [header, "-" * len(header)]
    for row in report["extractors"]:
        first = row["import_first_claim"]
        if first.get("wall_seconds") is None:
            started = "error"
        else:
            started = f"{first['wall_seconds']:.3f}s ({first['in_process_seconds']:.3f}s)"
        lines.append(
            f"{row['name']:<10} {row['mb_per_sec']:>6.2f} {row['chars_per_sec']:>11,.0f} "
            f"{row['articles_per_sec']:>10,.0f} {row['claims_per_sec']:>9,.0f} "
            f"{row['claims']:>7} {row['failures']:>5} {_mb(row['peak_memory_bytes']):>9} "
            f"{started:>18}"
        )
    rows = {row["name"]: row for row in report["extractors"]}
    if "all" in rows:
        alone = sum(row["seconds"] for name, row in rows.items() if name != "all")
        lines.append(f"all together: {rows['all']['seconds']:.3f}s; the plugins alone add up "
                     f"to {alone:.3f}s")
    if report["extractors"]:
        first = report["extractors"][0]["import_first_claim"]
        if first.get("interpreter_seconds") is not None:
            lines.append(f"(`python -c pass` alone takes {first['interpreter_seconds']:.3f}s)")
    for row in report["extractors"]:
        if row.get("profile"):
            lines += ["", f"profile of {row['name']} (cProfile, one pass, top functions by "
                          f"own time; profiling slows everything down)",
                      f"  {'own %':>6} {'own':>8} {'cumul.':>8} {'calls':>9}  function"]
            for entry in row["profile"]:
                lines.append(f"  {entry['own_share']:>6.1%} {entry['own_seconds']:>7.3f}s "
                             f"{entry['cumulative_seconds']:>7.3f}s {entry['calls']:>9,}  "
                             f"{entry['function']}")
    pipeline = report.get("pipeline")
    if pipeline:
        n = pipeline["workers"]
        lines += ["", f"batch pipeline (extract_many, {', '.join(pipeline['plugins'])}, "
                      f"chunk_size={pipeline['chunk_size']}, pool start-up included)"]
        for key, label in (("w1", "1 worker"), (f"w{n}", f"{n} workers")):
            figures = pipeline[key]
            lines.append(f"  {label:<10} {figures['seconds']:>7.3f}s (best "
                         f"{figures['best_seconds']:.3f}s)  "
                         f"{figures['chars_per_sec'] / 1e6:>6.2f} MB/s  "
                         f"{figures['articles_per_sec']:>8,.0f} articles/s  "
                         f"CPU {figures['cpu_seconds']:.3f}s (all processes)")
        if pipeline.get("cpu_bound_speedup") is not None:
            lines.append(f"  speed-up bound from CPU time ({n} x CPU with 1 / CPU with {n}: "
                         f"what {n} idle cores allow): {pipeline['cpu_bound_speedup']:.2f}x")
        lines.append(f"  speed-up {pipeline['speedup']:.2f}x (medians), "
                     f"{pipeline['best_speedup']:.2f}x (best runs); output with {n} workers "
                     f"{'IDENTICAL to' if pipeline['identical_output'] else 'DIFFERS from'}"
                     f" 1 worker")
    on_dask = report.get("dask")
    if on_dask:
        lines += ["", f"claimkit.dask results_bag on a LocalCluster ({on_dask['workers']} "
                      f"processes, 1 thread each, {on_dask['partitions']} partitions; "
                      f"cluster start and plugin loading "
                      f"{on_dask['cluster_start_seconds']:.2f}s, not included)",
                  f"  {on_dask['seconds']:.3f}s  {on_dask['chars_per_sec'] / 1e6:.2f} MB/s  "
                  f"{on_dask['articles_per_sec']:,.0f} articles/s; output "
                  f"{'IDENTICAL to' if on_dask['identical_output'] else 'DIFFERS from'} "
                  f"single-process results"]
    growth = report.get("growth")
    if growth:
        lines += ["", "growth ratios: time at 2x and 4x the input / time at 1x "
                      "(linear: 2 and 4)"]
        header = (f"  {'extractor':<10} {'case':<26} {'1x chars':>9} {'1x time':>9} "
                  f"{'2x':>6} {'4x':>6}  linear")
        lines += [header, "  " + "-" * (len(header) - 2)]
        for row in growth:
            r2 = "-" if row["ratio_2x"] is None else f"{row['ratio_2x']:.2f}"
            r4 = "-" if row["ratio_4x"] is None else f"{row['ratio_4x']:.2f}"
            lines.append(f"  {row['extractor']:<10} {row['case']:<26} {row['chars_1x']:>9,} "
                         f"{row['seconds_1x'] * 1000:>7.1f}ms {r2:>6} {r4:>6}  "
                         f"{'yes' if row['linear'] else 'NO'}")
    if report.get("process_max_rss_bytes"):
        lines += ["", f"bench process max RSS: {_mb(report['process_max_rss_bytes'])}"]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m claimkit.bench",
        description="Measure claimkit's throughput, memory, start-up time and growth.",
    )
    parser.add_argument("directory", type=Path, help="directory of *.txt articles (recursive)")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help="also time the batch pipeline with N processes vs 1")
    parser.add_argument("--runs", type=int, default=3, metavar="K",
                        help="timed runs per figure; the median is reported (default 3)")
    parser.add_argument("--extractors", nargs="+", default=None, metavar="NAME",
                        help="plugins to measure (default: all installed); commas also work")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT",
                        help="also write the full report as JSON to OUT")
    parser.add_argument("--growth", action="store_true",
                        help="report growth ratios on real and adversarial text")
    parser.add_argument("--growth-size", type=int, default=256_000, metavar="CHARS",
                        help="1x size of the adversarial growth texts (default 256000, "
                             "so the 4x line is about 1 MB)")
    parser.add_argument("--growth-min-time", type=float, default=0.2, metavar="SECONDS",
                        help="time each growth size for at least this long (default 0.2)")
    parser.add_argument("--import-runs", type=int, default=5, metavar="K",
                        help="fresh interpreters per import+first-claim figure (default 5)")
    parser.add_argument("--chunk-size", type=int, default=64, metavar="N",
                        help="articles per worker task in the pipeline (default 64)")
    parser.add_argument("--no-memory", action="store_true",
                        help="skip the extra tracemalloc pass")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also print the N functions with the most own time (cProfile) "
                             "for each extractor")
    parser.add_argument("--dask", type=int, default=0, metavar="N",
                        help="also time claimkit.dask on a LocalCluster of N processes "
                             "(needs the dask extra)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="use only the first N readable articles")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    extractors = None
    if args.extractors:
        extractors = [n.strip() for value in args.extractors for n in value.split(",")
                      if n.strip()]

    def progress(message: str) -> None:
        if not args.quiet:
            print(message, file=sys.stderr, flush=True)

    try:
        report = run_bench(args.directory, runs=args.runs, workers=args.workers,
                           extractors=extractors, growth=args.growth,
                           import_repeats=args.import_runs, chunk_size=args.chunk_size,
                           memory=not args.no_memory, growth_size=args.growth_size,
                           growth_min_time=args.growth_min_time, limit=args.limit,
                           profile=args.profile, dask_workers=args.dask,
                           progress=progress)
    except ClaimkitError as error:
        print(f"claimkit.bench: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(format_report(report))
    if args.json is not None:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
