"""Docs that must not rot: every hook is documented, README's test command is CI's."""

from __future__ import annotations

import re
from pathlib import Path

from claimkit import _hookspecs

ROOT = Path(__file__).resolve().parent.parent


def test_every_hook_has_a_heading_in_the_hooks_page():
    page = (ROOT / "docs" / "hooks.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^## (claimkit_\w+)$", page, re.M))
    hooks = {name for name in dir(_hookspecs) if name.startswith("claimkit_")}
    assert hooks == headings


def test_ci_runs_the_test_command_written_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = re.search(r"<!-- test-command -->\n```console\n\$ (.+)\n```", readme).group(1)
    assert command in ci
