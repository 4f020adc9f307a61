"""Find numeric facts: one fast scan for candidates, then local reading around each one.

The scan looks for ASCII digit runs, vulgar fractions and spelled number words; nothing
else in the text is touched. Around a candidate the reader looks a bounded distance back
(qualifier, currency sign, change verb, what is measured) and forward (multiplier, range,
unit, counted noun), so the work per candidate is constant and the whole pass is linear
in the length of the text, whatever the text holds.

Offsets are taken on the caller's text. Case-insensitive reading is done on a lower-cased
copy whose indices are the caller's (``Document.lower_text`` when the host has it, else
``_folded``).
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any, NamedTuple

from claimkit import trie_pattern
from claimkit_numbers._tables import (
    CHANGE_WORDS,
    COUNT_STOPWORDS,
    CURRENCY_PREFIXES,
    EXACT_PREFIX_REVERSED_RE,
    EXACT_UNIT_RE,
    FOLDED_PREFIX_REVERSED_RE,
    FOLDED_UNIT_RE,
    NUMBER_WORDS,
    PREFIX_MAX_LENGTH,
    QUALIFIERS,
    UNITS_BY_NAME,
    UNITS_BY_SURFACE,
    Unit,
)

KIND = "numeric_fact"

# How far the reader looks back from a number; the longest thing it reads there is a
# qualifier and a change verb plus a short noun phrase.
LOOK_BEHIND = 60
# Digit runs longer than this are identifiers or noise, and would overflow a float.
MAX_DIGITS = 21

VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125,
                    "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_VULGAR = "".join(VULGAR_FRACTIONS)

# "[0-9][0-9]*" rather than "[0-9]+": a pattern that opens with a character class lets
# `re` skip ahead to the next digit (twice as fast). The `regex` engine is faster still,
# but importing it costs more start-up time than it saves on a thousand articles.
# Vulgar fractions are rare enough to be looked for apart.
DIGIT_CANDIDATES = re.compile("[0-9][0-9]*")
VULGAR_CANDIDATES = re.compile(f"[{_VULGAR}]")

_SPELLED = [w for w, (_, role) in NUMBER_WORDS.items() if role != "multiplier"]
_SPELLED_NO_FRACTIONS = [w for w in _SPELLED if NUMBER_WORDS[w][1] != "fraction"]
# `re` with a trie and letter look-arounds scans lower-cased text at ~60 MB/s.
_CANDIDATE_WORD = trie_pattern(_SPELLED_NO_FRACTIONS + ["dozens"])
WORD_CANDIDATES = re.compile(r"(?<![a-z])" + _CANDIDATE_WORD + r"(?![a-z])")
# Scanning for a space (or a rarer opening character) before the word lets `re` skip
# ahead by its first character: three times faster than a look-behind on every position.
SPACED_WORD_CANDIDATES = re.compile(r"[ ]" + _CANDIDATE_WORD + r"(?![a-z])")
OTHER_WORD_CANDIDATES = re.compile(
    "[\\n\\t\u00a0(\\[/\"“‘'—–-]" + _CANDIDATE_WORD + r"(?![a-z])")
_WORD = trie_pattern(_SPELLED)
SPELLED_RUN = re.compile(
    rf"(?:{_WORD})(?:(?:[ -]|[ ]-[ ]| and a | and )(?:{_WORD})){{0,8}}(?![a-z])")
SPELLED_TOKEN = re.compile(_WORD + r"|and|a")

DIGIT_NUMBER = re.compile(r"""
    (?P<int>[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])
      | [0-9]{1,3},[ ][0-9]{3}(?:,[0-9]{3})*
        (?![0-9]|,[ ]?[0-9]|\.[0-9]|[ ](?:and|or|to)[ ][0-9])
        # "10, 000": thousands split by a tokeniser, not a list ("231, 245, 260", "5, 10 and 15")
      | [0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])
      | [0-9]{1,3}(?:[\u00a0\u202f\u2009 ][0-9]{3})+(?![0-9])
      | [0-9]+)
    (?P<dec>\.[0-9]+)?
    """, re.VERBOSE)
PLAIN_DIGITS = re.compile("[0-9]+")
LIST_ITEM_BEFORE = re.compile("[0-9],[ ]?$")
EU_DIGIT_NUMBER = re.compile(r"""
    (?P<int>[0-9]{1,3}(?:\.[0-9]{3})+(?![0-9])
      | [0-9]{1,3}(?:[\u00a0\u202f\u2009 ][0-9]{3})+(?![0-9])
      | [0-9]+)
    (?P<dec>,[0-9]+)?
    """, re.VERBOSE)
# A document whose numbers look like "1.000.000" or "3,5 %" writes numbers the European
# way; ambiguous "1.000" alone is read the English way. The patterns open with the
# separator, a literal that `re` jumps to, and only then look back for the digit before
# it (ten times faster than opening with the digit or the look-behind).
EU_LOCALE_EVIDENCE = re.compile(r"\.(?<=[0-9]\.)[0-9]{3}(?:\.[0-9]{3}(?![0-9])|,[0-9])")
EN_LOCALE_EVIDENCE = re.compile(r",(?<=[0-9],)[0-9]{3}(?:\.[0-9]|,[0-9]{3})")

MIXED_FRACTION = re.compile(
    rf"(?:[ \u00a0-]?([1-9])/([0-9]{{1,2}})|([{_VULGAR}]))(?![0-9/])")
FRACTION = re.compile(r"([1-9][0-9]?)/([0-9]{1,3})(?![0-9/])")
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32, 64, 100})

MULTIPLIER_WORD = re.compile(
    r"[ \u00a0-]?(hundred|thousand|million|billion|trillion|lakh|crore|mn|mln|bn|tn|trn)"
    r"(?![a-z])")
SHORT_MULTIPLIER = re.compile(r"([mbk])(?![a-z])")
SHORT_MULTIPLIERS = {"m": 1e6, "b": 1e9, "k": 1e3}
SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
               "lakh": 1e5, "crore": 1e7, "mn": 1e6, "mln": 1e6, "bn": 1e9, "tn": 1e12,
               "trn": 1e12}

# Things that make a digit run something other than a quantity.
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![a-z])")
DECADE_SUFFIX = re.compile(r"'?s(?![a-z])")
TIME_AFTER = re.compile(
    r"(?:[:.][0-5][0-9](?:[ ]?(?:am|pm|a\.m\.|p\.m\.))|:[0-5][0-9](?![0-9])"
    r"|[ ]?(?:am|pm|a\.m\.|p\.m\.|o'clock|gmt|bst|cet|est|edt|pst|utc)(?![a-z]))")
MONTHS = ("january|february|march|april|may|june|july|august|september|october|november"
          "|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
MONTH_AFTER = re.compile(rf"[ \u00a0](?:{MONTHS})\.?(?![a-z])")
DAY_PAIR_MONTH = re.compile(
    rf"[ ](?:and|or|to)[ ][0-9]{{1,2}}(?:st|nd|rd|th)?[ \u00a0](?:{MONTHS})\.?(?![a-z])")
MONTH_BEFORE_REVERSED = re.compile(
    r"[ \u00a0]\.?(?:" + "|".join(m[::-1] for m in MONTHS.split("|")) + r")(?![a-z])")
LIST_MARKER_AFTER = re.compile(r"[ ]?[.)][ \t]")
# Last two characters of the currency prefixes (a one-character sign is its own), kept
# apart by case: a sign or code written only as is ("AED", "C$") ends with its own
# letters, a folded one ("dollars") with lower-case ones.
EXACT_PREFIX_TAILS = frozenset(p[-2:] for p in CURRENCY_PREFIXES[0])
FOLDED_PREFIX_TAILS = frozenset(p[-2:] for p in CURRENCY_PREFIXES[1])
RANGE_FIRST = frozenset(" -–—\u00a0")
RANGE_SECOND = frozenset("-–—ta")  # after a space: a dash, "to", "and", "through"
MIXED_FRACTION_FIRST = frozenset(" -\u00a0" + _VULGAR)
MULTIPLIER_FIRST = frozenset(" -\u00a0htmblc")
MULTIPLIER_GAP = frozenset(" -\u00a0")
# First two letters of the multiplier words, for a multiplier after a space or hyphen.
MULTIPLIER_HEADS = frozenset("hu th mi bi tr la cr mn ml bn tn".split())
SHORT_MULTIPLIER_FIRST = frozenset("mbk")
DIGIT_SEPARATORS = str.maketrans("", "", ",. \u00a0\u202f\u2009")
PER_SECOND_CHARS = frozenset("/pae-")
PER_FIRST_CHARS = frozenset("/-")
MEASURED_BY_OF = frozenset(("currency", "mass", "volume", "area", "energy"))
ARTICLE_BEFORE_REVERSED = re.compile(r"[ \u00a0]+(?:a|na|eht|sti|rieht|sih|reh)(?![a-z])")
ARTICLE_LAST_CHARS = frozenset("anesrh \u00a0")  # last letters of the words above
NOUN_AFTER = re.compile(r"[ ]([a-z][a-z-]+)(?:[ ]([a-z][a-z-]+))?")
COMPOUND_HEAD = re.compile(r"[ ]([a-z][a-z]+)(?:[ ]([a-z][a-z]+))?")
PHONE_LOCAL = re.compile(r"[0-9]{3}-[0-9]{4}")
TIME_OR_MONTH_FIRST = frozenset("apgbceuojfmsond")
TIME_WORD_STARTS = frozenset("am pm a. p. gm bs ce es ed ps ut o'".split())
MONTH_LAST_CHARS = frozenset("yhlenrtgvcb.")
TOKEN = re.compile(r"(?:[^\W_]|[-/.:,](?=[^\W_]))*")
PHONE = re.compile(r"\+?\(?[0-9]{1,4}\)?(?:[ .-][0-9]{2,4}){2,5}(?![0-9])")

RANGE_JOIN = re.compile(
    r"[ \u00a0]?(?:-[ ](?:to|or)[ ]|-|–|—|(?:to|and|through)(?![a-z]))[ \u00a0]?")
UNIT_GAP = re.compile(r"[ \u00a0]?-?[ \u00a0]?")
PER_SYMBOL = re.compile(r"[ ]?/[ ]?|[ ]per[ ]")
PER = re.compile(r"(?:[ ]?/[ ]?|[ ]per[ ]|[ ]an?[ ]|[ ]?-[ ]?an?[ ]?-[ ]?|[ ]each[ ])"
                 r"(second|sec|minute|min|hour|hr|h|day|week|month|year|annum|share|person"
                 r"|head|capita|game|dozen|barrel|gallon|kg|kilo|litre|liter|tonne|ton|night"
                 r"|s|d|ms|millisecond)(?![a-z])"
                 r"(?![ ](?:earlier|ago|later|before|after)(?![a-z]))")
PER_NAMES = {"sec": "second", "s": "second", "min": "minute", "hr": "hour", "h": "hour",
             "d": "day", "kilo": "kilogram", "kg": "kilogram", "liter": "litre",
             "ms": "millisecond", "annum": "year", "capita": "person"}
AGE_AFTER = re.compile(r"(?:[ -]olds?|[ ]of[ ]age)(?![a-z])")
AGE_SHORT = re.compile(r"[ ]?(?:yo|y\.o\.|yrs? old)(?![a-z])")
POUNDS = re.compile(r"[ \u00a0]?(pounds?)(?:[ ]sterling)?(?![a-z])")
TEMPERATURE_CONTEXT = re.compile(
    r"temperat|thermo|weather|heat|hot|cold|warm|freez|boil|celsius|fahrenheit|fever|oven")
CENTS_AFTER = re.compile(r"[ ](and[ ])?(?=[0-9a-z])")
CENTS_WORD = re.compile(r"[ ](?:cents?|pence|p)(?![a-z])")
END_OF_AMOUNT = re.compile(r"[ ]?(?:[.,;:!?)]|$)|[ ]more(?![a-z])")
_COUNT_WORD = r"[ \u00a0]((?:[0-9]+-)?[a-z][a-z'’-]*)"
# Up to three words after a number, after an optional partitive "of (the)".
COUNT_PHRASE = re.compile(
    r"(?:[ ]of(?:[ ](?:the|these|those|its|their|his|her|our))?(?=[ ]))?"
    + _COUNT_WORD + f"(?:{_COUNT_WORD}(?:{_COUNT_WORD})?)?")
OF_PHRASE = re.compile(r"[ ]of[ ]((?:the[ ]|their[ ]|its[ ])?[a-z][a-z-]*(?:[ ][a-z][a-z-]*)?)")
WORD_REVERSED = re.compile(r"[ \u00a0]*([a-z][a-z'’-]*)")


def _reversed_phrases(phrases: list[str]) -> re.Pattern[str]:
    return re.compile(r"[ \u00a0]*(" + trie_pattern([p[::-1] for p in phrases]) + r")(?![a-z])")


QUALIFIER_REVERSED = _reversed_phrases(list(QUALIFIERS))
PRE_REVERSED = re.compile(
    r"[ \u00a0]*(?:(?P<q>" + trie_pattern([p[::-1] for p in QUALIFIERS]) + r")(?![a-z]))?"
    r"(?:[ \u00a0]*(?P<l>yb|ot)(?![a-z]))?"
    r"(?:[ \u00a0]*(?P<c>" + trie_pattern([w[::-1] for w in CHANGE_WORDS]) + r")(?![a-z]))?")
CHANGE_REVERSED = _reversed_phrases(list(CHANGE_WORDS))
LINK_REVERSED = _reversed_phrases(["by", "to", "from", "of", "at"])
RANGE_START_REVERSED = _reversed_phrases(["between", "from", "between the ages of",
                                          "between the age of"])
AGE_BEFORE_REVERSED = _reversed_phrases(["aged", "age", "ages", "aged between", "aged from",
                                         "age of", "ages of", "aged over", "aged under"])

# Lower-case words after which a number names or ranks something ("exit 27", "no. 1").
NAME_WORDS = frozenset(
    "no. no nos. number vol. vol p. pp. page pages chapter section article version room route"
    " highway exit junction platform gate flight level grade tier channel model series issue"
    " episode season track line bus act clause paragraph rule stage phase step day week round"
    " game match heat lap hole item figure table appendix annex form category class".split())
WORD_BEFORE_REVERSED = re.compile(r"[ \u00a0]([A-Za-z][A-Za-z.'’&-]*)")
NAME_BEFORE_COMMA = re.compile(r"([A-Za-z][a-z'’.-]+)$")
CAPITALISED_AFTER = re.compile(r"[ \u00a0][A-Z][a-z]")
DETERMINERS = frozenset("a an the its their his her this these those our your".split())
PARTITIVE_HEADS = frozenset(
    "total sum number amount one any all both each some most many few none half part"
    " monday tuesday wednesday thursday friday saturday sunday january february march april"
    " may june july august september october november december".split())
IRREGULAR_PLURALS = frozenset(
    "people men women children police staff cattle personnel troops aircraft sheep fish deer"
    " mice teeth geese feet data media crew".split())
# Words that open a sentence before a number without naming it ("During 2004 ...",
# "Barely 5% ..."), beside CAPITALISED_FUNCTION_WORDS; and endings of such words.
SENTENCE_OPENERS = frozenset(
    "during until throughout unlike however whilst though although despite including"
    " excluding perhaps maybe well come fast aged exactly overall altogether also even still"
    " yet meanwhile then now today yesterday next each both many few several other such what"
    " which where who how why there here it they we he she you i my your this that once"
    " nearly roughly fully barely".split())
OPENER_ENDINGS = ("ly", "ing", "ed")
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
# Capitalised words that may stand before a number without making it a name ("About 40").
CAPITALISED_FUNCTION_WORDS = frozenset(
    "the a an about some over nearly almost around just only all another those these with by"
    " in at for from to of on and but than up under less more roughly approximately"
    " estimated last its their his her our total another every least most at see and or"
    " when after before since while between some if as than so yet".split())
NOT_NAMING_WORDS = CAPITALISED_FUNCTION_WORDS | frozenset(QUALIFIERS) | frozenset(CHANGE_WORDS)


INCH = Unit("inch", "length", "m", 0.0254, 0.0)
# A straight double quote is an inch mark only before a word that says so.
INCH_MARK_AFTER = re.compile(
    r"[ ](?:long|wide|tall|high|deep|thick|across|screen|display|monitor|tv|laptop)(?![a-z])")
# "in" is inches before a measuring adjective that ends the phrase ("2 in thick,"), not in
# "2 in long queues".
MEASURE_ADJECTIVES = frozenset("long wide tall high deep thick across old".split())
INCH_WORD_AFTER = re.compile(r"[ ](?:long|wide|tall|high|deep|thick|across)"
                             r"(?=[ ]?[.,;:)!?]|$|[ ](?:and|or|by|x)[ ])")
FEET_BEFORE_REVERSED = re.compile(r"[ ](?:tf|teef|toof|′|')[ ]?[0-9]")
# Reversed last letters of "age", "aged", "ages"; an "age" further back ("age of", "aged
# over") is looked for in the next few characters.
AGE_BEFORE_TAILS = frozenset(("eg", "de", "se"))
# Bare "marks" are Deutsche marks in a sum of millions, an exchange rate ("1.6420 marks")
# or a passage about money.
EXCHANGE_RATE_BEFORE = re.compile(r"\.[0-9]{3,}$")
MONEY_CONTEXT = re.compile(r"dollar|yen|franc|sterling|currenc|exchange|bundesbank|deutsche")
POUND_STERLING = Unit("pound sterling", "currency", "GBP", 1.0, 0.0)
POUND_MASS = Unit("pound mass", "mass", "kg", 0.45359237, 0.0)
EXACT_FIRST = frozenset(surface[0] for surface in UNITS_BY_SURFACE[0])
FOLDED_FIRST = frozenset(surface[0] for surface in UNITS_BY_SURFACE[1])
# A surface matches only where its first two characters are, or, for a one-character
# surface, before a character that is not a letter or digit (units end at a non-word).
EXACT_HEADS = frozenset(surface[:2] for surface in UNITS_BY_SURFACE[0] if len(surface) > 1)
EXACT_SINGLES = frozenset(surface for surface in UNITS_BY_SURFACE[0] if len(surface) == 1)
FOLDED_HEADS = frozenset(surface[:2] for surface in UNITS_BY_SURFACE[1])
UNIT_FIRST_CHARS = frozenset(ch.lower() for ch in EXACT_FIRST) | FOLDED_FIRST | {"p"}
GAP_CHARS = frozenset(" \u00a0")
UNIT_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
SIMPLE_ROLES = frozenset(("digit", "teen", "tens"))
PERIOD_WORDS = frozenset(("quarters",))  # "for six quarters": a counted noun
SINGULAR_PARTS = frozenset(("half", "quarter"))  # "two and a half", "three quarter"
COMPARATIVES = frozenset("more most fewer less least".split())
SUPERLATIVE_ADVERBS = frozenset(("most", "least"))
SUPERLATIVES = {
    "largest": "large", "biggest": "big", "smallest": "small", "highest": "high",
    "lowest": "low", "greatest": "great", "oldest": "old", "newest": "new", "best": "good",
    "worst": "bad", "richest": "rich", "poorest": "poor", "longest": "long",
    "fastest": "fast", "strongest": "strong", "youngest": "young", "wealthiest": "wealthy",
    "busiest": "busy", "latest": "late", "earliest": "early", "closest": "close",
    "hottest": "hot", "cheapest": "cheap", "heaviest": "heavy", "finest": "fine",
    "safest": "safe", "deadliest": "deadly", "toughest": "tough", "weakest": "weak",
    "smartest": "smart", "brightest": "bright", "happiest": "happy", "warmest": "warm",
    "coldest": "cold", "wettest": "wet", "driest": "dry", "nearest": "near",
    "fastest-growing": "fast-growing", "highest-paid": "high-paid",
}
# "one" before these is a turn of phrase, not a count: "one thing is certain", "one way or
# another", "on the one hand", "one more"; and after "at": "at one point", "at one stage".
ONE_IDIOMS = frozenset("thing way hand more".split())
ONE_IDIOMS_AFTER_AT = frozenset("point stage time".split())
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "'s", "’s")
# Plural-looking words that often modify the next noun ("police officers", "data centres");
# any other plural before the head splits the phrase ("big cars parks").
NOUN_ADJUNCTS = frozenset(
    "more most data media police staff aircraft fish sheep crew personnel cattle deer".split())
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "MPs", "PCs", "CDs"
PLURAL_AFTER = re.compile(r"[ ]([a-z]+)(?![a-z-])")
ACRONYM_AFTER = re.compile(r"[ ][A-Z]{2,5}(?![A-Za-z-])")
# "the 60m hurdles", "400m runners": athletics, where "m" stays metres.
DISTANCE_EVENT_WORDS = frozenset(
    "hurdles heats runners sprinters swimmers titles races medals events finals records metres"
    " meters champions relays laps lengths indoors outdoors".split())
CODE_AFTER_HYPHEN = re.compile(r"-[0-9]+[A-Za-z]")
CODE_SECOND_CHARS = frozenset("-0123456789")
CODE_AFTER = re.compile(r"[ ][A-Za-z]-?[0-9]+(?![0-9A-Za-z])")
YEAR_END_CHARS = frozenset(",.;:)'\"”’!?\n")
# Change verbs whose object is what moved ("cut rates to 2%"); for the others the
# subject is ("prices rose even faster by 3%").
TRANSITIVE_CHANGE_VERBS = frozenset(
    "raised raise raises cut cuts reduced reduce reduces boosted boost boosts lowered lower"
    " lowers slashed slash increased increase increases decreased decrease decreases lifted"
    " trimmed hiked doubled tripled halved raising cutting reducing lowering slashing boosting"
    " lifting hiking trimming upped".split())
# Verbs whose "up"/"down" is part of the verb, not a move: "used up 9 hours", "set up 25
# stalls", "turned down 3 offers".
PARTICLE_VERBS = frozenset(
    "use used uses using give gave gives giving given set sets setting take took takes taking"
    " taken make made makes making pick picked picks picking sign signed signs signing turn"
    " turned turns turning show showed shows showing shut shuts break broke breaks breaking"
    " broken sit sat sits sitting step stepped steps stepping back backed backs backing write"
    " wrote writes writing written put puts putting call called calls calling tie tied ties"
    " lock locked locks line lined lines sum summed sums look looked looks hold held holds"
    " holding clean cleaned come came comes coming".split())
ADVERBS = frozenset("even further sharply still already now again just faster slower back".split())
# Auxiliaries between a subject and "up"/"down": "prices went up 4%", "exports were down".
AUXILIARIES = frozenset("went go goes gone was were is are has have had been be would will"
                        " could should may might must can".split())
PASSIVE_AUXILIARIES = frozenset("was were is are been be being".split())
# Words that may stand in the object between a change verb and "to"/"by"/"from" ("cut the
# rate to 2%", "increased this from £7 to £9").
PRONOUN_OBJECTS = frozenset("this that these those it them".split())
OBJECT_WORDS = frozenset("the a an its their his her our this that these those it them".split())
AGE_YEAR = Unit("year", "duration", "s", 31556952.0, 0.0)


class Number(NamedTuple):
    start: int
    end: int
    value: float
    spelled: bool
    scale: float  # the multiplier word or letter that was part of it, else 1

    @property
    def scaled(self) -> bool:
        return self.scale != 1.0


def _folded(text: str) -> str:
    """Lower-case copy with the caller's indices (a few letters lower-case to two chars)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _matched(match: re.Match[str] | None) -> re.Match[str]:
    """A match of a pattern whose every part is optional (it always matches)."""
    assert match is not None
    return match


