"""Batch extraction over many articles: lazy, constant memory, optional worker processes.

Results come back in input order, and with workers they are identical to the
single-process results. Work is shipped to workers in chunks of articles so the per-task
cost of a process pool is paid once per chunk, not once per article; at most a fixed
number of chunks is in flight, so memory stays flat however long the input is.
"""

from __future__ import annotations

import collections
import copyreg
import io
import itertools
import operator
import os
import pickle
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

import attrs

from claimkit._host import Extractor, Result
from claimkit._model import Claim, Source, Span

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["Item", "extract_many", "read_source"]

#: What the batch API accepts: article texts, Sources, or file paths (``os.PathLike``).
Item = Union[str, Source, "os.PathLike[str]"]


def read_source(path: os.PathLike[str] | str) -> Source:
    """Read a UTF-8 text file as a Source whose id is the path as given.

    The text is decoded exactly (no newline translation, a BOM is kept), so offsets
    refer to the file's own characters. Raises ``OSError`` or ``UnicodeDecodeError``.
    """
    data = Path(path).read_bytes()
    return Source(text=data.decode("utf-8"), id=os.fspath(path))


def _describe_read_error(path: object, error: Exception) -> str:
    if isinstance(error, UnicodeDecodeError):
        return (f"{path}: not UTF-8 text (byte 0x{error.object[error.start]:02x} at "
                f"offset {error.start})")
    if isinstance(error, IsADirectoryError):
        return f"{path}: is a directory"
    if isinstance(error, FileNotFoundError):
        return f"{path}: no such file"
    if isinstance(error, PermissionError):
        return f"{path}: permission denied"
    return f"{path}: cannot read ({type(error).__name__}: {error})"


def run_item(extractor: Extractor, item: Item) -> Result:
    """Extract from one item; an unreadable file becomes a Result with ``error`` set."""
    if isinstance(item, (str, Source)):
        return extractor.run(item)
    try:
        source = read_source(item)
    except (OSError, UnicodeDecodeError) as error:
        return Result(source=Source(text="", id=os.fspath(item)), claims=[],
                      error=_describe_read_error(os.fspath(item), error))
    return extractor.run(source)


# --- worker processes -------------------------------------------------------------

_WORKER_EXTRACTOR: Extractor | None = None
#: Chunks in flight per child process while the input lasts.
_CHILD_DEPTH = 2


def _init_worker(extractors: tuple[str, ...] | None, strict: bool) -> None:
    global _WORKER_EXTRACTOR
    # Built once per worker: plugin loading and regex compilation are not repeated.
    _WORKER_EXTRACTOR = Extractor(extractors, strict=strict)


def _fast_pickling(cls: type, name: str) -> tuple[Callable[..., Any],
                                                   Callable[[Any], tuple[Any, ...]]]:
    """A rebuild function and a reducer for a frozen attrs class, unrolled per field.

    Why: children send back thousands of claims per chunk, and attrs' generic pickling
    (``__reduce_ex__`` plus a Python ``__setstate__`` loop) made the round trip cost
    about 16% of the extraction itself; this unrolled form halves that. The code is
    generated from ``attrs.fields`` (as attrs generates ``__init__``), so a field added
    to the class is carried over without anyone touching this module.
    """
    names = [field.name for field in attrs.fields(cls)]
    params = ", ".join(f"a{i}" for i in range(len(names)))
    lines = [f"def {name}({params}):", "    obj = new(cls)"]
    lines += [f"    setattr_(obj, {field!r}, a{i})" for i, field in enumerate(names)]
    lines.append("    return obj")
    namespace: dict[str, Any] = {"new": object.__new__, "setattr_": object.__setattr__,
                                 "cls": cls}
    exec("\n".join(lines), namespace)  # noqa: S102 - generated from attrs field names
    rebuild = namespace[name]
    rebuild.__module__ = __name__  # pickle finds it here, by name
    getter = operator.attrgetter(*names)

    def reduce(obj: Any) -> tuple[Any, ...]:
        return rebuild, getter(obj)

    return rebuild, reduce


_rebuild_claim, _reduce_claim = _fast_pickling(Claim, "_rebuild_claim")
_rebuild_span, _reduce_span = _fast_pickling(Span, "_rebuild_span")


class _ResultPickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    for _cls, _reduce in ((Claim, _reduce_claim), (Span, _reduce_span)):
        # attrs' hash cache is a slot that attrs.fields does not list: leave such a
        # class to attrs' own pickling.
        if "_attrs_cached_hash" not in getattr(_cls, "__slots__", ()):
            dispatch_table[_cls] = _reduce
    del _cls, _reduce


