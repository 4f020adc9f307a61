"""The ``claimkit`` command line.

    claimkit extract PATH... | -   [--format jsonl|json|csv|table] [--extractors a,b]
                                   [--output FILE] [--workers N] [--strict]
    claimkit plugins               installed plugins as JSON (name, version, kinds)

Exit codes (also in docs/getting-started.md):
    0  every input was read and every plugin ran cleanly
    1  some input was bad (missing, unreadable, not UTF-8, empty, a directory with no
       .txt files) or a plugin failed on some article; everything else was processed
    2  usage error: bad option, unknown extractor name
    3  a plugin could not be loaded (broken install, misspelt hook)
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

from claimkit._errors import (
    ClaimkitError,
    ClaimkitWarning,
    PluginError,
    PluginLoadError,
    UnknownExtractorError,
)
from claimkit._host import Extractor, Result, plugin_infos
from claimkit._model import Source
from claimkit._output import FORMATS, make_writer
from claimkit._pipeline import Item, extract_many
from claimkit._version import __version__

__all__ = ["main"]

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE, EXIT_PLUGIN_LOAD = 0, 1, 2, 3
STDIN_ID = "<stdin>"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimkit",
        description="Extract offset-anchored fact-claims (quotes, numeric facts, policy "
                    "changes) from news articles.",
    )
    parser.add_argument("--version", action="version", version=f"claimkit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    extract = commands.add_parser(
        "extract", help="extract claims from files, directories (recursively) or stdin",
        description="Extract claims from text files. A directory is searched recursively "
                    "for *.txt files; '-' reads one article from standard input.")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help="a UTF-8 text file, a directory, or - for stdin")
    extract.add_argument("-f", "--format", choices=FORMATS, default="jsonl",
                         help="output format (default: jsonl)")
    extract.add_argument("-e", "--extractors", metavar="NAMES",
                         help="comma-separated plugin names to run (default: all installed)")
    extract.add_argument("-o", "--output", metavar="FILE",
                         help="write to FILE instead of standard output")
    extract.add_argument("-w", "--workers", type=int, default=1, metavar="N",
                         help="worker processes (default: 1)")
    extract.add_argument("--strict", action="store_true",
                         help="stop at the first plugin failure instead of reporting it")
    extract.add_argument("--no-progress", action="store_true",
                         help="never show the progress bar")

    commands.add_parser("plugins", help="list installed plugins as JSON",
                        description="Print the installed plugins as JSON: name, version, "
                                    "kinds, module.")
    return parser


class _Inputs:
    """Expands the PATH arguments, recording the bad ones instead of stopping."""

    def __init__(self, arguments: Sequence[str]) -> None:
        self.items: list[Item] = []
        self.problems: list[str] = []
        stdin_seen = False
        for argument in arguments:
            if argument == "-":
                if not stdin_seen:
                    stdin_source = self._read_stdin()
                    if stdin_source is not None:
                        self.items.append(stdin_source)
                    stdin_seen = True
                continue
            path = Path(argument)
            if path.is_dir():
                found = sorted(p for p in path.rglob("*.txt")
                               if p.is_file() and not any(part.startswith(".")
                                                          for part in p.relative_to(path).parts))
                if not found:
                    self.problems.append(f"{argument}: directory holds no .txt files")
                self.items.extend(found)
            elif path.exists():
                self.items.append(path)
            else:
                self.problems.append(f"{argument}: no such file or directory")

    def _read_stdin(self) -> Source | None:
        data = sys.stdin.buffer.read() if sys.stdin is not None else b""
        try:
            return Source(text=data.decode("utf-8"), id=STDIN_ID)
        except UnicodeDecodeError as error:
            self.problems.append(f"{STDIN_ID}: not UTF-8 text (byte "
                                 f"0x{data[error.start]:02x} at offset {error.start})")
            return None


class _Progress:
    """A one-line counter on stderr, shown only when stderr is a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.enabled = enabled and total > 1 and sys.stderr.isatty()

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] "
                             f"{self.done}/{self.total} articles")
            sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 60 + "\r")
            sys.stderr.flush()

    def message(self, line: str) -> None:
        self.clear()
        print(line, file=sys.stderr)


def _problem_of(result: Result) -> str | None:
    if result.error is not None:
        return result.error
    if not result.source.text.strip():
        return f"{result.source.id}: empty (no text to read)"
    return None


def _open_output(path: str | None) -> io.TextIOWrapper:
    if path is None:
        # Claims are UTF-8 whatever the terminal's locale says.
        return io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
    return open(path, "w", encoding="utf-8", newline="\n")


def _extract(args: argparse.Namespace) -> int:
    inputs = _Inputs(args.paths)
    for input_problem in inputs.problems:
        print(f"claimkit: {input_problem}", file=sys.stderr)
    status = EXIT_BAD_INPUT if inputs.problems else EXIT_OK
    names = None if args.extractors is None else [
        n.strip() for n in args.extractors.split(",") if n.strip()]
    Extractor(names)  # an unknown name is a usage error before any output is written
    results: Iterator[Result] = extract_many(
        inputs.items, extractors=names, workers=max(1, args.workers), strict=args.strict)
    progress = _Progress(len(inputs.items), enabled=not args.no_progress)
    output = _open_output(args.output)
    writer = make_writer(args.format, output)
    try:
        for result in results:
            progress.step()
            problem = _problem_of(result)
            if problem is not None:
                progress.message(f"claimkit: {problem}")
                status = EXIT_BAD_INPUT
                continue
            for failure in result.failures:
                progress.message(f"claimkit: {result.source.id or STDIN_ID}: plugin "
                                 f"{failure.plugin!r} failed: {failure.error_type}: "
                                 f"{failure.message}")
                status = EXIT_BAD_INPUT
            writer.write(result)
    finally:
        progress.clear()
        writer.close()
        if args.output is not None:
            output.close()
        else:
            output.detach()
    return status


def _plugins() -> int:
    infos = [info.to_dict() for info in plugin_infos()]
    print(json.dumps(infos, indent=2, ensure_ascii=False))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (see the module docstring)."""
    args = _parser().parse_args(argv)
    # Plugin failures are reported as one line each below; the Python warning would repeat it.
    warnings.filterwarnings("ignore", category=ClaimkitWarning)
    try:
        if args.command == "plugins":
            return _plugins()
        return _extract(args)
    except UnknownExtractorError as error:
        print(f"claimkit: {error}", file=sys.stderr)
        return EXIT_USAGE
    except PluginLoadError as error:
        print(f"claimkit: {error}", file=sys.stderr)
        return EXIT_PLUGIN_LOAD
    except PluginError as error:
        print(f"claimkit: {error} (--strict)", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ClaimkitError as error:
        print(f"claimkit: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # `claimkit extract ... | head` closes the pipe early; that is not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
