"""The repository's own scripts (not part of the package) still run."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _script(name: str) -> dict[str, Any]:
    return runpy.run_path(str(ROOT / "scripts" / name))


def test_shared_text_check_finds_copied_runs_across_a_line_break(tmp_path: Path) -> None:
    check = _script("check_shared_text.py")
    shared = tmp_path / "shared"
    (shared / "corpus" / "news").mkdir(parents=True)
    (shared / "corpus" / "news" / "1.txt").write_text(
        "The river board said the new weir would open next spring after years of delay.",
        encoding="utf-8")
    runs = check["shared_runs"](shared, 6)
    ours = tmp_path / "example.md"
    ours.write_text("An example, in our words:\n"
                    "the new weir would open\n"
                    "next spring, as planned.\n"
                    "The weir opens in spring, the board says.\n", encoding="utf-8")
    assert list(check["shared_lines"](ours, runs, 6)) == [
        (2, "the new weir would open next")]


def test_shared_text_check_passes_without_shared_data(tmp_path: Path) -> None:
    check = _script("check_shared_text.py")
    assert check["main"]([str(tmp_path / "missing")]) == 0
