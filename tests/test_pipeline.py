"""The batch pipeline: input order, identical output with workers, lazy input, bad files.

Constant memory is a property of the design rather than something a short test can
measure: at most two chunks are read ahead, and at most a fixed number of chunks is
held (one in flight per child, plus the parent's own results) whatever the input's
length. ``test_reads_ahead_a_bounded_amount`` checks the consequence: the pipeline
pulls only a bounded number of items beyond what the consumer has taken.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

import claimkit
from claimkit import Result, Source, extract_many

ARTICLES = [
    "“We will lift the ban on imports next year,” the minister said on Monday.",
    "Unemployment rose 5% to 2.5 million people, up from 2.3 million a year ago.",
    "The council has refused to change its position on parking fees, officials said.",
    "",
    "No claims here at all",
    "Shares fell by about 3% after the company said it would cut 1,200 jobs.",
    "“It is a disgrace,” said Ms Smith, 45, a teacher. She added: “We need 300 more staff.”",
    "The government is urged to scrap the £3bn tax on fuel, according to a report.",
]


def _texts(seed_text: str) -> list[str]:
    paragraphs = [p for p in seed_text.split("\n\n") if p.strip()]
    weekly = [f"Sales rose {i}% in week {i}." for i in range(40)]
    return ARTICLES + paragraphs + [seed_text] + weekly


def _fingerprint(results: list[Result]) -> list[tuple[object, ...]]:
    return [(r.source, r.error, [c.to_dict() for c in r.claims], r.failures) for r in results]


def test_results_come_in_input_order(seed_text: str) -> None:
    texts = _texts(seed_text)
    for workers in (1, 2):
        results = list(extract_many(texts, workers=workers, chunk_size=3))
        assert [r.source.text for r in results] == texts


def test_single_process_equals_extract(seed_text: str) -> None:
    texts = _texts(seed_text)
    results = list(extract_many(texts))
    assert [r.claims for r in results] == [claimkit.extract(t) for t in texts]


@pytest.mark.parametrize("chunk_size", [1, 5, 64])
def test_two_workers_give_identical_output(seed_text: str, chunk_size: int) -> None:
    texts = _texts(seed_text)
    sources = [Source(text=t, id=f"a{i}") for i, t in enumerate(texts)]
    one = list(extract_many(sources, workers=1))
    two = list(extract_many(sources, workers=2, chunk_size=chunk_size))
    assert one == two
    assert _fingerprint(one) == _fingerprint(two)


def test_three_workers_give_identical_output(seed_text: str) -> None:
    texts = _texts(seed_text) * 3
    assert list(extract_many(texts, workers=3, chunk_size=4)) == list(extract_many(texts))


def _endless(pulled: list[int]) -> Iterator[str]:
    for i in itertools.count():
        pulled[0] += 1
        yield f"Prices rose {i % 97}% in month {i}."


@pytest.mark.parametrize("workers", [1, 2])
def test_infinite_input_is_read_lazily(workers: int) -> None:
    pulled = [0]
    results = list(itertools.islice(extract_many(_endless(pulled), workers=workers,
                                                 chunk_size=4), 25))
    assert [r.source.text for r in results] == [
        f"Prices rose {i % 97}% in month {i}." for i in range(25)
    ]


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_reads_ahead_a_bounded_amount(workers: int) -> None:
    pulled = [0]
    chunk_size = 4
    stream = extract_many(_endless(pulled), workers=workers, chunk_size=chunk_size)
    taken = 0
    for _ in itertools.islice(stream, 300):
        taken += 1
        # Read-ahead (2 chunks), held entries (4 per worker + 2, each <= one chunk), and
        # the rest of the chunk being yielded.
        assert pulled[0] - taken <= chunk_size * (2 + (4 * workers + 2) + 1)
    stream.close()


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    good = tmp_path / "good.txt"
    good.write_text("“We will cut taxes by 5%,” the minister said.", encoding="utf-8")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Prices rose to \xa3300 last year.".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    other = tmp_path / "other.txt"
    other.write_text("Sales fell 12% in May.", encoding="utf-8")
    return [good, latin1, missing, folder, other]


@pytest.mark.parametrize("workers", [1, 2])
def test_unreadable_files_give_an_error_and_the_run_goes_on(files: list[Path],
                                                             workers: int) -> None:
    results = list(extract_many(files, workers=workers, chunk_size=1))
    assert [r.source.id for r in results] == [str(p) for p in files]
    good, latin1, missing, folder, other = results
    assert good.error is None and good.claims
    assert other.error is None and other.claims
    assert latin1.error is not None and "not UTF-8" in latin1.error and "0xa3" in latin1.error
    assert missing.error is not None and "no such file" in missing.error
    assert folder.error is not None
    for bad in (latin1, missing, folder):
        assert bad.claims == [] and not bad.ok


def test_paths_read_exactly(files: list[Path]) -> None:
    (result,) = extract_many([files[0]])
    assert result.source.text == files[0].read_text(encoding="utf-8")
    assert result.claims == claimkit.extract(result.source.text)


def test_unknown_extractor_fails_before_any_work() -> None:
    with pytest.raises(claimkit.UnknownExtractorError):
        next(extract_many(["text"], extractors=["no-such-plugin"], workers=2))



def test_results_from_children_are_ordinary_frozen_claims(seed_text: str) -> None:
    import attrs

    here = claimkit.extract(seed_text)
    # Several items: the first goes to the child (the parent keeps a lone last item).
    results = list(extract_many([seed_text] * 6, workers=2, chunk_size=1))
    assert all(r.claims == here for r in results)
    result = results[0]
    claim = result.claims[0]
    assert type(claim) is claimkit.Claim
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        claim.start = 0  # type: ignore[misc]
    span = next(iter(claim.roles.values()))
    assert type(span) is claimkit.Span and hash(span) == hash(next(iter(here[0].roles.values())))
    assert [c.to_dict() for c in result.claims] == [c.to_dict() for c in here]
