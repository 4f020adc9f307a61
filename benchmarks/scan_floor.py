"""How fast the built-in extractors' candidate scans run on their own.

    python benchmarks/scan_floor.py DIR [--runs K]

Each built-in extractor finds its candidates with a few regex scans over the article
(sentence ends, quote marks, speech cues, capitalised name runs, policy triggers, digits,
spelled numbers) and reasons only around what they find. This script times those scans
alone, ``finditer`` plus each match's span and nothing else, over every ``*.txt`` under
DIR (best of K runs, CPU time). Their sum is a floor: extraction cannot run faster than
its scans, whatever the reasoning costs. See docs/benchmarks.md.

It imports the plugins' private patterns, so it belongs to the repository, not to the
package: update it when those patterns change (tests/test_bench.py runs it on seeds/).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from claimkit_numbers._extract import (
    DIGIT_CANDIDATES,
    OTHER_WORD_CANDIDATES,
    SPACED_WORD_CANDIDATES,
)
from claimkit_policy._lexicon import SCAN as POLICY_TRIGGERS

from claimkit._quotemarks import _MARKS
from claimkit._text import _CANDIDATE_END, _PARAGRAPH_BREAK
from claimkit.attribution import _CUE_SCAN, _NAME_RUN
from claimkit.bench import load_corpus

#: (what, pattern, scans the lower-cased text?) in the order the extractors run them.
SCANS: list[tuple[str, re.Pattern[str], bool]] = [
    ("paragraph breaks", _PARAGRAPH_BREAK, False),
    ("sentence-end candidates", _CANDIDATE_END, False),
    ("quote marks", _MARKS, False),
    ("speech cues", _CUE_SCAN, True),
    ("name runs", _NAME_RUN, False),
    ("policy triggers", POLICY_TRIGGERS, True),
    ("digits", DIGIT_CANDIDATES, False),
    ("spelled numbers after a space", SPACED_WORD_CANDIDATES, True),
    ("spelled numbers, other", OTHER_WORD_CANDIDATES, True),
]


def measure(texts: Sequence[str], runs: int) -> list[tuple[str, float]]:
    lowers = [text.lower() for text in texts]
    timings = []
    for name, pattern, lower in SCANS:
        corpus = lowers if lower else texts
        best = float("inf")
        for _ in range(max(1, runs)):
            started = time.process_time()
            for text in corpus:
                for match in pattern.finditer(text):
                    match.span()
            best = min(best, time.process_time() - started)
        timings.append((name, best))
    return timings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    corpus = load_corpus(args.directory)  # the bench's reading: unreadable files skipped
    texts = [source.text for source in corpus.sources]
    characters = corpus.characters
    timings = measure(texts, args.runs)
    for name, seconds in timings:
        print(f"{name:32} {seconds:7.3f} s")
    total = sum(seconds for _, seconds in timings)
    rate = characters / total / 1e6 if total > 0 else float("inf")
    print(f"{'all scans':32} {total:7.3f} s over {characters:,} characters: "
          f"{rate:.2f} M characters/s with no reasoning at all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
