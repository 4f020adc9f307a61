"""The plugin's word lists, read once from ``data/`` at import.

Every list is plain text so that a linguist can extend it without reading Python. The
trigger list is expanded into all inflected forms and compiled into one trie-shaped
regex: a single left-to-right scan of the lower-cased text finds every candidate, and
the shared prefixes keep that scan near memory speed.
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs

from claimkit import trie_pattern

DATA = Path(__file__).resolve().parent / "data"

ACTIONS = frozenset(
    "authorize prohibit lift impose change maintain reverse urge join reject".split()
)


@attrs.frozen
class Trigger:
    """What a matched trigger form means."""

    form: str
    action: str
    strong: bool
    rule: str
    nominal: bool  # a noun (or fixed nominal phrase) rather than a verb group
    participle: bool  # a past participle, so "be" + form is a passive
    base: bool  # the lemma itself, as after "to" ("plans to limit", not "plans for")
    generic: bool = False  # its first word is a common verb (``generic.txt``)


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def _words(name: str) -> frozenset[str]:
    return frozenset(row[0].strip() for row in _rows(name))


def _irregular() -> dict[str, list[str]]:
    return {row[0]: row[1].split() for row in _rows("irregular.tsv")}


_VOWELS = "aeiou"


def _regular_forms(lemma: str) -> list[str]:
    """Third person, past and -ing forms by the ordinary spelling rules."""
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        third = lemma + "es"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
        ing = lemma[:-1] + "ing" if not lemma.endswith("ee") else lemma + "ing"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        past = lemma[:-1] + "ied"
        ing = lemma + "ing"
    else:
        past = lemma + "ed"
        ing = lemma + "ing"
    return [third, past, ing]


def _participles(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    forms = irregular.get(lemma)
    if forms is None:
        return {_regular_forms(lemma)[1]}
    return {f for f in forms if f.endswith(("ed", "en", "wn", "rn", "t", "d")) and f != lemma}


def _expand(phrase: str, cls: str, irregular: dict[str, list[str]]) -> list[tuple[str, bool]]:
    """All surface forms of a lexicon phrase, each with "is a past participle".
    The first form is the lemma."""
    if cls == "x":
        return [(phrase, False)]
    head, _, rest = phrase.partition(" ")
    tail = " " + rest if rest else ""
    if cls == "n":
        plural = head + ("es" if head.endswith(("s", "x", "ch", "sh")) else "s")
        return [(phrase, False), (plural + tail, False)]
    forms = irregular.get(head) or _regular_forms(head)
    participles = _participles(head, irregular)
    out = [(head + tail, False)]
    out.extend((f + tail, f in participles) for f in forms)
    return out


def _load_triggers(generic: frozenset[str]) -> dict[str, Trigger]:
    irregular = _irregular()
    table: dict[str, Trigger] = {}
    for row in _rows("triggers.tsv"):
        phrase, action, cls, gate = (c.strip() for c in row[:4])
        rule = row[4].strip() if len(row) > 4 else ""
        if action not in ACTIONS:
            raise ValueError(f"triggers.tsv: unknown action {action!r} for {phrase!r}")
        nominal = cls == "n" or rule in ("nominal", "decision")
        for n, (form, participle) in enumerate(_expand(phrase, cls, irregular)):
            # A verb reading wins over a noun reading of the same spelling ("bans");
            # otherwise a later, more specific line wins.
            if form in table and not table[form].nominal and nominal:
                continue
            base = n == 0 and cls == "v"
            table[form] = Trigger(
                form,
                action,
                gate == "s",
                rule,
                nominal,
                participle,
                base,
                form.split(" ", 1)[0] in generic,
            )
    return table


def _load_cues() -> dict[str, str]:
    return {row[0].strip(): row[1].strip() for row in _rows("cues.tsv")}


CUES: dict[str, str] = _load_cues()
CONTEXT: frozenset[str] = _words("context.txt")
OBJECTS: dict[str, str] = {row[0].strip(): row[1].strip() for row in _rows("objects.tsv")}
BODIES: frozenset[str] = _words("bodies.txt")
NOT_ACTORS: frozenset[str] = _words("not_actors.txt")


def _inflected(lemmas: frozenset[str]) -> frozenset[str]:
    irregular = _irregular()
    forms = set(lemmas)
    for lemma in lemmas:
        forms.update(irregular.get(lemma) or _regular_forms(lemma))
    return frozenset(forms)


GENERIC: frozenset[str] = _inflected(_words("generic.txt"))
TRIGGERS: dict[str, Trigger] = _load_triggers(GENERIC)
# Triggers whose action depends on their object are looked at only when an object word
# stands near them; one regex over a short window decides.
OBJECT_SCAN = re.compile(r"(?<![\w-])" + trie_pattern(sorted(OBJECTS)) + r"(?![\w-])")

# Apostrophes and hyphens inside a form are matched literally on a copy of the text in
# which the typographic apostrophe is folded to "'" (same length, so offsets hold).
# The lookbehind/lookahead keep matches on word boundaries without \b's cost on the
# hyphen ("u-turn" must not match inside "non-u-turns").
SCAN = re.compile(r"(?<![\w-])" + trie_pattern(sorted(TRIGGERS)) + r"(?![\w-])")

CONDITION_SCAN = re.compile(
    r"(?<![\w-])"
    + trie_pattern(sorted(c for c, k in CUES.items() if k == "condition"))
    + r"(?![\w-])"
)
# Policy context near a weak trigger is looked for with one regex over a bounded window.
CONTEXT_SCAN = re.compile(r"(?<![\w-])" + trie_pattern(sorted(CONTEXT)) + r"(?![\w-])")
CONTEXT_LONGEST = max(len(c) for c in CONTEXT)
