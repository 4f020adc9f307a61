"""Paragraphs and sentences with offsets, for plugin authors.

Both work on the caller's text as it is (nothing is rewritten) and run in linear time:
one regex scan finds candidate boundaries, and a constant amount of Python looks at
each. ``Document`` computes them once and shares them across plugins.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from claimkit._model import Span

__all__ = ["paragraphs", "sentences", "trie_pattern", "ABBREVIATIONS"]

# A blank line (possibly holding spaces) separates paragraphs; CRLF and CR count too.
_PARAGRAPH_BREAK = re.compile(r"(?:\r\n|\r|\n)[ \t\f\v\u00a0]*(?:\r\n|\r|\n)\s*")
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")

# A sentence may end at terminal punctuation, followed by closing quotes or brackets,
# followed by white space. The possessive quantifiers are emulated by character classes
# that cannot overlap, so the scan is linear.
_CANDIDATE_END = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019\u00bb\u203a)\]]*(?=\s)")

# Lower-cased abbreviations (without their final period) after which a period rarely
# ends a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt maj capt sgt cmdr adm rev hon st jr sr
    messrs mme mlle sr sra
    inc corp ltd co bros plc llc dept univ assn est approx vs etc al cf eg ie viz
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri
    no nos vol pp fig figs op ch art sec para mt ft ave blvd rd
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex va vt wash wis wyo""".split()
)

# After a dotted acronym ("U.S.") a sentence ends only if one of these words follows:
# "the U.S. Senate" goes on, "in the U.S. The senator ..." does not.
_SENTENCE_STARTERS = frozenset(
    """the a an he she it they we i you his her its their our this that these those
    but and or so yet in on at for as if when while after before however meanwhile
    there here what who why how mr mrs ms dr some many most many""".split()
)


def paragraphs(text: str) -> list[Span]:
    """Paragraphs: stretches separated by blank lines, trimmed of surrounding white space."""
    spans: list[Span] = []
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        _append_trimmed(text, start, brk.start(), spans)
        start = brk.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, out: list[Span]) -> None:
    chunk = text[start:end]
    left_trimmed = chunk.lstrip()
    if left_trimmed:
        stripped = left_trimmed.rstrip()
        trimmed_start = start + len(chunk) - len(left_trimmed)
        out.append(Span(trimmed_start, trimmed_start + len(stripped), stripped))


def _next_visible(text: str, position: int) -> int:
    """Index of the first non-space character at or after ``position`` (len if none)."""
    n = len(text)
    while position < n and text[position].isspace():
        position += 1
    return position


_OPENING_PUNCTUATION = "\"'\u201c\u2018\u00ab\u2039(["
_TOKEN_EDGE = "\"'\u201c\u2018\u00ab\u2039([\u201d\u2019\u00bb\u203a)]"


def _ends_sentence(text: str, dot_start: int, end: int) -> bool:
    """Does the punctuation run text[dot_start:end] end a sentence?

    Called once per candidate, so it avoids regexes and slices beyond a few characters.
    """
    nxt = end + 1 if end + 1 < len(text) and not text[end + 1].isspace() else \
        _next_visible(text, end)
    if nxt >= len(text):
        return True
    following = text[nxt]
    # Skip an opening quote or bracket to see the first letter of the next sentence.
    if following in _OPENING_PUNCTUATION and nxt + 1 < len(text):
        following = text[nxt + 1]
    if following.islower():
        return False
    if text[dot_start] != ".":
        return True
    if end - dot_start >= 2 and text[dot_start + 1] == ".":
        return following.isupper() or following.isdigit() or not following.isalnum()
    window_start = max(0, dot_start - 24)
    # Bounded look-behind: without a space in the window, take only the window, never
    # the whole text before the period (that would make long space-free runs quadratic).
    space = text.rfind(" ", window_start, dot_start)
    token = text[max(space + 1, window_start):dot_start].strip(_TOKEN_EDGE + "\n\t\r")
    if not token or not token[0].isalpha():
        return True
    if len(token) == 1 and token.isupper():
        return False  # an initial: "John F. Kennedy"
    lowered = token.lower()
    if lowered in ABBREVIATIONS:
        return False
    if "." in token:
        # A dotted acronym such as "U.S." ends a sentence only before a sentence starter.
        word_end = nxt
        limit = min(len(text), nxt + 20)
        while word_end < limit and text[word_end].isalpha():
            word_end += 1
        return text[nxt:word_end].lower() in _SENTENCE_STARTERS
    return True


