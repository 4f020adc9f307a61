"""Reported speech and names, from the core's shared attribution knowledge.

The policy plugin never decides on its own who said what: ``claimkit.attribution``
(shared with the quote extractor) does. This module only adapts that API to the
questions the policy reasoning asks: "is this offset inside someone's speech, and
whose?" and "what is this mention's full name?".
"""

from __future__ import annotations

import bisect
from typing import Any

from claimkit import attribution as _attribution


class Reporting:
    """Lazy per-document view of the attributions (computed only if a claim asks)."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self._items: list[Any] | None = None
        self._starts: list[int] = []
        self._names: dict[tuple[int, int], str] = {}

    def _load(self) -> list[Any]:
        if self._items is None:
            try:
                found = _attribution.attributions(self.document)
            except Exception:  # a fault there must not cost us our own claims
                found = []
            items: list[Any] = sorted(
                (a for a in found if a.content is not None), key=lambda a: a.content.start
            )
            self._items = items
            self._starts = [a.content.start for a in items]
        return self._items

    def find(self, start: int, end: int) -> Any | None:
        """The attribution whose content holds text[start:end], if any."""
        items = self._load()
        if not items:
            return None
        i = bisect.bisect_right(self._starts, start) - 1
        # Contents may nest (a quote inside reported speech): look back a few.
        for j in range(i, max(-1, i - 4), -1):
            content = items[j].content
            if content.start <= start and end <= content.end:
                return items[j]
        return None

    def name(self, span: tuple[int, int] | None) -> str | None:
        if span is None:
            return None
        known = self._names.get(span)
        if known is not None:
            return known
        text = self.document.text[span[0] : span[1]]
        resolved = None
        try:
            resolved = _attribution.resolve_name(self.document, self.document.span(*span))
        except Exception:  # as above: keep the claim, with the mention as its name
            resolved = None
        self._names[span] = resolved or text
        return resolved or text

    def is_speaker(self, speaker: Any, actor: tuple[int, int], speaker_name: str | None) -> bool:
        """Is the actor the speaker: the same mention, "we"/"our" in the speaker's own
        words, or a mention that resolves to the speaker's name?"""
        if speaker is None:
            return self.document.text[actor[0] : actor[1]].lower() in _FIRST_PERSON
        if speaker.start < actor[1] and actor[0] < speaker.end:
            return True
        if self.document.text[actor[0] : actor[1]].lower() in _FIRST_PERSON:
            return True
        actor_name = self.name(actor)
        return bool(speaker_name and actor_name and speaker_name.lower() == actor_name.lower())


_FIRST_PERSON = frozenset(("we", "our", "i", "us", "my", "me"))
