"""Attribution knowledge shared by the plugins: who says what, where, in an article.

``attributions(document)`` finds the article's reported speech once per document:
direct quotes (“...,” he said), indirect quotes (X said that ...; ..., an official said;
according to X, ...) and mixed quotes (a quoted fragment inside reported speech). Each
``Attribution`` carries the cue, the speaker mention, the speaker resolved within the
article (``resolve_name``) and the content. The quote plugin turns them into claims; the
policy plugin asks them whether a sentence is reported speech and who its source is.

No parser and no model: one regex scan finds candidate cues (the lexicon in
``claimkit/data/speech_cues.txt``, see ``speech_cues``), ``Document.quotations`` gives
the quotations, and a bounded amount of work looks around each candidate, so the cost
is linear in the text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Mapping
from importlib import resources

import attrs

from claimkit._document import Document
from claimkit._model import Span
from claimkit._quotemarks import Quotation
from claimkit._text import trie_pattern

__all__ = ["Attribution", "SpeechCues", "attributions", "resolve_name", "speech_cues",
           "CACHE_KEY"]

#: The key under which ``attributions`` caches its result in ``Document.cache``.
CACHE_KEY = "claimkit.attribution"

_CUE_CLASSES = ("speech", "stance", "report", "belief", "phrase")


@attrs.frozen
class SpeechCues:
    """The cue lexicon: every inflected form, mapped to its class.

    Classes: ``speech`` (say, tell, warn: any layout), ``stance`` (criticize, praise:
    only with the source before the verb), ``report`` (find, show) and ``belief``
    (think, believe): only "X believes (that) ...", and ``phrase`` (according to, in the
    words of). ``takes_object`` holds the forms whose hearer follows them ("told
    reporters that ...").
    """

    classes: Mapping[str, str]
    takes_object: frozenset[str]

    def __contains__(self, cue: str) -> bool:
        return cue.lower() in self.classes

    def __len__(self) -> int:
        return len(self.classes)

    def cue_class(self, cue: str) -> str | None:
        """The class of ``cue`` ("speech", "stance", ...), None if it is not a cue."""
        return self.classes.get(cue.lower())


def _load_lexicon() -> SpeechCues:
    source = resources.files("claimkit").joinpath("data/speech_cues.txt").read_text("utf-8")
    classes: dict[str, str] = {}
    takes_object: set[str] = set()
    phrases: list[str] = []
    section = ""
    for raw in source.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        if section == "object":
            takes_object.update(line.lower().split())
        elif section == "phrase":
            phrases.append(" ".join(line.lower().split()))
        elif section in _CUE_CLASSES:
            for form in line.lower().split():
                # The first section wins: the file lists the freest class first.
                classes.setdefault(form, section)
    for phrase in phrases:
        # "said in a statement" acts like "said"; "according to" is a class of its own.
        classes.setdefault(phrase, classes.get(phrase.split()[0], "phrase"))
    return SpeechCues(classes=classes, takes_object=frozenset(takes_object))


_LEXICON = _load_lexicon()


def _cue_pattern(lexicon: SpeechCues) -> re.Pattern[str]:
    forms: list[str] = []
    for form in lexicon.classes:
        forms.append(form)
        forms.append(form[:1].upper() + form[1:])
    # A trie of the literals, not a flat list: at each word start the engine follows one
    # branch per letter instead of trying hundreds of words, which is what makes the scan
    # fast (about 20 MB/s here against under 1 MB/s for the flat list). Each branch is a
    # literal, so there is nothing to backtrack into beyond one word's length.
    return re.compile(r"\b" + trie_pattern(forms, space=r"\s+") + r"\b")


@functools.cache
def _cue_re() -> re.Pattern[str]:
    """The exact-case cue pattern. Compiled on first use: the scan below needs it only
    at the start of an article that opens with a cue's first word, or where it meets an
    odd capital, and compiling it costs as much as compiling the scan itself."""
    return _cue_pattern(_LEXICON)


# The scan itself runs over ``Document.lower_text`` with the lower-case forms only, and
# starts each attempt on the non-word character before a word: the engine then skips
# straight over the letters inside words with a bitmap check instead of trying the trie
# at every position, which makes the scan about twice as fast as ``_cue_re()`` over the
# text. Case is checked afterwards on the article's own text (``_scan_cues``).
_CUE_SCAN = re.compile(
    r"[^a-zA-Z0-9_]\b(" + trie_pattern(_LEXICON.classes, space=r"\s+") + r")\b")
_LEADING_WORD = re.compile(r"[a-z]*")
_CUE_FIRST_WORDS = frozenset(_LEADING_WORD.match(form).group()  # type: ignore[union-attr]
                             for form in _LEXICON.classes)


class _Cue:
    """A cue found by the scan: ``start()``, ``end()`` and ``group()`` as on a match."""

    __slots__ = ("_start", "_end", "_text", "cue_class")

    def __init__(self, start: int, end: int, text: str, cue_class: str | None = None) -> None:
        self._start = start
        self._end = end
        self._text = text
        if cue_class is None:
            cue_class = _LEXICON.classes.get(" ".join(text.lower().split()), "")
        self.cue_class = cue_class

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


def _scan_cues(document: Document) -> list[_Cue]:
    """What ``_cue_re().finditer(document.text)`` finds, found faster.

    A form matched on the lower-cased copy counts when the article has it as listed or
    with a capital first letter; otherwise (a capital inside, "SAID in a statement") the
    exact pattern decides at that position and the scan goes on from there, so the
    result is the same match for match.
    """
    text = document.text
    cues: list[_Cue] = []
    position = 0
    # The scan needs a character before a cue; only an article that opens with a cue's
    # first word can have one at its very start.
    opening = _LEADING_WORD.match(document.lower_text)
    first = None
    if opening is not None and opening.group() in _CUE_FIRST_WORDS:
        first = _cue_re().match(text)
    if first is not None:
        cues.append(_Cue(first.start(), first.end(), first.group()))
        position = first.end()
    lower = document.lower_text
    classes = _LEXICON.classes
    while True:
        restart = -1
        for match in _CUE_SCAN.finditer(lower, position):
            start, end = match.span(1)
            form = match.group(1)
            if text.startswith(form, start):
                cues.append(_Cue(start, end, form, classes.get(form)))
                continue
            if text[start] == form[0].upper() and text.startswith(form[1:], start + 1):
                cues.append(_Cue(start, end, text[start:end], classes.get(form)))
                continue
            exact = _cue_re().match(text, start)
            if exact is not None:
                cues.append(_Cue(start, exact.end(), exact.group()))
                restart = exact.end()
            else:
                restart = start + 1
            break
        if restart < 0:
            return cues
        position = restart


def speech_cues() -> SpeechCues:
    """The loaded cue lexicon (``claimkit/data/speech_cues.txt``)."""
    return _LEXICON


@attrs.frozen
class Attribution:
    """One piece of reported speech in an article.

    ``cue`` is the reporting word or phrase ("said", "according to", or ":" in
    "Name: “...”"); ``speaker`` the mention of the source as the text gives it;
    ``speaker_name`` that source resolved within the article ("he" -> "Antony
    Blinken"), None when the article does not say; ``content`` what was said (inside
    the marks for a direct quote, the reported clause otherwise); ``quote_type`` is
    "direct", "indirect" or "mixed" (a quoted fragment inside reported speech).
    ``confidence`` is an estimate in [0, 1] that the attribution is right; see
    docs/plugins/quotes.md for how it is set and how it tracks precision.
    """

    cue: Span
    speaker: Span | None
    speaker_name: str | None
    content: Span | None
    quote_type: str | None
    confidence: float
    #: Where the claim starts and ends (the quote marks included), for plugins that
    #: want the full stretch.
    start: int = -1
    end: int = -1
    #: "said X", "X said", "according to X", ... (for the docs and the confidence table).
    layout: str = ""


# --------------------------------------------------------------------------- words

_WORD = re.compile(r"[\w][\w.'\u2019\-]*")
_PRONOUNS = frozenset("he she they we i it you".split())
_RELATIVES = frozenset("who which".split())
# Lower-case plural nouns that read as a speaker on their own ("officials said").
_NOT_PLURAL_NOUNS = frozenset("""is was has this thus us its his hers yours ours theirs
    as does was always perhaps afterwards sometimes less unless whereas""".split())
_DETERMINERS = frozenset("the a an this that these those his her its their our my your "
                         "another some many several other both".split())
_GENERIC_HEADS = frozenset(
    """source sources official officials spokesman spokeswoman spokesperson aide aides
    person people diplomat diplomats minister president senator candidate nominee
    governor lawmaker analyst analysts expert experts officer officers adviser advisor
    advisers advisors executive report statement man woman group ministry department
    agency campaign company government administration leader leaders chief""".split())
# Words that sit between a speaker and the cue without belonging to either.
_BETWEEN = frozenset(
    """has have had also later then previously once repeatedly publicly privately recently
    however further again reportedly is was were are would will could may might did does
    do not never always often first since already still even just later earlier now
    separately similarly too yet""".split())
# Lower-case words that end a speaker mention when walking back from the cue.
_STOP = frozenset(
    """that and but or which who whom whose when as because if while after before since
    so than though although where whether to what how why not be been being by
    nor also said says told added""".split())
_PREPOSITIONS = frozenset("on in at for with from during after before about of by "
                          "over under into across".split())
_TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady president senator
    sen. rep. gov. governor minister secretary chancellor premier prime general gen.
    judge justice mayor ambassador king queen prince princess pope rev. father""".split())
