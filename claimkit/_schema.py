"""JSON Schema of a claim record in JSON Lines output (``Claim.to_dict()`` + ``source``).

The committed copy is ``claimkit/schemas/claim-record.schema.json``; a test fails when
it differs from ``claim_record_schema()``. Regenerate it with
``python -m claimkit._schema > claimkit/schemas/claim-record.schema.json``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimkit._output import SCHEMA_VERSION

__all__ = ["claim_record_schema", "SCHEMA_PATH"]

SCHEMA_PATH = Path(__file__).with_name("schemas") / "claim-record.schema.json"

_SPAN: dict[str, Any] = {
    "type": "object",
    "description": "A stretch text[start:end] of the article (code points, end excluded).",
    "properties": {
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
        "text": {"type": "string"},
    },
    "required": ["start", "end", "text"],
    "additionalProperties": False,
}


def claim_record_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://claimkit.invalid/schemas/claim-record/v{SCHEMA_VERSION}",
        "title": "claimkit claim record",
        "description": (
            "One claim per line of claimkit's JSON Lines output, after the header record "
            f"(schema_version {SCHEMA_VERSION}). Offsets are Python string indices into "
            "the article text, end excluded; text[start:end] == text for the claim and "
            "every role."
        ),
        "type": "object",
        "properties": {
            "kind": {"type": "string", "minLength": 1,
                     "description": "quote, numeric_fact, policy_change, or a plugin's own"},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
            "text": {"type": "string"},
            "extractor": {"type": "string", "description": "name of the plugin"},
            "confidence": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
            "roles": {"type": "object", "additionalProperties": {"$ref": "#/$defs/span"}},
            "attributes": {"type": "object"},
            "source": {"type": ["string", "null"],
                       "description": "id of the article; for a file, its path as given"},
        },
        "required": ["kind", "start", "end", "text", "extractor", "confidence", "roles",
                     "attributes", "source"],
        "additionalProperties": False,
        "$defs": {"span": _SPAN},
    }


def render() -> str:
    return json.dumps(claim_record_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(render(), end="")
