"""The plugin's word lists and unit tables, read once from ``data/`` at import.

Keeping units, currencies and number words in data files lets a reader check or extend
them without touching the grammar; this module turns them into lookup dicts and into
trie-shaped regexes (one branch per first character), which fail fast at a position that
starts no entry.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import NamedTuple

from claimkit import trie_pattern

__all__ = ["Unit", "UNITS_BY_SURFACE", "UNITS_BY_NAME", "EXACT_UNIT_RE", "FOLDED_UNIT_RE",
           "CURRENCY_PREFIXES", "NUMBER_WORDS", "QUALIFIERS", "CHANGE_WORDS", "COUNT_STOPWORDS",
           "is_case_folded"]


class Unit(NamedTuple):
    name: str
    dimension: str
    si_unit: str
    factor: float
    offset: float


def _lines(filename: str) -> list[list[str]]:
    text = (resources.files(__package__) / "data" / filename).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _surfaces(field: str) -> list[str]:
    return [s.strip() for s in field.split("|") if s.strip()]


def is_case_folded(surface: str) -> bool:
    """Long lower-case forms match in any case; short or capitalised symbols do not."""
    return len(surface) >= 3 and surface == surface.lower()


def _load_units() -> tuple[dict[str, Unit], dict[str, Unit]]:
    exact: dict[str, Unit] = {}
    folded: dict[str, Unit] = {}
    for name, dimension, si_unit, factor, offset, surfaces in _lines("units.tsv"):
        unit = Unit(name, dimension, si_unit, float(factor), float(offset))
        for surface in _surfaces(surfaces):
            table = folded if is_case_folded(surface) else exact
            table.setdefault(surface.lower() if table is folded else surface, unit)
    for code, name, _prefixes, suffixes, factor in _lines("currencies.tsv"):
        unit = Unit(name, "currency", code, float(factor), 0.0)
        for surface in _surfaces(suffixes):
            table = folded if is_case_folded(surface) else exact
            table.setdefault(surface.lower() if table is folded else surface, unit)
    return exact, folded


def _load_currency_prefixes() -> tuple[dict[str, Unit], dict[str, Unit]]:
    exact: dict[str, Unit] = {}
    folded: dict[str, Unit] = {}
    for code, name, prefixes, _suffixes, factor in _lines("currencies.tsv"):
        unit = Unit(name, "currency", code, float(factor), 0.0)
        for surface in _surfaces(prefixes):
            table = folded if is_case_folded(surface) else exact
            table.setdefault(surface.lower() if table is folded else surface, unit)
    return exact, folded


EXACT_UNITS, FOLDED_UNITS = _load_units()
EXACT_PREFIXES, FOLDED_PREFIXES = _load_currency_prefixes()

# A unit must not run on into a letter or digit ("m" in "men", "in" in "inside").
_UNIT_END = r"(?![^\W_])"
EXACT_UNIT_RE = re.compile(trie_pattern(list(EXACT_UNITS)) + _UNIT_END)
FOLDED_UNIT_RE = re.compile(trie_pattern(list(FOLDED_UNITS)) + _UNIT_END)


def _reversed_trie(words: list[str]) -> re.Pattern[str]:
    # Prefixes are found by matching the reversed text before a number, so each lookup
    # reads only the few characters the longest prefix can span.
    return re.compile(trie_pattern([w[::-1] for w in words]))


EXACT_PREFIX_REVERSED_RE = _reversed_trie(list(EXACT_PREFIXES))
FOLDED_PREFIX_REVERSED_RE = _reversed_trie(list(FOLDED_PREFIXES))
PREFIX_MAX_LENGTH = max(len(p) for p in [*EXACT_PREFIXES, *FOLDED_PREFIXES])

NUMBER_WORDS: dict[str, tuple[float, str]] = {
    word: (float(value), role) for word, value, role in _lines("number_words.tsv")}
QUALIFIERS: dict[str, str] = {phrase: qualifier for phrase, qualifier in _lines("qualifiers.tsv")}
CHANGE_WORDS: dict[str, str] = {word: direction for word, direction in _lines("change_words.tsv")}
COUNT_STOPWORDS: frozenset[str] = frozenset(row[0] for row in _lines("count_stopwords.txt"))
UNITS_BY_SURFACE = (EXACT_UNITS, FOLDED_UNITS)
UNITS_BY_NAME: dict[str, Unit] = {unit.name: unit for table in UNITS_BY_SURFACE
                                  for unit in table.values() if unit.dimension != "currency"}
CURRENCY_PREFIXES = (EXACT_PREFIXES, FOLDED_PREFIXES)