_TITLE_WORDS = frozenset(title.rstrip(".") for title in _TITLES)
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    tomorrow january february march april may june july august september october
    november december""".split())
_TIME_UNITS = frozenset("week month year night morning afternoon evening weekend".split())
_NP_PREPOSITIONS = frozenset("of for on at in with from".split())
_MAX_SPEAKER_WORDS = 9
_WINDOW = 110


@attrs.define
class _Token:
    start: int
    end: int
    text: str
    lower: str


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    return [_Token(match.start(), match.end(), (word := match.group()), word.lower())
            for match in _WORD.finditer(text, start, end)]


def _looks_like_name(token: _Token) -> bool:
    return token.text[:1].isupper()


#: Returned by the walks below when they reach the start of a partial token list: the
#: answer needs the words further back, so the caller tokenises the whole window.
_MORE: tuple[int, int] = (-1, -1)
#: How much of the window before a cue is tokenised first (most speakers are a few words
#: long and end the walk well inside it).
_TAIL = 48


def _speaker_before(text: str, floor: int, position: int) -> tuple[int, int] | None:
    """The speaker mention ending just before ``position`` (the cue), within the clause.

    Walks back over words: auxiliaries and adverbs next to the cue are skipped, then
    capitalised words, determiners and nouns are taken until a clause boundary, a comma
    (with appositions and relative clauses stepped over) or a function word.
    """
    floor = max(floor, position - _WINDOW)
    found: tuple[int, int] | None = _MORE
    if position - _TAIL > floor:
        # Tokenise only the tail of the window first, cut at a space (no word holds one,
        # so these are exactly the last words of the whole window); the walk says when
        # it needs more.
        cut = text.find(" ", position - _TAIL, position)
        if cut >= 0:
            found = _speaker_before_in(text, floor, position, _tokens(text, cut + 1, position),
                                       2)
    if found is _MORE:
        found = _speaker_before_in(text, floor, position, _tokens(text, floor, position), -1)
    if found is not None and _gap_has(text, found[0], found[1], _QUOTE_MARKS):
        return None  # a speaker never holds a quote mark: the walk went astray
    return found


_QUOTE_MARKS = "\"\u201c\u201d\u00ab\u00bb\u201e"


def _speaker_before_in(text: str, floor: int, position: int, tokens: list[_Token],
                       guard: int) -> tuple[int, int] | None:
    """``_speaker_before`` over ``tokens``, the last words before ``position``: the whole
    window when ``guard`` is -1; otherwise a tail of it, and the walk returns ``_MORE``
    rather than look at a word below index ``guard``."""
    index = len(tokens) - 1
    while index >= 0 and (tokens[index].lower in _BETWEEN
                          or tokens[index].lower.endswith(("n't", "n\u2019t"))):
        if _gap_has(text, tokens[index].end, position if index == len(tokens) - 1
                    else tokens[index + 1].start, ",;:.!?\"\u201c\u201d"):
            return None
        index -= 1
    if index < guard:
        return _MORE
    # "Lindqvist on Tuesday said", "Smith last week said": a time adjunct, not the speaker.
    while index >= 1 and (tokens[index].lower in _TIME_WORDS or tokens[index].lower.isdigit()
                          or tokens[index].lower in _TIME_UNITS) and (
            tokens[index - 1].lower in _PREPOSITIONS or tokens[index - 1].lower in
            ("last", "this", "early", "late", "earlier")):
        index -= 2
        while index >= 0 and tokens[index].lower in _BETWEEN:
            index -= 1
        if index < guard:
            return _MORE
    if index < 0:
        return None
    limit = tokens[index + 1].start if index + 1 < len(tokens) else position
    gap = text[tokens[index].end:limit]
    if tokens[index].lower in _RELATIVES and not gap.strip(" \t\u00a0"):
        # "..., who said ...": the relative pronoun is the mention; resolution finds
        # what it stands for.
        return tokens[index].start, tokens[index].end
    if gap.strip(" \t\u00a0") == ")":
        if guard >= 0:
            return _MORE
        # "Morales (who leads the bloc) said", "Rep. Dana Ortiz (D-Ore.) said".
        opening = text.rfind("(", floor, tokens[index].start)
        if opening < 0 or tokens[index].start - opening > 60:
            return None
        inner_start = opening
        index = len([t for t in tokens if t.end <= inner_start]) - 1
        if index < 0 or text[tokens[index].end:inner_start].strip(" \t\u00a0"):
            return None
        mention = _noun_phrase_back(text, tokens, index)
        return mention
    if "," in gap:
        # "Jens Stoltenberg, NATO's chief, said" / "This official, who asked ..., added":
        # step back over the comma-delimited insertion to the mention before it.
        return _speaker_before_insertion(text, floor, tokens, index, guard)
    if gap.strip(" \t\u00a0"):
        return None
    return _noun_phrase_back(text, tokens, index, guard)


def _gap_has(text: str, start: int, end: int, characters: str) -> bool:
    return any(ch in characters for ch in text[start:end])


def _noun_phrase_back(text: str, tokens: list[_Token], last: int, guard: int = -1,
                      ) -> tuple[int, int] | None:
    """The noun phrase ending with ``tokens[last]``, walking back, as (start, end).

    ``guard``: see ``_speaker_before_in`` (``_MORE`` if the walk would look at a word
    below that index)."""
    first = last
    taken = 0
    index = last
    while index >= 0 and taken < _MAX_SPEAKER_WORDS:
        if index < guard:
            return _MORE
        token = tokens[index]
        if index < last:
            gap = text[token.end:tokens[index + 1].start]
            if gap.strip(" \t\u00a0"):
                break
        if token.lower in _STOP and index != last:
            break
        if token.lower.endswith(("n't", "n\u2019t")) or (
                index < last and token.lower.isdigit() and tokens[index + 1].lower in _PRONOUNS):
            break  # "I shouldn't say", "In 2008 she said"
        if index < last and token.text.endswith(".") and len(token.text) > 3 and \
                token.text[0].islower():
            break  # "he said. he told ...": a sentence end the splitter let through
        if token.lower in _STOP:
            return None
        if not _looks_like_name(token) and token.lower not in _DETERMINERS and (
                token.lower in _BETWEEN or token.text.endswith("ly")):
            break
        first = index
        taken += 1
        if token.lower in _DETERMINERS and token.lower not in ("that",):
            # "An engineer on the project", "a spokesman for the ministry": go on
            # through the preposition to the head noun before it.
            if index >= 2 and tokens[index - 1].lower in _NP_PREPOSITIONS and (
                    tokens[index - 2].lower not in _STOP and tokens[index - 2].lower
                    not in _BETWEEN) and not _gap_has(text, tokens[index - 2].end,
                                                      token.start, ",;:.!?\"\u201c\u201d"):
                index -= 1
                continue
            break
        index -= 1
    # Leading prepositions and time words belong to the sentence, not the speaker.
    while first < last and (tokens[first].lower in _PREPOSITIONS
                            or tokens[first].lower in _TIME_WORDS):
        first += 1
    head = tokens[last]
    if head.lower in _PREPOSITIONS or head.lower in _TIME_WORDS:
        return None
    if first == last and not _looks_like_name(head) and head.lower not in _PRONOUNS \
            and head.lower not in _GENERIC_HEADS and not _plural_noun(head.lower):
        # A lone lower-case word before a verb is rarely a speaker ("the report" is).
        return None
    return tokens[first].start, _strip_possessive(text, tokens[first].start, head.end)


def _plural_noun(word: str) -> bool:
    return (len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "ous", "ly"))
            and word not in _NOT_PLURAL_NOUNS) or word.endswith(("-quarters", "-thirds"))


def _strip_possessive(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".'\u2019":
        end -= 1
    return end


def _speaker_before_insertion(text: str, floor: int, tokens: list[_Token], index: int,
                              guard: int = -1) -> tuple[int, int] | None:
    # tokens[index] closes the insertion; find the comma that opens it.
    open_comma = text.rfind(",", floor, tokens[index].start)
    if open_comma < 0:
        return None
    if guard >= 0 and (not tokens or open_comma < tokens[0].start):
        return _MORE  # the insertion opens before the tail of the window
    inner = [t for t in tokens if open_comma < t.start <= tokens[index].start]
    outer = [t for t in tokens if t.end <= open_comma]
    if guard >= 0 and not outer:
        return _MORE
    if not inner or not outer or len(inner) > 16:
        return None
    if _gap_has(text, outer[-1].end, open_comma, ".;:!?\"\u201c\u201d"):
        return None
    mention = _noun_phrase_back(text, outer, len(outer) - 1, guard)
    if mention is None or mention is _MORE:
        return mention
    first_inner = inner[0].lower
    if first_inner in ("who", "which", "whose", "whom", "however", "meanwhile", "too",
                       "though", "in", "for", "at", "on", "by", "after", "speaking",
                       "asked", "when", "while") or first_inner.isdigit():
        return mention
    if not _looks_like_name(outer[-1]) and outer[-1].lower not in _GENERIC_HEADS and not (
            len(inner) <= 4 and all(_looks_like_name(t) for t in inner)):
        return None
    # An apposition ("Jens Stoltenberg, NATO's secretary general,"): keep both parts.
    return mention[0], _strip_possessive(text, mention[0], tokens[index].end)


def _speaker_after(text: str, position: int, ceiling: int) -> tuple[int, int] | None:
    """The speaker mention starting at ``position`` (after an inverted cue), as (start, end).

    Takes words up to a clause boundary or a function word, and one apposition
    ("its secretary general, Jens Stoltenberg").
    """
    ceiling = min(ceiling, position + _WINDOW)
    tokens = _tokens(text, position, ceiling)
    if not tokens or text[position:tokens[0].start].strip(" \t\u00a0"):
        return None
    end = -1
    taken = 0
    for i, token in enumerate(tokens):
        if i:
            gap = text[tokens[i - 1].end:token.start]
            stripped = gap.strip(" \t\u00a0")
            if stripped == "," and taken and _looks_like_name(token) and end >= 0 \
                    and not _looks_like_name(tokens[i - 1]) and i + 1 < len(tokens):
                # "its secretary general, Jens Stoltenberg": take the name too.
                j = i
                while j < len(tokens) and _looks_like_name(tokens[j]) and j - i < 4:
                    if j > i and text[tokens[j - 1].end:tokens[j].start].strip(" \t\u00a0"):
                        break
                    end = tokens[j].end
                    j += 1
                break
            if stripped:
                break
        if token.lower in _STOP or (taken and token.lower in _PREPOSITIONS
                                    and token.lower not in ("of", "for", "at")):
            break
        if taken == 0 and token.lower in _PREPOSITIONS | _TIME_WORDS:
            return None
        end = token.end
        taken += 1
        if taken >= _MAX_SPEAKER_WORDS:
            break
        if token.lower in _PRONOUNS and taken == 1:
            break
    if end < 0:
        return None
    return tokens[0].start, _strip_possessive(text, tokens[0].start, end)


# --------------------------------------------------------------------------- finding


@attrs.define
class _Context:
    document: Document
    text: str
    sentences: list[Span]
    quotations: list[Quotation]
    quote_starts: list[int]
    used_cues: set[int] = attrs.field(factory=set)
    cue_matches: list[_Cue] = attrs.field(factory=list)
    cue_starts: list[int] = attrs.field(factory=list)
    direct_spans: list[tuple[int, int]] = attrs.field(factory=list)

    def sentence_of(self, offset: int) -> Span | None:
        index = self.document.sentence_index(offset)
        return None if index is None else self.sentences[index]

    def in_direct(self, offset: int) -> bool:
        i = bisect.bisect_right(self.direct_spans, (offset, 1 << 62)) - 1
        return i >= 0 and self.direct_spans[i][0] <= offset < self.direct_spans[i][1]


def attributions(document: Document) -> list[Attribution]:
    """The article's attributions, in text order, computed once per document.

    The result is cached in ``document.cache["claimkit.attribution"]``.
    """
    cached = document.cache.get(CACHE_KEY)
    if cached is not None:
        return list(cached)
    found = _find(document)
    document.cache[CACHE_KEY] = tuple(found)
    return found


# How often an attribution of each (layout, quote type, cue class) had both its content
# and its speaker right on the PolNeAR training articles (score_quotes.py's pairing:
# content Dice >= 0.5 and a shared speaker token); measured with the layout names above,
# see docs/plugins/quotes.md. Layouts measured on fewer than 15 attributions keep the
# prior set where they are found.
_MEASURED_PRECISION: dict[tuple[str, str, str], float] = {
    ('X said', 'indirect', 'speech'): 0.79,  # n=2737
    ('X said', 'direct', 'speech'): 0.94,  # n=2307
    ('X said', 'mixed', 'speech'): 0.84,  # n=1020
    ('said X', 'direct', 'speech'): 0.93,  # n=773
    ('X said:', 'direct', 'speech'): 0.82,  # n=468
    ('X said', 'indirect', 'stance'): 0.66,  # n=439
    ('X said', 'mixed', 'stance'): 0.61,  # n=360
    ('X ... and said', 'indirect', 'speech'): 0.59,  # n=353
    ('according to X', 'indirect', 'phrase'): 0.85,  # n=332
    ('X said', 'indirect', 'belief'): 0.58,  # n=310
    ('X said', 'indirect', 'report'): 0.66,  # n=250
    ('..., X said', 'indirect', 'speech'): 0.71,  # n=240
    ('X ... and said', 'mixed', 'speech'): 0.66,  # n=194
    ('..., X said, ...', 'indirect', 'speech'): 0.81,  # n=155
    ('X: ...', 'indirect', ':'): 0.39,  # n=114
    ('X said:', 'direct', 'stance'): 0.50,  # n=92
    ('X said', 'mixed', 'belief'): 0.27,  # n=84
    ('according to X', 'mixed', 'phrase'): 0.72,  # n=80
    ('X ... said:', 'direct', 'speech'): 0.60,  # n=68
    ('X said+interrupted', 'direct', 'speech'): 0.98,  # n=64
    ('..., X said', 'mixed', 'speech'): 0.86,  # n=59
    ('..., X said, ...', 'mixed', 'speech'): 0.87,  # n=55
    ('X said', 'direct', 'stance'): 0.66,  # n=53
    ('X said', 'mixed', 'report'): 0.32,  # n=38
    ('..., said X', 'indirect', 'speech'): 0.61,  # n=38
    ('X: ...', 'mixed', ':'): 0.70,  # n=33
    ('said X:', 'direct', 'speech'): 0.24,  # n=21
    ('..., said X', 'mixed', 'speech'): 0.83,  # n=18
    ('..., said X, ...', 'indirect', 'speech'): 0.56,  # n=18
    ('X: quote', 'direct', ':'): 0.94,  # n=17
    ('X said:', 'direct', 'report'): 0.12,  # n=17
}


def _calibrated_confidence(attribution: Attribution) -> float:
    cue_class = _LEXICON.cue_class(" ".join(attribution.cue.text.split())) or attribution.cue.text
    key = (attribution.layout.replace(" that", ""), attribution.quote_type or "", cue_class)
    measured = _MEASURED_PRECISION.get(key)
    return attribution.confidence if measured is None else measured


def _find(document: Document) -> list[Attribution]:
    text = document.text
    cue_matches = _scan_cues(document)
    quotations = [q for q in document.quotations
                  if q.content.end - q.content.start >= 2]
    if not cue_matches and not quotations:
        return []
    context = _Context(document, text, document.sentences, quotations,
                       [q.start for q in quotations])
    found: list[Attribution] = []
    cue_starts = [m.start() for m in cue_matches]
    _direct_quotes(context, cue_matches, cue_starts, found)
    context.direct_spans.sort()
    _indirect_quotes(context, cue_matches, found)
    found.sort(key=lambda a: (a.start, a.end))
    return _resolve_all(document, found)


def _cue_class(cue: _Cue) -> str:
    return cue.cue_class


_AFTER_QUOTE = re.compile(r"[ \t\u00a0]*[,.!?\u2026]?[ \t\u00a0]*[,]?[ \t\u00a0]*")
_DASH_NAME = re.compile(r"[ \t\u00a0]*[-\u2013\u2014][ \t\u00a0]*(?=[A-Z])")
_BLANKS = " \t\u00a0"


def _before_quote(lead: str) -> tuple[int, str]:
    """Where the blanks and the one colon or comma at the end of ``lead`` start, and
    what they are: for ``X said: “...”`` the offset just after "said", and ": ".
    (What ``re.search(r"[ \t\u00a0]*[:,]?[ \t\u00a0]*$", lead)`` finds in a lead without
    line breaks, without trying a pattern at every position.)"""
    trimmed = lead.rstrip(_BLANKS)
    if trimmed.endswith((":", ",")):
        trimmed = trimmed[:-1].rstrip(_BLANKS)
    return len(trimmed), lead[len(trimmed):]


def _direct_quotes(context: _Context, cue_matches: list[_Cue], cue_starts: list[int],
                   found: list[Attribution]) -> None:
    text = context.text
    quotations = context.quotations
    previous: Attribution | None = None
    previous_paragraph = -2
    i = 0
    while i < len(quotations):
        quotation = quotations[i]
        i += 1
        words = quotation.content.text.count(" ") + 1
        if quotation.single and words < 4:
            continue
        paragraph = context.document.paragraph_index(quotation.start)
        attribution = _attribution_after(context, quotation, cue_matches, cue_starts)
        if attribution is None:
            attribution = _attribution_before(context, quotation, cue_matches, cue_starts)
        if attribution is None:
            if (previous is not None and words >= 4 and paragraph is not None
                    and paragraph - previous_paragraph <= 1 and previous.quote_type == "direct"
                    and _starts_sentence(quotation) and _ends_sentence(context, quotation)):
                if paragraph == previous_paragraph and previous.content is not None:
                    # The same speaker goes on in the same paragraph: one quote.
                    content = context.document.span(previous.content.start,
                                                    quotation.content.end)
                    found[-1] = attrs.evolve(previous, content=content,
                                             end=max(previous.end, quotation.end))
                    previous = found[-1]
                context.direct_spans.append((quotation.start, quotation.end))
            continue
        # "“A,” he said, “B.”": the second part belongs to the same quote.
        if i < len(quotations) and attribution.end <= quotations[i].start:
            following = quotations[i]
            between = text[attribution.end:following.start]
            if len(between) <= 3 and not between.strip(" ,:\u00a0") and "\n" not in between:
                attribution = attrs.evolve(
                    attribution,
                    content=context.document.span(quotation.content.start,
                                                  following.content.end),
                    end=following.end, layout=attribution.layout + "+interrupted",
                    confidence=min(1.0, attribution.confidence + 0.03))
                context.direct_spans.append((following.start, following.end))
                i += 1
        context.direct_spans.append((quotation.start, quotation.end))
        found.append(attribution)
        previous = attribution
        previous_paragraph = paragraph if paragraph is not None else -2


def _ends_sentence(context: _Context, quotation: Quotation) -> bool:
    """Is the quotation the whole rest of its sentence (a continuation, not a fragment)?"""
    sentence = context.sentence_of(max(quotation.end - 1, 0))
    if sentence is None:
        return False
    if sentence.end - quotation.end > 8:
        return False
    return not context.text[quotation.end:sentence.end].strip(" \t\u00a0.,!?;")


def _starts_sentence(quotation: Quotation) -> bool:
    content = quotation.content.text.lstrip()
    return bool(content) and (content[0].isupper() or not content[0].isalpha())


def _attribution_after(context: _Context, quotation: Quotation, cue_matches: list[_Cue],
                       cue_starts: list[int]) -> Attribution | None:
    text = context.text
    if not quotation.closed:
        return None
    after = _AFTER_QUOTE.match(text, quotation.end)
    position = after.end() if after else quotation.end
    sentence = context.sentence_of(max(quotation.end - 1, 0))
    ceiling = min(len(text), quotation.end + _WINDOW)
    if sentence is not None:
        ceiling = min(ceiling, max(sentence.end, position))
    newline = text.find("\n", quotation.end, ceiling)
    if newline >= 0:
        ceiling = newline
    next_quote = bisect.bisect_right(context.quote_starts, quotation.end)
    if next_quote < len(context.quote_starts):
        ceiling = min(ceiling, context.quote_starts[next_quote])
    j = bisect.bisect_left(cue_starts, position)
    if j < len(cue_starts) and cue_starts[j] < ceiling:
        cue = cue_matches[j]
        cue_class = _cue_class(cue)
        if cue_class in ("speech", "stance", "report"):
            if cue.start() == position:
                speaker = _speaker_after(text, cue.end(), ceiling)
                if speaker is not None and not _is_time(text, speaker):
                    return _direct(context, quotation, cue, speaker, 0.9, "said X")
            else:
                speaker = _speaker_before(text, position, cue.start())
                if speaker is not None and speaker[0] == position:
                    return _direct(context, quotation, cue, speaker, 0.92, "X said")
    if (after is not None and after.group().strip()) or \
            quotation.content.text.rstrip()[-1:] in (",", "?", "!", "."):
        generic = _generic_after(context, quotation, position, ceiling)
        if generic is not None:
            return generic
    dash = _DASH_NAME.match(text, quotation.end)
    if dash is not None:
        line_end = text.find("\n", dash.end(), dash.end() + _WINDOW)
        speaker = _speaker_after(text, dash.end(),
                                 line_end if line_end >= 0 else dash.end() + _WINDOW)
        if speaker is not None:
            cue_span = (dash.start() + len(dash.group()) - len(dash.group().lstrip()),
                        dash.start() + len(dash.group().rstrip()))
            return Attribution(
                cue=context.document.span(*cue_span),
                speaker=context.document.span(*speaker), speaker_name=None,
                content=quotation.content, quote_type="direct", confidence=0.7,
                start=quotation.start, end=speaker[1], layout="quote - X")
    return None


def _is_time(text: str, speaker: tuple[int, int]) -> bool:
    return text[speaker[0]:speaker[1]].lower() in _TIME_WORDS


def _verb_without_subject(text: str, floor: int, position: int) -> bool:
    lead, _ = _lead(text, floor, position)
    lowered = lead.lower()
    return lowered.endswith((" and", " but", ",", " then", " later", " by", " also",
                             "\u2014", " and then", " and later", " before", " after"))


_GENERIC_VERB = re.compile(r"[a-z]{3,}(?:ed|s)\b")


def _generic_after(context: _Context, quotation: Quotation, position: int,
                   ceiling: int) -> Attribution | None:
    """A speech verb the lexicon lacks, in the tight layouts right after a quote:
    "“...,” reacted Okafor." and "“...,” Okafor exhorted."."""
    text = context.text
    document = context.document
    verb = _GENERIC_VERB.match(text, position, ceiling)
    if verb is not None:
        speaker = _speaker_after(text, verb.end() + 1, ceiling)
        if speaker is not None and _looks_like_name_text(text, speaker) and \
                _trailing_adjuncts(text, speaker[1], ceiling) is not None:
            return Attribution(cue=document.span(verb.start(), verb.end()),
                               speaker=document.span(*speaker), speaker_name=None,
                               content=quotation.content, quote_type="direct",
                               confidence=0.6, start=quotation.start, end=speaker[1],
                               layout="said X (any verb)")
        return None
    named = _NAME_THEN_VERB.match(text, position, ceiling)
    if named is None or _trailing_adjuncts(text, named.end(), ceiling) is None:
        return None
    speaker_end = position + len(named.group(1).rstrip())
    return Attribution(cue=document.span(named.start(2), named.end(2)),
                       speaker=document.span(position, speaker_end), speaker_name=None,
                       content=quotation.content, quote_type="direct", confidence=0.6,
                       start=quotation.start, end=named.end(2), layout="X said (any verb)")


# Up to four capitalised words, then a verb-looking word: bounded, nothing to backtrack.
_NAME_THEN_VERB = re.compile(r"((?:[A-Z][\w.'\u2019\-]*[ \t\u00a0]+){1,4}?)([a-z]{3,}(?:ed|s))\b")


def _looks_like_name_text(text: str, speaker: tuple[int, int]) -> bool:
    first = text[speaker[0]:speaker[1]].split(None, 1)[0]
    return first[:1].isupper() or first.lower() in _PRONOUNS or first.lower() in _DETERMINERS


def _direct(context: _Context, quotation: Quotation, cue: _Cue,
            speaker: tuple[int, int], confidence: float, layout: str) -> Attribution:
    context.used_cues.add(cue.start())
    document = context.document
    if _cue_class(cue) != "speech":
        confidence -= 0.1
    return Attribution(cue=document.span(cue.start(), cue.end()),
                       speaker=document.span(*speaker), speaker_name=None,
                       content=quotation.content, quote_type="direct", confidence=confidence,
                       start=min(quotation.start, speaker[0], cue.start()),
                       end=max(quotation.end, speaker[1], cue.end()), layout=layout)


def _attribution_before(context: _Context, quotation: Quotation,
                        cue_matches: list[_Cue], cue_starts: list[int],
                        ) -> Attribution | None:
    text = context.text
    sentence = context.sentence_of(quotation.start)
    floor = max(0, quotation.start - _WINDOW)
    paragraph_start = text.rfind("\n", floor, quotation.start) + 1
    floor = max(floor, paragraph_start)
    if sentence is not None and sentence.start < quotation.start:
        floor = max(floor, sentence.start)
    lead = text[floor:quotation.start]
    colon_at, colon = _before_quote(lead)
    cue_end = floor + colon_at
    j = bisect.bisect_left(cue_starts, cue_end) - 1
    if j >= 0 and cue_starts[j] >= floor:
        cue = cue_matches[j]
        gap_start = cue.end()
        if gap_start <= cue_end and _cue_class(cue) in ("speech", "stance", "report"):
            # "X said:" / "X told reporters:" / "X said on Sunday:".
            tail = text[gap_start:cue_end]
            punctuated = bool(colon.strip())
            if (punctuated or not tail.strip()) and len(tail) <= 40 and not _gap_has(
                    text, gap_start, cue_end, ".!?\"\u201c\u201d"):
                speaker = _speaker_before(text, floor, cue.start())
                if speaker is not None:
                    return _direct(context, quotation, cue, speaker, 0.85, "X said:")
                after = _speaker_after(text, cue.end(), cue_end)
                if after is not None and tail.strip():
                    return _direct(context, quotation, cue, after, 0.75, "said X:")
                if sentence is not None and _verb_without_subject(text, sentence.start,
                                                                  cue.start()):
                    # "... and later said, “...”", "..., telling Reuters, “...”".
                    subject = _sentence_subject(text, sentence.start, cue.start())
                    if subject is not None:
                        return _direct(context, quotation, cue, subject, 0.6, "X ... said:")
    if ":" in colon and (sentence is None or floor == paragraph_start
                                 or floor == sentence.start):
        name_floor = text.rfind(":", floor, cue_end) + 1 or floor
        name = _tokens(text, max(floor, name_floor), cue_end)
        from_source = bool(name) and name[0].lower == "from" and 2 <= len(name) <= 5
        if from_source:
            name = name[1:]  # "From the report: “...”"
        if 1 <= len(name) <= 4 and (all(_looks_like_name(t) for t in name) or (
                from_source and name[0].lower in _DETERMINERS)):
            colon_at = text.find(":", cue_end, quotation.start)
            document = context.document
            return Attribution(cue=document.span(colon_at, colon_at + 1),
                               speaker=document.span(name[0].start, name[-1].end),
                               speaker_name=None, content=quotation.content,
                               quote_type="direct", confidence=0.6, start=name[0].start,
                               end=quotation.end, layout="X: quote")
    return None


_THAT = re.compile(r"[ \t\u00a0]*that\b[ \t\u00a0]*")
_CONTENT_STARTERS = frozenset(
    """he she they it we i you there this these those the a an his her their its our
    my no some all many most one if when""".split())


def _indirect_quotes(context: _Context, cue_matches: list[_Cue],
                     found: list[Attribution]) -> None:
    context.cue_matches = cue_matches
    context.cue_starts = [m.start() for m in cue_matches]
    for cue in cue_matches:
        start = cue.start()
        if start in context.used_cues or context.in_direct(start) or \
                _inside_quotation(context, start):
            continue
        sentence = context.sentence_of(start)
        if sentence is None or _not_a_cue_here(context.text, cue, sentence):
            continue
        cue_class = _cue_class(cue)
        if cue_class == "phrase":
            attribution = _phrase_attribution(context, cue, sentence)
        else:
            attribution = _verb_attribution(context, cue, cue_class, sentence, found)
        if attribution is None:
            continue
        context.used_cues.add(start)
        found.append(attribution)
    _colon_paragraphs(context, found)


def _not_a_cue_here(text: str, cue: _Cue, sentence: Span) -> bool:
    start = cue.start()
    if start > 0 and text[start - 1] in "-\u2010\u2011":
        return True  # "so-called", "long-awaited"
    return False


def _inside_quotation(context: _Context, offset: int) -> bool:
    # Words inside a quotation are the speaker's, not the article's reporting.
    i = bisect.bisect_right(context.quote_starts, offset) - 1
    if i < 0:
        return False
    quotation = context.quotations[i]
    return offset < quotation.end and quotation.closed and quotation.content.text.count(" ") >= 3


_COLON_LEAD = re.compile(r"([A-Z][\w.'\u2019\-]*(?:[ \t\u00a0]+[A-Z][\w.'\u2019\-]*){0,3})"
                         r"[ \t\u00a0]*:[ \t\u00a0]+(?=\w)")


_NOT_SPEAKERS = frozenset(
    """wow watch read note update updated editor contributing photo video poll report
    breaking exclusive related source sources credit image see also""".split())


def _colon_paragraphs(context: _Context, found: list[Attribution]) -> None:
    """"Name: what they said" at a paragraph start (transcripts, headline style)."""
    text = context.text
    document = context.document
    for paragraph in document.paragraphs:
        lead = _COLON_LEAD.match(text, paragraph.start, min(paragraph.end, paragraph.start + 80))
        if lead is None:
            continue
        content = _content_span(context, lead.end(), paragraph.end)
        if content is None or context.in_direct(content[0]):
            continue
        name = lead.group(1)
        if " " in name and name.isupper():
            continue  # "READ ALSO:", "MORE ON THIS STORY:": the page speaking
        if text[content[0]:min(content[1], content[0] + 200)].count(" ") < 6 or \
                lead.group(1).lower() in _NOT_SPEAKERS or text[lead.end(1) - 1] == ".":
            continue
        colon = lead.end(1) + text[lead.end(1):lead.end()].index(":")
        found.append(Attribution(cue=document.span(colon, colon + 1),
                                 speaker=document.span(lead.start(1), lead.end(1)),
                                 speaker_name=None, content=document.span(*content),
                                 quote_type=_quote_type(context, content), confidence=0.5,
                                 start=lead.start(1), end=content[1], layout="X: ..."))


_MAX_CONTENT = 1500


def _lead(text: str, floor: int, position: int) -> tuple[str, int]:
    """The text before ``position`` back to ``floor`` (at most a window of it), with
    closing marks and spaces trimmed from its end, and the offset where it ends.

    Only the tail is read, so a cue in a huge sentence costs no more than one in a short.
    """
    low = max(floor, position - _WINDOW)
    lead = text[low:position].rstrip(" \t\u00a0\"'\u201d\u2019")
    return lead, low + len(lead)


def _content_span(context: _Context, start: int, end: int, keep_end: bool = False,
                  ) -> tuple[int, int] | None:
    text = context.text
    if end - start > _MAX_CONTENT:
        # A bound on each content keeps the total output linear on unpunctuated text.
        if keep_end:
            start = end - _MAX_CONTENT
        else:
            end = start + _MAX_CONTENT
    while start < end and (text[start].isspace() or text[start] in ",:;"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?"):
        end -= 1
    if end - start < 8 or " " not in text[start:min(end, start + 200)]:
        return None
    return start, end


def _quote_type(context: _Context, content: tuple[int, int]) -> str:
    i = bisect.bisect_left(context.quote_starts, content[0])
    if i < len(context.quotations) and context.quotations[i].start < content[1]:
        return "mixed"
    # A quotation opening just before the content ("that “...”" counts from its mark).
    if i > 0 and context.quotations[i - 1].end > content[0]:
        return "mixed"
    return "indirect"


def _phrase_attribution(context: _Context, cue: _Cue, sentence: Span,
                        ) -> Attribution | None:
    text = context.text
    phrase = " ".join(cue.group().lower().split())
    document = context.document
    if phrase in ("according to", "in the words of", "as quoted by", "quoted by",
                  "as reported by", "reported by", "as cited by"):
        speaker = _speaker_after(text, cue.end() + 1, sentence.end)
        if speaker is None:
            return None
        before = _lead(text, sentence.start, cue.start())[0].strip()
        after_comma = text.find(",", speaker[1], speaker[1] + 3)
        if before.endswith(",") and after_comma >= 0 and phrase == "according to" and \
                len(_tokens(text, after_comma, sentence.end)) >= 4:
            # "Since November, according to X, forces have killed ...": the sentence, or
            # only what follows when the opening is a word or two ("Now, according to").
            if len(_tokens(text, max(sentence.start, cue.start() - 40), cue.start())) <= 3:
                content = _content_span(context, after_comma + 1, sentence.end)
            else:
                content = _content_span(context, sentence.start, sentence.end)
        elif before.rstrip(",").strip() and before.endswith(","):
            # "..., according to X." : the content comes first.
            comma = text.rfind(",", sentence.start, cue.start())
            content = _content_span(context, sentence.start, comma, keep_end=True)
            if content is not None and phrase == "in the words of":
                quote = _quotation_ending_at(context, comma)
                if quote is not None:
                    content = (quote.content.start, quote.content.end)
        elif not before:
            comma = text.find(",", speaker[1], speaker[1] + 3)
            content = _content_span(context, comma + 1 if comma >= 0 else speaker[1],
                                    sentence.end)
        else:
            return None
        if content is None:
            return None
        quote_type = _quote_type(context, content)
        if phrase == "in the words of":
            quote_type = "mixed"
        return Attribution(cue=document.span(cue.start(), cue.end()),
                           speaker=document.span(*speaker), speaker_name=None,
                           content=document.span(*content), quote_type=quote_type,
                           confidence=0.8, start=min(content[0], cue.start()),
                           end=max(content[1], speaker[1]), layout="according to X")
    return None


def _quotation_ending_at(context: _Context, position: int) -> Quotation | None:
    i = bisect.bisect_right(context.quote_starts, position) - 1
    if i >= 0 and 0 <= position - context.quotations[i].end <= 2:
        return context.quotations[i]
    return None


def _verb_attribution(context: _Context, cue: _Cue, cue_class: str, sentence: Span,
                      found: list[Attribution]) -> Attribution | None:
    text = context.text
    document = context.document
    start, end = cue.start(), cue.end()
    previous_word = text[max(sentence.start, start - 4):start].rstrip().lower()
    if previous_word.endswith((" to", " the", " a")) or previous_word in ("to", "the", "a"):
        return None
    gate = None
    if cue_class != "speech":
        # Stance, report and belief cues act only as "X criticized (that) ...", and most
        # are ruled out by what follows them: look there before looking for a speaker.
        gate = _content_gate(context, cue, sentence)
        if _gate_rejects(cue_class, gate):
            return None
    speaker = _speaker_before(text, sentence.start, start)
    if speaker is not None and text[speaker[0]:speaker[1]].lower() in ("and", "but"):
        speaker = None
    if speaker is not None and _names_something(text, speaker, cue):
        return None
    if speaker is not None:
        lead, lead_end = _lead(text, sentence.start, speaker[0])
        trailing = _trailing_adjuncts(text, end, sentence.end)
        if lead.endswith(",") and trailing is not None and cue_class == "speech":
            comma = lead_end - 1
            rest = _rest_after_comma(text, end, sentence.end)
            if rest is not None:
                # "The real risk, Ms. Tolland said, is that ...": the whole sentence.
                content = _content_span(context, sentence.start, sentence.end)
                layout = "..., X said, ..."
            else:
                content = _content_span(context, sentence.start, comma, keep_end=True)
                layout = "..., X said"
            if content is None:
                return None
            return Attribution(cue=document.span(start, end), speaker=document.span(*speaker),
                               speaker_name=None, content=document.span(*content),
                               quote_type=_quote_type(context, content), confidence=0.8,
                               start=min(content[0], speaker[0]),
                               end=max(end, speaker[1], content[1]), layout=layout)
        if lead.strip() and not lead.endswith((",", ":", ";")) and not _clause_opening(lead):
            return None
        return _forward_content(context, cue, cue_class, sentence, speaker, "X said", gate)
    if cue_class != "speech":
        return None
    lead, lead_end = _lead(text, sentence.start, start)
    lowered_lead = lead.lower()
    if lowered_lead.endswith((" and", " but", " and then", " but also", " and also", ",",
                              "\u2014", "--", " then")) and (
            not lead.endswith(",") or cue.group().endswith("ing")):
        # "Okafor thanked the crowd and said ..." / "..., saying ...": the subject speaks.
        subject = _same_sentence_speaker(context, sentence, start, found)
        if subject is None:
            return None
        attribution = _forward_content(context, cue, cue_class, sentence, subject,
                                       "X ... and said")
        if attribution is not None:
            attribution = attrs.evolve(attribution, confidence=attribution.confidence - 0.15)
        return attribution
    # "..., said this source."
    if not lead.endswith(","):
        return None
    trailing = _trailing_adjuncts(text, end, sentence.end)
    speaker = _speaker_after(text, end + 1, sentence.end)
    if speaker is None or _is_time(text, speaker):
        return None
    after_speaker = _trailing_adjuncts(text, speaker[1], sentence.end)
    if after_speaker is None and trailing is None:
        return None
    if after_speaker is not None and _rest_after_comma(text, speaker[1], sentence.end,
                                                       after_name=True):
        content = _content_span(context, sentence.start, sentence.end)
        layout = "..., said X, ..."
    else:
        content = _content_span(context, sentence.start, lead_end - 1, keep_end=True)
        layout = "..., said X"
    if content is None:
        return None
    return Attribution(cue=document.span(start, end), speaker=document.span(*speaker),
                       speaker_name=None, content=document.span(*content),
                       quote_type=_quote_type(context, content), confidence=0.8,
                       start=content[0], end=max(speaker[1], content[1]), layout=layout)


_PARTICIPLE_CLAUSE = frozenset(
    """adding saying noting citing referring arguing insisting explaining calling
    according telling warning pointing describing suggesting""".split())


def _rest_after_comma(text: str, position: int, ceiling: int, after_name: bool = False,
                      ) -> int | None:
    """Start of a main-clause remainder after ", X said," (not a participle clause)."""
    comma = text.find(",", position, min(ceiling, position + 80))
    if comma < 0 or text[position:comma].strip(" \t\u00a0,") and \
            _ADJUNCT.match(text, position, comma) is None:
        return None
    words = _tokens(text, comma + 1, min(ceiling, comma + 80))
    if len(words) < 3 or words[0].lower in _PARTICIPLE_CLAUSE or words[0].lower in (
            "who", "which", "whose", "where", "when") or (
            # "..., said Tom Hale, a spokesman for ...": an apposition, not more content.
            after_name and words[0].lower in ("a", "an", "the")):
        return None
    return comma + 1


def _names_something(text: str, speaker: tuple[int, int], cue: _Cue) -> bool:
    """"A relief body called the Coastal Aid Council": "called" names
    the group; nobody speaks. (An indefinite subject before a name.)"""
    if cue.group().lower() not in ("called", "named", "dubbed"):
        return False
    if not text[speaker[0]:speaker[1]].lower().startswith(("a ", "an ")):
        return False
    following = text[cue.end():cue.end() + 40].lstrip(" \t\u00a0")
    if following[:4].lower() == "the ":
        following = following[4:]
    return following[:1].isupper()


def _same_sentence_speaker(context: _Context, sentence: Span, position: int,
                           found: list[Attribution]) -> tuple[int, int] | None:
    """The speaker of a verb with no subject of its own: the sentence's subject."""
    for attribution in found[:-4:-1]:
        if attribution.speaker is None or attribution.start < sentence.start:
            break
        if attribution.speaker.end <= position:
            return attribution.speaker.start, attribution.speaker.end
    return _sentence_subject(context.text, sentence.start, position)


