"""Run claimkit over a ``dask.bag`` of articles: many cores, or many machines.

Install with ``pip install 'claimkit[dask]'``. Every function takes a bag whose elements
are article texts (``str``), ``claimkit.Source`` objects, or file paths
(``os.PathLike``, such as ``pathlib.Path``; with ``paths=True`` a ``str`` is a path too).
Each partition is one task: build bags of a few hundred to a few thousand articles per
partition (``dask.bag.from_sequence(items, partition_size=1000)``), since a task costs a
few milliseconds and an article tens of microseconds to a few milliseconds.

    >>> import dask.bag as db                                   # doctest: +SKIP
    >>> from claimkit.dask import claims_bag, to_jsonl          # doctest: +SKIP
    >>> bag = db.from_sequence(texts, partition_size=1000)      # doctest: +SKIP
    >>> claims_bag(bag).filter(lambda c: c["kind"] == "quote").count().compute()  # doctest: +SKIP
    >>> to_jsonl(bag, "out/claims-*.jsonl")                     # doctest: +SKIP

- ``results_bag(bag)``: one ``claimkit.Result`` per article, in the bag's order.
- ``claims_bag(bag)``: one dict per claim: ``Claim.to_dict()`` plus ``"source"`` (the
  article's id, for a file the path as given), the record of the CLI's JSON Lines.
- ``to_jsonl(bag, "out/claims-*.jsonl")``: one JSON Lines file per partition, each
  starting with the header record, written by the workers; returns a summary per file.

The plugins are loaded and the ``Extractor`` built once per worker process (cached by
``(extractors, strict)``), not once per partition. Results equal single-process
``claimkit.extract_many`` results. An unreadable file gives a Result with ``error`` set
(and no claims); ``to_jsonl`` lists such files in its summary.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from typing import Any, cast

try:
    import dask.bag as db
    from dask.base import compute as _compute
    from dask.delayed import delayed as _delayed
except ImportError as _error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "claimkit.dask needs Dask, an optional extra: pip install 'claimkit[dask]'"
    ) from _error

from claimkit._host import Extractor, Result
from claimkit._output import JsonLinesWriter, claim_record
from claimkit._pipeline import Item, run_item

__all__ = ["results_bag", "claims_bag", "to_jsonl", "extract_partition"]

_Key = tuple[tuple[str, ...] | None, bool]
_EXTRACTORS: dict[_Key, Extractor] = {}
_LOCK = threading.Lock()


def _names(extractors: Iterable[str] | str | None) -> tuple[str, ...] | None:
    if extractors is None:
        return None
    if isinstance(extractors, str):
        return tuple(n.strip() for n in extractors.split(",") if n.strip())
    return tuple(extractors)


def _extractor(names: tuple[str, ...] | None, strict: bool) -> Extractor:
    """The worker process's Extractor for these settings, built on first use."""
    key = (names, strict)
    extractor = _EXTRACTORS.get(key)
    if extractor is None:
        # A worker may run several threads; one build per process is enough.
        with _LOCK:
            extractor = _EXTRACTORS.get(key)
            if extractor is None:
                extractor = _EXTRACTORS[key] = Extractor(names, strict=strict)
    return extractor


class _GivenPath:
    """A path exactly as the user wrote it: ``Path("./a.txt")`` would become "a.txt",
    and the claims' ``source`` must be the path as given."""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def __fspath__(self) -> str:
        return self.path


def _as_item(value: Any, paths: bool) -> Item:
    if paths and isinstance(value, str):
        return _GivenPath(value)
    return value  # type: ignore[no-any-return]


def extract_partition(items: Iterable[Any], extractors: tuple[str, ...] | None = None,
                      strict: bool = False, paths: bool = False) -> list[Result]:
    """Extract from one partition's articles: the function the workers run.

    Usable on its own with any engine that hands out partitions (Spark's
    ``mapPartitions``, a multiprocessing pool): the Extractor is cached per process.
    """
    extractor = _extractor(extractors, strict)
    return [run_item(extractor, _as_item(item, paths)) for item in items]


def _claims_partition(items: Iterable[Any], extractors: tuple[str, ...] | None,
                      strict: bool, paths: bool) -> list[dict[str, Any]]:
    return [claim_record(claim, result.source.id)
            for result in extract_partition(items, extractors, strict, paths)
            for claim in result.claims]


