"""claimkit's numeric-fact extractor (plugin name ``numbers``, claim kind ``numeric_fact``).

It reads quantities with their unit ("300 km", "$3bn", "5 per cent"), ranges ("200-300
km"), qualifiers ("up to", "about"), changes ("rose 5%"), counts ("two missiles") and,
where the sentence says it, what is measured. Units, currencies and number words come
from the tables in ``data/``. See docs/plugins/numbers.md for the rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from claimkit import hookimpl
from claimkit_numbers._extract import KIND, read_quantities

if TYPE_CHECKING:
    from claimkit import Claim
    from claimkit._document import Document

__all__ = ["claimkit_extract", "claimkit_kinds", "read_quantities"]


@hookimpl
def claimkit_kinds() -> Iterable[str]:
    return [KIND]


@hookimpl
def claimkit_extract(document: Document) -> list[Claim]:
    folded = getattr(document, "lower_text", None)  # shared with other plugins when present
    claim = document.claim
    return [claim(KIND, found["roles"], attributes=found["attributes"],
                  confidence=found["confidence"])
            for found in read_quantities(document.text, folded)]