_INTRO_WORDS = frozenset(
    """hours days minutes weeks later earlier meanwhile still yet then now also instead
    asked speaking""".split())


def _sentence_subject(text: str, start: int, ceiling: int) -> tuple[int, int] | None:
    tokens = _tokens(text, start, min(ceiling, start + 80))
    if tokens and (tokens[0].lower in _PREPOSITIONS or tokens[0].lower in _TIME_WORDS
                   or tokens[0].lower in _INTRO_WORDS):
        # "Hours later, Okafor ...": the subject comes after the opening phrase.
        comma = text.find(",", start, min(ceiling, start + 60))
        if comma < 0:
            return None
        start = comma + 1
        while start < ceiling and text[start] in " \t\u00a0":
            start += 1
        tokens = _tokens(text, start, min(ceiling, start + 80))
    if not tokens or text[start:tokens[0].start].strip(" \t\u00a0\"'\u201c\u2018"):
        return None
    first = tokens[0]
    if first.lower in _PRONOUNS:
        return first.start, first.end
    end_index = -1
    for i, token in enumerate(tokens[:6]):
        if i and text[tokens[i - 1].end:token.start].strip(" \t\u00a0"):
            break
        if i == 0 and first.lower in _DETERMINERS:
            end_index = 0
            continue
        if _looks_like_name(token) or (end_index == 0 and i <= 2 and not
                                       token.lower.endswith("ed")):
            end_index = i
            continue
        break
    if end_index < 0 or (end_index == 0 and first.lower in _DETERMINERS):
        return None
    if first.lower in _PREPOSITIONS or first.lower in _STOP:
        return None
    return first.start, _strip_possessive(text, first.start, tokens[end_index].end)


