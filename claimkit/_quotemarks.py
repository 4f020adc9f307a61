"""Quote-mark pairing: find quotations in text, with offsets.

Knows curly (“ ”), straight ("), low-high („ “), guillemet (« » ‹ ›) and single (‘ ’ ')
marks. A quotation never runs past the end of its paragraph unless the next paragraph
opens with a quote mark (the newswire convention for multi-paragraph quotes), so one
stray mark cannot swallow the rest of an article. Linear time: one scan over the marks.
"""

from __future__ import annotations

import re

import attrs

from claimkit._model import Span
from claimkit._text import paragraphs as _paragraphs

__all__ = ["Quotation", "find_quotations"]

_DOUBLE_MARKS = re.compile("[\u201c\u201d\u201e\"\u00ab\u00bb]")
_OPENERS = {"\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb", '"': '"'}


@attrs.frozen
class Quotation:
    """One quotation: ``text[start:end]`` runs from its opening mark to its closing mark.

    ``content`` is what lies between the marks. ``closed`` is False when no closing mark
    was found and the quotation was cut at the end of its paragraph.
    """

    start: int
    end: int
    content: Span
    open_mark: str
    close_mark: str | None

    @property
    def closed(self) -> bool:
        return self.close_mark is not None


def _make(text: str, start: int, end: int, close_mark: str | None) -> Quotation:
    content_start = start + 1
    content_end = end - 1 if close_mark is not None else end
    content_end = max(content_start, content_end)
    return Quotation(start, end, Span(content_start, content_end, text[content_start:content_end]),
                     text[start], close_mark)


def find_quotations(text: str) -> list[Quotation]:
    """Pair double quote marks paragraph by paragraph; see the module docstring."""
    found: list[Quotation] = []
    for para in _paragraphs(text):
        open_at = -1
        for match in _DOUBLE_MARKS.finditer(text, para.start, para.end):
            mark, at = match.group(), match.start()
            if open_at < 0:
                if mark in _OPENERS:
                    open_at = at
                continue
            opener = text[open_at]
            expected = _OPENERS[opener]
            before = text[at - 1] if at > 0 else " "
            after = text[at + 1] if at + 1 < len(text) else " "
            closes = mark == expected or mark == "\u201d" or (
                # a mistyped closing mark: “ ... “ where the second follows a word
                mark == opener and not before.isspace() and (after.isspace() or not after.isalnum())
            )
            if closes:
                found.append(_make(text, open_at, at + 1, mark))
                open_at = -1
            elif mark in _OPENERS:
                open_at = at
        if open_at >= 0:
            found.append(_make(text, open_at, para.end, None))
    return found
