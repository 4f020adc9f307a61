"""Find policy moves: one scan for trigger words, then reasoning inside their sentence.

The hot path is ``SCAN.finditer`` over a lower-cased copy of the text. Only the lines
that hold a candidate are split into sentences, and only those sentences are tokenised.
Every later step looks at a bounded window of tokens around its trigger, so the whole
extractor is linear in the length of the text whatever the input.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

import attrs

from claimkit import Document, Span, sentences
from claimkit_policy import _lexicon as lex
from claimkit_policy._reporting import Reporting

KIND = "policy_change"

# A sentence longer than this is analysed in windows of about this size: real news
# sentences are far shorter, and the bound keeps adversarial input linear.
MAX_SENTENCE = 1200
# How far (in tokens) the actor, policy and complements may reach from the trigger.
MAX_NP = 8
MAX_SUBJECT = 14
MAX_POLICY = 16
MAX_TARGET = 14
# How far back (in characters) policy context still counts for a weak trigger.
CONTEXT_BEFORE = 250
CONTEXT_AFTER = 150
GENERIC_REACH = 120
# How far (in characters) an object word may stand from a trigger that depends on it.
OBJECT_REACH = 100

# "don't" -> "do" + "n't" so that negation is a token of its own; clitics likewise.
_TOKEN = re.compile(r"\w+(?=n't)|n't|\w+(?:-\w+)*|'(?:s|ll|ve|d|re|m)(?!\w)|[^\w\s]")
_LINE_END = re.compile(r"[\r\n\u2028\u2029]")

_PUNCT_STOP = frozenset(",;:()[]{}\u2013\u2014-!?.")
_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")
_BE = frozenset("is are was were be been being 's".split())
_POSSESSIVE = frozenset("its his her their our my your".split())
_DETERMINERS = frozenset("the a an its his her their our this that these those".split())
_RELATIVE = frozenset(("who", "which"))
_PRIOR_STANCE = frozenset("until now so far previously hitherto before".split())
# Words between "to" and the verb it opens ("to be banned", "to also lift").
_LIGHT = frozenset("be have not also then immediately further".split())
# Rules whose trigger takes an infinitive it governs ("refused to back").
_GOVERNING = frozenset("urge reject plan agree continue nominal decision target".split())
_MODALS = frozenset(("should", "must", "have to", "need to", "needs to"))
# Copular triggers: the subject is the policy ("New powers are needed") or the target
# ("They will have to act"); the actor is whoever says so.
_COPULAR_POLICY = frozenset(
    """is needed|are needed|not up for renegotiation|not up for negotiation
|not for negotiation|not negotiable|non-negotiable|no change|out of the question""".replace(
        "\n", ""
    ).split("|")
)
_COPULAR_TARGET = frozenset(("have to", "should", "must", "need to", "needs to", "able to"))
# Past forms that do not end in -ed but still report a made move after "which".
_CLAUSE_OPENERS = frozenset(
    """he she it they we i you was were is are has have had will would
could should can may might 'll then""".split()
)
_VERB_LEADERS = frozenset(
    """to do does did we they i you who which that and or not never also
now still then 'll can""".split()
)
_PROPOSAL_MODALS = frozenset("could should would might may will".split())
_PARENTHETICALS = frozenset(
    (
        "of course",
        "however",
        "though",
        "in fact",
        "too",
        "indeed",
        "therefore",
        "meanwhile",
        "in turn",
        "in principle",
        "for now",
    )
)
# Asides that may stand inside a verb group without commas ("would of course be consulted").
_INLINE_ASIDES = frozenset(
    ("of course", "in fact", "in principle", "for now", "in turn", "however", "indeed", "therefore")
)
# Words opening an adverbial clause: after a verb they mean it has no object.
_ADVERBIAL = frozenset(
    "before after when while because since although though whereas unless until".split()
)
# Complements of "remain" that keep a rule or a stance.
_STANDING = frozenset(
    """at unchanged unaltered intact legal illegal banned frozen suspended valid committed
    opposed""".split()
) | frozenset(("in force", "in place", "in effect", "on hold", "the same"))
_PERSONAL = frozenset("i you we he she it".split())
# Verbs after "have to" that state no duty a rule imposes.
_NOT_OBLIGED = frozenset(
    """wait say deal fight work start close rise go think live cope try choose decide ask
    hope look get make find accept fill""".split()
)
_ARTICLES = frozenset("the a an".split())
_NOUNY_S = frozenset("cuts reforms changes limits curbs caps reviews controls rises".split())
_NOUN_BEFORE_PHRASE = frozenset(
    "phone telephone conference hard close good fresh serious wake-up".split()
)
_INJURY = frozenset("of for with after until through".split())
_FIRM_NOUNS = frozenset("firm firms company companies group groups business agency giant".split())
# Nouns that make a following "-s" trigger a compound noun ("tax cuts").
_NOUN_MODIFIERS = frozenset(
    """tax job jobs spending price budget pension rule law policy benefit welfare interest
    rate service cost staff wage pay""".split()
)
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ful")
_NOUN_ENDINGS = ("ment", "tion", "sion", "ness", "ity", "ance", "ence", "ship")
_OPENING_ADJECTIVES = frozenset(
    "new fresh further more another latest first major big final tough tougher extra".split()
)
_SPORTING_GOALS = frozenset(
    """promotion title titles trophy trophies place places spot spots medal medals win
    victory points selection""".split()
)
_TAKE_VERBS = frozenset("take takes took taken use uses used sell sells sold".split())
_PRONOUNS = frozenset("we they it he she i you its".split())
_SUBJECT_PRONOUNS = frozenset("we they he she i".split())
# Subjects of "suggest" that are evidence, not proposers.
_EVIDENCE = frozenset(
    """estimate estimates research study studies figures evidence survey surveys poll polls
    data papers analysis findings calculations newspaper paper""".split()
)
_NUMBERS = frozenset("one two three four five six seven eight nine ten".split())
_TERMS = _NUMBERS | frozenset("a an life up several".split())
_WHEN = frozenset(
    """today yesterday tonight monday tuesday wednesday thursday friday saturday
    sunday""".split()
)
# Words in -ly that are no adverbs ("if the regional assembly was scrapped").
_LY_NOUNS = frozenset(
    "assembly family supply rally ally monopoly anomaly italy july reply bully".split()
)
_MONTHS = frozenset(
    """january february march april may june july august september october november
    december""".split()
)
_TIME_CLAUSE = frozenset("before after until when once unless if".split())
_CLAUSAL = frozenset("that what how whether if which who why when where".split())
_RULE_NOUNS = frozenset("section article clause order directive code constitution official".split())
_CLAUSE_START = frozenset(
    "there the a an he she it they we i you his her its their this these those no".split()
)
# Objects of "reject", "rule out" that are claims about facts, not policies.
_ASSERTIONS = frozenset(
    """claim claims criticism criticisms rumour rumours rumor rumors comment comments
    allegation allegations report reports accusation accusations contention comparison
    comparisons speculation assertion assertions notion argument arguments fears concerns
    predictions forecasts figures jibe jibes label""".split()
)
_JOINABLE = frozenset(
    """eu wto nato euro un erm union treaty agreement pact convention protocol coalition
    alliance campaign campaigns calls call opposition boycott scheme bloc organisation
    organization community mechanism eurozone club consensus chorus""".split()
)
_CASE_WORDS = frozenset(
    "charges trial prosecution jail prison investigation inquiry sentence disciplinary".split()
)
_TRAILING_ASIDES = frozenset(("however", "indeed", "therefore", "meanwhile", "even"))
_AFTER_PLURAL_NOUN = frozenset(
    """of have are were had will would could should must can may might in on to for and or
    . , ; : ' " ” ’ -""".split()
)
_QUANTIFIERS = frozenset("the a an other all any some no more most least less".split())
_BEFORE_ADJECTIVE = frozenset("said says of for with on in".split()) | _QUANTIFIERS
_AFTER_VERB = frozenset(
    """the a an its his her their our this that these those to by for on in at
from with out up down back off over as it them him her us""".split()
)
_REFLEXIVE = frozenset("itself themselves himself herself ourselves myself yourself".split())
_HOPE_MODALS = frozenset("would could will can might".split())
_AFTER_NOUN = frozenset(
    """. , ; : on of was is has had which who that would will could
should may might can must as""".split()
)
_VERBAL_CUES = frozenset(
    ("aux", "lead", "proposed", "hypothetical", "negation", "call", "boundary")
)
_FINITE = frozenset(
    "has have had is are was were will would could should may might must did does".split()
)
_BANS = frozenset("ban bans prohibition embargo embargoes moratorium".split())
_SUBORDINATORS = frozenset("while when after before since by without through".split())
_WH_WORDS = frozenset("how whether what why when where who which if".split())
_RELATIVE_PREPS = frozenset("on in at after since under for from against over".split())
_FIRST_PERSON = frozenset("we our i us my me".split())
_ASIDES = frozenset("including such notably especially like among".split())
_PREPOSITIONS = frozenset(
    "on of about over against in for from with without by into through".split()
)
_STANCE_NOUNS = frozenset("position stance policy policies line view approach".split())
# Words after a common verb that show it has no object ("cutting through the clutter").
_NO_OBJECT = frozenset(
    "through into across at in as with by up off out under during around among within short".split()
)
# Fronted adverbials before a subject ("In March the senate rejected ...").
_FRONT_PREPOSITIONS = frozenset(
    """in at on under after before during since following despite over within until among
    amid unlike like through across as""".split()
)
_FRONT_PHRASE_OPENERS = frozenset(", but and so then while although though because that".split())
_TIME_ADVERBS = frozenset("earlier later previously recently separately elsewhere".split())
_PERIODS = frozenset("week weekend month year summer winter spring autumn time night".split())
# What a refusal may be about that is no policy: careers, and deals between firms.
_PERSONAL_OBJECTS = frozenset(
    """comeback return retirement retiring competing playing quitting resigning job jobs post
    posts role roles chance application overtures appointment appointments nomination""".split()
)
_BUSINESS_OBJECTS = frozenset(
    "bid bids offer offers approach approaches takeover buy-out buyout merger deal".split()
)
# Policy words that are instruments, not rule-makers ("a deal", "the board").
_INSTRUMENTS = frozenset(
    """deal agreement board budget funding policy policies rights powers licensing subsidy
    subsidies pension pensions rebate border position stance""".split()
)
# Verbs of effect: hoping a measure "will create jobs" forecasts, it calls for nothing.
_EFFECT_VERBS = frozenset(
    """pave create help boost lead bring mean encourage improve reduce increase generate
    attract cut raise""".split()
)
# Objects of common verbs that are no policy ("create history").
_NOT_POLICY = frozenset(
    """history record records example scene tone pace stage headlines impression atmosphere
    confusion uncertainty problem problems hands face landscape perception perceptions
    image mood fortunes momentum spirit conflict chaos tension tensions relationship relations
    lead silence innocence form composure toll majority""".split()
)
# Verbs in -s that take a "that" clause ("the proposal states that ...").
_THAT_VERBS = frozenset(
    """states shows means suggests reports notes hopes feels fears expects adds reveals
    confirms accepts agrees recognises recognizes demands requires stresses""".split()
)
# Nouns after an -ing form that make it a modifier ("cost cutting measures").
_ING_COMPOUNDS = frozenset("measures measure programme programmes exercise drive package".split())
# Words of a takeover: refusals and calls among firms there are business.
_TAKEOVER = frozenset(
    "takeover takeovers bid bids bidder shareholders shareholder buyout buy-out merger".split()
)
# Products: calls to withdraw them are no policy unless a rule-maker is named.
_PRODUCTS = frozenset(
    """film films book books advert adverts advertisement play show concert album song game
    games video""".split()
)
# Heads of a firm's name: a firm's plans are business, not policy.
_FIRMS = frozenset(
    """firm firms company companies operator operators airline airlines carrier carriers
    retailer retailers maker makers manufacturer manufacturers giant chain""".split()
)
_TITLES = frozenset("mr mrs ms miss dr sir lord lady".split())
# Words that start or make up no subject.
_NOT_SUBJECT_START = frozenset(
    """be been being to not likely unlikely designed aimed ensuring reportedly down up on
    itself""".split()
)
_NOT_SUBJECT_WORDS = frozenset(
    """hereby always well first big no never ever so too again else perhaps only continuing
    elected just""".split()
)
# Past forms without -ed that end a subject walk ("the minister went on to ...").
_PAST_VERBS = frozenset("went took meant let gave made saw told forecast".split())
# What a call may be for that is no policy ("party unity", "a debate", "offside").
_NOT_CALLED = frozenset(
    "unity calm perception perceptions offside penalty debate treatment".split()
)
# A firm's prices and staff: cutting them is business unless a rule-maker is named.
_BUSINESS_QUANTITIES = frozenset(
    """fares prices price costs jobs workforce staff dividend bonuses output production holding
    holdings stake""".split()
)
_RULING_BODIES = lex.BODIES | frozenset(
    "government administration regime coalition executive".split()
)
# Offices whose holder is changed in a reshuffle, not a policy ("changing the minister").
_OFFICES = frozenset(
    "minister leader manager coach chairman captain boss chief secretary president".split()
)
# Personal acts and the public: calls for them are no policy.
_PERSONAL_ACTS = frozenset(
    """apologise apologize resign quit retire stay win lose admit compete explain justify
    clarify investigate""".split()
)
_PERSONAL_NOUNS = frozenset("resignation apology sacking dismissal".split())
_PUBLIC = frozenset(
    """people users fans supporters voters viewers consumers customers public members
    motorists drivers shoppers readers listeners students parents muslims christians anybody
    anyone everyone nobody management""".split()
)
_TITLES_WON = frozenset("title titles trophy trophies medal medals cup".split())
_PENALTIES = frozenset("penalty penalties fine fines".split())
_TERM_UNITS = frozenset("day week month year match game race season".split())
# A ban named by its term is a sanction on someone ("two-year bans", "a life ban").
_TERM_BAN = re.compile(r"(?:\w+-)?(?:" + "|".join(sorted(_TERM_UNITS)) + r")s?|life|lifetime")
_OBJECT_PRONOUNS = frozenset("it them him her".split())
# Verbs whose past participle is their base form ("taxes were cut").
_SAME_PARTICIPLE = frozenset("cut set put".split())
_PAST_OK = frozenset("set cut put kept gave withdrew tore overturned".split())

