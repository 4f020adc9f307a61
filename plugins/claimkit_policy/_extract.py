"""Find policy moves: one scan for trigger words, then reasoning inside their sentence.

The hot path is ``SCAN.finditer`` over a lower-cased copy of the text. Only the lines
that hold a candidate are split into sentences, and only those sentences are tokenised.
Every later step looks at a bounded window of tokens around its trigger, so the whole
extractor is linear in the length of the text whatever the input.
"""

from __future__ import annotations

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
MAX_POLICY = 16
MAX_TARGET = 8

# "don't" -> "do" + "n't" so that negation is a token of its own; clitics likewise.
_TOKEN = re.compile(r"\w+(?=n't)|n't|\w+(?:[-']\w+)*|'(?:s|ll|ve|d|re|m)(?!\w)|[^\w\s]")
_LINE_END = re.compile(r"[\r\n\u2028\u2029]")

_PUNCT_STOP = frozenset(",;:()[]{}\u2013\u2014-!?.")
_QUOTES = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")
_BE = frozenset("is are was were be been being 's".split())
_POSSESSIVE = frozenset("its his her their our my your".split())
_PRONOUNS = frozenset("he she it they we i you this that".split())
_DETERMINERS = frozenset("the a an its his her their our this that these those".split())
_RELATIVE = frozenset(("who", "which"))
_PRIOR_STANCE = frozenset("until now so far previously hitherto before".split())

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'"})


def _lower(text: str) -> str:
    """Lower-cased copy with the same length, so offsets carry over unchanged."""
    folded = text.translate(_FOLD).lower()
    if len(folded) == len(text):
        return folded
    # A few characters lower-case to two ("İ"); keep those as they are.
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text.translate(_FOLD))


@attrs.define
class _Token:
    start: int
    end: int
    word: str


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


def extract(document: Document) -> list[Any]:
    text = document.text
    if not text:
        return []
    low = _lower(text)
    reporting = Reporting(document)
    claims = []
    for start, end, hit_starts in _candidate_sentences(text, low):
        claims.extend(_Sentence(document, low, start, end, hit_starts, reporting).claims())
    return claims


