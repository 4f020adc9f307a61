"""Fail if the repository holds text copied from the evaluation data or the corpus.

    python scripts/check_shared_text.py [SHARED]      (default: ../shared)

The articles under SHARED/corpus and the annotated texts under SHARED/data are other
people's texts, for measuring only: they must not end up in the package, the tests or
the docs, not even as a sentence in an example. This check reads them once, collects
every run of N consecutive words (N=6: long enough that ordinary phrases of English
rarely match by chance), and reports every line of a file tracked by git that shares
such a run with them. ``seeds/`` is exempt: the seed article belongs in the project.

Exit status: 0 when nothing is shared (or SHARED does not exist, with a notice), 1 when
something is, 2 on bad usage. CI runs it after the tests (``.ci/run``).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

#: Words are compared lower-cased, ignoring punctuation and markup around them.
_WORD = re.compile(r"[a-z0-9£$%']+")
#: Files of the shared data that hold text.
_SHARED_SUFFIXES = {".txt", ".json", ".jsonl", ".ann", ".tsv", ".csv"}
#: Repository files that can hold prose or examples.
_REPO_SUFFIXES = {".py", ".md", ".txt", ".tsv", ".json", ".jsonl", ".toml", ".cfg", ".yml",
                  ".yaml", ".rst", ".csv"}
_EXEMPT = ("seeds/",)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def word_runs(text_words: list[str], size: int) -> Iterator[str]:
    for i in range(len(text_words) - size + 1):
        yield " ".join(text_words[i:i + size])


def shared_runs(shared: Path, size: int) -> set[int]:
    """Hashes of every ``size``-word run in SHARED/corpus and SHARED/data."""
    runs: set[int] = set()
    for folder in (shared / "corpus", shared / "data"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in _SHARED_SUFFIXES and path.is_file():
                text = path.read_bytes().decode("utf-8", errors="replace")
                runs.update(hash(run) for run in word_runs(words(text), size))
    return runs


def tracked_files(repo: Path) -> list[Path]:
    listed = subprocess.run(["git", "ls-files"], cwd=repo, capture_output=True, text=True,
                            check=True).stdout.splitlines()
    return [repo / name for name in listed
            if Path(name).suffix in _REPO_SUFFIXES and not name.startswith(_EXEMPT)]


def shared_lines(path: Path, runs: set[int], size: int) -> Iterable[tuple[int, str]]:
    """(line number, first shared run) for each line of ``path`` where a shared run starts.

    A run may go on into the next line, so a sentence wrapped over two lines of a
    docstring or a Markdown paragraph is caught too.
    """
    lines = [words(line) for line in
             path.read_bytes().decode("utf-8", errors="replace").splitlines()]
    for number, line_words in enumerate(lines, 1):
        following = lines[number][:size - 1] if number < len(lines) else []
        for run in word_runs(line_words + following, size):
            if hash(run) in runs:
                yield number, run
                break


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=Path("../shared"))
    parser.add_argument("--words", type=int, default=6, help="run length (default 6)")
    args = parser.parse_args(argv)
    repo = Path(__file__).resolve().parent.parent
    shared = args.shared if args.shared.is_absolute() else (Path.cwd() / args.shared)
    if not (shared / "corpus").is_dir() and not (shared / "data").is_dir():
        print(f"check_shared_text: {args.shared} has no corpus/ or data/; nothing checked")
        return 0
    runs = shared_runs(shared, args.words)
    found = 0
    for path in tracked_files(repo):
        for number, run in shared_lines(path, runs, args.words):
            found += 1
            print(f"{path.relative_to(repo)}:{number}: shares {run!r} with {args.shared}")
    if found:
        print(f"check_shared_text: {found} line(s) share {args.words}-word runs with the "
              f"shared texts; write examples in your own words")
        return 1
    print(f"check_shared_text: no {args.words}-word run of {args.shared} in the repository")
    return 0


if __name__ == "__main__":
    sys.exit(main())
