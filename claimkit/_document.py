"""The document every plugin receives: the article plus analyses computed once, lazily.

Paragraphs, sentences and quotations are computed the first time a plugin asks and are
then shared by all plugins that read the same document. ``Document.claim`` is the easy
way for a plugin to build a claim whose spans are right by construction.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Union

from claimkit._model import Claim, Source, Span
from claimkit._text import paragraphs, sentences

if TYPE_CHECKING:
    from claimkit._quotemarks import Quotation

__all__ = ["Document"]

SpanLike = Union[Span, "tuple[int, int]"]


class Document:
    """An article as plugins see it. Build one with ``Document(text_or_source)``.

    ``cache`` is a dict plugins may use to share their own per-document analyses
    (key them by a name of your plugin's, e.g. ``"myplugin.entities"``).
    """

    def __init__(self, source: Source | str) -> None:
        self.source: Source = Source.of(source)
        self.text: str = self.source.text
        self.cache: dict[str, Any] = {}
        # Set by the plugin host while a plugin runs, so that ``claim`` can stamp the
        # plugin's name at construction instead of the host copying every claim after.
        self._extractor_name = ""

    def __repr__(self) -> str:
        return f"Document(id={self.source.id!r}, length={len(self.text)})"

    @property
    def id(self) -> str | None:
        return self.source.id

    @cached_property
    def lower_text(self) -> str:
        """``text`` lower-cased, with the same length, so offsets carry over unchanged.

        Scanning this with a case-sensitive pattern is faster than an IGNORECASE scan of
        ``text``. The few characters whose lower case is longer (such as "İ") are kept
        as they are.
        """
        lowered = self.text.lower()
        if len(lowered) == len(self.text):
            return lowered
        return "".join(ch if len(low := ch.lower()) != 1 else low for ch in self.text)

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Paragraphs (separated by blank lines), in order."""
        return paragraphs(self.text)

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences, in order; none crosses a paragraph boundary."""
        return sentences(self.text, self.paragraphs)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def quotations(self) -> list[Quotation]:
        """Paired quotation marks (see ``claimkit.find_quotations``), in order."""
        from claimkit._quotemarks import find_quotations

        return find_quotations(self.text, self.paragraphs)

    def sentence_index(self, offset: int) -> int | None:
        """Index into ``sentences`` of the sentence holding ``offset`` (None: between)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def paragraph_index(self, offset: int) -> int | None:
        """Index into ``paragraphs`` of the paragraph holding ``offset`` (None: between)."""
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return i
        return None

    def span(self, start: int, end: int) -> Span:
        """The Span ``text[start:end]``."""
        return Span(start, end, self.text[start:end])

    def claim(
        self,
        kind: str,
        roles: Mapping[str, SpanLike | None],
        *,
        attributes: Mapping[str, Any] | None = None,
        confidence: float | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> Claim:
        """Build a claim from role offsets; roles given as None are left out.

        The claim's span is the smallest one holding every role, widened to ``start`` /
        ``end`` when they are given (to take in a quote's marks, say).
        """
        text = self.text
        role_spans: dict[str, Span] = {}
        claim_start, claim_end = start, end
        for name, value in roles.items():
            if value is None:
                continue
            # Rebuilt from the offsets even when given a Span, so its text is the article's.
            if isinstance(value, Span):
                role_start, role_end = value.start, value.end
            else:
                role_start, role_end = value[0], value[1]
            role_spans[name] = Span(role_start, role_end, text[role_start:role_end])
            if claim_start is None or role_start < claim_start:
                claim_start = role_start
            if claim_end is None or role_end > claim_end:
                claim_end = role_end
        if claim_start is None or claim_end is None:
            raise ValueError("a claim needs at least one role or an explicit start and end")
        return Claim(
            kind=kind,
            start=claim_start,
            end=claim_end,
            text=text[claim_start:claim_end],
            extractor=self._extractor_name,
            confidence=confidence,
            roles=role_spans,
            attributes=attributes,  # copied by Claim's converter
        )