def _candidate_sentences(text: str, low: str) -> Iterator[tuple[int, int, list[int]]]:
    """Sentences holding at least one trigger, each with the start offsets of its triggers.

    Lines are found only around hits, and each line is split once, so the cost is one
    scan plus work proportional to the lines that hold candidates.
    """
    line_start = line_end = -1
    spans: list[tuple[int, int]] = []
    current = -1
    pending: list[int] = []
    searched_to = 0
    for match in lex.SCAN.finditer(low):
        pos = match.start()
        if pos >= line_end:
            if pending:
                yield spans[current][0], spans[current][1], pending
                pending = []
            # The previous line break before pos: search only the stretch not yet
            # searched, so repeated look-backs stay linear.
            back = searched_to
            line_start = back
            for brk in _LINE_END.finditer(low, back, pos):
                line_start = brk.end()
            if line_start < back or line_start == 0:
                line_start = max(line_start, back) if back else 0
            nxt = _LINE_END.search(low, pos)
            line_end = nxt.start() if nxt else len(low)
            searched_to = line_end
            spans = _split_line(text, line_start, line_end)
            current = 0
        while current < len(spans) and spans[current][1] <= pos:
            if pending:
                yield spans[current][0], spans[current][1], pending
                pending = []
            current += 1
        if current < len(spans) and spans[current][0] <= pos:
            pending.append(pos)
    if pending:
        yield spans[current][0], spans[current][1], pending


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for sent in sentences(text, [Span(start, end, text[start:end])]):
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

    def __init__(self, document: Document, low: str, start: int, end: int,
                 hit_starts: list[int], reporting: Reporting) -> None:
        self.document = document
        self.text = document.text
        self.low = low
        self.start = start
        self.end = end
        self.reporting = reporting
        self.tokens = [_Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(low, start, end)]
        self.words = [t.word for t in self.tokens]
        self.by_start = {t.start: i for i, t in enumerate(self.tokens)}
        self.by_end = {t.end: i for i, t in enumerate(self.tokens)}
        self.hits: list[tuple[int, int, lex.Trigger]] = []
        for pos in hit_starts:
            match = lex.SCAN.match(low, pos)
            if match is None:
                continue
            first = self.by_start.get(match.start())
            last = self.by_end.get(match.end())
            if first is None or last is None:
                continue
            self.hits.append((first, last + 1, lex.TRIGGERS[match.group()]))
        self.context = self._has_context()
        self.conditions = self._conditions()
        self.prior_stance = self._prior_stance_clauses()

    # ------------------------------------------------------------- sentence features
    def _has_context(self) -> bool:
        words = self.words
        for i, w in enumerate(words):
            if w in lex.CONTEXT:
                return True
            if i + 1 < len(words) and f"{w} {words[i + 1]}" in lex.CONTEXT:
                return True
        return False

    def _phrase_at(self, i: int, table: dict[str, str], kinds: tuple[str, ...]) -> tuple[str, int] | None:
        """The longest cue of one of ``kinds`` starting at token i: (kind, length)."""
        best = None
        phrase = ""
        for n in range(lex.CUE_MAX_WORDS):
            if i + n >= len(self.words):
                break
            phrase = self.words[i + n] if n == 0 else f"{phrase} {self.words[i + n]}"
            kind = table.get(phrase)
            if kind in kinds:
                best = (kind, n + 1)
        return best

    def _conditions(self) -> list[tuple[int, int]]:
        """Token ranges of condition clauses: from the cue to the next comma (or end)."""
        out = []
        i = 0
        n = len(self.words)
        while i < n:
            cue = self._phrase_at(i, lex.CUES, ("condition",))
            if cue is None:
                i += 1
                continue
            j = i + cue[1]
            if self.words[i] in ("under", "on") or j - i >= 3:
                # A complete phrase ("under certain conditions").
                out.append((i, j))
                i = j
                continue
            while j < n and self.words[j] not in (",", ";", ":", "then", "\u2013", "\u2014"):
                j += 1
            out.append((i, j))
            i = j
        return out

    def _prior_stance_clauses(self) -> list[tuple[int, int]]:
        """", who has refused to do so until now," -- a relative clause stating the
        actor's former stance: evidence of reversal, not a move of its own."""
        out = []
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
        return self.tokens[first].start, self.tokens[last - 1].end

    def is_punct(self, i: int) -> bool:
        w = self.words[i]
        return len(w) == 1 and not w.isalnum()

    def cue(self, i: int) -> str | None:
        return lex.CUES.get(self.words[i])

    def _trim(self, first: int, last: int) -> tuple[int, int] | None:
        """Drop quotes and stray punctuation at the edges of a token range."""
        while first < last and (self.words[first] in _QUOTES or self.words[first] in _PUNCT_STOP):
            first += 1
        while last > first and (self.words[last - 1] in _QUOTES or self.words[last - 1] in _PUNCT_STOP):
            last -= 1
        if first >= last:
            return None
        return first, last

    # ------------------------------------------------------------- per trigger
    def claims(self) -> list[Any]:
        out = []
        covered: set[int] = set()  # tokens inside a claim's trigger
        in_policy: list[tuple[int, int]] = []
        for first, last, trig in self.hits:
            if first in covered:
                continue
            if any(a <= first < b for a, b in self.prior_stance):
                continue
            if any(a <= first < b for a, b in in_policy) and not (trig.action == "urge" and trig.strong):
                continue
            move = self._analyse(first, last, trig)
            if move is None:
                continue
            covered.update(range(move.first, move.last))
            if move.policy_tokens:
                in_policy.append(move.policy_tokens)
            claim = self._emit(move)
            if claim is not None:
                out.append(claim)
        return out

    def _analyse(self, first: int, last: int, trig: lex.Trigger) -> _Move | None:
        words = self.words
        n = len(words)
        action = trig.action
        move = _Move(first, last, action, trig.strong)
        if not trig.strong and not self.context:
            return None

        # ---- what the trigger governs on its right
        governed = None  # (first, last, Trigger) of a move word the trigger governs
        target = None
        after = last
        rule = trig.rule
        if rule in ("urge", "reject", "plan", "agree", "continue", "nominal", "target") or trig.form.endswith(" to"):
            to_at = None
            j = last
            if trig.form.endswith(" to"):
                to_at = last - 1
            else:
                limit = min(n, last + (MAX_TARGET if rule in ("urge", "target") else 1) + 1)
                while j < limit and words[j] != "to" and not self.is_punct(j) and words[j] not in ("that", "and", "but", "if"):
                    j += 1
                if j < limit and words[j] == "to":
                    to_at = j
            if to_at is not None:
                if to_at > last:
                    target = (last, to_at)
                k = to_at + 1
                while k < n and words[k] in ("be", "have", "not", "also", "then", "immediately") or (
                        k < n and words[k].endswith("ly") and k < to_at + 3):
                    k += 1
                sub = self._hit_at(k)
                if sub is not None and sub[2].action is not None:
                    governed = sub
                    after = sub[1]
                elif k < n and words[k].isalpha() and rule in ("urge", "reject", "target"):
                    after = k + 1 if rule != "target" else k
                    if rule == "target":
                        after = k
                    governed = None
                    if rule == "urge" or rule == "reject":
                        move.last = k + 1
                elif rule in ("plan", "agree", "nominal", "continue") and trig.form not in ("propose", "suggest"):
                    if not (rule == "plan" and trig.form.startswith(("suggest", "propos"))):
                        return None
        if governed is not None:
            g_first, g_last, g_trig = governed
            move.last = g_last
            inner = self._inner_action(g_first, g_last, g_trig)
            if inner is None:
                inner = g_trig.action
            if rule == "urge":
                move.action = "urge"
            elif rule == "reject":
                move.action = "reject"
            elif rule == "continue":
                move.action = "maintain" if inner not in ("reject",) else "maintain"
            else:
                move.action = inner
                if rule in ("plan", "nominal"):
                    move.modality = "proposed"
            move.strong = move.strong or g_trig.strong
        elif rule in ("plan",) and not trig.form.startswith(("suggest", "propos")):
            return None
        if target is not None and rule in ("urge", "target") or (target is not None and governed is None and rule == "urge"):
            move.target = self.chars(*target) if self._trim(*target) else None
            if move.target:
                t = self._trim(*target)
                move.target = self.chars(*t)

        # ---- auxiliaries, negation and modality on the left
        i = first - 1
        lead_stop = first
        be_seen = False
        while i >= 0:
            w = words[i]
            kind = lex.CUES.get(w)
            two = f"{words[i - 1]} {w}" if i > 0 else ""
            if two and lex.CUES.get(two) in ("negation", "proposed", "hypothetical", "lead"):
                self._apply_cue(move, lex.CUES[two])
                i -= 2
                lead_stop = i + 1
                continue
            if kind in ("aux", "negation", "proposed", "hypothetical", "lead") or (
                    w.endswith("ly") and len(w) > 4 and i == first - 1):
                if w in _BE:
                    be_seen = True
                if w == "to" and (i == 0 or lex.CUES.get(words[i - 1]) is None):
                    # "to" belongs to a governing verb we do not know: stop here.
                    pre = self._hit_ending_at(i)
                    if pre is None:
                        break
                self._apply_cue(move, kind or "aux")
                if w == "have" and i > 0 and words[i - 1] in ("would", "could", "might", "should"):
                    move.modality = "hypothetical"
                i -= 1
                lead_stop = i + 1
                continue
            break
        move.first = min(move.first, lead_stop)
        # "no change is needed", "no to": the negative is lexical, not a negation.
        passive = be_seen and trig.participle
        if self.words[first] in ("is", "are"):
            passive = False

        # ---- actor (the subject on the left, or "by X" after a passive)
        subject = self._subject(move.first - 1)
        by_agent = None
        if last < n and words[min(after, n - 1)] == "by" and after < n:
            by_agent = self._noun_phrase_right(after + 1, MAX_NP)
        elif last < n and words[last] == "by":
            by_agent = self._noun_phrase_right(last + 1, MAX_NP)
        if trig.nominal and subject is None:
            subject = self._possessor(first)
        if passive or trig.nominal and by_agent:
            move.actor = self.chars(*by_agent) if by_agent else None
            if subject and not trig.nominal:
                if move.action in ("prohibit", "impose", "authorize") and after < n and words[after] in ("from", "to"):
                    move.target = self.chars(*subject)
                else:
                    move.policy = self.chars(*subject)
                    move.policy_tokens = subject
        else:
            if subject:
                if words[subject[0]] in _RELATIVE:
                    antecedent = self._subject(subject[0] - 2) if subject[0] >= 2 and words[subject[0] - 1] == "," else None
                    subject = antecedent
                if subject:
                    move.actor = self.chars(*subject)
            if trig.rule == "target" and trig.form in ("have to",) or trig.form in ("should", "must"):
                pass

        # ---- policy on the right
        if move.policy is None:
            pol_start = after if governed is None else governed[1]
            if rule == "target" and target is not None and governed is None:
                pol_start = target[1] + 1 if target[1] < n and words[target[1]] == "to" else after
            if pol_start < n and words[pol_start] == "by" and by_agent:
                pol_start = by_agent[1]
            policy = self._policy(pol_start)
            if policy is not None:
                move.policy = self.chars(*policy)
                move.policy_tokens = policy
        if move.action in ("authorize",) and move.target is None:
            self._for_target(move, after)

        # ---- the action may depend on the object
        obj_class = self._object_class(move.policy_tokens)
        decided = self._object_action(trig, governed, obj_class, move)
        if decided is None:
            return None
        move.action = decided
        if trig.rule == "body":
            actor_words = self._words_of(move.actor)
            if not actor_words & lex.BODIES and not (obj_class in ("charge",)):
                return None
            move.modality = "proposed"

        # ---- lexicalised negatives
        if move.negated and move.action == "authorize":
            move.action, move.negated = "prohibit", False
        elif move.negated and move.action == "change":
            move.action, move.negated = "maintain", False
        if trig.form == "no change":
            move.action = "maintain"

        # ---- condition and reversal
        for a, b in self.conditions:
            if not (a <= move.first < b):
                move.condition = self.chars(a, b)
                if move.modality in (None, "proposed") and move.action != "maintain" and (
                        move.modality == "proposed" or self.words[a] == "if"):
                    if self.words[a] in ("if", "unless") and move.modality == "proposed":
                        move.modality = "hypothetical"
                break
            if a <= move.first < b and self.words[a] == "if":
                move.modality = "hypothetical"
        if move.action == "reverse" or self.prior_stance:
            move.reversal = True
        elif any(lex.CUES.get(w) == "reversal" for w in words[max(0, first - 12): min(n, move.last + 12)]):
            move.reversal = True
        elif self._window_has_phrase(first, "until now") or self._window_has_phrase(first, "for the first time"):
            move.reversal = True
        return move

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
        for hit in self.hits:
            if hit[0] == k:
                return hit
        return None

    def _hit_ending_at(self, k: int) -> tuple[int, int, lex.Trigger] | None:
        for hit in self.hits:
            if hit[1] == k + 1:
                return hit
        return None

    def _inner_action(self, first: int, last: int, trig: lex.Trigger) -> str | None:
        obj = self._policy(last)
        cls = self._object_class(obj)
        return self._object_action(trig, None, cls, None)

    def _words_of(self, span: tuple[int, int] | None) -> set[str]:
        if span is None:
            return set()
        return set(self.low[span[0]:span[1]].split())

    def _object_class(self, policy: tuple[int, int] | None) -> str | None:
        if policy is None:
            return None
        for i in range(policy[0], min(policy[1], policy[0] + 7)):
            cls = lex.OBJECTS.get(self.words[i])
            if cls:
                return cls
        return None

    def _object_action(self, trig: lex.Trigger, governed: Any, cls: str | None, move: _Move | None) -> str | None:
        """Action of a trigger whose meaning depends on its object; None: not a move."""
        base = move.action if move is not None else trig.action
        if governed is not None or trig.rule not in ("object", "law", "adopt"):
            return base
        head = trig.form.split()[0]
        if trig.rule == "law":
            if cls == "law" or cls == "plan":
                return "change"
            if head.startswith(("pass", "secur")):
                return "change" if cls else None
            return base
        if trig.rule == "adopt":
            return "join" if cls == "plan" and move is not None and move.actor and move.policy_tokens is None else "change"
        if base == "lift":
            if cls == "restriction":
                return "lift"
            if cls == "law" and head in ("tear", "tore", "torn", "tears", "tearing", "remove", "removed"):
                return "lift"
            return None
        if base == "reverse":
            if cls == "restriction":
                return "lift"
            if cls == "plan":
                return "reverse"
            if trig.strong:
                return "reverse"
            return "reverse" if cls in ("law", "charge", "position") else None
        if base == "change" and trig.form.startswith(("introduc", "set")):
            if cls in ("charge", "restriction"):
                return "impose"
            return "change" if cls or trig.form.startswith("introduc") else None
        if base == "impose" and trig.form.startswith("set"):
            return "impose" if cls in ("charge", "restriction") else None
        if base == "change" and head.startswith(("end", "abolish")):
            if cls == "restriction":
                return "lift"
            return "change"
        return base

    # ------------------------------------------------------------- phrases
    def _subject(self, i: int) -> tuple[int, int] | None:
        """The noun phrase ending at token i, walking left to a boundary."""
        words = self.words
        end = i + 1
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
            if lex.CUES.get(w) == "boundary" and w not in ("and",):
                if w in _RELATIVE:
                    i -= 1
                    return (i + 1, i + 2)
                break
            if w == "and" and (i == 0 or words[i - 1] in _PUNCT_STOP):
                break
            if end - i > MAX_NP:
                break
            i -= 1
        first = i + 1
        if first >= end:
            return None
        # Leading sentence adverbs are not part of the actor.
        while first < end and words[first] in ("but", "and", "instead", "however", "meanwhile", "now", "also", "so"):
            first += 1
        return self._trim(first, end)

    def _possessor(self, trig_first: int) -> tuple[int, int] | None:
        """The possessor of a nominal trigger: "critics' calls", "Acpo made its call"."""
        i = trig_first - 1
        words = self.words
        while i >= 0 and (words[i] in ("further", "humiliating", "latest", "new", "first", "second") or words[i].endswith("ly")):
            i -= 1
        if i >= 0 and words[i] == "'s":
            return self._subject(i - 1)
        if i >= 0 and self.text[self.tokens[i].end - 1:self.tokens[i].end] in "'\u2019" and words[i].endswith("s'"):
            return (i, i + 1)
        return None

    def _noun_phrase_right(self, k: int, limit: int) -> tuple[int, int] | None:
        words = self.words
        j = k
        while j < len(words) and j - k < limit and words[j] not in _PUNCT_STOP and lex.CUES.get(words[j]) != "boundary" \
                and words[j] not in ("in", "on", "at", "to", "for", "with", "from", "last", "yesterday"):
            j += 1
        return self._trim(k, j)

    def _policy(self, k: int) -> tuple[int, int] | None:
        words = self.words
        n = len(words)
        while k < n and words[k] in ("the", "idea") and k + 1 < n and words[k + 1] in ("idea", "of"):
            k += 1
        if k < n and words[k] == "of" and k > 0 and words[k - 1] == "idea":
            k += 1
        if k < n and words[k] in ("for", "to", "on") and k + 1 < n and words[k + 1] not in _PUNCT_STOP:
            k += 1
        j = k
        while j < n and j - k < MAX_POLICY:
            w = words[j]
            if w in _PUNCT_STOP and not (w == "-" and j > k and self.tokens[j].start == self.tokens[j - 1].end):
                break
            if lex.CUES.get(w) == "boundary" and w not in ("and", "or", "that", "which", "as", "than") and j > k:
                break
            if w in ("which", "that") and j > k + 1:
                break
            j += 1
        return self._trim(k, j)

    def _for_target(self, move: _Move, after: int) -> None:
        """"the green light for Ukraine to strike ...": Ukraine is the target."""
        words = self.words
        n = len(words)
        if after < n and words[after] == "for":
            j = after + 1
            while j < n and j - after <= MAX_TARGET and words[j] != "to" and words[j] not in _PUNCT_STOP:
                j += 1
            if j < n and words[j] == "to" and j > after + 1:
                move.target = self.chars(after + 1, j)
                pol = self._policy(j + 1)
                if pol:
                    move.policy = self.chars(*pol)
                    move.policy_tokens = pol

    # ------------------------------------------------------------- output
    def _emit(self, move: _Move) -> Any:
        trigger = self.chars(move.first, move.last)
        status = move.modality or "actual"
        if move.action == "urge" and status == "proposed":
            status = "actual"
        if move.action == "maintain" and status == "proposed" and self.words[move.first] in ("will", "'ll"):
            status = "actual"
        source = None
        report = self.reporting.find(trigger[0], trigger[1])
        actor_span = move.actor
        if report is not None:
            speaker = report.speaker
            if speaker is not None and actor_span is not None and (
                    speaker.start == actor_span[0] or self.reporting.same_referent(speaker, actor_span)):
                pass
            elif speaker is not None and self.start <= speaker.start and speaker.end <= self.end:
                source = (speaker.start, speaker.end)
                if status == "actual":
                    status = "reported"
            elif speaker is None or not (self.start <= speaker.start and speaker.end <= self.end):
                if status == "actual" and move.action != "urge":
                    status = "reported"
        actor_name = self.reporting.name(actor_span) if actor_span else None
        confidence = 0.8 if move.strong else 0.6
        roles = {
            "trigger": trigger,
            "actor": actor_span,
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
