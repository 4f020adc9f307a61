"""From the core's attributions to ``quote`` claims."""

from __future__ import annotations

import bisect

from claimkit import Claim, Document
from claimkit.attribution import Attribution, attributions
from claimkit_quotes._furniture import furniture_spans

KIND = "quote"
#: Attributions whose layout was right less often than this on the training data are not
#: claimed: below about a third, a claim costs F1 more than it adds (docs/plugins/quotes.md).
MIN_CONFIDENCE = 0.3


def extract_quotes(document: Document) -> list[Claim]:
    found = attributions(document)
    if not found:
        return []
    furniture = furniture_spans(document)
    claims: list[Claim] = []
    for attribution in found:
        if attribution.content is None or attribution.confidence < MIN_CONFIDENCE:
            continue
        if furniture and _inside_any(attribution.content.start, furniture):
            continue
        claims.append(_claim(document, attribution))
    return claims


def _inside_any(offset: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (offset, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _claim(document: Document, attribution: Attribution) -> Claim:
    roles = {"content": attribution.content, "speaker": attribution.speaker,
             "cue": attribution.cue}
    return document.claim(
        KIND, roles,
        attributes={"quote_type": attribution.quote_type,
                    "speaker_name": attribution.speaker_name},
        confidence=round(attribution.confidence, 2),
        start=attribution.start if attribution.start >= 0 else None,
        end=attribution.end if attribution.end >= 0 else None,
    )