def _clause_opening(lead: str) -> bool:
    """Does ``lead`` (the sentence before the speaker) end where a new clause may begin?"""
    last = lead.rstrip().rsplit(None, 1)[-1].lower() if lead.strip() else ""
    return last in ("and", "but", "while", "as", "because", "so", "yet", "although",
                    "though", "when", "after", "before", "since", "--", "\u2014", "\u2013")


_ADJUNCT = re.compile(
    r"[ \t\u00a0]*(?:on|in|at|during|after|before|via|to|from|of|last|this|yesterday|"
    r"today|earlier|later|recently|late|early)\b[^.,;:!?\"\u201c\u201d]{0,60}")


def _trailing_adjuncts(text: str, position: int, ceiling: int) -> int | None:
    """End of the sentence if only adjuncts ("on Sunday", "in a statement") follow."""
    rest = text[position:min(ceiling, position + _WINDOW)]
    stripped = rest.strip(" \t\u00a0")
    if not stripped or stripped[0] in ".!?" or stripped.startswith((",", ";")):
        return ceiling
    adjunct = _ADJUNCT.match(text, position, ceiling)
    if adjunct is not None:
        tail = text[adjunct.end():min(ceiling, adjunct.end() + 4)].strip(" \t\u00a0")
        if not tail or tail[0] in ".!?,;":
            return ceiling
    return None