JSON_EXACT = float(2**53)  # integers below this in size are exact in a float


def _json_number(value: float) -> float | int:
    if value == int(value) and abs(value) < 2**53:
        return int(value)
    return value


class _Reader:
    """Reads the quantities of one text; build one per document."""

    def __init__(self, text: str, folded: str | None = None) -> None:
        self.text = text
        self.low = folded if folded is not None and len(folded) == len(text) else _folded(text)
        self._eu_locale: bool | None = None
        self.results: list[dict[str, Any]] = []
        self.consumed = 0  # offsets below this belong to a quantity already read

    @property
    def eu_locale(self) -> bool:
        """Whether the article writes "1.000.000" and "3,5" (decided once, when needed)."""
        if self._eu_locale is None:
            text = self.text
            self._eu_locale = (EU_LOCALE_EVIDENCE.search(text) is not None
                               and EN_LOCALE_EVIDENCE.search(text) is None)
        return self._eu_locale

    # ------------------------------------------------------------------ candidates

    def run(self) -> list[dict[str, Any]]:
        text, low = self.text, self.low
        starts = [m.start() for m in DIGIT_CANDIDATES.finditer(text)]
        starts.extend([m.start() + 1 for m in SPACED_WORD_CANDIDATES.finditer(low)])
        starts.extend([m.start() + 1 for m in OTHER_WORD_CANDIDATES.finditer(low)])
        if WORD_CANDIDATES.match(low):
            starts.append(0)
        if any(fraction in text for fraction in _VULGAR):  # a str scan per sign: cheaper
            starts.extend([m.start() for m in VULGAR_CANDIDATES.finditer(text)
                           if not text[m.start() - 1:m.start()].isdigit()])
        starts.sort()
        for start in starts:
            if start < self.consumed:
                continue
            try:
                self._read_at(start)
            except (ValueError, OverflowError, ZeroDivisionError):
                # A malformed number is not a fact; skip it rather than fail the article.
                self.consumed = max(self.consumed, start + 1)
        return self.results

    # ------------------------------------------------------------------ numbers

    def _number_at(self, pos: int, currency: bool) -> Number | None:
        """The number starting at ``pos``: digits (with fraction, multiplier) or words."""
        text = self.text
        char = text[pos]
        if char in VULGAR_FRACTIONS:
            return Number(pos, pos + 1, VULGAR_FRACTIONS[char], False, 1.0)
        if "0" <= char <= "9":
            return self._digits_at(pos, currency)
        return self._words_at(pos)

    def _digits_at(self, pos: int, currency: bool) -> Number | None:
        text = self.text
        match = DIGIT_NUMBER.match(text, pos)
        if match is None:
            return None
        integer, decimals = match.group("int", "dec")
        end = match.end()
        if ", " in integer and (LIST_ITEM_BEFORE.search(text, pos - 3 if pos > 2 else 0, pos)
                                or MONTH_BEFORE_REVERSED.match(
                                    self.low[pos - 12 if pos > 12 else 0:pos][::-1])):
            # "May 10, 200 people": a date, then another number; "231, 245, 260": a list
            match = _matched(PLAIN_DIGITS.match(text, pos))
            integer, decimals = match.group(), None
            end = match.end()
        after = text[end:end + 1]
        if ((decimals and len(decimals) == 4)
                or (after == "," and text[end + 1:end + 2].isdigit())) and self.eu_locale:
            # Only a number that reads differently in the two conventions asks for the locale.
            match = EU_DIGIT_NUMBER.match(text, pos) or match
            integer, decimals = match.group("int", "dec")
            end = match.end()
            after = text[end:end + 1]
        if after == "/" and "0" <= text[end + 1:end + 2] <= "9":
            fraction = FRACTION.match(text, pos)
            if fraction:
                top, bottom = int(fraction.group(1)), int(fraction.group(2))
                if top < bottom and bottom in FRACTION_DENOMINATORS:
                    return Number(pos, fraction.end(), top / bottom, False, 1.0)
            # "9/11", "24/7", "3/5/2024": dates and names, not fractions
            if end > self.consumed:
                self.consumed = end
            return None
        if len(integer) > 3:  # (a shorter one has no separator)
            integer = integer.translate(DIGIT_SEPARATORS)
        if len(integer) > MAX_DIGITS:
            # Never read the same long run again from inside it: that would be quadratic.
            if end > self.consumed:
                self.consumed = end
            return None
        value = float(integer + "." + decimals[1:]) if decimals else float(integer)
        if not decimals and after in MIXED_FRACTION_FIRST and (
                after in VULGAR_FRACTIONS or text[end + 2:end + 3] == "/"
                or text[end + 1:end + 2] in VULGAR_FRACTIONS):
            mixed = MIXED_FRACTION.match(text, end)
            if mixed:
                if mixed.group(3):
                    value += VULGAR_FRACTIONS[mixed.group(3)]
                    end = mixed.end()
                else:
                    top, bottom = int(mixed.group(1)), int(mixed.group(2))
                    if top < bottom and bottom in FRACTION_DENOMINATORS:
                        value += top / bottom
                        end = mixed.end()
        low = self.low
        next_char = low[end:end + 1]
        if next_char in MULTIPLIER_FIRST and (
                next_char not in MULTIPLIER_GAP or low[end + 1:end + 3] in MULTIPLIER_HEADS):
            word = MULTIPLIER_WORD.match(low, end)
            if word:
                scale = SCALE_WORDS[word.group(1)]
                return Number(pos, word.end(), value * scale, False, scale)
        if next_char in SHORT_MULTIPLIER_FIRST:
            short = SHORT_MULTIPLIER.match(low, end)
            if short and (currency or self._currency_word_after(short.end())
                          or (short.group(1) == "k" and text[end] == "k")
                          or self._counted_millions(short)):
                # "£50m", "2.6M dollars", "10k": a letter multiplies only where it
                # cannot be a unit (a bare "50m" is fifty metres).
                scale = SHORT_MULTIPLIERS[short.group(1)]
                return Number(pos, short.end(), value * scale, False, scale)
        return Number(pos, end, value, False, 1.0)

    def _counted_millions(self, short: re.Match[str]) -> bool:
        """"9m viewers", "2.3m workers": an "m" before a counted plural is millions."""
        if short.group(1) != "m":
            return False
        following = PLURAL_AFTER.match(self.text, short.end())
        if following is None:
            acronym = ACRONYM_AFTER.match(self.text, short.end())  # "3m TV sets", "5m EU homes"
            if acronym is None:
                return False
            following = PLURAL_AFTER.match(self.text, acronym.end())
        return following is not None and following.group(1) not in DISTANCE_EVENT_WORDS and (
            _is_plural(following.group(1)))

    def _currency_word_after(self, pos: int) -> bool:
        gap = UNIT_GAP.match(self.low, pos)
        reading = self._table_unit_at(gap.end() if gap else pos)
        return reading is not None and reading[0].dimension == "currency"

    def _words_at(self, pos: int) -> Number | None:
        low = self.low
        if self.text[pos].isupper() and self._capitalised_name(pos):
            return None
        if pos > 1 and low[pos - 1] == "-" and "a" <= low[pos - 2] <= "z":
            word_before = WORD_REVERSED.match(low[pos - 16 if pos > 16 else 0:pos - 1][::-1])
            if word_before and word_before.group(1)[::-1] not in NUMBER_WORDS:
                return None  # "no-one", "all-in-one": part of a word, not a number
        if pos > 1 and low[pos - 1] in GAP_CHARS and "a" <= low[pos - 2] <= "z":
            space = low.rfind(" ", pos - 25 if pos > 25 else 0, pos - 1)
            word = low[space + 1:pos - 1] if space >= 0 else ""
            if word.isalpha():  # a plain word: no regex needed
                if word in NAME_WORDS:
                    return None  # "number one spot", "page two"
            else:
                word_before = WORD_BEFORE_REVERSED.match(low[pos - 24 if pos > 24 else 0:pos][::-1])
                if word_before and word_before.group(1)[::-1] in NAME_WORDS:
                    return None
        run = SPELLED_RUN.match(low, pos)
        if run is None:
            if low.startswith("dozens", pos):
                return Number(pos, pos + 6, 12.0, True, 1.0)
            return None
        run_end = run.end()
        single = NUMBER_WORDS.get(low[pos:run_end])
        if single is not None and single[1] in SIMPLE_ROLES:
            return Number(pos, run_end, single[0], True, 1.0)  # one word: "two", "twelve"
        tokens = [(m.group(), m.start(), m.end())
                  for m in SPELLED_TOKEN.finditer(low, pos, run.end())]
        start = pos
        # "a dozen", "half a million", "a quarter million", "three quarters billion"
        reversed_before = low[pos - 12 if pos > 12 else 0:pos][::-1]
        if NUMBER_WORDS.get(tokens[0][0], (0, ""))[1] in ("scale", "hundred", "dozen"):
            lead = re.match(r"[ ]((?:na|a)(?:[ ]flah)?|flah|retrauq(?:[ ]a)?)(?![a-z])",
                            reversed_before)
            if lead:
                start = pos - lead.end()
                tokens = [(w, 0, 0) for w in lead.group(1)[::-1].split()] + tokens
        value, used_end, scale = self._fold_words(tokens)
        if value is None:
            return None
        last, last_start, end = tokens[used_end - 1]
        if last == "quarters" and used_end > 1 and low[last_start - 1] == " " and \
                not low.startswith(" of", end):
            # "for six quarters", "the next two quarters": periods, counted; "three
            # quarters of", "three-quarters" are fractions
            value, used_end, scale = self._fold_words(tokens[:used_end - 1])
            if value is None:
                return None
            end = tokens[used_end - 1][2]
        if not end:
            end = pos
        return Number(start, end, value, True, scale)

    def _age_apposition(self, start: int, end: int, value: float) -> bool:
        """"Maria Lopez, 56, and ...": a bare number set off after a name is an age."""
        text = self.text
        if not (text[start - 2:start] == ", " and text[end:end + 1] in (",", ")")):
            return False
        if not (0 < value < 125 and value == int(value)):
            return False
        word = NAME_BEFORE_COMMA.search(text, max(0, start - 30), start - 2)
        return word is not None and word.group(1)[0].isupper()

    def _capitalised_name(self, pos: int) -> bool:
        """"Six Nations", "Three Kings": a capitalised number word inside a name."""
        text = self.text
        word_end = pos
        while word_end < len(text) and word_end - pos < 12 and text[word_end].isalpha():
            word_end += 1
        if CAPITALISED_AFTER.match(text, word_end):
            return True
        before = text[max(0, pos - 3):pos].rstrip(" \u00a0")
        sentence_start = not before or before[-1] in ".!?\"“‘'(:;\n\u2014-"
        return not sentence_start and not text[pos:word_end].isupper()

    @staticmethod
    def _fold_words(tokens: list[tuple[str, int, int]]) -> tuple[float | None, int, float]:
        """Value of spelled-number tokens, and how many of them form one number."""
        total = 0.0
        current = 0.0
        previous = ""
        used = 0
        scale = 1.0
        seen_number = False
        joined = False  # an "and" since the last number word: "one and a half"
        for index, (word, _start, _end) in enumerate(tokens):
            if word in ("and", "a", "an"):
                if word == "and":
                    joined = True
                continue
            value, role = NUMBER_WORDS.get(word, (0.0, ""))
            if role == "digit" or role == "teen" or role == "tens":
                if previous in ("digit", "teen") or (previous == "tens" and role != "digit"):
                    break  # "one two", "twenty thirty": two numbers, not one
                if previous == "fraction":
                    break
                current += value
            elif role == "hundred":
                if previous == "hundred":
                    break
                current = (current or 1.0) * value
            elif role == "scale":
                if previous == "scale" and current == 0:
                    break
                total += (current or 1.0) * value
                current = 0.0
                scale = value
            elif role == "dozen":
                current = (current or 1.0) * 12
            elif role == "fraction":
                if previous == "tens" or (previous in ("digit", "teen") and current != 1
                                          and not joined and word[-1] != "s"
                                          and word not in SINGULAR_PARTS):
                    break  # "twenty-fifth", "three fifth": an ordinal, not a fraction
                if previous in ("digit", "teen") and current:
                    if joined:
                        current += 1.0 / value  # "one and a half", "two and a quarter"
                    else:
                        current /= value  # "one third", "two-thirds", "three quarters"
                elif previous == "scale" and joined:
                    total += scale / value  # "a million and a half"
                elif previous == "" or previous == "scale":
                    current += 1.0 / value  # "half a million", "a quarter"
                else:
                    break
            else:
                break
            seen_number = True
            previous = role
            joined = False
            used = index + 1
        if not seen_number:
            return None, 0, 1.0
        return total + current, used, scale

    # ------------------------------------------------------------------ units

    def _table_unit_at(self, pos: int) -> tuple[Unit, int] | None:
        text, low = self.text, self.low
        # The first two characters rule out most words before a regex is tried.
        two = text[pos:pos + 2]
        exact = EXACT_UNIT_RE.match(text, pos) if two in EXACT_HEADS or (
            two[:1] in EXACT_SINGLES and not two[1:].isalnum()) else None
        folded = FOLDED_UNIT_RE.match(low, pos) if low[pos:pos + 2] in FOLDED_HEADS else None
        best = None
        if exact and exact.end() > pos:
            best = (UNITS_BY_SURFACE[0][exact.group()], exact.end())
        if folded and folded.end() > pos and (best is None or folded.end() > best[1]):
            best = (UNITS_BY_SURFACE[1][folded.group()], folded.end())
        return best

    def _unit_after(self, pos: int, scaled: bool) -> tuple[Unit, int, int] | None:
        low = self.low
        start = pos
        first = low[start:start + 1]
        if first in GAP_CHARS:
            start += 1
            first = low[start:start + 1]
        if first == "-":
            start += 1
            first = low[start:start + 1]
            if first in GAP_CHARS:
                start += 1
                first = low[start:start + 1]
        if first not in UNIT_FIRST_CHARS:  # (the end of the text, "", is not in it either)
            if first == '"' and INCH_MARK_AFTER.match(low, start + 1):
                return INCH, start, start + 1  # 'a 10" long blade', '15" screen'
            if first in UNIT_BRACKETS:  # "20 (kg)", "20 [kg]": a unit in brackets
                inside = self._table_unit_at(start + 1)
                if inside is not None and self.text[inside[1]:inside[1] + 1] == \
                        UNIT_BRACKETS[first] and self.text[start + 1:inside[1]] not in ("C", "F"):
                    return inside[0], start + 1, inside[1]
            return None
        # _table_unit_at, inline: most words after a number start no unit
        text = self.text
        two = text[start:start + 2]
        exact = EXACT_UNIT_RE.match(text, start) if two in EXACT_HEADS or (
            two[:1] in EXACT_SINGLES and not two[1:].isalnum()) else None
        folded = FOLDED_UNIT_RE.match(low, start) if low[start:start + 2] in FOLDED_HEADS else None
        found = None
        if exact and exact.end() > start:
            found = (UNITS_BY_SURFACE[0][exact.group()], exact.end())
        if folded and folded.end() > start and (found is None or folded.end() > found[1]):
            found = (UNITS_BY_SURFACE[1][folded.group()], folded.end())
        if first == "p":
            pounds = POUNDS.match(low, start - 1 if low[start - 1:start] in GAP_CHARS else start)
            if pounds and (found is None or pounds.end() >= found[1]):
                # "pounds" is money in a sum of millions or after "sterling", weight otherwise.
                money = scaled or pounds.group().endswith("sterling") or "£" in self._around(pos)
                return (POUND_STERLING if money else POUND_MASS), pounds.start(1), pounds.end()
        if found is None:
            return None
        unit, end = found
        if start != pos and end - start == 1 and self.text[start] in "CF":
            return None  # "41.5C" is Celsius, "PA 61872 F Block" is not Fahrenheit
        if end - start == 5 and unit.si_unit == "DEM" and low[start:end] == "marks" and not (
                scaled or EXCHANGE_RATE_BEFORE.search(self.text, max(0, pos - 8), pos)
                or MONEY_CONTEXT.search(self._around(pos))):
            return None  # "full marks", "5 marks out of 10": not Deutsche marks
        if not self.text[end - 1].isalnum() and unit.dimension == "currency":
            # "10 € 20": a sign followed by digits belongs to the number after it
            after = self.text[end:end + 2].lstrip(" ")
            if after[:1].isdigit():
                return None
        if end - start == 1 and self.text[end:end + 1] == "-" and \
                self.text[end + 1:end + 2].isdigit():
            return None  # "58316 L-447": a code, not a litre
        return unit, start, end

    def _around(self, pos: int, width: int = 200) -> str:
        return self.low[max(0, pos - width):pos + width]

    def _currency_before(self, pos: int) -> tuple[Unit, int] | None:
        """A currency sign or code written just before ``pos`` ("$", "US$ ", "EUR ").

        Its caller, ``_read_at``, has already seen a prefix's last characters there."""
        window_start = max(0, pos - PREFIX_MAX_LENGTH - 1)
        reversed_text = self.text[window_start:pos][::-1]
        skip = 1 if reversed_text[:1] in (" ", "\u00a0") else 0
        best = None
        exact = EXACT_PREFIX_REVERSED_RE.match(reversed_text, skip)
        if exact and exact.end() > skip:
            best = (CURRENCY_PREFIXES[0][exact.group()[::-1]], exact.end())
        folded = FOLDED_PREFIX_REVERSED_RE.match(reversed_text.lower(), skip)
        if folded and folded.end() > skip and (best is None or folded.end() > best[1]):
            best = (CURRENCY_PREFIXES[1][folded.group()[::-1]], folded.end())
        if best is None:
            return None
        start = pos - best[1]
        if start < self.consumed:
            return None  # "12 dollars 80": the word already serves the number before
        if start > 0 and self.text[start - 1].isalnum() and self.text[start].isalpha():
            # "ITUSD 5": a code must stand apart from the word before it; "generous $5bn"
            # is not "us $" but the sign alone
            sign = self.text[pos - 1 - skip:pos - skip]
            if sign in CURRENCY_PREFIXES[0] and not sign.isalnum():
                return CURRENCY_PREFIXES[0][sign], pos - 1 - skip
            return None
        return best[0], start

    # ------------------------------------------------------------------ one quantity

    def _read_at(self, pos: int) -> None:
        text = self.text
        before = text[pos - 1] if pos else " "
        # Most candidates have no sign: _currency_before is asked only after a prefix's
        # last characters.
        tail_end = pos - 1 if before == " " or before == "\u00a0" else pos
        currency = None
        if tail_end > 0:
            low = self.low
            tail_start = tail_end - 2 if tail_end > 1 else 0
            text_tail = text[tail_start:tail_end]
            # (a one-character sign, "$" or "£", is its own tail: the last test)
            if text_tail in EXACT_PREFIX_TAILS or low[tail_start:tail_end] in FOLDED_PREFIX_TAILS \
                    or text_tail[-1] in EXACT_PREFIX_TAILS:
                currency = self._currency_before(pos)
        char = text[pos]
        if "0" <= char <= "9":
            if currency is None:
                if before.isalnum() or before in "#_/:" or (
                        before == "-" and pos > 1 and text[pos - 2].isalpha()) or (
                        before == "." and pos > 1 and text[pos - 2].isdigit()):
                    self._skip_token(pos)  # "F-16", "COVID-19", "mp3", "#5": names, not numbers
                    return
                fifth = text[pos + 4:pos + 5]
                if (fifth in YEAR_END_CHARS or fifth == " ") and \
                        "1000" <= text[pos:pos + 4] <= "2100" and text[pos:pos + 4].isdigit():
                    if fifth != " ":
                        if not text[pos + 5:pos + 6].isdigit():
                            self.consumed = pos + 4  # "in 2004.", "(2005)": a year
                            return
                    elif self._year_before_space(pos):
                        self.consumed = pos + 4  # "in 2004 the": what the full reading decides
                        return
            number = self._digits_at(pos, currency is not None)
            if number is None:
                self._skip_token(pos)
                return
            if self._digit_exclusion(number, currency):
                self._skip_token(pos)
                if number.end > self.consumed:
                    self.consumed = number.end
                return
            # A sign directly before the digits, after a space or at the start.
            if currency is None and before in "-−" and (pos < 2 or text[pos - 2] in " (\n\t"):
                number = Number(pos - 1, number.end, -number.value, number.spelled, number.scale)
        else:
            number = (Number(pos, pos + 1, VULGAR_FRACTIONS[char], False, 1.0)
                      if char in VULGAR_FRACTIONS else self._words_at(pos))
            if number is None:
                self._skip_token(pos)
                return
        self._finish(number, currency)

    def _year_before_space(self, pos: int) -> bool:
        """Whether the four digits at ``pos``, then a space, read as a year: no multiplier,
        fraction or measure unit after them (the checks _digits_at and _digit_exclusion
        would make, in short)."""
        text = self.text
        if self.low[pos + 5:pos + 7] in MULTIPLIER_HEADS or text[pos + 6:pos + 7] == "/" or \
                text[pos + 5:pos + 6] in VULGAR_FRACTIONS:
            return False
        unit = self._unit_after(pos + 4, False)
        return unit is None or unit[0].dimension in ("duration", "currency")

    def _skip_token(self, pos: int) -> None:
        # letters and digits, joined by "-/.:," before another one, at most 64 characters
        end = _matched(TOKEN.match(self.text, pos, pos + 64)).end()
        consumed = end if end > pos else pos + 1
        if consumed > self.consumed:
            self.consumed = consumed

    def _digit_exclusion(self, number: Number, currency: tuple[Unit, int] | None) -> str | None:
        """Why the digits at ``number`` are not a quantity (a year, date, code...), or None."""
        text, low = self.text, self.low
        pos, end = number.start, number.end
        raw = text[pos:end]
        plain = raw.isdigit()
        after = low[end:end + 1]
        following = low[end + 1:end + 2]
        if after.isalpha() or after == "'":
            if ORDINAL_SUFFIX.match(low, end):
                return "ordinal"
            if DECADE_SUFFIX.match(low, end):
                if plain:
                    return "decade or plural"  # "the 1990s", "in their 30s", "the over 65s"
            elif currency is None and TIME_AFTER.match(low, end):
                return "time"
            elif after.isalpha() and not number.scaled:
                # letters glued to digits must be a unit ("5km"), else it is a code ("58316L447")
                unit = self._table_unit_at(end)
                if unit is None:
                    return "identifier"
                if unit[1] < len(text) and text[unit[1]].isdigit():
                    return "identifier"
        elif after == "-" and following.isdigit() and CODE_AFTER_HYPHEN.match(text, end):
            return "identifier"  # "320-100NX", "A-10C"
        elif after in ":./," and following.isdigit():
            if after == ":" or (after == "." and currency is None and TIME_AFTER.match(low, end)):
                return "time"
            return "date, version or list"  # "9/11", "1.2.3", "1,2,3"
        elif after == " " and currency is None and following in TIME_OR_MONTH_FIRST:
            if low[end + 1:end + 3] in TIME_WORD_STARTS and TIME_AFTER.match(low, end):
                return "time"
            if plain and len(raw) <= 2 and MONTH_AFTER.match(low, end):
                return "date"
        if after == " " and plain:
            if len(raw) <= 2 and following in "aot" and DAY_PAIR_MONTH.match(low, end):
                return "date"  # "on 14 and 15 July", "from 3 to 5 May"
            if text[end + 2:end + 3] in CODE_SECOND_CHARS:
                code = CODE_AFTER.match(text, end)
                if code and (len(raw) > 3 or not PLURAL_AFTER.match(low, code.end())):
                    # ("order 12 A320 jets" counts jets)
                    unit = self._table_unit_at(end + 1)  # "3 m2" is an area
                    if unit is None or unit[1] < code.end():
                        return "identifier"  # "58316 L-447", "part 3390 k118": a code follows
        if currency is not None:
            return None
        before = text[pos - 1:pos]
        if plain and len(raw) <= 4 and before == " " and pos > 2 and \
                low[pos - 2] in MONTH_LAST_CHARS and MONTH_BEFORE_REVERSED.match(
                low[pos - 12 if pos > 12 else 0:pos][::-1]):
            return "date"
        if plain and len(raw) == 4 and 1000 <= number.value <= 2100:
            unit_after = self._unit_after(end, False)
            if unit_after is None or unit_after[0].dimension in ("duration", "currency"):
                return "year"
        if (before in "+(" or (after in " -.)" and following.isdigit())):
            phone = PHONE.match(text, pos - 1 if before in "+(" else pos)
            if phone:
                body = phone.group()
                digits = sum(ch.isdigit() for ch in body)
                if digits >= 7 and (body[0] in "+(0" or body.count("-") >= 2
                                    or PHONE_LOCAL.fullmatch(body)):
                    self.consumed = max(self.consumed, phone.end())
                    return "phone"
        if plain and len(raw) == 4 and raw[0] == "0":
            return "time or code"  # "0700 GMT", "0845 number"
        if after in ".)" or (after == " " and following in ".)"):
            if LIST_MARKER_AFTER.match(text, end):
                window = text[max(0, pos - 8):pos]
                stripped = window.rstrip(" \t")
                if (not stripped and pos == len(window)) or stripped.endswith("\n"):
                    return "list number"
                if text[end:end + 2].strip().startswith(")") and \
                        "(" not in text[max(0, pos - 2):pos]:
                    return "list number"
        capital_after = after == " " and text[end + 1:end + 2].isupper()
        if capital_after and before in "\n \t" and \
                text[max(0, pos - 8):pos].rstrip(" \t")[-1:] == "\n":
            return "list number"  # "7 Marta Olsen (Norway)": a ranking line
        name_before = before == " " and pos > 1 and (
            text[pos - 2].isalpha() or text[pos - 2] == ".")
        named_before = name_before and self._name_before(pos, plain and number.scale == 1.0)
        named_after = capital_after and CAPITALISED_AFTER.match(text, end) is not None
        if (named_before or named_after) and self._unit_after(end, number.scaled) is None:
            # "Boeing 747", "10 Downing Street", "Zenith 6 Trophy" are names; "Anna 4 times"
            # and "20 Britons" are counts
            if (named_before and named_after) or \
                    not self._counted_noun(end, number.value, None):
                return "name"
        return None

    def _name_before(self, pos: int, plain: bool = True) -> bool:
        """A capitalised word just before: "Boeing 747", "Article 5", "Windows 95".

        ``plain``: the number is bare digits ("Airbus's 350", but "Spain's 47 million")."""
        text = self.text
        word_start = text.rfind(" ", pos - 25 if pos > 25 else 0, pos - 1) + 1
        if word_start and "a" <= text[word_start] <= "z":
            word = text[word_start:pos - 1]
            if word.isalpha():  # a plain lower-case word: no regex needed
                return word in NAME_WORDS
        match = WORD_BEFORE_REVERSED.match(text[pos - 24 if pos > 24 else 0:pos][::-1])
        if not match:
            return False
        word = match.group(1)[::-1]
        if not word[0].isupper():
            return word.lower() in NAME_WORDS
        lowered = word.strip(".'’").lower()
        if lowered in NOT_NAMING_WORDS:
            return False
        if lowered.endswith(POSSESSIVE_ENDINGS) or word[-1] in "'’":
            return plain  # "Airbus's 350" names, "Spain's 47 million" and "Acme's 9,000" count
        # A word starting a sentence names the number ("Zeta 4 has sold", "Orbit 3 was")
        # unless it is a function word or an adverb ("During 2004", "Barely 5%").
        word_start = pos - 1 - len(word)
        previous = text[max(0, word_start - 2):word_start].strip()
        if word_start <= 0 or previous in ("", ".", "!", "?", "\"", "“", ":"):
            return not (lowered in SENTENCE_OPENERS or lowered.endswith(OPENER_ENDINGS))
        return True

    def _finish(self, number: Number, currency: tuple[Unit, int] | None) -> None:
        text, low = self.text, self.low
        start = currency[1] if currency else number.start
        quantity_start, quantity_end = number.start, number.end
        value, high = number.value, None
        unit_match = self._unit_after(number.end, number.scaled or currency is not None)
        if unit_match is None and currency is None and low.startswith(" in", number.end) and \
                not low[number.end + 3:number.end + 4].isalnum() and (
                    INCH_WORD_AFTER.match(low, number.end + 3) or FEET_BEFORE_REVERSED.match(
                        low[number.start - 12 if number.start > 12 else 0:number.start][::-1])):
            # "5 ft 2 in", "6 feet 1 in", "3 1/4 in wide"
            unit_match = (INCH, number.end + 1, number.end + 3)
        unit: Unit | None = None
        unit_span: tuple[int, int] | None = None
        if currency:
            sign_end = number.start - 1 if text[number.start - 1] in GAP_CHARS else number.start
            unit, unit_span = currency[0], (currency[1], sign_end)  # "C$ 100": the sign, no space
            if unit_match and unit_match[0].dimension == "currency" and \
                    unit_match[0].si_unit == unit.si_unit and unit_match[1] - number.end <= 1:
                unit_span = (currency[1], unit_match[2])  # "$10 dollars"
        elif unit_match:
            unit, unit_span = unit_match[0], (unit_match[1], unit_match[2])
            if unit.dimension == "currency" and not number.scaled:
                late_scale = MULTIPLIER_WORD.match(low, unit_match[2])
                if late_scale:  # "40 USD million"
                    value *= SCALE_WORDS[late_scale.group(1)]
                    self.consumed = max(self.consumed, late_scale.end())
                elif unit.factor == 1 and value == int(value) and text[unit_match[2] - 1].isalpha():
                    cents = self._cents_after(unit_match[2])
                    if cents:  # "3 dollars 50 cents", "eighteen dollars and sixty cents"
                        value += cents[0] / 100
                        unit_span = (unit_match[1], cents[1])
                        self.consumed = max(self.consumed, cents[1])
        if unit is not None and unit.dimension == "currency" and unit.factor > 1:
            # "45 MUSD": the code carries a multiplier, the amount is in the base currency
            value *= unit.factor
            unit = unit._replace(factor=1.0)
        end = unit_span[1] if unit_span and unit_span[1] > number.end else number.end
        movement: str | None = None

        # ranges: "200-300 km", "200 to 300 km", "between 200 and 300", "$2bn-$3bn"
        reversed_before = low[start - LOOK_BEHIND if start > LOOK_BEHIND else 0:start][::-1]
        range_start = (RANGE_START_REVERSED.match(reversed_before)
                       if reversed_before[1:2] in ("n", "m") or (
                           reversed_before[1:2] == "f" and reversed_before[5:8] == "ega")
                       else None)
        next_two = low[end:end + 2]
        join = (RANGE_JOIN.match(low, end)
                if next_two[:1] in RANGE_FIRST and (next_two[:1] not in GAP_CHARS
                                                    or next_two[1:] in RANGE_SECOND)
                else None)
        if join and join.end() < len(text):
            joiner = join.group().strip(" \u00a0")
            if len(joiner) > 3 and joiner[0] == "-":
                joiner = "to"  # "a 10- to 15-minute walk", "8- or 9-year-olds"
            if joiner != "and" or (range_start and range_start.group(1)[-7:] == "neewteb"):
                second = self._second_of_range(join.end(), unit, number)
                if second is not None:
                    high_number, high_unit, high_unit_span = second
                    low_value = value
                    if not number.scaled and high_number.scaled and value < 1000:
                        # "between 2 and 3 million": the multiplier of the high end
                        low_value = value * high_number.scale
                    unitless = unit is None and high_unit is None
                    hyphen = joiner in "-–—"
                    changed = self._change_before(reversed_before)
                    # "rose from 62 to 67", "revised from 410 to 385": one move
                    # between two values, read as their range with the direction of the move
                    from_to = (range_start is not None and range_start.group(1) == "morf"
                               and joiner == "to")
                    if from_to and low_value != high_number.value and (
                            changed or low_value > high_number.value
                            or self._change_verb_before_object(
                                reversed_before, _matched(range_start).end())):
                        movement = "up" if low_value < high_number.value else "down"
                    # "rose 5% to 7%" is a change and its result, "won 3-1" a score: not ranges
                    is_range = movement is not None or low_value < high_number.value and not (
                        (unitless and hyphen and (not range_start or low_value == 0))
                        or (joiner == "to" and changed and not range_start))
                    # ("came back from 0-40 down": a score, even after "from")
                    if is_range:
                        value, high = low_value, high_number.value
                        if value > high:
                            value, high = high, value
                        quantity_end = high_number.end
                        if high_unit is not None and high_unit_span is not None:
                            unit = high_unit
                            if unit_span is None or unit_span[0] >= quantity_start:
                                unit_span = high_unit_span  # else "£2 to £4": the first sign
                        end = max(quantity_end, unit_span[1] if unit_span else 0)
                    elif unitless and hyphen:
                        # "won 3-1", "pages 10-12": a score or span, not a quantity
                        self.consumed = max(self.consumed, high_number.end)
                        return
        self._emit(number, start, quantity_start, quantity_end, end, value, high, unit, unit_span,
                   currency, reversed_before, range_start, movement)

    def _second_of_range(self, pos: int, unit: Unit | None, first: Number
                         ) -> tuple[Number, Unit | None, tuple[int, int] | None] | None:
        currency = self._currency_before_at(pos)
        number_pos = currency[1] if currency else pos
        if number_pos >= len(self.text):
            return None
        char = self.text[number_pos]
        if not ("0" <= char <= "9" or char.isalpha()):
            return None
        if char.isalpha() and not WORD_CANDIDATES.match(self.low, number_pos):
            return None
        number = self._number_at(number_pos, currency is not None)
        if number is None or number.end <= number_pos:
            return None
        if "0" <= char <= "9" and self._digit_exclusion(number, currency) in (
                "year", "date", "time", "ordinal", "identifier", "phone", "decade"):
            return None
        if currency:
            if unit is not None and unit.si_unit != currency[0].si_unit:
                return None  # "slumped 31% to $190m": two quantities
            return number, currency[0], (pos, number_pos)
        found = self._unit_after(number.end, number.scaled)
        if found:
            if unit is not None and found[0].name != unit.name:
                return None
            return number, found[0], (found[1], found[2])
        return number, None, None

    def _currency_before_at(self, pos: int) -> tuple[Unit, int] | None:
        """A currency sign starting at ``pos`` and directly followed by digits ("$300")."""
        for table, source in ((CURRENCY_PREFIXES[0], self.text), (CURRENCY_PREFIXES[1], self.low)):
            for length in (3, 2, 1):
                surface = source[pos:pos + length]
                if surface in table:
                    digit_at = pos + length
                    if digit_at < len(self.text) and self.text[digit_at] == " ":
                        digit_at += 1
                    if digit_at < len(self.text) and "0" <= self.text[digit_at] <= "9":
                        return table[surface], digit_at
        return None

    @staticmethod
    def _change_verb_before_object(reversed_before: str, cursor: int
                                   ) -> tuple[re.Match[str], re.Match[str] | None,
                                              re.Match[str]] | None:
        """A change verb up to three words before ``cursor`` in the reversed text, with its
        object between ("cut [the] rates to", "raised this from"): (verb, first and last
        word of the object, as matches on the reversed text; first is None when only
        adverbs stand between)."""
        first = None
        for _ in range(3):
            word = WORD_REVERSED.match(reversed_before, cursor)
            if word is None:
                return None
            token = word.group(1)[::-1]
            if token in COUNT_STOPWORDS and token not in ADVERBS and token not in OBJECT_WORDS \
                    or token in NUMBER_WORDS:
                return None
            if first is None and token not in ADVERBS:
                first = word  # "cut its losses back to £35m": the adverb is not the object
            cursor = word.end()
            verb = CHANGE_REVERSED.match(reversed_before, cursor)
            if verb:
                return verb, first, word  # no object: "rose even faster by 3%"
        return None

    def _change_before(self, reversed_before: str) -> str | None:
        index = 0
        qualifier = QUALIFIER_REVERSED.match(reversed_before)
        if qualifier:
            index = qualifier.end()
        link = LINK_REVERSED.match(reversed_before, index)
        if link and link.group(1) in ("yb", "ot", "morf"):
            index = link.end()
        change = CHANGE_REVERSED.match(reversed_before, index)
        if change:
            return CHANGE_WORDS[change.group(1)[::-1]]
        return None

    def _emit(self, number: Number, start: int, quantity_start: int, quantity_end: int,
              end: int, value: float, high: float | None, unit: Unit | None,
              unit_span: tuple[int, int] | None, currency: tuple[Unit, int] | None,
              reversed_before: str, range_start: re.Match[str] | None,
              movement: str | None = None) -> None:
        text, low = self.text, self.low
        if number.spelled and value == 1 and high is None and self._one_idiom(
                quantity_end, reversed_before):
            self.consumed = max(self.consumed, quantity_end)
            return
        dimension = unit.dimension if unit else "number"
        unit_name = unit.name if unit else None
        normalized: tuple[float, str] | None = None
        measured: tuple[int, int] | None = None
        measured_end = end
        rate: tuple[float, str] | None = None

        # "per" units: "$70 a share", "barrels a day", "10 km/h"
        if unit is not None and dimension not in ("speed", "temperature"):
            first = low[end:end + 1]  # _may_be_per, inline
            per = (self._per_at(end) if (first == " " and low[end + 1:end + 2] in PER_SECOND_CHARS)
                   or first in PER_FIRST_CHARS else None)
            if per is None and dimension != "percentage" and low.startswith(" of ", end):
                # "1.8 million litres of milk a day"
                of_phrase = self._of_phrase(end)
                if of_phrase and self._may_be_per(of_phrase[1]):
                    per = self._per_at(of_phrase[1])
            if per is not None:
                unit_name = f"{unit.name} per {per[2]}"
                if unit_span is not None and unit_span[1] == end and unit_span[0] >= quantity_end:
                    unit_span = (unit_span[0], per[1])
                    measured_end = per[1]
                end = max(end, per[1])
                dimension = f"{dimension} rate"
                per_unit = UNITS_BY_NAME.get(per[2])
                if per_unit is not None and per_unit.dimension != "duration":
                    dimension = f"{unit.dimension} per {per_unit.dimension}"  # "mass per volume"
                if per_unit is not None and unit.offset == 0 and unit.dimension not in (
                        "currency", "percentage", "percentage point"):
                    # "0.5 mg/L": the SI value of a rate is the ratio of the two SI values
                    rate = (value * unit.factor / per_unit.factor,
                            f"{unit.si_unit}/{per_unit.si_unit}")
        # ages: "five years old", "4 years of age", "87 yo", "aged 87"
        if unit is not None:
            if dimension == "duration" and low[end:end + 1] in " -":
                age = AGE_AFTER.match(low, end)
                if age:
                    dimension = "age"
                    if unit_span is not None and unit_span[1] == end:
                        unit_span = (unit_span[0], age.end())  # "28-year-old", "5 years old"
                    end = age.end()
            elif unit.name == "degree":
                dimension = ("temperature" if TEMPERATURE_CONTEXT.search(self._around(start))
                             else "angle")
        else:
            age = (AGE_SHORT.match(low, quantity_end)
                   if "y" in low[quantity_end:quantity_end + 2] else None)
            aged = (AGE_BEFORE_REVERSED.match(reversed_before)
                    if reversed_before[1:3] in AGE_BEFORE_TAILS
                    or "ega" in reversed_before[3:14] else None)
            apposition = not age and not aged and not number.spelled and self._age_apposition(
                quantity_start, quantity_end, value)
            if age or apposition or (aged and not number.spelled):
                unit = AGE_YEAR
                unit_name, dimension = "year", "age"
                if age:
                    gap = 1 if text[quantity_end:quantity_end + 1] == " " else 0
                    unit_span = (quantity_end + gap, age.end())
                    end = age.end()
        if unit is not None and unit_name == unit.name and dimension != "temperature" or (
                unit is not None and unit.dimension == "temperature"):
            normalized = (value * unit.factor + unit.offset, unit.si_unit)
        if unit is not None and unit.name == "degree" and dimension == "temperature":
            normalized = None  # Celsius or Fahrenheit? The text does not say.
        if rate is not None:
            normalized = rate

        # counted nouns: "two missiles", "5,318 participants", "a dozen countries"
        confidence = 0.9
        if unit is None:
            count = self._counted_noun(quantity_end, value, high)
            if count is None:
                if number.spelled and not (0 < value < 1 and low.startswith(" of ", quantity_end)) \
                        and not _several_words(low, number.start, number.end) and not (
                            value != 1 and QUALIFIER_REVERSED.match(reversed_before)):
                    self.consumed = max(self.consumed, quantity_end)
                    return  # "one of them", "the two": a word, not a stated quantity
                    # (but "one hundred and seven", "twenty-five", "one sixth", "at least
                    # thirty" are stated)
                confidence = 0.6
            else:
                unit_span = (count[0], count[1])
                unit_name = count[2]
                dimension = "count"
                normalized = (value, count[3])
                # The counted phrase may hold another quantity ("four two-ton probes"):
                # it is read again on its own.
                end = quantity_end
                confidence = 0.5 if count[4] else 0.75

        qualifier_name = "range" if high is not None else "exact"
        qualifier_span = None
        change = None
        change_end = None
        # One match reads, backwards from the number: qualifier, "by"/"to", change verb.
        if range_start and high is not None:
            group = range_start.group(1)
            # "between the ages of 11 and 14": the qualifier is "between"
            length = len(group) if len(group) < 8 else 7
            qualifier_span = (start - range_start.end(), start - range_start.end() + length)
            before = _matched(PRE_REVERSED.match(reversed_before, range_start.end()))
            change_word, link = before.group("c", "l")
        else:
            before = _matched(PRE_REVERSED.match(reversed_before))
            phrase, link, change_word = before.groups()
            if phrase:
                phrase = phrase[::-1]
                if high is None:
                    qualifier_name = QUALIFIERS[phrase]
                qualifier_end = before.end("q")
                qualifier_span = (start - qualifier_end, start - qualifier_end + len(phrase))
        change_object: tuple[int, int] | None = None
        if change_word:
            change_end = before.end("c")
        elif link or movement:
            # "cut rates to 2%", "raised the surcharge from £2 to £4": the verb's object
            # stands between
            found = self._change_verb_before_object(
                reversed_before, before.end("l") if link else _matched(range_start).end())
            if found is not None:
                verb_match, object_first, object_last = found
                change_word, change_end = verb_match.group(1), verb_match.end()
                if object_first is not None and (change_word[::-1] in TRANSITIVE_CHANGE_VERBS
                                                 or change_word in ("pu", "nwod")):
                    # "raised rates by 0.25 points", "push down the jobless rate to 5%":
                    # the object is what moved
                    change_object = (start - object_last.end(1), start - object_first.start(1))
        if dimension == "age":
            change_word = change_end = None  # "lost his place to an 18-year-old"
        if change_word in ("pu", "nwod") and dimension in ("count", "number") and \
                change_object is None:
            # "give up two meals a day": a lone "up"/"down" moves an amount, not a count
            change_word, change_end = None, None
        elif change_word in ("pu", "nwod") and change_end is not None:
            particle_verb = WORD_REVERSED.match(reversed_before, change_end)
            if particle_verb and particle_verb.group(1)[::-1] in PARTICLE_VERBS:
                change_word = change_end = change_object = None  # "used up 12 hours"
        if change_word:
            change = CHANGE_WORDS[change_word[::-1]]
        if movement is not None:
            change = movement  # "fell from 67 to 62": the order of the values says it
        if change_object is not None:
            # "increased this from £7 to £9": a pronoun names nothing
            measured = (None if low[change_object[0]:change_object[1]] in PRONOUN_OBJECTS
                        else change_object)
        else:
            words_start = start if qualifier_span is None else qualifier_span[0]
            if unit is None and change_end is None and (
                    dimension == "count" or low[words_start - 4:words_start] != " of "):
                measured = None  # no unit, no change verb, no "of": nothing _measured reads
            else:
                measured = self._measured(words_start, measured_end, unit, dimension, change_end,
                                          reversed_before, quantity_start, start)
        normalized_value: float | None
        normalized_unit: str | None
        if normalized:
            normalized_value, normalized_unit = normalized
            if not -JSON_EXACT < normalized_value < JSON_EXACT:
                if not math.isfinite(normalized_value):
                    self.consumed = max(self.consumed, quantity_end)
                    return
            elif normalized_value == int(normalized_value):  # _json_number, inline
                normalized_value = int(normalized_value)
        else:
            normalized_value = normalized_unit = None
        if not (math.isfinite(value) and (high is None or math.isfinite(high))):
            self.consumed = max(self.consumed, quantity_end)
            return
        attributes: dict[str, Any] = {
            "value": (int(value) if -JSON_EXACT < value < JSON_EXACT and value == int(value)
                      else value),
            "high": _json_number(high) if high is not None else None,
            "unit": unit_name,
            "dimension": dimension,
            "normalized_value": normalized_value,
            "normalized_unit": normalized_unit,
            "qualifier": qualifier_name,
            "change": change,
        }
        if high is not None and normalized and unit is not None and unit_name == unit.name:
            attributes["normalized_high"] = _json_number(high * unit.factor + unit.offset)
        self.results.append({
            "roles": {"quantity": (quantity_start, quantity_end),
                      "unit": unit_span,
                      "qualifier": qualifier_span,
                      "measured": measured},
            "attributes": attributes,
            "confidence": confidence,
        })
        reach = end if end > quantity_end else quantity_end
        if reach > self.consumed:
            self.consumed = reach

    def _one_idiom(self, end: int, reversed_before: str) -> bool:
        """"one thing is certain", "on the one hand", "at one point": no count."""
        following = PLURAL_AFTER.match(self.low, end)
        if following is None:
            return False
        word = following.group(1)
        return word in ONE_IDIOMS or (word in ONE_IDIOMS_AFTER_AT
                                      and reversed_before[:3] == " ta"
                                      and not reversed_before[3:4].isalpha())

    def _cents_after(self, pos: int) -> tuple[float, int] | None:
        """The cents of an amount in words: " 50", " and sixty cents"."""
        match = CENTS_AFTER.match(self.low, pos)
        if not match:
            return None
        number = self._number_at(match.end(), False)
        if number is None or not (0 < number.value < 100) or number.value != int(number.value):
            return None
        end = number.end
        cents_word = CENTS_WORD.match(self.low, end)
        if cents_word:
            return number.value, cents_word.end()
        if self._unit_after(end, False) or self._counted_noun(end, number.value, None):
            return None  # "12 dollars 30 rmb": a second amount, not cents
        if not (match.group(1) or END_OF_AMOUNT.match(self.text, end)):
            return None
        return number.value, end

    def _may_be_per(self, pos: int) -> bool:
        """Cheap test before ``_per_at``: " per", " a", " an", " each", "/", "-a-"."""
        low = self.low
        first = low[pos:pos + 1]
        if first == " ":
            return low[pos + 1:pos + 2] in PER_SECOND_CHARS
        return first != "" and first in "/-"

    def _per_at(self, pos: int) -> tuple[int, int, str] | None:
        """A "per" part after a unit: " a day", "/h", " per gramme": (start, end, name)."""
        symbol = PER_SYMBOL.match(self.low, pos)
        if symbol:
            found = self._table_unit_at(symbol.end())
            if found:
                return pos, found[1], found[0].name
        per = PER.match(self.low, pos)
        if per:
            return pos, per.end(), PER_NAMES.get(per.group(1), per.group(1))
        return None

    def _of_phrase(self, pos: int) -> tuple[int, int] | None:
        """The noun phrase in "... of milk" right after ``pos``."""
        after = OF_PHRASE.match(self.low, pos)
        if not after:
            return None
        kept = []
        for word in after.group(1).split(" "):
            if word in COUNT_STOPWORDS and word not in DETERMINERS:
                break
            kept.append(word)
        while kept and kept[-1] in DETERMINERS:
            kept.pop()
        if not kept:
            return None
        begin = after.start(1)
        return begin, begin + len(" ".join(kept))

    def _counted_noun(self, pos: int, value: float, high: float | None
                      ) -> tuple[int, int, str, str, bool] | None:
        """The counted noun after a number: (start, end, unit name, lemma, partitive)."""
        if value != int(value):
            return None  # "3.2 appreciates": things are counted in whole numbers
        low, text = self.low, self.text
        match = COUNT_PHRASE.match(low, pos)
        if match is None:
            return None
        regs = match.regs
        partitive = regs[1][0] > pos + 2
        words: list[tuple[int, int, str]] = []
        for word_start, word_end in regs[1:4]:
            if word_start < 0:
                break
            word = low[word_start:word_end]
            stripped = word.strip("-'’")
            if not stripped or stripped in COUNT_STOPWORDS or (
                    stripped in NUMBER_WORDS and stripped not in PERIOD_WORDS):
                break
            if stripped != word:
                word_start += word.index(stripped)
                words.append((word_start, word_start + len(stripped), stripped))
                break
            words.append((word_start, word_end, word))
        if len(words) > 1 and words[0][2] in SUPERLATIVE_ADVERBS:
            del words[0]  # "the 15 most crowded schools" ("5 more wins" keeps it)
        if not words:
            return None
        singular = value == 1 and high is None and not partitive
        for size in range(len(words), 0, -1):
            head_start, head_end, head = words[size - 1]
            if singular and head[-1] == "s" and _is_plural(head):
                continue  # "that one costs": one thing takes no plural; the word is a verb
            if _is_plural(head) or (singular and size == 1 and _may_be_singular_noun(head)) or (
                    text[head_start].isupper()
                    and ACRONYM_PLURAL.fullmatch(text, head_start, head_end)):
                if size > 1 and any(
                        _is_plural(w[2]) and w[2] not in NOUN_ADJUNCTS and text[w[0]].islower()
                        for w in words[:size - 1]):
                    continue  # "big cars parks" is two phrases; "Ohio trust accounts" is one
                phrase_start = words[0][0]
                if text[phrase_start].isupper() and not head.endswith("s"):
                    continue
                surface = low[phrase_start:head_end]
                if surface == "times":
                    return phrase_start, head_end, surface, "count", partitive
                # "called 3 times": occurrences, no thing to name (above)
                modifiers = surface[:len(surface) - len(head)]
                if "'" in modifiers or "’" in modifiers or "est " in modifiers:
                    modifiers = _lemma_modifiers(modifiers)  # "coke's largest" -> "coke large"
                lemma = modifiers + _singular(head)
                return phrase_start, head_end, surface, lemma, partitive
        return None

    def _measured(self, start: int, end: int, unit: Unit | None, dimension: str,
                  change_end: int | None, reversed_before: str, quantity_start: int,
                  anchor: int) -> tuple[int, int] | None:
        """What the quantity measures, where the sentence says it (a short noun phrase).

        ``start`` is where the quantity's words begin (its qualifier, if any); ``anchor``
        is the start ``reversed_before`` was read back from.
        """
        low = self.low
        # "a distance of up to 300 km", "a stake of 8%"
        if low[start - 4:start] == " of " and dimension != "count":
            reversed_here = low[max(0, start - LOOK_BEHIND):start][::-1]
            phrase = _noun_phrase_before(reversed_here, 3)
            if phrase:
                return start - phrase[1], start - phrase[0]
        # "sales rose 6.2%": the subject of a change verb ("the carmaker cut 4,200 posts" has none:
        # the quantity is the verb's object)
        verb = reversed_before[:change_end].rstrip(" \u00a0").rsplit(" ", 1)[-1][::-1] \
            if change_end is not None else ""
        if change_end is not None and (verb not in TRANSITIVE_CHANGE_VERBS or _passive(
                reversed_before, change_end)):
            # a passive verb moves its subject: "the rate was cut to 2%"
            phrase = _noun_phrase_before(reversed_before, change_end)
            if phrase:
                return anchor - phrase[1], anchor - phrase[0]
        # "$300 million of bonds", "12-acre apple orchard"
        if unit is not None and end < len(low):
            if low.startswith(" of ", end) and dimension.split(" ")[0] in MEASURED_BY_OF:
                of_phrase = self._of_phrase(end)
                if of_phrase:
                    return of_phrase
            if dimension != "count" and start == anchor and \
                    reversed_before[1:2] in ARTICLE_LAST_CHARS and \
                    ARTICLE_BEFORE_REVERSED.match(reversed_before):
                # "a $72m deal", "a 10% stake": the noun the amount stands before
                following = NOUN_AFTER.match(low, end)
                if following and _plain_noun(following.group(1)):
                    phrase_end = following.end(1)
                    if following.group(2) and _plain_noun(following.group(2)):
                        phrase_end = following.end(2)
                    return following.start(1), phrase_end
            if self.text[end - 1:end].isalpha() and \
                    self._hyphenated_before_unit(quantity_start, end):
                following = COMPOUND_HEAD.match(low, end)
                if following and following.group(1) not in COUNT_STOPWORDS:
                    phrase_end = following.end(1)
                    second = following.group(2)
                    if second and second not in COUNT_STOPWORDS and not _is_plural(second) \
                            and not second.endswith(("ed", "ing", "ly")):
                        phrase_end = following.end(2)
                    return end + 1, phrase_end
        return None

    def _hyphenated_before_unit(self, quantity_start: int, end: int) -> bool:
        segment = self.text[quantity_start:end]
        return "-" in segment and " " not in segment


