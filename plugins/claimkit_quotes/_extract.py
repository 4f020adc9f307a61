"""From the core's attributions to ``quote`` claims."""

from __future__ import annotations

from claimkit import Claim, Document
from claimkit.attribution import Attribution, attributions
from claimkit_quotes._furniture import furniture_spans

KIND = "quote"


def extract_quotes(document: Document) -> list[Claim]:
    found = attributions(document)
    if not found:
        return []
    furniture = furniture_spans(document)
    claims: list[Claim] = []
    for attribution in found:
        if attribution.content is None:
            continue
        if furniture and _inside_any(attribution.content.start, furniture):
            continue
        claims.append(_claim(document, attribution))
    return claims


def _inside_any(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _claim(document: Document, attribution: Attribution) -> Claim:
    continued = attribution.layout == "continued"
    roles = {
        "content": attribution.content,
        # A continued quote's speaker and cue sit in an earlier paragraph; the claim
        # would stretch over everything between, so only the resolved name is kept.
        "speaker": None if continued else attribution.speaker,
        "cue": None if continued else attribution.cue,
    }
    start = attribution.start if attribution.start >= 0 else None
    end = attribution.end if attribution.end >= 0 else None
    if continued:
        start, end = attribution.content.start - 1, attribution.content.end + 1
        start = max(0, start)
        end = min(len(document.text), end)
    return document.claim(
        KIND, roles,
        attributes={"quote_type": attribution.quote_type,
                    "speaker_name": attribution.speaker_name},
        confidence=round(attribution.confidence, 2),
        start=start, end=end,
    )