_EVIDENCE_HEADS = frozenset(
    """poll polls survey surveys study studies report reports data records analysis emails
    figures research numbers results documents filings statistics evidence review
    investigation audit memo letter statement""".split())


def _content_gate(context: _Context, cue: _Cue, sentence: Span,
                  ) -> tuple[int, bool, bool, str | None]:
    """What follows the cue: where the content would start, whether "that" opens it,
    whether it holds a quotation, and its first word (lower-cased, None if none)."""
    text = context.text
    position = cue.end()
    has_that = False
    that = _THAT.match(text, position, sentence.end)
    if that is not None:
        position, has_that = that.end(), True
    else:
        # Up to a few words (an object, an adjunct) may come before "that".
        window_end = min(sentence.end, position + 60)
        that_at = _find_word(text, "that", position, window_end)
        if that_at >= 0 and not _gap_has(text, position, that_at, ".,;:!?\"\u201c\u201d"):
            position, has_that = that_at + 4, True
        elif cue.group().lower() in _LEXICON.takes_object:
            position = _skip_object(text, position, sentence.end)
    quoted = _quote_type(context, (position, sentence.end)) == "mixed"
    first = None
    if not has_that and not quoted:
        word = _WORD.search(text, position, min(sentence.end, position + 30))
        if word is not None:
            first = word.group().lower()
    return position, has_that, quoted, first