# Reversal cue words ("instead" counts only when it opens the sentence).
_REVERSAL_CUES = frozenset(w for w, kind in lex.CUES.items() if kind == "reversal") - {"instead"}

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'"})


def _lower(text: str) -> str:
    """Lower-cased copy with the same length, so offsets carry over unchanged."""
    folded = text.lower()
    if len(folded) == len(text):
        if "\u2019" in folded or "\u2018" in folded:
            folded = folded.replace("\u2019", "'").replace("\u2018", "'")
        return folded
    # A few characters lower-case to two ("İ"); keep those as they are.
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text.translate(_FOLD))


def _folded(document: Document) -> str:
    """The document's shared lower-cased copy, with typographic apostrophes folded to
    "'" (same length): the same string as ``_lower(document.text)``."""
    low = document.lower_text
    if "\u2019" in low or "\u2018" in low:
        low = low.replace("\u2019", "'").replace("\u2018", "'")
    return low


@attrs.define
class _Move:
    """A claim under construction, with token indices into its sentence."""

    first: int  # trigger tokens [first, last)
    last: int
    action: str
    strong: bool
    actor: tuple[int, int] | None = None  # char offsets
    policy: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    condition: tuple[int, int] | None = None
    negated: bool = False
    modality: str | None = None  # "proposed" | "hypothetical"
    reversal: bool = False
    policy_tokens: tuple[int, int] | None = None
    copular: bool = False
    # Token ranges of the common verbs in the trigger ("limit", "create"): they are no
    # policy context for themselves.
    generic: tuple[tuple[int, int], ...] = ()
    hit: tuple[int, int] = (0, 0)  # the trigger's own tokens


def extract(document: Document) -> list[Any]:
    text = document.text
    if not text:
        return []
    low = _folded(document)
    reporting = Reporting(document)
    names = _Names(text)
    claims = []
    for start, end, hits in _candidate_sentences(text, low, document):
        claims.extend(_Sentence(document, low, start, end, hits, reporting, names).claims())
    return claims


# Capitalised words inside a sentence (after a lower-case word, a digit or a comma).
_MID_NAME = re.compile(r"(?<=[a-z0-9,] )[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")
_NAME_PARTS = re.compile("[ -]")


def _instrument(word: str) -> bool:
    """Is a policy word (from ``lex.CONTEXT``) a rule or an instrument ("the deal", "a
    ban") rather than a rule-maker ("the council")?"""
    return word in _INSTRUMENTS or word in lex.OBJECTS


