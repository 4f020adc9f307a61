"""From the core's attributions to ``quote`` claims."""

from __future__ import annotations

from claimkit import Claim, Document, Span
from claimkit.attribution import Attribution, attributions
from claimkit_quotes._furniture import on_furniture_line

KIND = "quote"
#: The name the plugin is registered under (its entry point). Claims carry it from the
#: start, so the host has no copy to make; under another name the host restamps them.
NAME = "quotes"
#: Attributions whose layout was right less often than this on the training data are not
#: claimed: below about a third, a claim costs F1 more than it adds (docs/plugins/quotes.md).
MIN_CONFIDENCE = 0.3


def extract_quotes(document: Document) -> list[Claim]:
    found = attributions(document)
    if not found:
        return []
    text = document.text
    lines: dict[int, bool] = {}
    claims: list[Claim] = []
    for attribution in found:
        content = attribution.content
        if content is None or attribution.confidence < MIN_CONFIDENCE:
            continue
        if on_furniture_line(text, content.start, lines):
            continue
        claims.append(_claim(text, attribution, content))
    return claims


def _claim(text: str, attribution: Attribution, content: Span) -> Claim:
    # The attribution's spans are already the article's (the core builds them with
    # ``Document.span``), so the claim reuses them instead of slicing the text again.
    speaker, cue = attribution.speaker, attribution.cue
    roles = {"content": content}
    start, end = content.start, content.end
    if speaker is not None:
        roles["speaker"] = speaker
        start, end = min(start, speaker.start), max(end, speaker.end)
    roles["cue"] = cue
    start, end = min(start, cue.start), max(end, cue.end)
    if attribution.start >= 0:
        start = min(start, attribution.start)
    if attribution.end >= 0:
        end = max(end, attribution.end)
    return Claim(
        kind=KIND, start=start, end=end, text=text[start:end], extractor=NAME,
        confidence=round(attribution.confidence, 2), roles=roles,
        attributes={"quote_type": attribution.quote_type,
                    "speaker_name": attribution.speaker_name},
    )