def _gate_rejects(cue_class: str, gate: tuple[int, bool, bool, str | None]) -> bool:
    """Does the content side alone rule out a stance, report or belief cue? (The test
    ``_forward_content`` makes, without the speaker: only "report" needs the speaker's
    head noun, so it is ruled out only when nothing follows.)"""
    _, has_that, quoted, first = gate
    if has_that or quoted:
        return False
    if first is None:
        return True
    return first not in _CONTENT_STARTERS and cue_class != "report"


def _forward_content(context: _Context, cue: _Cue, cue_class: str, sentence: Span,
                     speaker: tuple[int, int], layout: str,
                     gate: tuple[int, bool, bool, str | None] | None = None,
                     ) -> Attribution | None:
    text = context.text
    document = context.document
    if gate is None:
        gate = _content_gate(context, cue, sentence)
    position, has_that, quoted, first = gate
    if not has_that and not quoted:
        head = text[speaker[0]:speaker[1]].rsplit(None, 1)[-1].lower()
        if cue_class in ("report", "belief", "stance"):
            if first is None or (first not in _CONTENT_STARTERS
                                 and not (cue_class == "report" and head in _EVIDENCE_HEADS)):
                return None
        elif first is not None and (first in _PREPOSITIONS or first in ("so", "yes", "no")):
            if not text[position:sentence.end].lstrip().startswith((":", "\u201c", '"')):
                return None
    content = _content_span(context, position, _next_attribution_cut(context, cue, position,
                                                                      sentence.end))
    if content is None:
        return None
    confidence = {"speech": 0.75, "stance": 0.5, "report": 0.5, "belief": 0.4}[cue_class]
    if has_that:
        confidence += 0.1
    return Attribution(cue=document.span(cue.start(), cue.end()),
                       speaker=document.span(*speaker), speaker_name=None,
                       content=document.span(*content),
                       quote_type=_quote_type(context, content),
                       confidence=min(confidence, 0.95), start=speaker[0], end=content[1],
                       layout=layout + (" that" if has_that else ""))


