"""Quote-mark pairing: find quotations in text, with offsets.

Knows curly (“ ”), straight ("), low-high („ “), guillemet (« » ‹ ›) and single (‘ ’ ')
marks. Single marks double as apostrophes ("It’s", "Ukrainians'", "rock 'n' roll") and
straight marks as feet and inches (5'10"), so a single mark counts only where a quote
can open or close, and a single-quoted stretch must close within its paragraph.

Mistyped and unbalanced marks are common in newswire: “ ... “ (the second mark typed the
wrong way round) closes the quotation when it cannot be opening one; a stray opening mark
stays open only to the end of its paragraph, so it cannot swallow the rest of an article.
A quotation carries on into the next paragraph only when that paragraph opens with a
quote mark of the same family (the newswire convention for multi-paragraph quotes).

Linear time: one regex scan over the marks and a constant amount of work per mark.
"""

from __future__ import annotations

import bisect
import re

import attrs

from claimkit._model import Span
from claimkit._text import paragraphs as _paragraphs

__all__ = ["Quotation", "find_quotations"]

_LEFT_DOUBLE, _RIGHT_DOUBLE, _LOW_DOUBLE = "\u201c", "\u201d", "\u201e"
_LEFT_SINGLE, _RIGHT_SINGLE = "\u2018", "\u2019"
_LEFT_GUILLEMET, _RIGHT_GUILLEMET = "\u00ab", "\u00bb"
_LEFT_SINGLE_GUILLEMET, _RIGHT_SINGLE_GUILLEMET = "\u2039", "\u203a"

# Every mark that can open or close a quotation. Apostrophes are filtered in Python,
# where the neighbouring characters are cheap to look at.
#
# The pattern opens with a character class, so the engine skips from mark to mark without
# trying a match at every position. After a single mark (‘ ’ ') it then asks for a
# non-word character on one side at least: an apostrophe inside a word ("it's") can
# neither open nor close a quotation, and most single marks in news are such apostrophes.
# A straight single mark followed by another (and not a third) is the typewriter pair.
_MARKS = re.compile(
    "[\u201c\u201d\u201e\u201f\"\u00ab\u00bb\u2039\u203a\u2018\u2019']"
    "(?:(?<=')'(?!')|(?<![\u2018\u2019'])|(?![^\\W_])|(?<![^\\W_].))")
# Two apostrophes stand for a straight double mark in some newswire (NYT archives).
_TYPEWRITER = "''"

# Opening mark -> the marks that may close it. A right double mark closes any double
# quotation, since typists mix the families more often than they nest them.
_DOUBLE_CLOSERS = {
    _LEFT_DOUBLE: (_RIGHT_DOUBLE, _LEFT_DOUBLE, '"'),
    _LOW_DOUBLE: (_LEFT_DOUBLE, _RIGHT_DOUBLE),
    "\u201f": (_RIGHT_DOUBLE,),
    '"': ('"', _RIGHT_DOUBLE),
    _TYPEWRITER: (_TYPEWRITER,),
    _LEFT_GUILLEMET: (_RIGHT_GUILLEMET,),
}
_SINGLE_CLOSERS = {
    _LEFT_SINGLE: (_RIGHT_SINGLE, "'"),
    "'": ("'", _RIGHT_SINGLE),
    _LEFT_SINGLE_GUILLEMET: (_RIGHT_SINGLE_GUILLEMET,),
}
# Marks that may open the continuation paragraph of a multi-paragraph quotation.
_CONTINUATION = {
    _LEFT_DOUBLE: (_LEFT_DOUBLE, _LOW_DOUBLE, '"'),
    _LOW_DOUBLE: (_LOW_DOUBLE, _LEFT_DOUBLE),
    "\u201f": (_LEFT_DOUBLE, "\u201f"),
    '"': ('"', _LEFT_DOUBLE),
    _TYPEWRITER: (_TYPEWRITER,),
    _LEFT_GUILLEMET: (_LEFT_GUILLEMET,),
}
# The shortest single-quoted content taken as a quotation: "rock 'n' roll" is not one.
_MIN_SINGLE_CONTENT = 3


@attrs.frozen
class Quotation:
    """One quotation: ``text[start:end]`` runs from its opening mark to its closing mark.

    ``content`` is what lies between the marks. ``closed`` is False when no closing mark
    was found and the quotation was cut at the end of its paragraph (or just before the
    next opening mark). ``paragraph_count`` is above 1 for a quotation continued over
    several paragraphs; its content then holds the continuation marks too.
    """

    start: int
    end: int
    content: Span
    open_mark: str
    close_mark: str | None
    paragraph_count: int = 1

    @property
    def closed(self) -> bool:
        return self.close_mark is not None

    @property
    def single(self) -> bool:
        """Single-marked (‘ ’ ' ‹ ›): in newswire these are mostly headlines and nested quotes."""
        return self.open_mark in _SINGLE_CLOSERS


def _make(text: str, start: int, end: int, close_mark: str | None, paragraph_count: int = 1,
          ) -> Quotation:
    open_mark = _TYPEWRITER if text.startswith(_TYPEWRITER, start) else text[start]
    content_start = min(start + len(open_mark), end)
    content_end = end - len(close_mark) if close_mark is not None else end
    content_end = max(content_start, content_end)
    return Quotation(start, end, Span(content_start, content_end, text[content_start:content_end]),
                     open_mark, close_mark, paragraph_count)