def _noun_phrase_before(reversed_text: str, index: int) -> tuple[int, int] | None:
    """Offsets (from the reversed text's start) of a short noun phrase ending at index."""
    words: list[tuple[int, int, str]] = []
    cursor = index
    auxiliary = WORD_REVERSED.match(reversed_text, cursor)
    if auxiliary and auxiliary.group(1)[::-1] in AUXILIARIES:
        cursor = auxiliary.end()
    for _ in range(3):
        match = WORD_REVERSED.match(reversed_text, cursor)
        if not match:
            break
        word = match.group(1)[::-1]
        if word in DETERMINERS:
            if words:
                words.append((match.start(1), match.end(1), word))
            break
        if word in COUNT_STOPWORDS or word in QUALIFIERS or word in CHANGE_WORDS or \
                word.endswith(("ly", "ed")) or \
                reversed_text[match.end(1):match.end(1) + 1].isdigit():
            break  # (a word glued to digits is a unit: "her 400m best of")
        words.append((match.start(1), match.end(1), word))
        cursor = match.end(1)
        nxt = reversed_text[cursor:cursor + 1]
        if nxt not in (" ", "\u00a0"):
            break
    if not words:
        return None
    heads = [w for w in words if w[2] not in DETERMINERS]
    if not heads or heads[0][2] in PARTITIVE_HEADS:
        return None
    return words[0][0], words[-1][1]