def _run_chunk(chunk: list[Item]) -> bytes:
    assert _WORKER_EXTRACTOR is not None, "worker not initialised"
    results = [run_item(_WORKER_EXTRACTOR, item) for item in chunk]
    buffer = io.BytesIO()
    _ResultPickler(buffer, pickle.HIGHEST_PROTOCOL).dump(results)
    return buffer.getvalue()


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def extract_many(
    items: Iterable[Item],
    *,
    extractors: Iterable[str] | None = None,
    workers: int = 1,
    strict: bool = False,
    chunk_size: int = 64,
) -> Iterator[Result]:
    """Yield one ``Result`` per item, in input order, reading the input lazily.

    ``items``: article texts (``str``), ``Source`` objects, or file paths (any
    ``os.PathLike``, such as ``pathlib.Path``; a plain ``str`` is always text). An
    unreadable file gives a Result with ``error`` set and no claims; the run goes on.
    ``workers`` > 1 runs extraction in that many processes: ``workers - 1`` child
    processes, each with its own plugins, plus the calling process, which extracts
    whenever the children have enough work queued. Results are the same as with one
    process. ``chunk_size`` articles are sent to a child at a time.
    """
    names = None if extractors is None else tuple(
        [n.strip() for n in extractors.split(",")] if isinstance(extractors, str)
        else extractors
    )
    extractor = Extractor(names, strict=strict)  # fails early on an unknown name
    if workers <= 1:
        for item in items:
            yield run_item(extractor, item)
        return
    yield from _extract_parallel(extractor, items, workers, strict, max(1, chunk_size))


def _extract_parallel(extractor: Extractor, items: Iterable[Item], workers: int,
                      strict: bool, chunk_size: int) -> Iterator[Result]:
    """Children take chunks; the parent extracts single items in between and keeps order.

    Why the parent works too: a Result coming back from a child costs pickling on both
    sides (about 10% of the extraction itself, even in the compact form below), so every
    article the parent does itself saves that; and on a machine with as many cores as
    ``workers`` the parent would otherwise sit waiting. Near the end of the input,
    children get ever smaller chunks (half of what is left, shared), so no process waits
    long for the last one.
    """
    children = workers - 1
    iterator = iter(items)
    # Read-ahead of at most two chunks: enough to see the end of the input coming.
    buffer: collections.deque[Item] = collections.deque()
    exhausted = False

    def fill() -> None:
        nonlocal exhausted
        while not exhausted and len(buffer) < 2 * chunk_size:
            try:
                buffer.append(next(iterator))
            except StopIteration:
                exhausted = True

    def take(count: int) -> list[Item]:
        return [buffer.popleft() for _ in range(min(count, len(buffer)))]

    # Entries in input order: a child's Future, or a list the parent fills itself. Bounded:
    # at most two Futures per child, and parent lists of at most chunk_size results.
    pending: collections.deque[Future[bytes] | list[Result]] = collections.deque()
    held_limit = 4 * workers + 2
    running: list[Future[bytes]] = []
    local: list[Result] | None = None
    # Imported here: concurrent.futures and multiprocessing cost a tenth of claimkit's
    # start-up, and a run with one process never needs them.
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=children, initializer=_init_worker,
                               initargs=(extractor.names, strict))
    try:
        while True:
            running = [future for future in running if not future.done()]
            # While input lasts, two chunks per child: one running, one queued, so a child
            # goes straight on to its next chunk instead of waiting until the parent, busy
            # extracting, hands one out (that wait cost ~8% of the children's time). At
            # the end, one: a queued chunk could leave the parent idle.
            depth = _CHILD_DEPTH if not exhausted else 1
            while len(running) < depth * children and len(pending) < held_limit:
                fill()
                share = chunk_size if not exhausted else len(buffer) // (children + 1)
                if share < 1:
                    break
                future = pool.submit(_run_chunk, take(share))
                running.append(future)
                pending.append(future)
                local = None  # the parent's next results come after this chunk
            while pending and (isinstance(pending[0], list) or pending[0].done()):
                if pending[0] is local:
                    local = None
                yield from _entry_results(pending.popleft())
            if len(pending) >= held_limit:
                yield from _entry_results(pending.popleft())
                continue
            fill()
            if not buffer:
                break
            if local is None or len(local) >= chunk_size:
                local = []
                pending.append(local)
            local.append(run_item(extractor, buffer.popleft()))
        while pending:
            yield from _entry_results(pending.popleft())
    finally:
        # An early stop (an exception, or a consumer that stops reading) must not wait
        # for work nobody will read.
        pool.shutdown(wait=True, cancel_futures=True)


def _entry_results(entry: Future[bytes] | list[Result]) -> list[Result]:
    if isinstance(entry, list):
        return entry
    results: list[Result] = pickle.loads(entry.result())
    return results
