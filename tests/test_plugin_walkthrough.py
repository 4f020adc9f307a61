"""docs/writing-a-plugin.md, followed for real: the example plugin is built and installed
with pip, found through the entry-point group, and its claims come out."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "writing-a-plugin.md"
EXAMPLE = ROOT / "docs" / "examples" / "claimkit-questions"


def code_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


def test_the_guide_shows_the_example_files_verbatim():
    assert (EXAMPLE / "claimkit_questions.py").read_text(encoding="utf-8") in code_blocks(
        "python")
    assert (EXAMPLE / "pyproject.toml").read_text(encoding="utf-8") in code_blocks("toml")


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict[str, str]:
    target = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target",
         str(target), str(EXAMPLE)],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(target), env.get("PYTHONPATH")]))
    return env


def claimkit_cli(env, *args, stdin=""):
    return subprocess.run([sys.executable, "-m", "claimkit", *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=120)


def test_installed_plugin_is_found(installed):
    done = claimkit_cli(installed, "plugins")
    assert done.returncode == 0, done.stderr
    plugins = {p["name"]: p for p in json.loads(done.stdout)}
    assert plugins["questions"] == {"name": "questions", "version": "0.1.0",
                                    "kinds": ["question"], "module": "claimkit_questions"}
    assert {"quotes", "numbers", "policy"} <= set(plugins)


def test_installed_plugin_claims_come_out_as_the_guide_shows(installed):
    done = claimkit_cli(installed, "extract", "-", "--extractors", "questions",
                        stdin="Is it over? Nobody knows.\n")
    assert done.returncode == 0, done.stderr
    guide_console = GUIDE.read_text(encoding="utf-8")
    for line in done.stdout.splitlines():
        assert line in guide_console, f"the guide does not show: {line}"


def test_the_guides_own_test_passes(installed, tmp_path):
    test_code = next(block for block in code_blocks("python") if "def test_" in block)
    (tmp_path / "test_guide.py").write_text(test_code, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(tmp_path / "test_guide.py")],
                          capture_output=True, text=True, env=installed, timeout=300,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr


def test_all_plugins_run_together_with_the_new_one(installed):
    seed = (ROOT / "seeds" / "lexpress-biden-kharkiv.txt").read_text(encoding="utf-8")
    done = claimkit_cli(installed, "extract", "-", stdin=seed + "\nIs this the end?\n")
    assert done.returncode == 0, done.stderr
    kinds = {json.loads(line).get("kind") for line in done.stdout.splitlines()[1:]}
    assert "question" in kinds