def _passive(reversed_text: str, index: int) -> bool:
    """Whether the word before ``index`` (in the reversed text) is a form of "be"."""
    word = WORD_REVERSED.match(reversed_text, index)
    return word is not None and word.group(1)[::-1] in PASSIVE_AUXILIARIES


def _plain_noun(word: str) -> bool:
    """A word that can head the noun phrase after an amount ("deal", "stake", "rise")."""
    return (word not in COUNT_STOPWORDS and word not in NUMBER_WORDS and word not in QUALIFIERS
            and not word.endswith(("ly", "ed")) and len(word) > 2
            and word not in MEASURE_ADJECTIVES)


def _lemma_modifiers(words: str) -> str:
    """Modifier words in their dictionary form: no possessive "'s", no superlative."""
    out = []
    for word in words.split(" "):
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        out.append(SUPERLATIVES.get(word, word))
    return " ".join(out)


def _several_words(low: str, start: int, end: int) -> bool:
    """Whether a spelled number is written in more than one word ("twenty-five")."""
    return low.find(" ", start, end) >= 0 or low.find("-", start, end) >= 0


def _may_be_singular_noun(word: str) -> bool:
    """Whether a word after "one" can be the thing counted: not "more", "quickly",
    "dedicated" (an adverb, a participle or a comparative)."""
    if word.endswith("ly") or word in COMPARATIVES:
        return False
    return not (word.endswith("ed") and not word.endswith("eed") and len(word) > 4)


def _is_plural(word: str) -> bool:
    if word in IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(NOT_PLURAL_ENDINGS)


@functools.lru_cache(maxsize=20000)  # bounded: arbitrary text cannot grow it without end
def _singular(word: str) -> str:
    if word in IRREGULAR_PLURALS:
        return {"people": "person", "men": "man", "women": "woman", "children": "child",
                "mice": "mouse", "teeth": "tooth", "geese": "goose", "feet": "foot"}.get(word, word)
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if _is_plural(word):
        return word[:-1]
    return word


def read_quantities(text: str, folded: str | None = None) -> list[dict[str, Any]]:
    """Role offsets, attributes and confidence of every numeric fact in ``text``.

    ``folded`` may give ``text`` lower-cased with the same length (a Document's
    ``lower_text``, shared with other plugins); it is computed when not given.
    """
    if not text:
        return []
    return _Reader(text, folded).run()