def sentences(text: str, paragraph_spans: list[Span] | None = None) -> list[Span]:
    """Sentences within paragraphs, trimmed, in text order.

    A sentence never crosses a paragraph. A single line break ends a sentence unless the
    next line starts in lower case (a wrapped line). Periods after abbreviations
    ("Mr.", "Sept."), initials ("F."), dotted acronyms ("U.S.") before a capitalised
    name, decimals ("3.5") and an ellipsis before a lower-case word do not end one.
    """
    if paragraph_spans is None:
        paragraph_spans = paragraphs(text)
    spans: list[Span] = []
    for para in paragraph_spans:
        start = para.start
        cuts = [(match.end(), match.end())
                for match in _CANDIDATE_END.finditer(text, para.start, para.end)
                if _ends_sentence(text, match.start(), match.end())]
        if "\n" in para.text or "\r" in para.text or "\u2028" in para.text:
            for brk in _LINE_BREAK.finditer(text, para.start, para.end):
                nxt = _next_visible(text, brk.end())
                if nxt < para.end and not text[nxt].islower():
                    cuts.append((brk.start(), brk.end()))
            cuts.sort()
        for cut_end, resume in cuts:
            if cut_end <= start:
                continue
            _append_trimmed(text, start, cut_end, spans)
            start = resume
        _append_trimmed(text, start, para.end, spans)
    return spans


def trie_pattern(words: Iterable[str], *, space: str | None = None) -> str:
    r"""A regex (source text, no flags) that matches any of ``words``, built as a trie.

    Why a trie: at each position the engine follows one branch per character instead
    of trying every word of a flat ``a|b|c`` list, which makes a lexicon scan tens of
    times faster, and each branch is a literal, so there is nothing to backtrack into
    beyond one word's length (linear time). Among words that match at one position the
    longest is tried first. A space inside a word matches one space, or ``space`` when
    given (``r"\s+"`` lets "according to" match across a line break). Wrap the result
    with the boundaries you need: ``re.compile(r"\b(?:" + trie_pattern(words) + r")\b")``.
    """
    ordered = sorted(set(words))
    if not ordered:
        return ""
    return _trie_node(ordered, 0, len(ordered), 0, space)


_LAST_CHARACTER = chr(0x10FFFF)


def _trie_node(words: list[str], low: int, high: int, depth: int, space: str | None) -> str:
    """The trie pattern of ``words[low:high]`` (sorted, distinct), which all share their
    first ``depth`` characters.

    It recurses once per branching point, not once per character: a run that all the
    words of a branch share becomes one literal. Sibling branches start with different
    characters, so at most one can match at a position and their order does not matter:
    the one-character leaves share one character class ("(?:d|s)" -> "[ds]"). Fewer
    groups make the pattern quicker to compile, which is much of claimkit's start-up.
    """
    optional = len(words[low]) == depth
    if optional:
        low += 1
    leaves = []
    branches = []
    while low < high:
        word = words[low]
        first = word[depth]
        # The words that go on with ``first`` are a block; the next block starts at the
        # first word from the next character on.
        end = high if first == _LAST_CHARACTER else bisect.bisect_left(
            words, word[:depth] + chr(ord(first) + 1), low + 1, high)
        # Sorted: the run all of words[low:end] share is the one the first and last share.
        last = words[end - 1]
        shared = depth + 1
        limit = min(len(word), len(last))
        while shared < limit and word[shared] == last[shared]:
            shared += 1
        rest = _trie_node(words, low, end, shared, space) if end - low > 1 else ""
        if shared == depth + 1 and not rest and (first != " " or space is None):
            leaves.append(first)
        else:
            branches.append(_literal(word[depth:shared], space) + rest)
        low = end
    if len(leaves) == 1:
        branches.append(re.escape(leaves[0]))
    elif leaves:
        branches.append("[" + "".join(_class_escape(char) for char in leaves) + "]")
    if not branches:
        return ""
    if len(branches) > 1:
        body = "(?:" + "|".join(branches) + ")"
        one_item = True
    else:
        body = branches[0]
        one_item = bool(leaves)
    if not optional:
        return body
    return body + "?" if one_item else "(?:" + body + ")?"


def _literal(characters: str, space: str | None) -> str:
    if space is None:
        return re.escape(characters)
    return space.join(re.escape(part) for part in characters.split(" "))


def _class_escape(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char