class _Names:
    """The words a document capitalises inside its sentences: its names. A sentence's
    first word is a name only if the document also writes it so elsewhere ("Jones was
    banned", but not "Smoking will be banned"). Found in one pass, when first asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._found is None:
            self._found = frozenset(
                w for m in _MID_NAME.finditer(self.text) for w in _NAME_PARTS.split(m.group())
            )
        return word in self._found


def _candidate_sentences(
    text: str, low: str, document: Document | None = None
) -> Iterator[tuple[int, int, list[tuple[int, int, str]]]]:
    """Sentences holding at least one trigger, each with its triggers (start, end, form).

    Lines are found only around hits, and each line is split once, so the cost is one
    scan plus work proportional to the lines that hold candidates.
    """
    line_start = line_end = -1
    split = _LineSplitter(text, document)
    spans: list[tuple[int, int]] = []
    current = -1
    pending: list[tuple[int, int, str]] = []
    searched_to = 0
    context_scan = lex.CONTEXT_SCAN.search
    triggers = lex.TRIGGERS
    looks = _LOOKS
    last_context = -CONTEXT_BEFORE - 1  # start of the latest policy word found
    clean_from = clean_to = -1  # [clean_from, clean_to): searched, no policy word
    for match in lex.SCAN.finditer(low):
        pos = match.start()
        form = match.group()
        trig = triggers[form]
        if not trig.strong:
            # Common verbs need their policy word close by (in their own clause, checked
            # later); other weak triggers may lean on the sentence before.
            before = GENERIC_REACH if trig.generic else CONTEXT_BEFORE
            if last_context < pos - before:
                lo, hi = max(0, pos - before), pos + CONTEXT_AFTER
                # A window that failed before holds no policy word that starts before
                # its end minus the longest word (one cut by that end did match): only
                # the rest of the window need be searched again.
                if clean_from <= lo <= clean_to:
                    lo = max(lo, clean_to - lex.CONTEXT_LONGEST)
                found = context_scan(low, lo, hi)
                if found is None:
                    if not clean_from <= max(0, pos - before) <= clean_to:
                        clean_from = max(0, pos - before)
                    clean_to = hi
                    continue  # a weak trigger far from any rule or rule-maker
                last_context = found.start()
        end = match.end()
        look = looks[form]
        if look == _NEEDS_TO:
            if not low.startswith(" to ", end) and _WHEN_TO.match(low, end) is None:
                continue
        elif look == _NEEDS_OBJECT:
            if lex.OBJECT_SCAN.search(low, max(0, pos - OBJECT_REACH), end + OBJECT_REACH) is None:
                continue
        if pos >= line_end:
            if pending:
                yield spans[current][0], spans[current][1], pending
                pending = []
            # The previous line break before pos: search only the stretch not yet
            # searched, so repeated look-backs stay linear.
            line_start = searched_to
            for brk in _LINE_END.finditer(low, searched_to, pos):
                line_start = brk.end()
            nxt = _LINE_END.search(low, pos)
            line_end = nxt.start() if nxt else len(low)
            searched_to = line_end
            spans = split(line_start, line_end)
            current = 0
        while current < len(spans) and spans[current][1] <= pos:
            if pending:
                yield spans[current][0], spans[current][1], pending
                pending = []
            current += 1
        if current < len(spans) and spans[current][0] <= pos:
            pending.append((pos, end, form))
    if pending:
        yield spans[current][0], spans[current][1], pending


_NEEDS_TO = 1
_WHEN_TO = re.compile(
    r" (?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday) to "
)
_NEEDS_OBJECT = 2


def _look(trig: lex.Trigger) -> int:
    """Which cheap necessary condition a trigger form needs (0: none), checked before any
    sentence is split: a trigger that governs an infinitive needs its "to" (base forms
    excepted: they may themselves be governed, "bill to change the law"), one that
    depends on its object needs an object word close by. The sentence reasoning applies
    the same rules in full."""
    rule = trig.rule
    if (
        rule in ("plan", "agree", "continue")
        and not trig.base
        and not trig.form.startswith(("propos", "suggest"))
    ) or trig.form.startswith("declin"):
        return _NEEDS_TO  # "declined to back"; "output declined 2%" is no refusal
    if rule in ("object", "law", "adopt"):
        return _NEEDS_OBJECT
    return 0


_LOOKS = {form: _look(trig) for form, trig in lex.TRIGGERS.items()}


class _LineSplitter:
    """The sentences of one line, cut into windows of at most MAX_SENTENCE characters.

    A line's sentences are those the document has already found (shared with other
    plugins, and the same spans as splitting the line on its own) unless one of them
    runs across the line's end (a wrapped line): then the line is split by itself.
    """

    def __init__(self, text: str, document: Document | None) -> None:
        self.text = text
        self.document = document
        self.sents: list[Span] | None = None
        self.starts: list[int] = []

    def __call__(self, start: int, end: int) -> list[tuple[int, int]]:
        if self.document is None:
            return _split_line(self.text, start, end)
        if self.sents is None:
            self.sents = self.document.sentences
            self.starts = [s.start for s in self.sents]
        sents = self.sents
        i = bisect.bisect_left(self.starts, start)
        if i > 0 and sents[i - 1].end > start:
            return _split_line(self.text, start, end)
        found = []
        while i < len(sents) and sents[i].start < end:
            if sents[i].end > end:
                return _split_line(self.text, start, end)
            found.append(sents[i])
            i += 1
        return _windows(self.text, found)


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return _windows(text, sentences(text, [Span(start, end, text[start:end])]))


def _windows(text: str, sents: list[Span]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for sent in sents:
        s, e = sent.start, sent.end
        while e - s > MAX_SENTENCE:
            cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
            if cut <= s:
                cut = s + MAX_SENTENCE
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out


class _Sentence:
    """The reasoning for one sentence: tokens once, then each trigger in turn."""

    def __init__(
        self,
        document: Document,
        low: str,
        start: int,
        end: int,
        hit_spans: list[tuple[int, int, str]],
        reporting: Reporting,
        names: _Names | None = None,
    ) -> None:
        self.document = document
        self.names = names if names is not None else _Names(document.text)
        self.text = document.text
        self.low = low
        self.start = start
        self.end = end
        self.reporting = reporting
        tokens = list(_TOKEN.finditer(low, start, end))
        self.starts = list(map(re.Match.start, tokens))
        self.ends = list(map(re.Match.end, tokens))
        self.words = list(map(re.Match.group, tokens))
        self.hits: list[tuple[int, int, lex.Trigger]] = []
        for hit_start, hit_end, form in hit_spans:
            first = self.token_at(hit_start)
            last = self.token_ending(hit_end)
            if first is None or last is None:
                continue
            self.hits.append((first, last + 1, lex.TRIGGERS[form]))
        self.hit_by_first = {h[0]: h for h in self.hits}
        self.claimed: set[int] = set()
        self.not_moves: set[int] = set()  # trigger tokens found to be part of no move
        self._first_context: int | None = None
        self._takeover: bool | None = None
        self._poll: bool | None = None
        self._conditions_found: list[tuple[int, int]] | None = None
        self._prior_stance_found: list[tuple[int, int]] | None = None
        self._nouns: dict[int, bool] = {}
        self._opening_at: int | None = None
        self._instead_end: int | None = None

    # ------------------------------------------------------------- sentence features
    def token_at(self, offset: int) -> int | None:
        """Index of the token starting at ``offset`` (None: no token starts there)."""
        i = bisect.bisect_left(self.starts, offset)
        return i if i < len(self.starts) and self.starts[i] == offset else None

    def token_ending(self, offset: int) -> int | None:
        """Index of the token ending at ``offset`` (None: no token ends there)."""
        i = bisect.bisect_left(self.ends, offset)
        return i if i < len(self.ends) and self.ends[i] == offset else None

    @property
    def prior_stance(self) -> list[tuple[int, int]]:
        """Relative clauses stating a former stance (found once, when first asked)."""
        if self._prior_stance_found is None:
            self._prior_stance_found = self._prior_stance_clauses()
        return self._prior_stance_found

    @property
    def conditions(self) -> list[tuple[int, int]]:
        """Condition clauses (found once, when first asked)."""
        if self._conditions_found is None:
            self._conditions_found = self._conditions()
        return self._conditions_found

    @property
    def poll(self) -> bool:
        """Does the sentence report a poll ("a survey", "47%")? Looked at once."""
        if self._poll is None:
            self._poll = "%" in self.text[self.start : self.end] and not lex.NOT_ACTORS.isdisjoint(
                self.words
            )
        return self._poll

    @property
    def takeover(self) -> bool:
        """Does the sentence speak of a takeover ("bid", "shareholders"; not "a bid to
        cut the rebate")? Looked at once, when first asked."""
        if self._takeover is None:
            words = self.words
            n = len(words)
            self._takeover = not _TAKEOVER.isdisjoint(words) and any(
                w in _TAKEOVER and (k + 1 >= n or words[k + 1] != "to") for k, w in enumerate(words)
            )
        return self._takeover

    def context_besides(self, move: _Move) -> bool:
        """A policy word anywhere in the sentence but the trigger itself ("shops cap
        the number of coupons": "cap" is no context for itself). The first policy
        word is looked for once; a second search only when it is the trigger."""
        if self._first_context is None:
            found = lex.CONTEXT_SCAN.search(self.low, self.start, self.end)
            self._first_context = found.start() if found is not None else -1
        first = self._first_context
        if first < 0:
            return False
        a, b = self.chars(*move.hit)
        if not a <= first < b:
            return True
        return lex.CONTEXT_SCAN.search(self.low, b, self.end) is not None

    def _conditions(self) -> list[tuple[int, int]]:
        """Token ranges of condition clauses: from the cue to the next comma (or end)."""
        out: list[tuple[int, int]] = []
        n = len(self.words)
        resume = 0
        for match in lex.CONDITION_SCAN.finditer(self.low, self.start, self.end):
            i = self.token_at(match.start())
            last = self.token_ending(match.end())
            if i is None or last is None or i < resume:
                continue
            j = last + 1
            if self.words[i] in ("under", "on") or j - i >= 3:
                # A complete phrase ("under certain conditions").
                out.append((i, j))
                resume = j
                continue
            while j < n and self.words[j] not in (",", ";", ":", "then", "\u2013", "\u2014"):
                j += 1
            out.append((i, j))
            resume = j
        return out

    def _prior_stance_clauses(self) -> list[tuple[int, int]]:
        """ ", who has refused to do so until now," -- a relative clause stating the
        actor's former stance: evidence of reversal, not a move of its own."""
        out: list[tuple[int, int]] = []
        if (
            self.low.find(", who", self.start, self.end) < 0
            and self.low.find(", which", self.start, self.end) < 0
        ):
            return out
        words = self.words
        for i, w in enumerate(words):
            if w in _RELATIVE and i > 0 and words[i - 1] == ",":
                j = i + 1
                while j < len(words) and j - i < 25 and words[j] not in (",", ";"):
                    j += 1
                if j < len(words) and words[j] == ",":
                    clause = set(words[i:j])
                    joined = " ".join(words[i:j])
                    if clause & _PRIOR_STANCE or "until now" in joined or "so far" in joined:
                        out.append((i - 1, j + 1))
        return out

    # ------------------------------------------------------------- helpers
    def chars(self, first: int, last: int) -> tuple[int, int]:
        return self.starts[first], self.ends[last - 1]

    def cue(self, i: int) -> str | None:
        return lex.CUES.get(self.words[i])

    def _trim(self, first: int, last: int) -> tuple[int, int] | None:
        """Drop quotes and stray punctuation at the edges of a token range."""
        while first < last and (self.words[first] in _QUOTES or self.words[first] in _PUNCT_STOP):
            first += 1
        while last > first and (
            self.words[last - 1] in _QUOTES or self.words[last - 1] in _PUNCT_STOP
        ):
            last -= 1
        if first >= last:
            return None
        return first, last

    # ------------------------------------------------------------- per trigger
    def claims(self) -> list[Any]:
        moves: list[_Move] = []
        covered: set[int] = set()  # tokens inside an earlier claim's trigger
        in_policy: list[tuple[int, int]] = []
        previous_actor: tuple[int, int] | None = None
        for first, last, trig in self.hits:
            if first in covered or first in self.not_moves:
                continue
            # A reading that is no move (a noun, part of a name, ...) is dropped before
            # anything else is built for it; the checks below are independent of it.
            if self._not_a_move_word(first, last, trig):
                continue
            if any(a <= first < b for a, b in self.prior_stance):
                continue
            if any(a <= first < b for a, b in in_policy) and not (
                trig.action == "urge" and trig.strong
            ):
                continue
            move = self._analyse(first, last, trig, previous_actor)
            if move is None:
                continue
            covered.update(range(move.first, move.last))
            if move.policy_tokens:
                in_policy.append(move.policy_tokens)
            if move.actor is not None:
                previous_actor = move.actor
            moves.append(move)
        # A move inside another move's if-clause is that move's condition, not a claim.
        conditions = [m.condition for m in moves if m.condition]
        self.claimed = {i for m in moves for i in range(m.first, m.last)}
        out = []
        for move in moves:
            trigger = self.chars(move.first, move.last)
            if any(c[0] <= trigger[0] < c[1] for c in conditions if c != move.condition):
                continue
            claim = self._emit(move)
            if claim is not None:
                out.append(claim)
        return out

    def _find_to(self, k: int, reach: int) -> int | None:
        """Index of the "to" opening an infinitive within ``reach`` tokens of k."""
        words = self.words
        while k < len(words) and words[k] in _WHEN:
            k += 1  # "threatened today to impose"
        limit = min(len(words), k + reach + 1)
        j = k
        while j < limit:
            w = words[j]
            if w == "to":
                return j
            if w in _PUNCT_STOP or w in ("that", "but", "if", "because", "while", "said"):
                return None
            if j == k and w in _WH_WORDS:
                return None  # "asked how police were to ...": a question, not a call
            j += 1
        return None

    def _governed(self, to_at: int) -> tuple[tuple[int, int, lex.Trigger] | None, int | None]:
        """After "to": the move word it governs, or else the plain verb (its index)."""
        words = self.words
        n = len(words)
        k = to_at + 1
        while (
            k < n
            and k not in self.hit_by_first
            and (words[k] in _LIGHT or (words[k].endswith("ly") and k < to_at + 3))
        ):
            k += 1
        hit = self._hit_at(k)
        if hit is not None:
            trig = hit[2]
            after_be = words[k - 1] in ("be", "been")
            if trig.base or after_be and trig.participle or not trig.nominal and " " in trig.form:
                return hit, None
        if k < n and words[k].isalpha() and words[k] not in _DETERMINERS:
            return None, k
        return None, None

    def _not_a_move_word(self, first: int, last: int, trig: lex.Trigger) -> bool:
        """Readings of a trigger form that are not the move we listed: nouns, gerunds in
        noun phrases, parts of names, adjuncts, adjectival participles."""
        words = self.words
        n = len(words)
        if self._in_instead_of(first):
            return True  # "Instead of the bill's first aim, to liberalise the rules, ...": not done
        if (
            first > 0
            and trig.action == "prohibit"
            and words[first].startswith("ban")
            and _TERM_BAN.fullmatch(words[first - 1]) is not None
        ):
            return True  # "two-year bans", "a life ban": a sanction on someone
        if (
            not trig.nominal
            and not trig.strong
            and first > 0
            and (words[first - 1] in _DETERMINERS or words[first - 1] == "'s")
            and trig.form not in _MODALS
        ):
            return True  # "the reforms", "a review": a noun, not the verb we listed
        if first > 0 and self._other_reading(first, last, trig):
            return True
        if (
            first == 0
            and trig.participle
            and " " not in trig.form
            and last < n
            and words[last][:1].isalpha()
            and words[last] not in _AFTER_VERB
            and lex.CUES.get(words[last]) is None
            and self.text[self.starts[last]].isupper()
        ):
            return True  # "Banned cyclist Ana Ruiz told us ...": an adjective
        if first > 0 and trig.form in ("need to", "needs to") and words[first - 1] in _ARTICLES:
            return True  # "recognise the need to reform": a noun
        if (
            not trig.nominal
            and words[first].endswith("ing")
            and first > 0
            and (
                words[first - 1] in _PREPOSITIONS
                or first > 1
                and words[first - 1].endswith("ly")
                and words[first - 2] in _PREPOSITIONS
            )
        ):
            return True  # "our position on prohibiting ...", "aimed at finally shifting"
        if (
            first > 0
            and self.text[self.starts[first]].isupper()
            and (
                self.text[self.starts[first - 1]].isupper()
                or last < n
                and self.text[self.starts[last]].isupper()
                or first > 1
                and words[first - 1] in ("and", "of", "for", "&")
                and self.text[self.starts[first - 2]].isupper()
            )
        ):
            # "the Coastal Planning and Reform Office", "the Office for Planning and
            # Reform": part of a name
            return True
        if (
            not trig.strong
            and not trig.base
            and trig.form.endswith("s")
            and " " not in trig.form
            and first > 0
        ):
            prev = words[first - 1]
            if (
                prev.endswith("s")
                and not prev.endswith(("ss", "us", "is"))
                and prev.isalpha()
                and not self.text[self.starts[first - 1]].isupper()
            ):
                return True  # "human rights reforms": a plural noun after a plural noun
            if prev in _PREPOSITIONS or prev in _DETERMINERS:
                return True  # "consensus on reforms": a plural noun
        if (
            not trig.strong
            and words[first].endswith("ing")
            and first > 0
            and words[first - 1] in _SUBORDINATORS
        ):
            return True  # "while sticking to ...": an adjunct, not a move of its own
        if (
            (not trig.strong or trig.participle)
            and " " not in trig.form
            and last < n
            and (
                (
                    trig.form.endswith("s")
                    and not trig.base
                    and (
                        words[last] in _AFTER_PLURAL_NOUN
                        or first > 0
                        and words[first - 1].endswith("ed")
                    )
                )
                or (
                    trig.participle
                    and first > 0
                    and words[last][:1].isalpha()
                    and words[last] not in _AFTER_VERB
                    and (
                        words[first - 1] in _QUANTIFIERS
                        or not trig.strong
                        and words[first - 1] in _BEFORE_ADJECTIVE
                    )
                )
            )
        ):
            return True  # "the licensing changes have ...", "said proposed casinos": not verbs
        if (
            " " not in trig.form
            and last < n
            and first > 0
            and (
                trig.form.endswith("s")
                and not trig.base
                and words[last] in _FINITE
                and words[last] not in ("is", "was", "has", "does")
                or trig.participle
                and words[first - 1] in ("about", "as", "like", "than")
                and words[last][:1].isalpha()
                and words[last] not in _AFTER_VERB
            )
        ):
            # "gun bans had helped", "a play about forbidden romance", "such as reformed
            # water charges": a noun, an adjective
            return True
        if (
            trig.form.endswith("s")
            and not trig.base
            and " " not in trig.form
            and first >= 2
            and (words[first - 2] in _DETERMINERS or words[first - 2] in _QUANTIFIERS)
            and (
                words[first - 1].endswith(_ADJECTIVE_ENDINGS)
                or words[first - 1] in _OPENING_ADJECTIVES
            )
            and words[first - 1] not in lex.CONTEXT
        ):
            return True  # "the extra bans take effect": a noun
        if (
            trig.form in ("force", "forces")
            and first > 0
            and (
                words[first - 1] in _DETERMINERS
                or words[first - 1].endswith(("ing", "al", "ive", "ful"))
                and words[first - 1] not in lex.CUES
            )
        ):
            return True  # "a unifying force for", "the police force": a noun
        return False

    def _opening(self) -> int:
        """Index of the sentence's first word after any opening quote marks (found once)."""
        if self._opening_at is None:
            a = 0
            while a < len(self.words) and self.words[a] in _QUOTES:
                a += 1
            self._opening_at = a
        return self._opening_at

    def _opens_with_instead(self) -> bool:
        """Does the sentence open with "Instead" (after any quote marks)?"""
        a = self._opening()
        return a < len(self.words) and self.words[a] == "instead"

    def _in_instead_of(self, k: int) -> bool:
        """Is token k inside a sentence-opening "Instead of ..." phrase (up to its comma,
        or the next one when an appositive "to ..." follows)? What is done instead is
        said after it. The phrase's end is found once per sentence."""
        if self._instead_end is None:
            words = self.words
            n = len(words)
            a = self._opening()
            end = -1
            if a + 1 < n and words[a] == "instead" and words[a + 1] == "of":
                commas = (j for j in range(a, n) if words[j] == ",")
                end = next(commas, -1)
                if end >= 0 and end + 1 < n and words[end + 1] == "to":
                    end = next(commas, end)
            self._instead_end = end
        return self._opening() + 1 < k < self._instead_end

    def _other_reading(self, first: int, last: int, trig: lex.Trigger) -> bool:
        """More readings that are no move, met in news text (first > 0): nouns after an
        article ("removed from the shelves", "a phone call on"), titles ("The Devil's
        Advocate"), traffic ("an illegal U-turn"), adjectives ("taking banned
        substances", "the seasonally adjusted figures", "a consulting firm"), noun
        compounds ("tax cuts") and injuries ("ruled out of the match")."""
        words = self.words
        n = len(words)
        prev = words[first - 1]
        form = trig.form
        if not trig.nominal and (
            (prev in _DETERMINERS or prev in _PREPOSITIONS)
            and form.endswith("s")
            and not trig.base
            and " " not in form
            or prev == "the"
            and " " in form
            and (trig.base or form.startswith("call"))
        ):
            return True  # "hitting the shelves", "got the call to start"
        if (
            " " in form
            and (trig.base or form.startswith("call "))
            and (
                prev in _NOUN_BEFORE_PHRASE
                or prev.endswith(_NOUN_ENDINGS)
                and prev not in lex.CONTEXT  # not "government"
            )
        ):
            return True  # "a phone call on Tuesday", "a long hard look", "a rude wake-up call"
        if form == "advocates" and not (
            last < n
            and (
                words[last] in _DETERMINERS or words[last].endswith("ing") or words[last] == "that"
            )
        ):
            return True  # "privacy advocates are concerned", "advocates of reform"
        if prev == "illegal" and form.startswith("u-turn"):
            return True
        if prev in _ARTICLES and form.endswith("ing") and " " not in form:
            return True  # "the banning of smoking": a noun
        if (
            form.startswith("call")
            and form.endswith(" for")
            and last < n
            and (
                words[last] in _MONTHS
                or words[last].isdigit()
                and last + 1 < n
                and words[last + 1] in _MONTHS
            )
        ):
            return True  # "the vote may be called for 9 June": a date, not a demand
        if form.startswith(("push", "press")) and form.endswith(" for") and last < n:
            goal = words[last + 1] if last + 1 < n and words[last] in _ARTICLES else words[last]
            if goal in _SPORTING_GOALS:
                return True  # "pressing for a place in the squad", "push for the title"
        if form == "demanding" and not (
            last < n
            and (
                words[last] in _DETERMINERS
                or words[last] in _QUANTIFIERS
                or words[last] in _PRONOUNS
                or words[last] in ("that", "more", "greater", "better")
                or words[last][:1].isdigit()
            )
            and not prev.endswith("ly")
            and prev not in _ARTICLES
        ):
            return True  # "a demanding role", "physically demanding": an adjective
        if (
            prev == "'s"
            and first >= 2
            and self.text[self.starts[first]].isupper()
            and self.text[self.starts[first - 2]].isupper()
            and not form.startswith("u-")
        ):
            return True  # "The Devil's Advocate": a title
        if form.startswith("rul") and form.endswith(" out") and last < n and words[last] in _INJURY:
            return True  # "the striker is ruled out of Sunday's game", "ruled out for six weeks"
        if (
            not trig.strong
            and words[first].endswith("ing")
            and last < n
            and (words[last] in _FIRM_NOUNS or words[last] in _ING_COMPOUNDS)
        ):
            return True  # "a consulting firm", "cost cutting measures"
        if (
            not trig.strong
            and not trig.base
            and form in _NOUNY_S
            and (prev in _NOUN_MODIFIERS or prev.endswith(_ADJECTIVE_ENDINGS))
            and (first == 1 or not self.text[self.starts[first - 1]].isupper())
        ):
            return True  # "tax cuts", "welfare reforms", "political reforms": a noun
        if (
            trig.participle
            and " " not in form
            and last < n
            and words[last][:1].isalpha()
            and words[last] not in _AFTER_VERB
            and lex.CUES.get(words[last]) is None
        ):
            if prev in _TAKE_VERBS or (
                prev.endswith("ing") and prev not in ("having", "being") and prev.isalpha()
            ):
                return True  # "taking banned substances"
            if (
                (prev == "much" or prev.endswith("ly") and prev not in lex.CUES)
                and first >= 2
                and (words[first - 2] in _DETERMINERS or words[first - 2] in _QUANTIFIERS)
            ):
                return True  # "the seasonally adjusted figures", "the much delayed bill"
        return False

    def _noun_reading(self, first: int, last: int, trig: lex.Trigger) -> bool:
        """Is the trigger used as a noun ("a smoking ban", "critics' calls for")?"""
        words = self.words
        n = len(words)
        return (
            trig.nominal
            or first > 0
            and self._possessive_at(first - 1)
            or first > 0
            and not trig.base
            and words[first].endswith("s")
            and words[first - 1].endswith("ed")  # "dismissed calls for", "sparked calls for"
            and (first - 1 in self.hit_by_first or lex.CUES.get(words[first - 1]) is None)
            and not self.text[self.starts[first - 1]].isupper()
            or trig.base
            and first > 0
            and (
                words[first - 1] in _DETERMINERS
                or words[first - 1] in _PREPOSITIONS
                or " " not in trig.form
                and not self._verb_slot(first)
            )
            or (trig.base and first == 0 and last < n and words[last] in _AFTER_NOUN)
            or trig.base
            and first >= 2
            and words[first - 1] in ("and", "or")
            and self._noun_conjunct(first - 2)  # "tremendous change and reform"
        )

    def _noun_conjunct(self, k: int) -> bool:
        """Is token k a one-word base-form trigger read as a noun? (Memoised, so a long
        chain of "X and Y and Z" stays linear.)"""
        known = self._nouns.get(k)
        if known is None:
            hit = self.hit_by_first.get(k)
            known = (
                hit is not None
                and hit[1] == k + 1
                and hit[2].base
                and self._noun_reading(k, k + 1, hit[2])
            )
            self._nouns[k] = known
        return known

    def _analyse(
        self, first: int, last: int, trig: lex.Trigger, previous_actor: tuple[int, int] | None
    ) -> _Move | None:
        """The move a trigger makes, or None. The caller has already dropped readings
        that are no move at all (``_not_a_move_word``)."""
        words = self.words
        n = len(words)
        rule = trig.rule
        move = _Move(first, last, trig.action, trig.strong, hit=(first, last))
        as_noun = self._noun_reading(first, last, trig)

        # ---- what the trigger governs on its right: "urged X to VERB", "refused to VERB"
        governed = None
        governed_generic = False
        verb_at = None
        target = None
        after = last
        if rule in _GOVERNING or trig.form.endswith(" to"):
            if trig.form.endswith(" to"):
                to_at: int | None = last - 1
            else:
                to_at = self._find_to(last, MAX_TARGET if rule in ("urge", "target") else 0)
            if to_at is not None:
                governed, verb_at = self._governed(to_at)
                if to_at > last:
                    target = self._trim(last, to_at)
                    if (
                        target
                        and target[1] - target[0] > 1
                        and words[target[1] - 1] in ("not", "never")
                    ):
                        target = (target[0], target[1] - 1)  # "urged the board not to sell"
        if governed is None and rule in ("urge", "reject") and last < n:
            gerund = self._hit_at(last)
            if gerund is not None and words[last].endswith("ing") and not gerund[2].nominal:
                governed = gerund  # "support replacing the Lords", "opposes lifting the ban"
        if trig.generic:
            move.generic = ((first, last),)
        if governed is not None:
            g_first, g_last, g_trig = governed
            move.last = g_last
            after = g_last
            if g_trig.generic:
                move.generic += ((g_first, g_last),)
            inner = self._object_action(
                g_trig, self._object_class(self._policy(g_last)), g_trig.action
            )
            move.strong = move.strong or g_trig.strong
            governed_generic = g_trig.generic and not g_trig.strong
            if rule == "urge":
                move.action = "urge"
            elif rule == "reject":
                move.action = "reject"
            elif rule == "continue":
                move.action = "maintain"
            else:
                if inner is None:
                    return None
                move.action = inner
                if rule in ("plan", "nominal"):
                    move.modality = "proposed"
        elif (
            verb_at is not None
            and rule in ("urge", "reject")
            and (trig.strong or rule == "urge" and target is not None)
        ):
            move.last = verb_at + 1
            after = verb_at + 1
            move.action = {"urge": "urge", "reject": "reject"}[rule]
        elif verb_at is not None and rule == "reject" and not trig.strong:
            return None  # "refused to comment": a refusal, but of no policy
        elif verb_at is not None and rule == "target" and target is not None:
            after = verb_at
        elif rule == "target" and trig.form in ("have to", "able to"):
            pass
        elif (
            rule in ("plan", "agree", "continue", "nominal", "decision")
            or rule == "target"
            and not trig.strong
            and not trig.form.startswith(("allow", "permit"))
        ):
            if rule == "plan" and trig.form.startswith(("suggest", "propos")):
                if any(k in self.hit_by_first for k in range(last, min(n, last + 15))):
                    return None  # "suggested that X had changed ...": the inner move is the claim
                if not any(w in _PROPOSAL_MODALS for w in words[last : last + 10]) and not (
                    trig.form.startswith("propos") and last < n and words[last] in _DETERMINERS
                ):
                    return None  # "suggested the posters were ...": an opinion, not a proposal
                move.modality = "proposed"
            elif rule == "nominal" and as_noun and not trig.form.endswith(" to"):
                pass
            else:
                return None
        elif rule == "urge" and not trig.strong:
            if trig.form.split()[0].startswith(("support", "back")):
                pass
            elif trig.form.startswith("hop"):
                # "hopes the levy will be a spur": a soft call, when the hoped-for
                # clause has a modal of its own.
                modal = next(
                    (j for j in range(last, min(n, last + 8)) if words[j] in _HOPE_MODALS), None
                )
                if modal is None or modal == last or modal + 1 >= n:
                    return None
                if words[modal + 1] in _EFFECT_VERBS or words[last] in _POSSESSIVE:
                    # "hopes its new scheme will create work": a forecast, and what it
                    # forecasts is no move either
                    self.not_moves.update(range(last, min(n, modal + 2)))
                    return None
                move.last = modal + 2
                target = None
                subject_span = self._trim(last, modal)
                if (
                    subject_span is None
                    or lex.CONTEXT_SCAN.search(self.low, *self.chars(*subject_span)) is None
                ):
                    subject_span = self._policy(modal + 2)  # what the hoped-for event brings
                if subject_span is not None:
                    move.policy = self.chars(*subject_span)
                    move.policy_tokens = subject_span
                after = modal + 2
            else:
                return None
        if governed is None and verb_at is None and trig.form.startswith("declin"):
            return None  # "declined 0.2%", "in decline": a fall, not a refusal
        if governed is None and after < n - 1 and words[after] in ("and", "or"):
            twin = self._hit_at(after + 1)
            if twin is not None and twin[2].action == move.action and not twin[2].nominal:
                move.last = after = twin[1]  # "adapted and adjusted": one move, two verbs
        if target is not None and (rule in ("urge", "target")):
            move.target = self.chars(*target)

        # ---- auxiliaries, negation and modality on the left
        i = first - 1
        be_seen = have_seen = lead_seen = will_now = call = still = orphan = False
        while i >= 0:
            w = words[i]
            two = f"{words[i - 1]} {w}" if i > 0 else ""
            kind2 = lex.CUES.get(two) if two else None
            if kind2 == "call":
                call = True
                i -= 2
                continue
            if kind2 in ("negation", "proposed", "hypothetical", "lead"):
                self._apply_cue(move, kind2)
                i -= 2
                continue
            if i < first - 1 and (two in _INLINE_ASIDES or w in _INLINE_ASIDES):
                # "would of course be consulted": an aside inside the verb group, when a
                # verb-group word stands before it.
                k = i - (2 if two in _INLINE_ASIDES else 1)
                if k >= 0 and lex.CUES.get(words[k]) in (
                    "aux",
                    "negation",
                    "proposed",
                    "hypothetical",
                ):
                    i = k
                    continue
            if w == "," and i >= 3:
                aside = self._aside_before(i)
                if aside is not None:
                    i = aside
                    continue
            kind = lex.CUES.get(w)
            if (
                w.endswith("ly")
                and len(w) > 4
                and kind is None
                and i >= first - 2
                and w not in _LY_NOUNS
            ):
                kind = "aux"
            if kind not in ("aux", "negation", "proposed", "hypothetical", "lead", "call"):
                break
            if kind == "call":
                call = True
            if w == "'s" and as_noun:
                break  # "the country's deal": a possessive, not "is"
            if w == "to" and i > 0 and words[i - 1] == "have" and i - 1 in self.hit_by_first:
                return None  # "would have to cut": the obligation was read, and found no move
            if w == "to" and (i == 0 or lex.CUES.get(words[i - 1]) is None):
                governor = self.hit_by_first.get(i - 1) if i > 0 else None
                if (
                    not trig.strong
                    and i > 0
                    and (
                        governor is None
                        or not governor[2].nominal
                        and governor[1] == i
                        and self._noun_reading(i - 1, i, governor[2])
                    )
                ):
                    # "in a bid to cut queues", "with broad support to allow the
                    # council to ...": a purpose, not a move
                    return None
                if i > 0 and words[i - 1] in ("need", "needs"):
                    return None  # "stress the need to modernise": the noun was read, no call
                orphan = True
                break  # "deal to join": the infinitive hangs on a word we do not read
            if w in _BE:
                be_seen = True
            if w in ("have", "'ve"):
                have_seen = True
            if w == "still":
                still = True
            if w == "now" and i > 0 and words[i - 1] in ("will", "'ll"):
                will_now = True
            if kind == "lead":
                lead_seen = True
            if w in ("would", "could", "might", "should") and have_seen:
                move.modality = "hypothetical"
            self._apply_cue(move, kind)
            i -= 1
        move.first = i + 1
        if move.modality is None and " " in trig.form:
            for w in words[first:last]:
                if lex.CUES.get(w) in ("proposed", "hypothetical"):
                    self._apply_cue(move, lex.CUES[w])  # "there will be a cap"
        if will_now and move.modality == "proposed":
            move.modality = None
        by_at = after if after < n and words[after] == "by" else None
        if (
            rule == "plan"
            and trig.participle
            and move.first == first
            and first > 0
            and lex.OBJECTS.get(words[first - 1]) in ("law", "plan")
        ):
            # "a state law intended to allow tenants to ...": what the law is for
            self.not_moves.update(range(first, move.last))
            return None
        if (
            trig.participle
            and move.first == first
            and by_at is None
            and first > 0
            and last < n
            and words[last] in _RELATIVE_PREPS
            and words[first - 1].isalpha()
            and words[first - 1] not in lex.CUES
            and not self.text[self.starts[first - 1]].isupper()
        ):
            return None  # "the fishing quota imposed on Norway": names a standing rule
        passive = (
            trig.participle
            or self._same_participle(first)
            or trig.form == "barred"  # (listed as written)
        ) and (
            be_seen
            or self._headline_passive(first, last, move)
            or by_at is not None
            and first > 0
            and move.first == first
            and (
                words[first - 1] == ","
                # "the tariffs imposed by both sides": a participle after its noun
                or words[first - 1].isalpha()
                and words[first - 1] not in lex.CUES
            )
        )
        if trig.form in ("is needed", "are needed", "be run according to"):
            passive = False
        if (
            passive
            and not trig.strong
            and move.modality is None
            and not move.negated
            and move.first == first - 1
            and words[first - 1] in ("is", "are")
            # ("weeks before new rules are introduced" speaks of the future)
            and _TIME_CLAUSE.isdisjoint(words[max(0, first - 8) : first])
        ):
            return None  # "The succession is regulated by the Act": what a standing law does
        if passive and trig.form.startswith("propos"):
            move.modality = move.modality or "proposed"
        if rule == "object" and trig.form.startswith("fac"):
            move.modality = move.modality or "proposed"

        # ---- actor: the subject on the left, "by X" after a passive, or a possessor
        by_agent = self._noun_phrase_right(by_at + 1, MAX_NP) if by_at is not None else None
        subject = None
        if as_noun and not lead_seen and not be_seen:
            subject = self._possessor(first)
            if by_agent:
                move.actor = self.chars(*by_agent)
                after = by_agent[1]
            elif subject is None and (not trig.strong or not trig.nominal):
                return None  # "the ban", "a smoking ban": a mention, not a move
            elif subject is not None and self._object_class(subject) == "law":
                return None  # "Islamic law's ban on interest": what a standing rule says
            elif (
                subject is not None
                and trig.form in ("ban", "bans")
                and (last >= n or words[last] not in ("on", "of", "against", "from"))
            ):
                return None  # "Smith's ban is a warning ...": a sanction on Smith
        elif orphan:
            subject = None  # the infinitive's subject is not in reach
        elif (
            words[first].endswith("ing")
            and move.first == first
            and first > 1
            and words[first - 1] not in _DETERMINERS
            and words[first - 1] not in _PREPOSITIONS
        ):
            # "Howard will make a pitch ..., urging people to ...": the sentence's subject.
            subject = None
            opening = self._opening_np()
            if opening is not None and opening[1] <= self.starts[first]:
                move.actor = opening
        else:
            subject = self._subject(move.first - 1)
            if subject is not None and subject[0] > 0 and words[subject[0] - 1] == "whether":
                return None  # "refused to say whether the minister backed it": a question
            if (
                subject is None
                and move.first > 0
                and (
                    words[move.first - 1] in ("and", "but")
                    or (words[move.first - 1] == "," and previous_actor is not None)
                )
            ):
                coordinated = previous_actor or self._opening_np()
                if coordinated is not None and coordinated[1] <= self.starts[move.first]:
                    move.actor = coordinated
        if (
            passive
            and subject is not None
            and words[subject[0]] == "who"
            and move.action in ("prohibit", "reject")
        ):
            return None  # "a dancer who had been rejected by the school": a person
        if subject is not None and words[subject[0]] in _RELATIVE:
            if (
                not passive
                and not be_seen
                and move.modality is None
                and words[first] not in _PAST_OK
                and not words[first].endswith("ed")
            ):
                return None  # "the law, which allows ...": describes a rule, no move
            subject = (
                self._subject(subject[0] - 2)
                if subject[0] >= 2 and words[subject[0] - 1] == ","
                else None
            )
        if (
            passive
            and subject is None
            and move.first == first
            and first >= 2
            and words[first - 1] == ","
        ):
            subject = self._subject(first - 2)  # "the rebate, secured by ...": the antecedent
        copular = trig.form in _COPULAR_POLICY or trig.form in _COPULAR_TARGET or call
        if passive:
            move.actor = self.chars(*by_agent) if by_agent else None
            if by_agent:
                after = by_agent[1]
            if subject:
                if (
                    after < n
                    and words[after] in ("from", "to")
                    and move.action in ("prohibit", "impose", "authorize")
                ) or trig.form.startswith("consult"):
                    # "bars will be banned from ...", "unions will be consulted": who
                    # the move applies to.
                    move.target = self.chars(*subject)
                else:
                    move.policy = self.chars(*subject)
                    move.policy_tokens = subject
        elif copular and subject:
            if trig.form in _COPULAR_POLICY:
                move.policy = self.chars(*subject)
                move.policy_tokens = subject
            elif move.target is None:
                move.target = self.chars(*subject)
        elif subject and not as_noun:
            if (
                words[subject[0]] in _POSSESSIVE
                and subject[1] - subject[0] > 1
                and words[subject[0] + 1] in _STANCE_NOUNS
            ):
                # "Our position on X has not changed": "Our" acts, the position is the policy.
                move.actor = self.chars(subject[0], subject[0] + 1)
                move.policy = self.chars(subject[0] + 1, subject[1])
                move.policy_tokens = (subject[0] + 1, subject[1])
            elif rule == "object" and trig.form.startswith("fac"):
                # "Firms could face fines": the firms are who the rule applies to; the
                # rule-maker is not named.
                move.target = self.chars(*subject)
            else:
                move.actor = self.chars(*subject)
        elif subject and as_noun:
            move.actor = self.chars(*subject)
        if (
            rule == "target"
            and not passive
            and move.actor is not None
            and not self._can_rule(move.actor)
        ):
            return None  # "a rise in sales has allowed the bakery to ...": a cause
        if (
            rule == "target"
            and governed is None
            and verb_at is not None
            and words[verb_at] in _PERSONAL_ACTS
        ):
            return None  # "allowing the Liberals to win more seats": no rule

        if call:
            # "The government should lift the ban": a call on the government, made by
            # whoever says so.
            move.action = "urge"
            move.modality = None
            if move.actor is not None and move.target is None:
                move.target = move.actor
            move.actor = None

        # ---- "remain" keeps a rule only with a complement that says so ("remains at
        # 30%", "remains in force"), not "remains optimistic" or "remain affordable".
        moved = governed[2] if governed is not None else trig
        if moved.form.startswith("remain") and not self._standing_complement(after):
            return None
        if (
            moved.form.startswith("remain")
            and after + 1 < n
            and words[after] == "in"
            and words[after + 1] in ("place", "office", "power")
            and move.actor is not None
            and self._head_noun(self._token_span(move.actor)) in _RULING_BODIES
        ):
            return None  # "the interim government will remain in place": no rule

        # ---- policy on the right
        if move.policy is None:
            policy = self._policy(after)
            if (
                policy is None
                and subject is not None
                and subject[0] >= 2
                and words[subject[0] - 1] in ("that", "which")
            ):
                # "a position that several countries have joined": the antecedent.
                policy = self._subject(subject[0] - 2)
            if policy is not None:
                move.policy = self.chars(*policy)
                move.policy_tokens = policy
        if move.action == "authorize" and move.target is None:
            self._for_target(move, after)
        # A stance verb or a common verb ("create", "set", "limit") needs an object that
        # can be a policy.
        common_verb = rule == "stance" or trig.generic and governed is None or governed_generic
        if (
            not passive
            and common_verb
            and " " not in moved.form
            and not moved.form.startswith("remain")
            and after < n
            and words[after] in _NO_OBJECT
            and words[first - 1 if first else 0] not in _OBJECT_PRONOUNS  # "want it replaced"
        ):
            return None  # "cutting through the clutter", "end up with": no object, no policy
        if (
            not passive
            and common_verb
            and move.policy_tokens is not None
            and self.words[move.policy_tokens[0]] not in _PREPOSITIONS
            and self._head_noun(move.policy_tokens) in _NOT_POLICY
        ):
            return None  # "create history", "set the tone", "changing perceptions"

        if move.policy_tokens and words[move.policy_tokens[0]] in _REFLEXIVE:
            return None  # "was not regulating itself": no rule for anyone else
        head = self._head_noun(move.policy_tokens) if move.policy_tokens is not None else ""
        if not passive and (
            head in _OFFICES
            and move.action in ("change", "reject", "join", "maintain")
            or head in ("him", "her")
            or move.action == "urge"
            and head in _NOT_CALLED
        ):
            # "replacing the minister would achieve nothing" (a reshuffle), "voted against
            # him", "said no to the president", "called for party unity"
            return None
        if (
            move.action in ("urge", "reverse")
            and (head in _PRODUCTS or self._head_noun_after_of(move.policy_tokens) in _PRODUCTS)
            and not self._rule_maker_in(move.actor, move.target, move.policy)
        ):
            return None  # "called for the withdrawal of a cartoon": no rule-maker, no policy
        if (
            move.action in ("reject", "urge", "maintain")
            and self.takeover
            and not self._rule_maker_in((self.start, self.end))
        ):
            return None  # "the board still opposes his bid": a takeover, not a policy
        if (
            move.action in ("impose", "urge")
            and move.policy_tokens is not None
            and not _PENALTIES.isdisjoint(
                words[move.policy_tokens[0] : min(move.policy_tokens[1], move.policy_tokens[0] + 6)]
            )
            and self._enforced_amount(move.policy_tokens)
        ):
            return None  # "imposed penalties totalling £40m on six banks": enforcement
        if not move.strong and self.poll:
            return None  # "in another survey, 52% said they backed the new law": opinion
        if move.policy_tokens is not None and not _TITLES_WON.isdisjoint(
            words[move.policy_tokens[0] : min(move.policy_tokens[1], move.policy_tokens[0] + 4)]
        ):
            return None  # "she plans to defend her world title": sport
        if (
            move.action == "urge"
            and move.first > 0
            and words[move.first - 1] in ("that", "this")
            and (
                move.first - 1 == self._opening()
                or words[move.first - 2] in ("and", "but", ",", "so")
            )
            or move.action == "urge"
            and move.actor is not None
            and self.low[move.actor[0] : move.actor[1]] in ("that", "this")
        ):
            return None  # "that calls for a joint response": it requires, nobody calls
        if (
            passive
            and not call
            and subject is None
            and by_agent is None
            and move.policy is None
            and move.actor is None
            and (move.first == 0 or words[move.first - 1] not in ("and", "but", "or"))
        ):
            return None  # "could either be approved or rejected": nothing is said to be moved
        if (
            move.action == "reject"
            and trig.form.startswith("refus")
            and governed is None
            and verb_at is None
            and move.policy is None
        ):
            return None  # "so far the governor has refused": refused what is not said
        if (
            words[first].endswith("ing")
            and move.first == first
            and (first == self._opening() or words[first - 1] in ("said", "says", "that"))
            and move.policy_tokens is not None
            and any(
                words[k] in _FINITE
                for k in range(move.policy_tokens[0] + 1, min(n, move.policy_tokens[1] + 1))
            )
        ):
            return None  # "banning fast food adverts would be a mistake": a subject, evaluated
        if head in ("case", "trial", "prosecution", "hearing") or (
            head in ("charge", "charges") and "against" in self._words_of(move.policy)
        ):
            # "was banned from the case" (a court's order), "called for the
            # charges to be withdrawn"
            return None
        if (
            move.action == "change"
            and (head in _BUSINESS_QUANTITIES or head in _FIRMS)
            and not self._rule_maker_in((self.start, self.end))
        ):
            return None  # "the carrier is cutting its economy fares": a firm's business
        if (
            trig.form.startswith("suggest")
            and governed is None
            and not self._proposal(move, last, passive)
        ):
            return None  # "the survey suggested rents could climb": no proposal
        if governed is None and move.action == "reject" and self._assertion(move.policy_tokens):
            return None  # "rejected claims that ...", "did not rule out that ...": no policy
        if move.action == "reject" and not self._rejects_a_policy(move, moved):
            return None  # "turned away a takeover offer", "has ruled out a return": no policy
        if moved.form.startswith("join") and not self._joinable(move.policy_tokens):
            return None  # "joined the club as chief executive": a job, not a position
        if rule == "object" and trig.form.startswith("fac") and self._individual_case(move):
            return None  # "Mutu faces a ban", "faces charges", "if found guilty": a case
        if (
            passive
            and move.action == "prohibit"
            and by_agent is None
            and self._sanction(subject, after)
        ):
            return None  # "the winger was banned for nine matches": a sanction on one person
        if (
            move.action == "prohibit"
            and not passive
            and move.policy_tokens is not None
            and words[move.policy_tokens[0]] in ("him", "her")
        ):
            return None  # "The union banned her from all future races": a sanction
        if move.action == "urge" and self._personal_call(
            move,
            verb_at if governed is None else governed[0] if not governed[2].strong else None,
            passive,
        ):
            return None  # "called on him to apologise", "urged people to give generously"

        # ---- the action may depend on the object
        obj_class = self._object_class(move.policy_tokens)
        if governed is None:
            decided = self._object_action(
                trig,
                obj_class,
                move.action,
                passive=passive,
                has_agent=by_agent is not None,
                move=move,
            )
            if decided is None:
                return None
            move.action = decided
            if rule == "urge" and not trig.strong:
                lead = " ".join(words[after : after + 4])
                if lead.startswith(("a change", "changes", "the idea of", "the change")):
                    move.action = "change"
                    move.modality = move.modality or "proposed"
                elif obj_class not in ("law", "plan"):
                    return None
        if rule == "body":
            if obj_class in ("charge", "restriction"):
                move.action = "impose"
            elif not self._words_of(move.actor) & lex.BODIES:
                return None
            move.modality = "proposed"
        if (
            rule == "target"
            and trig.form.startswith(("allow", "permit"))
            and target is None
            and not (move.negated or passive)
        ):
            return None

        if still and move.action in ("authorize", "prohibit", "impose", "lift", "change"):
            move.action = "maintain"  # "would still be able to block": the power is kept

        # ---- lexicalised negatives: "not allow" prohibits, "not change" keeps
        if move.negated and move.action == "authorize":
            move.action, move.negated = "prohibit", False
        elif (
            move.negated
            and move.action == "change"
            and moved.form.startswith(("chang", "alter", "amend", "adjust", "adapt", "shift"))
        ):
            move.action, move.negated = "maintain", False  # (but "had not consulted")
        elif move.negated and move.action == "join" and trig.form.startswith("accept"):
            move.action, move.negated = "reject", False  # "will not accept" refuses

        # ---- condition and reversal
        trigger_start = move.first
        for a, b in self.conditions:
            if a <= trigger_start < b:
                if self.words[a] in ("if", "unless"):
                    move.modality = "hypothetical"
                continue
            if move.policy_tokens and move.policy_tokens[0] <= a < move.policy_tokens[1]:
                continue
            if a > 0 and self.words[a - 1] == "even":
                continue
            reach = move.policy_tokens[1] if move.policy_tokens else move.last
            if a > reach + 1 and self.words[a] in ("if", "unless", "provided", "providing"):
                continue  # an if-clause further on belongs to another verb
            move.condition = self.chars(a, b)
            if self.words[a] in ("if", "unless") and move.modality in ("proposed",):
                move.modality = "hypothetical"
            break
        if move.action == "reverse" or self.prior_stance and move.actor is not None:
            move.reversal = True
        elif self._opens_with_instead():
            move.reversal = True
        else:
            lo, hi = max(0, first - 12), min(n, move.last + 12)
            if not _REVERSAL_CUES.isdisjoint(words[lo:hi]):
                move.reversal = True
            elif self._window_has_phrase(first, "until now") or self._window_has_phrase(
                first, "for the first time"
            ):
                move.reversal = True
        if trig.form in ("have to", "able to") and governed is None and not call:
            if not self._obligation_or_permission(move, trig, first, last, be_seen):
                return None
        if (
            move.actor is not None
            and self.low[move.actor[1] - 3 : move.actor[1]] in ("you", "one")
            and self.low[move.actor[0] : move.actor[1]].split()[-1] in ("you", "one")
            and (
                trig.form in ("have to", "able to")
                or any(
                    words[k] == "to" and words[k - 1] in ("have", "has", "had", "able")
                    for k in range(move.first + 1, first)
                )
            )
        ):
            return None  # "slow lifts mean you have to take the stairs": anyone, no rule
        if move.action == "urge" and move.modality == "proposed":
            move.modality = None
        if (
            move.action == "maintain"
            and move.modality == "proposed"
            and any(w in ("will", "would", "'ll") for w in words[move.first : first + 1])
        ):
            move.modality = None  # "will stand firm", "would not change": a declared stance
        move.copular = copular
        if (
            move.actor is not None
            and not move.strong
            or move.actor is not None
            and move.action != "urge"
        ):
            actor_words = self._words_of(move.actor)
            if actor_words & lex.NOT_ACTORS or "%" in self.low[move.actor[0] : move.actor[1]]:
                return None  # court rulings and opinion polls are not policy moves
        if (
            not move.strong
            and not passive
            and move.action not in ("urge", "reject", "join")  # firms' calls are coded
            and move.actor is not None
            and not _FIRMS.isdisjoint(self.low[move.actor[0] : move.actor[1]].split())
            and self._head_noun(self._token_span(move.actor)) in _FIRMS
            and not self._rule_maker_in(move.policy, move.target)
        ):
            return None  # "the company unveiled plans to cut its prices": a business plan
        if not move.strong and not self._clause_context(move):
            # A common verb needs a rule or rule-maker in its own clause; other weak
            # triggers may lean on the sentence, or on an actor that stands for a body.
            we = move.actor is not None and self.low[move.actor[0] : move.actor[1]] in (
                "we",
                "they",
            )
            refusal = trig.action == "authorize" and move.action == "prohibit"  # "not allow"
            if (
                (trig.form.split()[0] in lex.GENERIC or governed_generic)
                and not (we and refusal and self.context_besides(move))
                or not (self.context_besides(move) or self._institutional(move))
            ):
                # (A "we" or "they" refusing something in a sentence about rules speaks
                # for a rule-maker: "They follow our rules and we'll not allow tricks".)
                return None
        return move

    def _rejects_a_policy(self, move: _Move, moved: lex.Trigger) -> bool:
        """Is a refusal a policy move? Not of a career move ("has ruled out a return",
        "rejected a move to Leeds"), nor of a bid or offer unless a rule-maker is in the
        clause ("turned away a rival's takeover offer"), nor a named actor ruling out
        something with no rule or rule-maker in the clause (a firm's product: "is not
        ruling out a rival disc standard")."""
        words = self.words
        policy = move.policy_tokens
        if policy is not None:
            a, b = policy
            head = words[a : min(b, a + 5)]
            at = a + head.index("move") if "move" in head else -1
            if not _PERSONAL_OBJECTS.isdisjoint(head) or (
                at >= 0
                and (
                    words[a] == "move"
                    or a + 1 < b
                    and words[at - 1][:1].isalpha()
                    and self.text[self.starts[at - 1]].isupper()
                    or at + 2 < len(words)
                    and words[at + 1] == "to"
                    and self.text[self.starts[at + 2]].isupper()
                )
            ):
                return False  # "a comeback", "a move to Leeds", "Smith move"
        spans = [s for s in (move.actor, move.target) if s is not None]
        if policy is not None:
            spans.extend(self._policy_context_spans(*policy))
        rule_maker = policy_word = False
        for lo, hi in spans:
            for m in lex.CONTEXT_SCAN.finditer(self.low, lo, hi):
                if _instrument(m.group()):
                    policy_word = True
                else:
                    rule_maker = True
            if not policy_word:
                policy_word = lex.OBJECT_SCAN.search(self.low, lo, hi) is not None
        if policy is not None and any(
            w in _BUSINESS_OBJECTS and (k + 1 >= len(words) or words[k + 1] != "to")
            for k, w in enumerate(words[a : min(b, a + 5)], a)
        ):
            # a bid or an offer: policy only between rule-makers ("a bid to cut farm
            # subsidies" is an attempt, not an offer)
            return rule_maker
        if rule_maker or policy_word or move.actor is None or not moved.form.startswith("rul"):
            return True
        return self.low[move.actor[0] : move.actor[1]] in _PRONOUNS

    def _enforced_amount(self, span: tuple[int, int] | None) -> bool:
        """Penalties of a stated amount, or against someone named ("penalties totalling
        £40m on six banks", "penalties against two traders"), not a maximum ("fines of up to
        £5,000") or a rule for a class ("fines on shops that break the rules")."""
        if span is None:
            return False
        words = self.words
        a, b = span
        ws = words[a:b]
        if "up" in ws or "maximum" in ws or "max" in ws:
            return False
        return "against" in ws or any(w[:1].isdigit() or w in ("$", "£", "€") for w in ws)

    def _head_noun_after_of(self, span: tuple[int, int] | None) -> str:
        """The head of the phrase after a leading "the X of" ("the withdrawal of a cartoon")."""
        if span is None:
            return ""
        words = self.words
        a, b = span
        for k in range(a, min(b, a + 4)):
            if words[k] == "of" and k + 1 < b:
                return self._head_noun((k + 1, b))
        return ""

    def _token_span(self, span: tuple[int, int]) -> tuple[int, int]:
        first = self.token_at(span[0])
        last = self.token_ending(span[1])
        return (first if first is not None else 0, last + 1 if last is not None else 0)

    def _head_noun(self, span: tuple[int, int]) -> str:
        """The last word of a phrase's head, before any preposition or clause."""
        words = self.words
        k = span[0]
        while (
            k + 1 < span[1]
            and words[k + 1] not in _PREPOSITIONS
            and words[k + 1]
            not in ("between", "among", "at", "across", "under", "within", "near", "during", "per")
            and words[k + 1] not in _PUNCT_STOP
            and words[k + 1] not in _CLAUSAL
            and words[k + 1] not in ("to", "and", "or")
        ):
            k += 1
        return words[k]

    def _personal_call(self, move: _Move, verb_at: int | None, passive: bool) -> bool:
        """A call for a personal act ("called on him to apologise", "called for his
        resignation") or on the public ("urged people to give generously", "urged fans to
        stay away"): no policy."""
        words = self.words
        n = len(words)
        verb = words[verb_at] if verb_at is not None and verb_at < n else None
        if verb is None and move.policy_tokens is not None:
            a, b = move.policy_tokens
            if not _PERSONAL_NOUNS.isdisjoint(words[a : min(b, a + 4)]):
                return True  # "called for his resignation", "the minister's apology"
            to_at = next((k for k in range(a, min(b, a + 6)) if words[k] == "to"), None)
            if to_at is not None and to_at + 1 < n and to_at + 1 not in self.hit_by_first:
                verb = words[to_at + 1]  # "calling for her to apologise"
                verb_at = to_at + 1
        if verb is not None and verb_at is not None:
            if verb in _PERSONAL_ACTS:
                return True
            if (
                verb in ("step", "stand")
                and verb_at + 1 < n
                and words[verb_at + 1]
                in (
                    "down",
                    "aside",
                )
            ):
                return True
        urged = move.policy if passive else move.target  # "Drivers will be urged to ..."
        if urged is not None and verb is not None:
            return self.low[urged[0] : urged[1]].split()[-1] in _PUBLIC
        return False

    def _headline_passive(self, first: int, last: int, move: _Move) -> bool:
        """A name, a participle and a preposition, with no "be": a passive, as in
        headlines ("Jones banned after long hearing", "Hunting banned from next year"),
        unless a date follows ("the council lifted on Friday the limit ...")."""
        words = self.words
        n = len(words)
        return (
            move.first == first
            and last == first + 1
            and 0 < first
            and last + 1 < n
            and words[last] in _RELATIVE_PREPS
            and words[first - 1].isalpha()
            and self.text[self.starts[first - 1]].isupper()
            and words[last + 1] not in _WHEN
            and words[last + 1] not in _MONTHS
            and not words[last + 1][:1].isdigit()
        )

    def _same_participle(self, first: int) -> bool:
        """A participle spelled like its base form, after a form of "be" ("taxes were
        cut", "has been set up"; not "is seeking to cut")."""
        words = self.words
        if words[first] not in _SAME_PARTICIPLE:
            return False
        k = first - 1
        if k > 0 and words[k].endswith("ly"):
            k -= 1
        return k >= 0 and words[k] in _BE and words[k] != "'s"

    def _obligation_or_permission(
        self, move: _Move, trig: lex.Trigger, first: int, last: int, be_seen: bool
    ) -> bool:
        """ "X will have to VERB" and "X will be able to VERB" state a rule only for a
        class of people ("airlines will have to pay", "banks will be able to lend"); said
        of a person, a thing or a passive they are predictions or abilities. Said of a
        rule-maker, "will have to" is the speaker's call on it ("Parliament will have to
        act"). Returns False when the reading is no move; may turn it into a call."""
        words = self.words
        group = words[move.first : first]
        verb = words[last] if last < len(words) else ""
        target = self.low[move.target[0] : move.target[1]] if move.target else ""
        if move.modality == "hypothetical" or not target or target.split()[-1] in _PERSONAL:
            return False  # "we won't be able to", "the monitors you have to watch"
        if trig.form == "able to":
            # "are able to", "will now be able to": a permission needs its "be", and a
            # past ability ("was able to", "has been able to") is no rule.
            return be_seen and not any(w in ("was", "were", "been") for w in group)
        if verb in ("be", "been"):
            return False  # "each transfer would have to be signed off": no one is obliged
        if target.split()[-1] in lex.BODIES:
            if "would" in group or "'d" in group:
                return False  # "the treasury would have to raise duties": a forecast
            move.action = "urge"  # "the Senate will have to decide": a call on it
            move.modality = None
            move.actor = None
            return True
        return verb not in _NOT_OBLIGED  # "shoppers will have to wait"

    def _can_rule(self, span: tuple[int, int]) -> bool:
        """Can this actor make a rule that allows or forces? A rule-maker or a rule, a
        pronoun or a name; not a common noun for an event ("the outcry", "earnings",
        "her appointment to the board"). Only the head phrase counts: the words
        before the first preposition."""
        first = self.token_at(span[0])
        last = self.token_ending(span[1])
        if first is None or last is None:
            return True
        end = last + 1
        for k in range(first + 1, last + 1):
            w = self.words[k]
            if w in _PREPOSITIONS or w == "within" or self._participle_modifier(k, last):
                end = k  # "the stunts involving ...", "the row over ...": the head ends
                break
        for k in range(first, end):
            w = self.words[k]
            if w in lex.OBJECTS or w in _RULE_NOUNS or lex.CONTEXT_SCAN.fullmatch(w) is not None:
                return True
        head_at = end - 1
        head = self.words[head_at]
        return head in _PRONOUNS or self.text[self.starts[head_at]].isupper()

    def _proposal(self, move: _Move, last: int, passive: bool) -> bool:
        """ "suggested" proposes a move when the suggested clause says what should be
        done ("suggests there should be tax relief"), or when a rule-maker says what
        could or would be done ("the mayor has suggested the fund could be split");
        otherwise it only suggests that something is so."""
        if passive:
            return False  # "it has been suggested ...": a rumour
        words = self.words
        modal = next((w for w in words[last : last + 10] if w in _PROPOSAL_MODALS), None)
        if modal == "should":
            return True
        if modal not in ("could", "would", "will") or move.actor is None:
            return False
        actor = self.low[move.actor[0] : move.actor[1]]
        return (
            lex.CONTEXT_SCAN.search(actor) is not None
            or self.text[move.actor[0]].isupper()
            and actor not in _PRONOUNS
            and not set(actor.split()) & _EVIDENCE
        )

    def _participle_modifier(self, k: int, last: int) -> bool:
        """ "the stunts involving Mrs Dixon", "the bill going through Parliament": an
        -ing word that takes an object of its own (not "the gambling bill")."""
        w = self.words[k]
        if not (w.endswith("ing") and w.isalpha()) or k >= last:
            return False
        nxt = self.words[k + 1]
        return (
            nxt in _DETERMINERS or nxt in _PREPOSITIONS or self.text[self.starts[k + 1]].isupper()
        )

    def _assertion(self, policy: tuple[int, int] | None) -> bool:
        """Is the object of a rejection a claim about facts, not a policy?"""
        if policy is None:
            return False
        words = self.words
        a, b = policy
        if words[a] == "idea" and a + 1 < b and words[a + 1] == "that":
            a += 1
        if words[a] == "the" and a + 1 < b and words[a + 1] in ("charge", "charges"):
            # an accusation ("rejected the charge and says ...")
            return a + 2 == b or words[a + 2] in ("that", "of", "against", "and", ",")
        if words[a] == "that" and a + 1 < len(words):
            # "ruled out that there was ...": a clause; "rejected that idea": a noun.
            nxt = a + 1
            return words[nxt] in _CLAUSE_START or self.text[self.starts[nxt]].isupper()
        for k in range(a, min(b, a + 5)):
            if words[k] in _ASSERTIONS:
                return True
            if words[k] in ("suggestion", "suggestions"):
                # "the suggestion that X did it" asserts; "the suggestion" may propose
                return k + 1 < len(words) and words[k + 1] == "that"
        return False

    def _joinable(self, policy: tuple[int, int] | None) -> bool:
        """What one joins as a policy move: a bloc, treaty or scheme, a position or a
        call ("joined the EU", "joined calls for"); not a club, a party or a job."""
        if policy is None:
            return False
        for k in range(policy[0], min(policy[1], policy[0] + 8)):
            w = self.words[k]
            if (
                w in _JOINABLE
                or lex.OBJECTS.get(w) in ("plan", "law", "position")
                and w != "support"
            ):
                return True
            if w == "us" and self.text[self.starts[k]] == "u":
                return True  # "asked other nations to join us" (not "the US")
        return False

    def _individual_case(self, move: _Move) -> bool:
        """ "Faces" said of one person or firm, of criminal charges, or "if found guilty"."""
        words = self.words
        if move.policy_tokens and any(
            w in _CASE_WORDS for w in words[move.policy_tokens[0] : move.policy_tokens[1]]
        ):
            return True
        if "guilty" in self.words:
            return True  # "they face bans if found guilty": a case being tried
        return move.target is not None and self._person(move.target, initial=True)

    def _person(self, span: tuple[int, int], initial: bool = False) -> bool:
        """A mention of one person or one named body: "he", "Mutu", "Southampton's
        David Prutton" (every word capitalised)."""
        first = self.token_at(span[0])
        last = self.token_ending(span[1])
        if first is None or last is None:
            return False
        words = self.words
        if words[last] in ("he", "she", "him", "her"):
            return True
        opening = self._opening()
        if not initial and first == opening and first < last:
            first += 1  # (a sentence's first word is capitalised anyway)
        names = [
            self.text[self.starts[k]].isupper()
            # a sentence's single first word ("Smoking will be banned") is a name if the
            # document writes it so elsewhere ("Jones was banned")
            and (initial or k != opening or self.text[self.starts[k] : self.ends[k]] in self.names)
            for k in range(first, last + 1)
            if words[k].isalpha() and words[k] not in _DETERMINERS
        ]
        return bool(names) and all(names)

    def _sanction(self, subject: tuple[int, int] | None, after: int) -> bool:
        """A ban on one person, or a ban for a term ("banned for two years", "banned
        seven months", "banned for life")."""
        words = self.words
        n = len(words)
        if after + 1 < n and words[after] == "for":
            nxt = words[after + 1]
            if nxt[:1].isdigit() or nxt in _TERMS:
                return True
        if (
            after + 1 < n
            and (words[after][:1].isdigit() or words[after] in _TERMS)
            and words[after + 1].rstrip("s") in _TERM_UNITS
        ):
            return True
        if after + 1 < n and words[after] == "for" and words[after + 1].endswith("ing"):
            return True  # "banned for skipping doping controls": a punishment
        return subject is not None and self._person(self.chars(*subject))

    def _standing_complement(self, k: int) -> bool:
        """After "remain": a complement that states a rule or stance is kept."""
        words = self.words
        n = len(words)
        while k < n and (words[k].endswith("ly") or words[k] in ("still", "so")):
            k += 1
        if k >= n:
            return False
        w = words[k]
        if w in _STANDING:
            return True
        return k + 1 < n and f"{w} {words[k + 1]}" in _STANDING

    def _possessive_at(self, i: int) -> bool:
        """Is token i a possessive marker: "the law's", "critics'" (not a quote mark)?"""
        w = self.words[i]
        if w == "'s":
            return True
        return (
            w == "'"
            and i > 0
            and self.words[i - 1].endswith("s")
            and self.ends[i - 1] == self.starts[i]
            and (i + 1 >= len(self.words) or self.starts[i + 1] > self.ends[i])
        )

    def _aside_before(self, comma: int) -> int | None:
        """ "will, of course, support": the index just before the aside's opening comma."""
        words = self.words
        j = comma - 1
        while j >= 0 and comma - j <= 3 and words[j] != ",":
            j -= 1
        if j >= 0 and words[j] == "," and " ".join(words[j + 1 : comma]) in _PARENTHETICALS:
            return j - 1
        return None

    def _verb_slot(self, i: int) -> bool:
        """Can the base form at token i be a verb? "to ban", "will ban", "MPs ban",
        "Police urge" -- but not "a smoking ban" or "the legal limit"."""
        prev = self.words[i - 1]
        if prev in ("'s", "'"):
            return False  # "the law's ban", "critics' calls": a possessive before a noun
        k = i + 1
        while k < len(self.words) and self.words[k] in _QUOTES:
            k += 1
        if (
            k + 1 < len(self.words)
            and self.words[k] == "to"
            and self.words[k + 1] == "be"
            and self.words[i] in lex.OBJECTS
        ):
            return False  # "fishing ban 'to be lifted'": a noun
        if (
            prev == ","
            or prev in _VERB_LEADERS
            or lex.CUES.get(prev) in ("aux", "negation", "proposed", "hypothetical", "call")
        ):
            return True
        nxt = self.words[i + 1] if i + 1 < len(self.words) else "."
        if nxt in _AFTER_NOUN:
            return False
        if (
            self.text[self.starts[i - 1]].isupper()
            and prev not in _DETERMINERS
            and not (
                i == 1
                and (
                    prev in _OPENING_ADJECTIVES
                    or prev.endswith(_ADJECTIVE_ENDINGS)
                    or prev.endswith("ing")  # "Hunting ban looms"
                )
            )
            and (i < 2 or self.words[i - 2] not in _DETERMINERS and self.words[i - 2] != "'s")
        ):
            if nxt in ("and", "or") and i >= 2 and self.words[i - 2] in _PREPOSITIONS:
                return False  # "the committee on Senate reform and ...": a noun
            # "Sweden want", "Police urge" -- not "Thursday's Commons debate", nor a
            # headline's "New delay hits ..."
            return True
        if prev in _DETERMINERS or prev in _PREPOSITIONS:
            return False
        if i >= 2 and self.words[i - 2] in ("'s", "'"):
            return False  # "Thursday's Commons debate": a compound noun after a possessive
        return prev.endswith("s") and not prev.endswith(("ss", "us", "is"))

    def _opening_np(self) -> tuple[int, int] | None:
        """The sentence's first noun phrase: the subject a coordinated verb shares."""
        if not self.words:
            return None
        words = self.words
        n = len(words)
        a = self._opening()
        if a < n and (words[a] in _FRONT_PREPOSITIONS or words[a] in _TIME_ADVERBS):
            # "In the preface to the plan, she promises ...": after the adverbial.
            a = next((k + 1 for k in range(a, min(n, a + 12)) if words[k] == ","), a)
        j = a
        while (
            j < n
            and j - a < MAX_NP
            and words[j] not in _PUNCT_STOP
            and j not in self.hit_by_first
            and lex.CUES.get(words[j]) not in _VERBAL_CUES
            and not (j > 0 and words[j].endswith("ed") and not self.text[self.starts[j]].isupper())
        ):
            j += 1
        opening = self._trim(a, j)
        if opening is None:
            return None
        start = self._after_front_phrase(*opening)
        if start is None or start >= opening[1]:
            return None
        return self.chars(start, opening[1])

    def _apply_cue(self, move: _Move, kind: str) -> None:
        if kind == "negation":
            move.negated = True
        elif kind == "hypothetical":
            move.modality = "hypothetical"
        elif kind == "proposed" and move.modality is None:
            move.modality = "proposed"

    def _window_has_phrase(self, around: int, phrase: str) -> bool:
        lo = max(0, around - 20)
        hi = min(len(self.words), around + 20)
        return phrase in " ".join(self.words[lo:hi])

    def _hit_at(self, k: int) -> tuple[int, int, lex.Trigger] | None:
        return self.hit_by_first.get(k)

    def _words_of(self, span: tuple[int, int] | None) -> set[str]:
        if span is None:
            return set()
        return set(self.low[span[0] : span[1]].split())

    def _object_word(self, policy: tuple[int, int] | None) -> str | None:
        if policy is None:
            return None
        for i in range(policy[0], min(policy[1], policy[0] + 7)):
            if self.words[i] in lex.OBJECTS:
                return self.words[i]
        return None

    def _object_class(self, policy: tuple[int, int] | None) -> str | None:
        if policy is None:
            return None
        for i in range(policy[0], min(policy[1], policy[0] + 7)):
            cls = lex.OBJECTS.get(self.words[i])
            if cls == "charge" and i > 0 and self.words[i - 1] in ("his", "her", "my", "your"):
                continue  # "abandoning his duty": no tax
            if cls:
                return cls
        return None

    def _clause_context(self, move: _Move | None) -> bool:
        """A policy word in the move's own clause: "changed the law", not "conditions
        have changed". A common verb is no context for itself ("rising costs limit
        the choices"), nor is a possessor in the policy ("cut the party's majority")."""
        if move is None:
            return False
        spans = [move.target, move.actor]
        k = move.first
        for a, b in sorted({move.hit, *move.generic}):
            if k < a:
                spans.append(self.chars(k, a))
            k = max(k, b)
        if k < move.last:
            spans.append(self.chars(k, move.last))
        if move.policy_tokens is not None:
            spans.extend(self._policy_context_spans(*move.policy_tokens))
        elif move.policy is not None:
            spans.append(move.policy)
        return any(self._has_context(*s) for s in spans if s)

    def _rule_maker_in(self, *spans: tuple[int, int] | None) -> bool:
        """A rule-maker (not only a rule) is named in one of the spans."""
        for span in spans:
            if span is None:
                continue
            for m in lex.CONTEXT_SCAN.finditer(self.low, *span):
                if not _instrument(m.group()):
                    return True
        return False

    def _has_context(self, lo: int, hi: int) -> bool:
        """A policy word in text[lo:hi], other than a modifier of ownership ("government
        owned mining companies" are firms)."""
        for m in lex.CONTEXT_SCAN.finditer(self.low, lo, hi):
            if not self.low.startswith((" owned", " run ", " backed", " funded"), m.end()):
                return True
        return False

    def _policy_context_spans(self, a: int, b: int) -> list[tuple[int, int]]:
        """The parts of a policy phrase that may hold its policy word: all of it but the
        possessors ("the party's majority", "the rivals' poll ratings")."""
        out = []
        k = a
        for j in range(a, b - 1):
            if self._possessive_at(j + 1):
                if k < j:
                    out.append(self.chars(k, j))
                k = j + 1
        if k < b:
            out.append(self.chars(k, b))
        return out

    def _institutional(self, move: _Move | None) -> bool:
        """The actor is a rule-making body, or a "we"/"they" standing for one."""
        if move is None or move.actor is None:
            return move is not None and move.negated
        actor = self.low[move.actor[0] : move.actor[1]]
        if actor in ("we", "they", "it", "our", "their", "its"):
            return True
        return self._has_context(*move.actor) or move.negated

    def _object_action(
        self,
        trig: lex.Trigger,
        cls: str | None,
        base: str,
        *,
        passive: bool = False,
        has_agent: bool = False,
        move: _Move | None = None,
    ) -> str | None:
        """Action of a trigger whose meaning depends on its object; None: not a move."""
        rule = trig.rule
        if rule == "stance":
            return (
                base
                if cls is not None or self._clause_context(move) or self._institutional(move)
                else None
            )
        if rule not in ("object", "law", "adopt"):
            return base
        head = trig.form.split()[0]
        if rule == "law":
            if cls in ("law", "plan"):
                return "change"
            if head.startswith(("pass", "secur")):
                return "change" if cls or has_agent else None
            return base
        if rule == "adopt":
            return "join" if cls == "plan" or (passive and has_agent) else "change"
        if base == "lift":
            if cls == "restriction":
                return "lift"
            if cls == "law" and head.startswith(("tear", "tore", "torn", "remov")):
                return "lift"
            return None
        if base == "reverse":
            if cls == "restriction":
                return "lift"
            if cls == "plan":
                return "reverse"
            if trig.strong or cls in ("law", "charge", "position"):
                return "reverse"
            return None
        if base == "reject":
            # "dismissed calls for ..." rejects a move; "dismissed claims of a split" does not.
            head_class = self._object_class(
                (move.policy_tokens[0], move.policy_tokens[0] + 2)
                if move is not None and move.policy_tokens
                else None
            )
            return (
                "reject"
                if head_class in ("plan", "law", "position", "restriction", "charge")
                else None
            )
        if head == "there":
            # "there will be a cap": the existence of a new rule.
            if cls in ("restriction", "charge"):
                return (
                    "prohibit"
                    if move is not None and self._object_word(move.policy_tokens) in _BANS
                    else "impose"
                )
            return "change" if cls in ("law", "plan") else None
        if head.startswith(("give", "gave", "giving")):
            return "authorize" if cls == "permission" else None
        if head.startswith(("accept",)):
            return "join" if cls in ("plan", "law", "position") else None
        if head.startswith(("extend", "institut")):
            if cls in ("charge", "restriction"):
                return "impose"
            return "change" if cls in ("law", "plan") else None
        if head.startswith(("introduc",)):
            return "impose" if cls in ("charge", "restriction") else "change"
        if head.startswith(("set", "fac")):
            return "impose" if cls in ("charge", "restriction") else None
        if head.startswith(("end", "abolish")):
            if cls == "restriction":
                return "lift"
            return "change" if cls is not None or head.startswith("abolish") else None
        return base

    # ------------------------------------------------------------- phrases
    def _subject(self, i: int) -> tuple[int, int] | None:
        """The noun phrase ending at token i, walking left to a boundary."""
        words = self.words
        while i >= 0 and (
            words[i] in _TRAILING_ASIDES
            or words[i] in _WHEN
            or words[i] in ("outright", "once")
            or words[i].endswith("ly")
            and words[i].isalpha()
            and len(words[i]) > 4
            and words[i] not in _LY_NOUNS
        ):
            # "The minister however rejected", "Serbia on Tuesday rejected": the aside
            # or the date is not part of the actor.
            i -= 1
            if i >= 0 and words[i] == "on" and words[i + 1] in _WHEN:
                i -= 1
        end = i + 1
        if i >= 0 and (words[i] in _SUBJECT_PRONOUNS or words[i] == "you"):
            return (i, i + 1)  # "treaties they sign up to": the pronoun is the subject
        if i >= 0 and (words[i] in ("and", "but", "or") or words[i] in _PREPOSITIONS):
            # "... and would introduce": a second verb of the same subject; "the row over
            # plans to allow": the verb group hangs on a noun, with no subject of its own.
            return None
        while i >= 0:
            w = words[i]
            if w == ")":
                # "The Trades Union Congress (TUC)": step over the parenthesis.
                j = i - 1
                while j >= 0 and i - j < 8 and words[j] != "(":
                    j -= 1
                if j >= 0 and words[j] == "(":
                    i = j - 1
                    continue
                break
            if w == "," and i > 0:
                # ", including France," -- step over an aside inside the subject.
                j = i - 1
                while j >= 0 and i - j < 8 and words[j] not in _PUNCT_STOP:
                    j -= 1
                if j >= 0 and words[j] == "," and words[j + 1] in _ASIDES:
                    i = j - 1
                    continue
            if w == ",":
                # ", who has refused to do so until now," -- step over the relative clause.
                skipped = False
                for a, b in self.prior_stance:
                    if b - 1 == i:
                        i = a - 1
                        end = min(end, a) if end - 1 >= a else end
                        skipped = True
                        break
                if skipped:
                    end = i + 1 if end > i + 1 else end
                    continue
                break
            if w in _PUNCT_STOP or w in _QUOTES:
                break
            if (
                w in _FINITE
                or lex.CUES.get(w) == "lead"
                or w in ("claim", "claims")
                and (i + 1 == end or words[i + 1] in _SUBJECT_PRONOUNS or words[i + 1] == "it")
            ):
                # "The group has unveiled a bill proposing ...", "the unions claim they
                # ...": another verb's subject
                break
            if (
                (w.endswith("ed") or w in _PAST_VERBS)
                and i + 1 < end
                and (
                    words[i + 1] in _DETERMINERS
                    or words[i + 1] in _PRONOUNS
                    or words[i + 1] in _REFLEXIVE
                    or words[i + 1] in ("to", "down", "up", "on")
                )
                and not self.text[self.starts[i]].isupper()
            ):
                # "It criticised the high levies imposed by ...", "the chairman resigned
                # on Monday and lenders ...": a verb and what follows it
                break
            if lex.CUES.get(w) in ("boundary", "condition") and w not in ("and", "or"):
                if w in ("that", "who") and i < end - 1 and self._relative_after_noun(i):
                    i -= 1  # "Shops that break the rules could face fines": one phrase
                    continue
                if w in _RELATIVE:
                    i -= 1
                    return (i + 1, i + 2)
                break
            if w in ("and", "or") and (
                i == 0 or words[i - 1] in _PUNCT_STOP or self._clause_before(i)
            ):
                break  # "Sweden rejected it and Denmark's unions opposed it"
            if end - i > MAX_SUBJECT:
                break
            i -= 1
        first = i + 1
        if first >= end:
            return None
        # Leading sentence adverbs are not part of the actor.
        while (
            first < end
            and words[first]
            in (
                "with",
                "for",
                "from",
                "by",
                "but",
                "and",
                "instead",
                "however",
                "meanwhile",
                "now",
                "also",
                "so",
            )
            or words[first] in _WHEN
            or words[first] == "on"
            and first + 1 < end
            and words[first + 1] in _WHEN
        ):
            first += 1
        start = self._after_front_phrase(first, end)
        if start is None:
            return None  # "In response, ...", "Despite signs of recovery": no subject
        first = start
        if first > 0 and words[first - 1] in ("told", "tells", "telling"):
            # "told the BBC's Today programme Mr Jones had refused": the one told
            # comes first, the subject starts at the title after it
            first = next(
                (
                    p
                    for p in range(first + 1, end)
                    if words[p] in _TITLES and self.text[self.starts[p - 1]].islower()
                ),
                first,
            )
        if end - first == 1 and (words[first] in _NUMBERS or words[first].isdigit()):
            return None  # "four weeks and three U-turns": a count, not an actor
        span = self._trim(first, end)
        if span is None:
            return None
        a, b = span
        if b - a > 2 and words[a] == "to" and words[a + 1] in ("ensure", "make", "see", "help"):
            a += 2  # "trying to ensure later budgets were limited": the verb's object
            span = (a, b)
        if (
            words[a] in _NOT_SUBJECT_START
            or words[b - 1] in _DETERMINERS
            and (b - a > 1 or words[a] not in _POSSESSIVE)  # ("his plan": "his" acts)
            or words[b - 1] in _PREPOSITIONS
            or words[b - 1] in ("to", "at", "any", "no")
            or b - a == 1
            and words[a] in _NOT_SUBJECT_WORDS
        ):
            # "be higher calls for", "unlikely to honour its plan", "aimed at finally
            # changing", "hereby banned": no noun phrase
            return None
        return span

    def _after_front_phrase(self, first: int, end: int) -> int | None:
        """Where the subject starts after a fronted adverbial ("In March the senate",
        "Earlier the minister", "So far the council", "Last year it"): the first determiner,
        pronoun or capitalised word that does not belong to the adverbial's own phrase.
        None when only the adverbial is there ("In response", "On top of")."""
        words = self.words
        while first < end and (
            words[first] in _TIME_ADVERBS
            or words[first] == "far"
            and first > 0
            and words[first - 1] == "so"
        ):
            first += 1
        if (
            first + 1 < end
            and words[first] in ("last", "this", "next")
            and words[first + 1] in _PERIODS
        ):
            first += 2
        if (
            first >= end
            or words[first] not in _FRONT_PREPOSITIONS
            or first + 1 < end
            and words[first] == "at"
            and words[first + 1] in ("least", "most")
            or first > self._opening()
            and words[first - 1] not in _FRONT_PHRASE_OPENERS
        ):
            return first
        for p in range(first + 2, end):
            w = words[p]
            prev = words[p - 1]
            if prev in _PREPOSITIONS or prev in ("of", "to", "at", "'s", "'"):
                continue
            if w in _DETERMINERS or w in _SUBJECT_PRONOUNS or w == "it":
                return p
            if (
                self.text[self.starts[p]].isupper()
                and not self.text[self.starts[p - 1]].isupper()
                and prev not in _DETERMINERS
            ):
                return p
        return None

    def _relative_after_noun(self, k: int) -> bool:
        """Does the "that"/"who" at k open a relative clause on the noun before it
        ("shops that break the rules", "those who refuse"), not a complement clause ("said
        that firms ...") or a clause with a subject of its own ("rules that they ...")?"""
        words = self.words
        prev, nxt = words[k - 1] if k else "", words[k + 1]
        return (
            k > 0
            and prev.isalpha()
            and (prev.endswith("s") and not prev.endswith("ss") or prev in ("those", "anyone"))
            and prev not in _THAT_VERBS
            and lex.CUES.get(prev) is None
            and not prev.endswith("ed")
            and k - 1 not in self.hit_by_first
            and nxt.isalpha()
            and nxt not in _DETERMINERS
            and nxt not in _PRONOUNS
            and nxt not in _QUANTIFIERS
            and not self.text[self.starts[k + 1]].isupper()
        )

    def _clause_after(self, conj: int) -> bool:
        """Does a clause with a subject of its own start after this "and"? A short
        noun phrase followed by a finite auxiliary ("and the main parties have ...")."""
        words = self.words
        if words[conj + 1] not in _DETERMINERS:
            return False  # (names are often coordinated: "England and Wales is ...")
        for k in range(conj + 2, min(len(words), conj + 7)):
            w = words[k]
            if w in _FINITE:
                return True
            if w in _PUNCT_STOP or k in self.hit_by_first:
                return False
        return False

    def _clause_before(self, conj: int) -> bool:
        """Does a clause with its own verb end at this "and"? A finite auxiliary or a
        verb with its object ("rejected the proposal") within a few words before it."""
        words = self.words
        for k in range(conj - 1, max(-1, conj - 10), -1):
            w = words[k]
            if w in _PUNCT_STOP:
                return False
            if w in _FINITE:
                return True
            hit = self.hit_by_first.get(k)
            if (
                hit is not None
                and not hit[2].nominal
                and not w.endswith("ing")  # "on prohibiting the use of X or Y": a gerund
                and k + 1 < conj
                and words[k + 1] in _DETERMINERS
            ):
                return True
        return False

    def _possessor(self, trig_first: int) -> tuple[int, int] | None:
        """The possessor of a nominal trigger: "critics' calls", "the league made its call"."""
        i = trig_first - 1
        words = self.words
        while i >= 0 and (
            words[i] in ("further", "humiliating", "latest", "new", "first", "second")
            or words[i].endswith("ly")
        ):
            i -= 1
        if i >= 0 and words[i] == "'s":
            return self._subject(i - 1)
        if i >= 0 and words[i] in _POSSESSIVE:
            # "the league made its call for": the subject of the leading verb owns the call.
            j = i - 1
            while j >= 0 and lex.CUES.get(words[j]) in ("aux", "lead"):
                j -= 1
            if j < i - 1:
                owner = self._subject(j)
                if owner is not None:
                    return owner
            return (i, i + 1)
        if i > 0 and words[i] == "'" and words[i - 1].endswith("s"):
            # "He rejected critics' calls": the possessor, not the clause before it.
            j = i - 1
            while (
                j > 0
                and i - j < 4
                and j - 1 not in self.hit_by_first
                and words[j - 1].isalpha()
                and lex.CUES.get(words[j - 1]) is None
            ):
                j -= 1
            return (j, i)
        return None

    def _noun_phrase_right(self, k: int, limit: int) -> tuple[int, int] | None:
        words = self.words
        n = len(words)
        j = k
        while (
            j < n
            and j - k < limit
            and words[j] not in _PUNCT_STOP
            and words[j] not in _FINITE
            and (
                lex.CUES.get(words[j]) != "boundary"
                # "by both rich and poor regions": one phrase
                or words[j] in ("and", "or")
                and j > k
                and j + 1 < n
                and words[j + 1].isalpha()
                and words[j + 1] not in _CLAUSE_OPENERS
                and words[j + 1] not in lex.CUES
                and j + 1 not in self.hit_by_first
            )
            and words[j] not in ("in", "on", "at", "to", "for", "with", "from", "last", "yesterday")
        ):
            j += 1
        return self._trim(k, j)

    def _policy(self, k: int) -> tuple[int, int] | None:
        words = self.words
        n = len(words)
        while (
            k < n and words[k] in ("the", "idea") and k + 1 < n and words[k + 1] in ("idea", "of")
        ):
            k += 1
        if k < n and words[k] == "of" and k > 0 and words[k - 1] == "idea":
            k += 1
        while k < n and words[k] in _WHEN:
            k += 1  # "lifted Monday a week-long curfew": the date is not the policy
        if (
            k < n
            and words[k] in ("for", "to", "on", "from", "over", "about")
            and k + 1 < n
            and words[k + 1] not in _PUNCT_STOP
        ):
            k += 1
        if k < n and (words[k] in ("and", "but", "or", "then", "so") or words[k] in _ADVERBIAL):
            return None  # the verb has no object; a new clause follows
        j = k
        clausal = False  # a clause opened inside the phrase ("that the men should ...")
        while j < n and j - k < MAX_POLICY:
            w = words[j]
            # ("anti-war", "U.S.", "£1.3bn", "100,000" are one phrase)
            if w in _PUNCT_STOP and not (
                (
                    w == "-"
                    or w == "."
                    and (len(words[j - 1]) == 1 or words[j - 1].isdigit())
                    or w == ","
                    and words[j - 1][-1:].isdigit()
                    and j + 1 < n
                    and len(words[j + 1]) == 3
                    and words[j + 1].isdigit()
                )
                and j > k
                and self.starts[j] == self.ends[j - 1]
                and j + 1 < n
                and (
                    self.starts[j + 1] == self.ends[j]
                    or w == "."
                    and j >= 2
                    and words[j - 2] == "."  # the last stop of "U.S."
                )
            ):
                break
            if (
                lex.CUES.get(w) == "boundary"
                and w not in ("and", "or", "that", "which", "as", "than", "whether")
                and j > k
            ):
                break
            if w in ("which", "that") and j > k + 1:
                break
            if w in _CLAUSAL:
                clausal = True
            if (
                w in _FINITE
                and j > k + 1
                and not clausal
                and words[j - 1] != "to"
                and words[j - 1] not in _PRONOUNS
            ):
                break  # "plans to create an agency have been scrapped": the main verb
            if (
                j > k + 1
                and j in self.hit_by_first
                and not self.hit_by_first[j][2].nominal
                and words[j - 1] not in ("to", "be", "been", "not", "'", "'s")
                and words[j - 1] not in _QUANTIFIERS
                and not (words[j - 1].endswith("ed") and w.endswith("s"))
                and not w.endswith("ing")
                and (not self.hit_by_first[j][2].base or self._verb_slot(j))
            ):
                break  # "the league set 2031 as a cut-off": the next verb ends the phrase
            if (
                w in ("and", "but", "or", "then")
                and j > k
                and j + 1 < n
                and (
                    words[j + 1] in _CLAUSE_OPENERS
                    or j + 1 in self.hit_by_first
                    or self._clause_after(j)
                )
            ):
                # "... and will be regulated", "... and we'll not allow", "... and the
                # main parties have opposed it": a new clause
                break
            j += 1
        return self._trim(k, j)

    def _for_target(self, move: _Move, after: int) -> None:
        """ "the green light for Ukraine to strike ...": Ukraine is the target."""
        words = self.words
        n = len(words)
        if after < n and words[after] == "for":
            j = after + 1
            while (
                j < n
                and j - after <= MAX_TARGET
                and words[j] != "to"
                and words[j] not in _PUNCT_STOP
            ):
                j += 1
            if j < n and words[j] == "to" and j > after + 1:
                move.target = self.chars(after + 1, j)
                pol = self._policy(j + 1)
                if pol:
                    move.policy = self.chars(*pol)
                    move.policy_tokens = pol

    # ------------------------------------------------------------- output
    def _report_for(self, trigger: tuple[int, int]) -> Any | None:
        """The attribution whose content holds the trigger, unless its cue is itself a
        policy word of this sentence ("urged", "wants", "announced")."""
        report = self.reporting.find(trigger[0], trigger[1])
        if report is None:
            return None
        cue = report.cue
        if self.start <= cue.start < self.end:
            first = self.token_at(cue.start)
            if first is not None and (
                first in self.claimed or lex.CUES.get(self.words[first]) == "lead"
            ):
                return None
        return report

    def _emit(self, move: _Move) -> Any:
        trigger = self.chars(move.first, move.last)
        status = move.modality or "actual"
        source = None
        actor = move.actor
        actor_name = self.reporting.name(actor) if actor else None
        report = self._report_for(trigger)
        if report is not None:
            speaker = report.speaker
            if speaker is not None and not lex.NOT_ACTORS.isdisjoint(speaker.text.lower().split()):
                return None  # "a poll found that backing ... held steady": opinion
            inside = speaker is not None and self.start <= speaker.start and speaker.end <= self.end
            if inside and actor is None and move.copular:
                # "Stricter limits are needed, the regulators have told ministers": the speaker
                # is the actor.
                actor = (speaker.start, speaker.end)
                actor_name = report.speaker_name or speaker.text
            else:
                same = actor is not None and self.reporting.is_speaker(
                    speaker, actor, report.speaker_name
                )
                if (
                    same
                    and actor is not None
                    and report.speaker_name
                    and self.low[actor[0] : actor[1]] in _FIRST_PERSON
                ):
                    actor_name = report.speaker_name
                if inside and not (
                    actor is not None and speaker.start < actor[1] and actor[0] < speaker.end
                ):
                    # "the government said it supported ...": source and actor are two mentions.
                    source = (speaker.start, speaker.end)
                if not same and status == "actual" and not (actor is None and move.copular):
                    # (A call with no actor of its own is the speaker's: "Parliament will
                    # have to act", said outside the sentence, is still the speaker's call.)
                    status = "reported"
        confidence = 0.8 if move.strong else 0.6
        roles = {
            "trigger": trigger,
            "actor": actor,
            "policy": move.policy,
            "target": move.target,
            "condition": move.condition,
            "source": source,
        }
        return self.document.claim(
            KIND,
            roles,
            attributes={
                "action": move.action,
                "status": status,
                "negated": move.negated,
                "reversal": move.reversal,
                "actor_name": actor_name,
            },
            confidence=confidence,
        )