def _is_word(char: str) -> bool:
    return char.isalnum()


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return end


def find_quotations(text: str, paragraph_spans: list[Span] | None = None) -> list[Quotation]:
    """Pair quote marks; see the module docstring for the rules.

    ``paragraph_spans``: the text's paragraphs, if already computed (``Document`` passes
    its own so they are not split twice).
    """
    found: list[Quotation] = []
    length = len(text)
    paras = _paragraphs(text) if paragraph_spans is None else paragraph_spans
    # A double quotation left open at a paragraph end, waiting to see if it continues.
    open_at = -1
    open_mark = ""
    open_paragraphs = 1
    skip_mark_at = -1
    if not paras:
        return found
    ends = [para.end for para in paras]
    index = 0
    para_end = ends[0]
    single_at = -1
    single_mark = ""
    for match in _MARKS.finditer(text, paras[0].start, paras[-1].end):
        at = match.start()
        if at >= para_end:
            # Close the paragraphs before this mark's (marks never fall between them).
            while at >= para_end:
                if open_at >= 0:
                    open_at, open_mark, open_paragraphs, skip_mark_at = _paragraph_end(
                        text, paras, index, open_at, open_mark, open_paragraphs, found)
                    index += 1
                else:
                    skip_mark_at = -1
                    index = bisect.bisect_right(ends, at, index + 1)
                para_end = ends[index]
            single_at = -1
            single_mark = ""
        if at == skip_mark_at:
            continue
        mark = match.group()
        before = text[at - 1] if at > 0 else " "
        after = text[match.end()] if match.end() < length else " "
        if open_at >= 0:
            if mark in _DOUBLE_CLOSERS[open_mark]:
                if mark == '"' and before.isdigit() and _is_inch_mark(text, at):
                    continue
                if mark == open_mark or (mark == '"' and open_mark != '"'):
                    # The same mark again (or a stray straight one inside curly
                    # ones): a closer unless it sits where only an opener can.
                    if before.isspace() and _is_word(after):
                        if mark == open_mark:
                            end = _trim_end(text, open_at, at)
                            found.append(_make(text, open_at, end, None, open_paragraphs))
                            open_at, open_mark, open_paragraphs = at, mark, 1
                        continue
                found.append(_make(text, open_at, match.end(), mark, open_paragraphs))
                open_at, open_mark, open_paragraphs = -1, "", 1
            elif mark in _DOUBLE_CLOSERS and before.isspace() and _is_word(after):
                # A new opening mark of another family: the old one was stray.
                end = _trim_end(text, open_at, at)
                found.append(_make(text, open_at, end, None, open_paragraphs))
                open_at, open_mark, open_paragraphs = at, mark, 1
            continue
        if mark in _DOUBLE_CLOSERS or (mark == _RIGHT_DOUBLE and not _is_word(before)
                                       and _is_word(after)):
            if mark == '"' and before.isdigit() and _is_inch_mark(text, at):
                continue
            if mark == _RIGHT_DOUBLE:
                mark_key = _LEFT_DOUBLE  # a right mark typed where a left one belongs
            else:
                mark_key = mark
            single_at = -1
            open_at, open_mark, open_paragraphs = at, mark_key, 1
            continue
        if mark in (_RIGHT_GUILLEMET, _RIGHT_DOUBLE):
            continue
        # Single marks: only outside double quotations (inside they are nested quotes
        # or apostrophes, and the double quotation already covers them).
        if single_at >= 0 and mark in _SINGLE_CLOSERS[single_mark] and (
                not _is_word(after) and not before.isspace()):
            if at - single_at - 1 >= _MIN_SINGLE_CONTENT:
                found.append(_make(text, single_at, at + 1, mark))
            single_at = -1
        elif (mark in _SINGLE_CLOSERS and not _is_word(before) and before not in "'\u2019"
              and (_is_word(after) or after in "\"\u201c")):
            single_at, single_mark = at, mark
    while open_at >= 0:
        open_at, open_mark, open_paragraphs, _ = _paragraph_end(
            text, paras, index, open_at, open_mark, open_paragraphs, found)
        index += 1
    return found


def _paragraph_end(text: str, paras: list[Span], index: int, open_at: int, open_mark: str,
                   open_paragraphs: int, found: list[Quotation],
                   ) -> tuple[int, str, int, int]:
    """A double quotation is open at the end of paragraph ``index``: carry it into the
    next paragraph if that one opens with a mark of the same family, else cut it here.
    Returns the new (open_at, open_mark, open_paragraphs, skip_mark_at)."""
    following = paras[index + 1] if index + 1 < len(paras) else None
    if following is not None and (
            text[following.start] in _CONTINUATION[open_mark]
            or text.startswith(open_mark, following.start)):
        return open_at, open_mark, open_paragraphs + 1, following.start
    found.append(_make(text, open_at, _trim_end(text, open_at, paras[index].end), None,
                       open_paragraphs))
    return -1, "", 1, -1


def _is_inch_mark(text: str, at: int) -> bool:
    """Is the straight double mark at ``at`` the inch sign of a height such as 5'10"?"""
    position = at - 1
    floor = max(0, at - 4)
    while position > floor and text[position - 1].isdigit():
        position -= 1
    return position > 0 and text[position - 1] in "'\u2032\u2019" and position < at