def _checked(extractors: Iterable[str] | str | None, strict: bool) -> tuple[str, ...] | None:
    names = _names(extractors)
    # Built here too so an unknown name fails now, on the client, not inside every task.
    return Extractor(names, strict=strict).names if names is not None else None


def results_bag(bag: db.Bag, *, extractors: Iterable[str] | str | None = None,
                strict: bool = False, paths: bool = False) -> db.Bag:
    """A bag of ``claimkit.Result``, one per article, partitioned like ``bag``.

    ``extractors`` selects plugins by name (None: all installed, on the workers).
    ``strict=True`` makes a plugin failure fail the task (``PluginError``).
    ``paths=True`` reads ``str`` elements as file paths instead of article texts.
    """
    names = _checked(extractors, strict)
    mapped = bag.map_partitions(extract_partition, names, strict,  # type: ignore[no-untyped-call]
                                paths)
    return cast(db.Bag, mapped)


def claims_bag(bag: db.Bag, *, extractors: Iterable[str] | str | None = None,
               strict: bool = False, paths: bool = False) -> db.Bag:
    """A bag of claim dicts (``Claim.to_dict()`` plus ``"source"``), article by article.

    The claims of each article come sorted, and articles keep the bag's order. Arguments
    as in ``results_bag``.
    """
    names = _checked(extractors, strict)
    mapped = bag.map_partitions(_claims_partition, names, strict,  # type: ignore[no-untyped-call]
                                paths)
    return cast(db.Bag, mapped)


def _path_for(pattern: str, index: int, count: int) -> str:
    return pattern.replace("*", str(index).zfill(len(str(max(count - 1, 0)))))


def _write_partition(items: Iterable[Any], path: str, extractors: tuple[str, ...] | None,
                     strict: bool, paths: bool) -> dict[str, Any]:
    # fsspec comes with dask: the same code writes to local disks, S3, GCS, HDFS.
    import fsspec  # type: ignore[import-untyped]

    summary: dict[str, Any] = {"path": path, "articles": 0, "claims": 0, "errors": [],
                               "failures": []}
    with fsspec.open(path, "w", encoding="utf-8", newline="\n", auto_mkdir=True) as stream:
        writer = JsonLinesWriter(stream)
        for result in extract_partition(items, extractors, strict, paths):
            summary["articles"] += 1
            if result.error is not None:
                summary["errors"].append(result.error)
                continue
            summary["failures"] += [{"source": result.source.id, **failure.to_dict()}
                                    for failure in result.failures]
            writer.write(result)
        summary["claims"] = writer.count
        writer.close()
    return summary


def to_jsonl(bag: db.Bag, path_pattern: str | os.PathLike[str], *,
             extractors: Iterable[str] | str | None = None, strict: bool = False,
             paths: bool = False, compute: bool = True) -> list[dict[str, Any]] | list[Any]:
    """Extract and write one JSON Lines file per partition of ``bag``.

    ``path_pattern`` holds one ``*``, replaced by the partition number (zero-padded, so
    the files sort in order): ``"out/claims-*.jsonl"``; a pattern without ``*`` is taken
    as a directory and ``*.jsonl`` is added. Any fsspec URL works (``s3://bucket/*.jsonl``);
    on a cluster the path must be one every worker can write to. Each file starts with the
    header record (``schema_version``, ``claimkit_version``), then one record per claim,
    exactly as ``claimkit extract --format jsonl`` writes.

    Returns one summary per file: ``path``, ``articles``, ``claims``, ``errors`` (files
    that could not be read) and ``failures`` (plugin failures, with their ``source``).
    With ``compute=False`` it returns the ``dask.delayed`` tasks instead, to compute later.
    """
    names = _checked(extractors, strict)
    pattern = os.fspath(path_pattern)
    if "*" not in pattern:
        pattern = pattern.rstrip("/") + "/*.jsonl"
    parts = bag.to_delayed()  # type: ignore[no-untyped-call]
    write = _delayed(_write_partition, pure=False)
    tasks = [write(part, _path_for(pattern, i, len(parts)), names, strict, paths)
             for i, part in enumerate(parts)]
    if not compute:
        return tasks
    return list(_compute(*tasks))  # type: ignore[no-untyped-call]