def _next_attribution_cut(context: _Context, cue: _Cue, position: int,
                          ceiling: int) -> int:
    """Where a content running to ``ceiling`` must stop: before ", Y said ..." of another."""
    i = bisect.bisect_right(context.cue_starts, cue.start())
    steps = 0
    while i < len(context.cue_starts) and context.cue_starts[i] < ceiling and steps < 4:
        other = context.cue_matches[i]
        i += 1
        steps += 1
        if _cue_class(other) != "speech":
            continue
        speaker = _speaker_before(context.text, position, other.start())
        if speaker is None:
            continue
        lead, lead_end = _lead(context.text, position, speaker[0])
        if lead.endswith(","):
            return lead_end - 1
    return ceiling


def _find_word(text: str, word: str, start: int, end: int) -> int:
    position = text.find(" " + word + " ", start - 1, end)
    return position + 1 if position >= 0 else -1


def _skip_object(text: str, position: int, ceiling: int) -> int:
    tokens = _tokens(text, position, min(ceiling, position + 60))
    if not tokens:
        return position
    first = tokens[0]
    if first.lower in ("reporters", "journalists", "him", "her", "them", "us", "me",
                       "supporters", "lawmakers", "congress", "parliament", "voters"):
        return first.end
    if first.lower in ("the", "a", "an") and len(tokens) > 1:
        return tokens[1].end
    if _looks_like_name(first):
        end = first.end
        for token in tokens[1:4]:
            if not _looks_like_name(token):
                break
            end = token.end
        return end
    return position


# --------------------------------------------------------------------------- names

# Capitalised runs. The look-behind keeps a match from starting inside a word, so an
# all-capitals megabyte is read once, not once per letter. Giving back letters of a word
# never lets a run go on (a letter follows, not a space), so ``re`` finds the same runs
# as possessive quantifiers would, and scans twice as fast here as ``regex``.
# A word of a name: an initial ("F."), an abbreviated title ("Mr."), or a capitalised
# word. Other words take no period, so a run never crosses a sentence end
# ("... on Monday. Lund said" holds no name "Monday. Lund").
_NAME_TITLES = "Mr Mrs Ms Dr St Jr Sr Gen Gov Sen Rep Prof Rev Lt Col Capt".split()
_NAME_WORD = (r"(?:[A-Z]\.|(?:" + "|".join(_NAME_TITLES) + r")\.|[A-Z][\w'\u2019\-]*)")


def _first_name_word() -> str:
    """``_NAME_WORD`` with "not after a word character" folded in after its capital.

    Why: a pattern that opens with a look-behind is tried at every position of the
    article; one that opens with ``[A-Z]`` lets the engine jump from capital to capital
    (about 3.5x faster over the BBC corpus, the same matches). The titles' other letters
    follow a look-behind on their capital.
    """
    tails: dict[str, list[str]] = {}
    for title in _NAME_TITLES:
        tails.setdefault(title[0], []).append(re.escape(title[1:]))
    titles = "|".join(f"(?<={capital})(?:{'|'.join(sorted(rest, key=len, reverse=True))})\\."
                      for capital, rest in sorted(tails.items()))
    return r"[A-Z](?<![\w'\u2019\-].)(?:\.|" + titles + r"|[\w'\u2019\-]*)"


# Lower-case particles inside a name: "Henri de Varenne", "Ana da Costa".
_NAME_PARTICLES = "de van von der den da di du del della la le bin ibn al dos das ter ten"
_NAME_RUN = re.compile(
    _first_name_word() + r"(?:[ \t\u00a0]+(?:(?:" + "|".join(_NAME_PARTICLES.split())
    + r")[ \t\u00a0]+){0,2}" + _NAME_WORD + r"){1,4}")
_PARTICLE_SET = frozenset(_NAME_PARTICLES.split())


def _without_possessive(word: str) -> str:
    """"Delgado's" -> "Delgado"; "Jones'" -> "Jones"."""
    if not word.endswith(("s", "'", "\u2019")):
        return word
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if word.endswith(suffix) and len(word) > len(suffix):
            return word[: -len(suffix)]
    return word


def _surname_key(word: str) -> str:
    """The index key of a surname: lower case, without a period or possessive ending
    ("Jones's" -> "jones"; "Jones" stays "jones")."""
    return _without_possessive(word.rstrip(".")).lower()


@attrs.define
class _NameIndex:
    """Capitalised runs of the article: surname -> [(position, full name)], by title too."""

    by_last: dict[str, list[tuple[int, str]]]
    by_title: dict[str, list[tuple[int, str]]]


# Words a capitalised run may open with that are not part of the name: titles (kept as
# the name's title) and sentence openers.
_NAME_LEADERS = _TITLES | frozenset(
    """the a an but and in on when as if after for at by it he she they meanwhile however
    also now then still instead earlier later last this that these those his her their
    its our my your while although though because since despite during under with
    without from about""".split())


def _name_index(document: Document) -> _NameIndex:
    cached = document.cache.get(CACHE_KEY + ".names")
    if isinstance(cached, _NameIndex):
        return cached
    by_last: dict[str, list[tuple[int, str]]] = {}
    by_title: dict[str, list[tuple[int, str]]] = {}
    text = document.text
    for match in _NAME_RUN.finditer(text):
        run = match.group()
        words = run.split()
        lowers = run.lower().split()
        title = None
        if lowers[0] in _NAME_LEADERS:
            skip = 0
            while skip < len(lowers) and (word := lowers[skip]) in _NAME_LEADERS:
                if word in _TITLES:
                    title = word.rstrip(".")
                skip += 1
            words = words[skip:]
            lowers = lowers[skip:]
        if not _TITLES.isdisjoint(lowers):
            # "Finance Minister P Chidambaram", "Deputy Prime Minister X": the name
            # follows the last title word.
            last_title = max(i for i, word in enumerate(lowers) if word in _TITLES)
            title = lowers[last_title].rstrip(".")
            words = words[last_title + 1:]
        capitalised = len(words)
        if not _PARTICLE_SET.isdisjoint(words):
            capitalised -= sum(1 for word in words if word in _PARTICLE_SET)
        if capitalised < 2 or capitalised > 3:
            continue
        if title is None:
            # "Party spokesman Owen Marsh": a lower-case head just before the name.
            head_start = text.rfind(" ", max(0, match.start() - 24), match.start() - 1)
            head = text[head_start + 1:match.start()].strip()
            if head in _PERSON_HEADS:
                title = head
        words[-1] = _without_possessive(words[-1])
        name = " ".join(words)
        last = _surname_key(words[-1])
        by_last.setdefault(last, []).append((match.start(), name))
        if title:
            by_title.setdefault(title, []).append((match.start(), name))
    for key, entries in by_last.items():
        fullest: list[tuple[int, str]] = []
        for at, name in entries:
            if fullest and len(fullest[-1][1]) >= len(name):
                name = fullest[-1][1]
            fullest.append((at, name))
        by_last[key] = fullest
    index = _NameIndex(by_last, by_title)
    document.cache[CACHE_KEY + ".names"] = index
    return index


def _best_before(entries: list[tuple[int, str]] | None, position: int) -> str | None:
    """The fullest name among ``entries`` (sorted by position) that come before ``position``.

    ``entries`` holds, at each index, the fullest name up to there (``_name_index``
    builds it so), so one bisection answers.
    """
    if not entries:
        return None
    i = bisect.bisect_left(entries, (position, "")) - 1
    return entries[i][1] if i >= 0 else None


# Last words that make a speaker something other than one person: "he" or "she" never
# stands for "The Transport Office", "the ministry", "union leaders" or "the statement".
_NOT_PERSON_HEADS = frozenset(
    """office ministry department union council commission committee party government
    agency bank company firm group association federation board court kremlin
    administration authority service police army navy institute organisation
    organization corporation university parliament congress senate assembly cabinet
    campaign charity league club team bureau foundation trust network alliance embassy
    executive industry newspaper paper magazine station channel website statement report
    study survey poll estimate figures data document letter memo minutes analysis
    findings research review audit release filing complaint lawsuit book article""".split())
#: Last words that make a mention one person.
_PERSON_HEADS = frozenset(
    """source official spokesman spokeswoman spokesperson aide person diplomat minister
    president senator candidate nominee governor lawmaker analyst expert officer adviser
    advisor leader chief secretary chancellor premier director chairman chairwoman
    chairperson man woman judge mayor ambassador king queen prince princess pope
    manager commissioner head boss founder owner economist professor doctor""".split())


#: Heads of the descriptions that keep a source anonymous ("this source", "the official").
_ANONYMOUS_HEADS = frozenset("source official aide diplomat person insider".split())


