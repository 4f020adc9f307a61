"""Writers for claim output: JSON Lines, JSON, CSV and a human-readable table.

Every writer is streaming: ``write(result)`` once per article, then ``close()``.
JSON Lines starts with one header record (``schema_version`` and ``claimkit_version``);
each claim record is ``Claim.to_dict()`` plus ``"source"``, the article's id.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from typing import IO, Any

from claimkit._host import Result
from claimkit._model import Claim, json_default
from claimkit._version import __version__

__all__ = ["FORMATS", "SCHEMA_VERSION", "header_record", "claim_record", "make_writer", "Writer"]

#: Version of the claim JSON form; changes only when a field is removed or changes meaning.
SCHEMA_VERSION = "1"

FORMATS = ("jsonl", "json", "csv", "table")


def header_record() -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "claimkit_version": __version__}


def claim_record(claim: Claim, source_id: str | None) -> dict[str, Any]:
    """A claim as one JSON Lines record: ``Claim.to_dict()`` plus ``source``."""
    record = claim.to_dict()
    record["source"] = source_id
    return record


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=json_default)


class Writer:
    """Base class: subclasses write claims of one article at a time."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def write(self, result: Result) -> None:
        for claim in result.claims:
            self.write_claim(claim, result.source.id)
            self.count += 1

    def write_claim(self, claim: Claim, source_id: str | None) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()


class JsonLinesWriter(Writer):
    def __init__(self, stream: IO[str]) -> None:
        super().__init__(stream)
        stream.write(_dumps(header_record()) + "\n")

    def write_claim(self, claim: Claim, source_id: str | None) -> None:
        self.stream.write(_dumps(claim_record(claim, source_id)) + "\n")


class JsonWriter(Writer):
    """One JSON object: the header fields and a ``claims`` list, written as it goes."""

    def __init__(self, stream: IO[str]) -> None:
        super().__init__(stream)
        head = _dumps(header_record())[:-1]  # keep the object open for "claims"
        stream.write(head + ', "claims": [')

    def write_claim(self, claim: Claim, source_id: str | None) -> None:
        self.stream.write(("\n  " if self.count == 0 else ",\n  ")
                          + _dumps(claim_record(claim, source_id)))

    def close(self) -> None:
        self.stream.write("\n]}\n" if self.count else "]}\n")
        super().close()


class CsvWriter(Writer):
    """One row per claim; roles and attributes as JSON in their own columns."""

    COLUMNS = ("source", "kind", "start", "end", "text", "extractor", "confidence",
               "roles", "attributes")

    def __init__(self, stream: IO[str]) -> None:
        super().__init__(stream)
        self.csv = csv.writer(stream, lineterminator="\n")
        self.csv.writerow(self.COLUMNS)

    def write_claim(self, claim: Claim, source_id: str | None) -> None:
        record = claim.to_dict()
        self.csv.writerow([
            source_id or "", claim.kind, claim.start, claim.end, claim.text, claim.extractor,
            "" if claim.confidence is None else claim.confidence,
            _dumps(record["roles"]), _dumps(record["attributes"]),
        ])


class TableWriter(Writer):
    """Aligned columns for reading in a terminal; long texts are shortened."""

    WIDTH = 60

    def __init__(self, stream: IO[str]) -> None:
        super().__init__(stream)
        stream.write(f"{'source':<24} {'kind':<14} {'span':<13} {'text':<{self.WIDTH}} details\n")

    @classmethod
    def _short(cls, text: str, width: int) -> str:
        flat = " ".join(text.split())
        return flat if len(flat) <= width else flat[: width - 1] + "…"

    def write_claim(self, claim: Claim, source_id: str | None) -> None:
        details = ", ".join(f"{key}={value}" for key, value in claim.attributes.items()
                            if value not in (None, False, ""))
        span = f"{claim.start}-{claim.end}"
        source = self._short(source_id or "-", 24)
        text = self._short(claim.text, self.WIDTH)
        self.stream.write(f"{source:<24} {claim.kind:<14} {span:<13} {text:<{self.WIDTH}} "
                          f"{details}\n")


_WRITERS: dict[str, Callable[[IO[str]], Writer]] = {
    "jsonl": JsonLinesWriter,
    "json": JsonWriter,
    "csv": CsvWriter,
    "table": TableWriter,
}


def make_writer(format: str, stream: IO[str]) -> Writer:
    try:
        return _WRITERS[format](stream)
    except KeyError:
        raise ValueError(f"unknown format {format!r}; choose from {', '.join(FORMATS)}") from None
