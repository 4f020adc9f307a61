"""claimkit's policy-change extractor (plugin name ``policy``, kind ``policy_change``).

Finds sentences in which an actor authorizes, prohibits, lifts, imposes, changes,
keeps, reverses, urges, joins or rejects a policy, with the roles and attributes of
SPEC.md. See docs/plugins/policy.md for the rules and the lexicon format.
"""

from __future__ import annotations

from claimkit import hookimpl
from claimkit_policy._extract import KIND, extract

__all__ = ["claimkit_extract", "claimkit_kinds", "extract", "KIND"]


@hookimpl
def claimkit_kinds() -> list[str]:
    return [KIND]


@hookimpl
def claimkit_extract(document):  # type: ignore[no-untyped-def]
    return extract(document)
