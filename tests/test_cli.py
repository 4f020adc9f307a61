"""The command line: formats, inputs, bad input and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import claimkit
from claimkit._cli import main
from claimkit._schema import SCHEMA_PATH, claim_record_schema, render

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "lexpress-biden-kharkiv.txt"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(out):
    return [json.loads(line) for line in out.splitlines()]


def test_jsonl_on_the_seed_matches_the_committed_schema(capsys):
    code, out, err = run(capsys, "extract", str(SEED), "--format", "jsonl")
    assert code == 0, err
    header, *records = jsonl(out)
    assert header == {"schema_version": claimkit.SCHEMA_VERSION,
                      "claimkit_version": claimkit.__version__}
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    text = SEED.read_text(encoding="utf-8")
    assert records, "the seed article yields claims"
    for record in records:
        jsonschema.validate(record, schema)
        assert record["source"] == str(SEED)
        assert text[record["start"]:record["end"]] == record["text"]


def test_committed_schema_is_not_stale():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == render(), (
        "regenerate: python -m claimkit._schema > claimkit/schemas/claim-record.schema.json")
    jsonschema.Draft202012Validator.check_schema(claim_record_schema())


def test_json_csv_and_table_formats_carry_the_same_claims(capsys):
    _, out, _ = run(capsys, "extract", str(SEED))
    expected = [(r["kind"], r["start"], r["end"]) for r in jsonl(out)[1:]]
    _, out, _ = run(capsys, "extract", str(SEED), "--format", "json")
    document = json.loads(out)
    assert document["schema_version"] == claimkit.SCHEMA_VERSION
    assert [(r["kind"], r["start"], r["end"]) for r in document["claims"]] == expected
    _, out, _ = run(capsys, "extract", str(SEED), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["kind"], int(r["start"]), int(r["end"])) for r in rows] == expected
    assert json.loads(rows[0]["roles"])
    _, out, _ = run(capsys, "extract", str(SEED), "--format", "table")
    assert out.splitlines()[0].startswith("source")
    assert len(out.splitlines()) == len(expected) + 1


def test_empty_json_output_is_valid(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Nothing to see.", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(tmp_path / "a.txt"), "-e", "quotes",
                       "--format", "json")
    assert code == 0 and json.loads(out)["claims"] == []


def test_directories_recursive_output_file_and_extractor_choice(tmp_path, capsys):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "two.txt").write_text("Prices rose 5% to $3bn, he said.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored: not a .txt file", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    code, out, err = run(capsys, "extract", str(tmp_path), "-e", "numbers", "-o", str(target))
    assert code == 0, err
    assert out == ""
    records = jsonl(target.read_text(encoding="utf-8"))[1:]
    assert {r["extractor"] for r in records} == {"numbers"}
    assert {Path(r["source"]).name for r in records} == {"one.txt", "two.txt"}


def test_bad_inputs_are_named_and_the_rest_is_processed(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_bytes(SEED.read_bytes())
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Price: \xa3300".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    no_text = tmp_path / "no-text"
    no_text.mkdir()
    code, out, err = run(capsys, "extract", str(latin1), str(tmp_path / "missing.txt"),
                         str(empty), str(no_text), str(good))
    assert code == 1
    lines = err.splitlines()
    assert f"claimkit: {latin1}: not UTF-8 text (byte 0xa3 at offset 7)" in lines
    assert f"claimkit: {tmp_path / 'missing.txt'}: no such file or directory" in lines
    assert f"claimkit: {empty}: empty (no text to read)" in lines
    assert f"claimkit: {no_text}: directory holds no .txt files" in lines
    assert "Traceback" not in err
    assert {r["source"] for r in jsonl(out)[1:]} == {str(good)}


def test_unknown_extractor_is_a_usage_error(capsys):
    code, _, err = run(capsys, "extract", str(SEED), "-e", "nope")
    assert code == 2
    assert "no extractor named 'nope'" in err and "numbers" in err


def test_plugins_lists_name_version_kinds(capsys):
    code, out, _ = run(capsys, "plugins")
    assert code == 0
    plugins = {p["name"]: p for p in json.loads(out)}
    assert plugins["numbers"]["kinds"] == ["numeric_fact"]
    assert plugins["quotes"]["version"] == claimkit.__version__


def test_stdin_and_python_dash_m(tmp_path):
    data = "“Not UTF-8 free” — still fine, she said.".encode()
    done = subprocess.run([sys.executable, "-m", "claimkit", "extract", "-", "-e", "quotes"],
                          input=data, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    header, *records = jsonl(done.stdout.decode("utf-8"))
    assert all(r["source"] == "<stdin>" for r in records)
    bad = subprocess.run([sys.executable, "-m", "claimkit", "extract", "-"],
                         input=b"\xff\xfe", capture_output=True, timeout=120)
    assert bad.returncode == 1
    assert b"<stdin>: not UTF-8 text" in bad.stderr


def test_workers_give_the_same_output_as_one_process(tmp_path, capsys):
    for i in range(5):
        (tmp_path / f"{i}.txt").write_bytes(SEED.read_bytes())
    _, one, _ = run(capsys, "extract", str(tmp_path))
    _, two, _ = run(capsys, "extract", str(tmp_path), "--workers", "2")
    assert one == two


@pytest.mark.parametrize("argv", [[], ["extract"], ["extract", "x", "--format", "xml"]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


def test_progress_bar_only_on_a_terminal(monkeypatch, capsys):
    from claimkit._cli import _Progress

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    bar = _Progress(total=2, enabled=True)
    bar.step()
    bar.clear()
    assert "1/2 articles" in capsys.readouterr().err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    quiet = _Progress(total=2, enabled=True)
    quiet.step()
    assert capsys.readouterr().err == ""