@functools.lru_cache(maxsize=4096)  # pronoun walks ask again for the same names
def _speaker_kind(name: str) -> str:
    """What a resolved speaker ``name`` is: ``"named"`` (a person's name: "Antony
    Blinken"), ``"single"`` (one capitalised word: a surname or a body, "Lund",
    "Google"), ``"described"`` (one person described: "an American official") or
    ``"other"`` (a body, a group or a thing: "The Transport Office", "NATO", "officials",
    "the statement")."""
    words = name.split()
    # The head comes before a prepositional phrase: "an engineer on the project".
    for i, word in enumerate(words[1:], 1):
        if word in _NP_PREPOSITIONS:
            words = words[:i]
            break
    if not words:
        return "other"
    last = words[-1].strip(".,'\u2019")
    lowered = last.lower()
    if lowered in _PERSON_HEADS:
        return "described"
    if lowered in _NOT_PERSON_HEADS or (_plural_noun(lowered) and not last[:1].isupper()):
        return "other"  # a body, a group or a thing ("the ministry", "officials")
    if not last[:1].isupper():
        # "an engineer", "the England coach": one person described, if anything.
        return "described" if len(words) > 1 else "other"
    if len(words) == 1:
        # "NATO", "BBC": an acronym; "Lund", "Unison": a surname or a body's name.
        return "other" if len(last) >= 2 and last.isupper() else "single"
    if words[0].lower() == "the" and words[1][:1].isupper() and \
            words[1].lower().rstrip(".") not in _TITLE_WORDS:
        return "other"  # "The Kremlin", "the Rail Workers Union"
    return "named"


#: How many earlier speakers a pronoun or description looks back over.
_LOOK_BACK = 20


def _recent(earlier: list[str], count: int) -> Iterator[str]:
    """``earlier[:count]`` from the latest back, at most ``_LOOK_BACK`` of them."""
    return reversed(earlier[max(0, count - _LOOK_BACK):count])


def _latest_of(earlier: list[str], count: int, kinds: tuple[str, ...]) -> str | None:
    """The latest of ``earlier[:count]`` whose ``_speaker_kind`` is one of ``kinds``."""
    return next((name for name in _recent(earlier, count) if _speaker_kind(name) in kinds),
                None)


def _latest_with_head(earlier: list[str], count: int, head: str) -> str | None:
    """The latest earlier speaker whose last word is ``head`` ("the ministry" ->
    "the Foreign Ministry")."""
    for name in _recent(earlier, count):
        words = name.split()
        if len(words) > 1 and words[-1].lower().strip(".,'\u2019") == head:
            return name
    return None


def _resolve(document: Document, mention: Span, earlier: list[str], count: int,
             ) -> str | None:
    """The name ``mention`` stands for, or None. ``earlier[:count]``: the resolved
    speaker names of the attributions before it, in text order.

    "he" and "she" stand for the latest one person (``_speaker_kind``), "it" for the
    latest body or thing, "they" and "we" for the latest speaker of any kind; "the
    president" for the latest name with that title; "the official" or "this source"
    for the latest speaker with that head, else the latest person described ("an
    American official"); another person ("the spokesman") for nobody; "the ministry"
    for the latest speaker with that head, or for itself."""
    words = mention.text.split()
    if not words:
        return None
    lower = [w.lower().strip(".,'\u2019") for w in words]
    if len(words) == 1 and lower[0] in _RELATIVES:
        antecedent = _antecedent_of_relative(document.text, mention.start)
        if antecedent is None:
            return None
        return _resolve(document, document.span(*antecedent), earlier, count)
    if len(words) == 1 and lower[0] in _PRONOUNS:
        if lower[0] in ("he", "she"):
            return _latest_of(earlier, count, ("named", "single", "described"))
        if lower[0] == "it":
            return _latest_of(earlier, count, ("other", "single"))
        return earlier[count - 1] if count else None
    if lower[0] in ("this", "that", "the", "these", "those") and len(words) <= 3 and (
            lower[-1] in _GENERIC_HEADS):
        head = lower[-1]
        named = _best_title(_name_index(document).by_title.get(head), mention.start)
        if named is None:
            named = _latest_with_head(earlier, count, head)
        if named is not None:
            return named
        if head in _ANONYMOUS_HEADS:
            # "said this source" after "an American official said": the same person,
            # described again. Not a named one: sources are described, not named.
            return _latest_of(earlier, count, ("described",))
        if head in _PERSON_HEADS:
            return None  # "the spokesman" after "Charles Clarke said" is someone else
        if lower[0] == "the":
            return mention.text  # "the government": a description that stands for itself
        return earlier[count - 1] if count else None
    comma = mention.text.find(",")
    if comma > 0 and _last_name_run(mention.text[:comma]) is not None and \
            not mention.text[comma + 1:].lstrip()[:1].isupper():
        # "Piet Smeets, an analyst with Bank Van Dijk": the name before the apposition
        # (but "Chief Inspector, Anna Roos": the name after it).
        return _resolve(document, document.span(mention.start, mention.start + comma),
                        earlier, count)
    # A proper name somewhere in the mention: its last capitalised run.
    run = _last_name_run(mention.text)
    if run is not None:
        if _without_possessive(run) != run and \
                mention.text[mention.text.rfind(run) + len(run):].strip():
            # "Rosa Delgado's lawyer": the possessor is not the speaker.
            return mention.text
        name_words = run.split()
        name_words[-1] = _without_possessive(name_words[-1])
        # Leave out titles ("Prime Minister Ewa Lund", "Finance Minister Raj Mehta").
        titled = [i for i, word in enumerate(name_words)
                  if word.lower().rstrip(".") in _TITLE_WORDS]
        if titled:
            name_words = name_words[titled[-1] + 1:]
        if not name_words:
            return mention.text
        if len(name_words) == 1 or name_words[0] in _PARTICLE_SET:
            # A surname alone ("Blinken", "Mr de Varenne"): the fullest name before it.
            key = _surname_key(name_words[-1])
            fuller = _best_before(_name_index(document).by_last.get(key), mention.start)
            return fuller or " ".join(name_words)
        return " ".join(name_words)
    return mention.text


def _antecedent_of_relative(text: str, position: int) -> tuple[int, int] | None:
    before = text[max(0, position - _WINDOW):position].rstrip(" \t\u00a0")
    if not before.endswith(","):
        return None
    comma = max(0, position - _WINDOW) + len(before) - 1
    tokens = _tokens(text, max(0, comma - _WINDOW), comma)
    if not tokens:
        return None
    return _noun_phrase_back(text, tokens, len(tokens) - 1)


def _best_title(entries: list[tuple[int, str]] | None, position: int) -> str | None:
    """The latest name among ``entries`` (sorted by position) before ``position``."""
    if not entries:
        return None
    i = bisect.bisect_left(entries, (position, "")) - 1
    return entries[i][1] if i >= 0 else None


@functools.lru_cache(maxsize=4096)
def _last_name_run(text: str) -> str | None:
    # Cached: the same mentions ("Mr Lund", "the BBC") come back article after article.
    runs: list[str] = [m.group() for m in _NAME_RUN.finditer(text)]
    if runs:
        return runs[-1]
    words = text.split()
    if words and words[-1][:1].isupper() and words[0][:1].isupper() and len(words) == 1:
        return words[0]
    if len(words) >= 1 and words[-1][:1].isupper():
        return words[-1]
    return None


def _resolve_all(document: Document, found: list[Attribution]) -> list[Attribution]:
    """Calibrate each attribution's confidence and resolve its speaker, in one rebuild
    (``attrs.evolve`` is several times slower than the constructor)."""
    resolved: list[Attribution] = []
    earlier: list[str] = []
    for a in found:
        name = None
        if a.speaker is not None:
            name = _resolve(document, a.speaker, earlier, len(earlier))
        resolved.append(Attribution(a.cue, a.speaker, name, a.content, a.quote_type,
                                    _calibrated_confidence(a), a.start, a.end, a.layout))
        if name is not None:
            earlier.append(name)
    return resolved


def resolve_name(document: Document, mention: Span) -> str | None:
    """The source ``mention`` stands for, resolved within the article, or None.

    Pronouns ("he", "they") and descriptions ("this source", "the official") point back
    to the latest earlier attribution's source; surnames and titled names ("Blinken",
    "Mr Smith", "the president") to the fullest earlier mention ("Antony Blinken"); a
    name or a description that needs nothing ("an American official") stands for itself.
    """
    try:
        starts, names, counts = _earlier_speakers(document)
        i = bisect.bisect_left(starts, mention.start) - 1
        return _resolve(document, mention, names, counts[i] if i >= 0 else 0)
    except (IndexError, ValueError):
        return None


def _earlier_speakers(document: Document) -> tuple[list[int], list[str], list[int]]:
    """Attribution starts, the resolved speaker names in text order, and at each start
    how many of those names come up to it: one bisection then gives the speakers
    before any mention (callers resolve many mentions)."""
    cached = document.cache.get(CACHE_KEY + ".earlier")
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    starts: list[int] = []
    names: list[str] = []
    counts: list[int] = []
    for attribution in attributions(document):
        if attribution.speaker_name:
            names.append(attribution.speaker_name)
        starts.append(attribution.start)
        counts.append(len(names))
    document.cache[CACHE_KEY + ".earlier"] = (starts, names, counts)
    return starts, names, counts
