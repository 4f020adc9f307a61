"""The numbers plugin on arbitrary and adversarial text: never raises, offsets exact,
attributes plain finite JSON, same output every run, linear time."""

from __future__ import annotations

import json
import math

import pytest
from claimkit_numbers import claimkit_extract, read_quantities
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit import Document, check_claim

from growth import assert_linear_time
from strategies import any_text, long_lines

NUMBERISH = [
    "1", "12", "1,000", "1 000", "1.000.000", "2.5", "½", "¾", "1/16", "10 1/2", "-", "–",
    " to ", " and ", "between ", "from ", "up to ", "about ", "$", "US$", "£", "€", "¥",
    "EUR ", "bn", "m", "k", "million", "three", "twenty-five", "hundred", "a dozen",
    "half a ", " km", " kg", "%", " per cent", " years old", " a share", "°C", " degrees",
    " people", " missiles", " of ", "rose ", "fell by ", "May ", "2024", "10:30", "3rd",
    "F-16", "Boeing 747", "9/11", "１２", "٣", "\u00a0", "\u202f", "\n1. ", "(", ")",
    "9" * 30, "1e308", ",", ".", " ",
]
numberish_text = st.lists(
    st.one_of(st.sampled_from(NUMBERISH), st.text(max_size=6)), max_size=40
).map("".join)


def extract(text: str):
    return list(claimkit_extract(Document(text)))


def assert_well_formed(text: str) -> None:
    claims = extract(text)
    for claim in claims:
        check_claim(text, claim)  # offsets and JSON-ness, as the host checks them
        for span in [claim, *claim.roles.values()]:
            assert text[span.start:span.end] == span.text
        encoded = json.dumps(claim.attributes, allow_nan=False)
        assert json.loads(encoded) == claim.attributes
        for name in ("value", "high", "normalized_value"):
            value = claim.attributes.get(name)
            assert value is None or (isinstance(value, (int, float)) and math.isfinite(value))
        assert claim.attributes["qualifier"] in {
            "exact", "approximate", "at_most", "at_least", "more_than", "less_than", "range"}
        assert claim.attributes["change"] in {None, "up", "down"}
    assert [c.to_dict() for c in extract(text)] == [c.to_dict() for c in claims]


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_any_text_gives_well_formed_claims(text):
    assert_well_formed(text)


@settings(max_examples=300, deadline=None)
@given(numberish_text)
def test_number_shaped_text_gives_well_formed_claims(text):
    assert_well_formed(text)


@settings(max_examples=10, deadline=None)
@given(long_lines)
def test_long_lines_give_well_formed_claims(text):
    assert_well_formed(text)


@pytest.mark.parametrize("text", [
    "", "\x00", "\ud800 12 km", "１２ km", "٣ km", "12\u0301 km", "9" * 5000 + " km",
    "1e308 km", "$" + "9" * 400, "1" + ",000" * 200, "0." + "0" * 400 + "1 km",
    "\r\n3 km\r\n", "😀 3 km 😀", "İ 3 km", "ﬃ 3 km",
])
def test_awkward_inputs(text):
    assert_well_formed(text)


def test_digit_runs_that_would_overflow_are_skipped():
    assert read_quantities("9" * 400 + " km") == []


def test_non_ascii_digits_are_not_read():
    assert read_quantities("١٢ كم and １２ km") == []


ADVERSARIAL = {
    "digit run": "1",
    "comma run": "1,",
    "space run": " ",
    "spaced digits": "1 ",
    "range chain": "1-",
    "number words": "one ",
    "words and": "one hundred and ",
    "currency": "$1",
    "fractions": "1/2 ",
    "percent": "5% to ",
    "dates": "May 1, ",
    "phone": "020 ",
    "space thousands": "1 000 ",
    "slashes": "9/",
    "vulgar": "½",
    "capitalised": "Six ",
    "cents": "3 dollars ",
    "degrees": "5 degrees ",
    "measured": "a $1m deal of the ",
    "counted": "5 big red cars ",
    "prose": "Sales rose 5% to $3bn, about 300 km away from 12 missiles. ",
}


# Inputs where nearly every character starts a fact are timed on less text.
DENSE = {"vulgar", "spaced digits", "percent", "currency", "range chain", "cents"}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_linear_time(name):
    unit = ADVERSARIAL[name]
    size = 6_000 if name in DENSE else 20_000
    assert_linear_time(read_quantities, lambda n: unit * (n // len(unit) + 1), size=size)


def test_linear_time_on_a_number_before_one_long_word():
    assert_linear_time(read_quantities, lambda n: "5 " + "a" * n, size=200_000)


def test_linear_time_on_one_long_line_of_digits():
    assert_linear_time(read_quantities, lambda n: "1" * n, size=200_000)


# ---------------------------------------------------------------- fast paths
# The reader skips some regexes after a cheap character test; these tests check that the
# cheap test never turns away what the regex would have found.

def test_unit_head_test_never_hides_a_unit():
    from claimkit_numbers import _extract as E
    from claimkit_numbers._tables import EXACT_UNIT_RE, FOLDED_UNIT_RE, UNITS_BY_SURFACE

    surfaces = [*UNITS_BY_SURFACE[0], *UNITS_BY_SURFACE[1]]
    words = ["people", "the", "of", "mm", "Km", "MPH", "G", "x", "p", "pounds", "s", "t"]
    followers = ["", " ", ".", "s", "x", "1", "_", "-", "/h", "²"]
    for head in surfaces + words:
        for variant in {head, head.upper(), head.capitalize()}:
            for tail in followers:
                text = variant + tail
                low = text.lower()
                two = text[:2]
                exact_tried = two in E.EXACT_HEADS or (
                    two[:1] in E.EXACT_SINGLES and not two[1:].isalnum())
                folded_tried = low[:2] in E.FOLDED_HEADS
                exact = EXACT_UNIT_RE.match(text)
                folded = FOLDED_UNIT_RE.match(low)
                assert exact_tried or not (exact and exact.end() > 0), text
                assert folded_tried or not (folded and folded.end() > 0), text


def test_unit_after_agrees_with_the_table_lookup():
    from claimkit_numbers import _extract as E
    from claimkit_numbers._tables import EXACT_UNIT_RE, FOLDED_UNIT_RE, UNITS_BY_SURFACE

    for surface in [*UNITS_BY_SURFACE[0], *UNITS_BY_SURFACE[1], "people", "pints", "t", "x"]:
        for text in (f"5 {surface} more", f"5{surface}.", f"5-{surface}"):
            reader = E._Reader(text)
            found = reader._unit_after(1, False)
            start = 1 + (text[1] in " -")
            exact = EXACT_UNIT_RE.match(text, start)
            folded = FOLDED_UNIT_RE.match(text.lower(), start)
            table = None  # the longest surface of the two tables, without any pre-test
            if exact and exact.end() > start:
                table = (UNITS_BY_SURFACE[0][exact.group()], exact.end())
            if folded and folded.end() > start and (table is None or folded.end() > table[1]):
                table = (UNITS_BY_SURFACE[1][folded.group()], folded.end())
            assert reader._table_unit_at(start) == table, text
            if found is not None and found[0] not in (E.POUND_MASS, E.POUND_STERLING):
                assert table is not None and (found[0], found[2]) == table, text


def test_one_word_spelled_numbers_read_as_the_tokeniser_reads_them():
    from claimkit_numbers import _extract as E
    from claimkit_numbers._tables import NUMBER_WORDS

    for word, (value, role) in NUMBER_WORDS.items():
        if role not in E.SIMPLE_ROLES:
            continue
        folded, used, scale = E._Reader._fold_words([(word, 0, len(word))])
        assert (folded, used, scale) == (value, 1, 1.0), word
        number = E._Reader(f"about {word} cars")._words_at(6)
        assert number is not None and (number.value, number.end) == (value, 6 + len(word))


def _skip_token_reference(text: str, pos: int) -> int:
    """The character loop the token skip replaced."""
    end = pos
    limit = min(len(text), pos + 64)
    while end < limit and (text[end].isalnum() or (text[end] in "-/.:,"
                                                    and end + 1 < limit
                                                    and text[end + 1].isalnum())):
        end += 1
    return max(end, pos + 1)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "Z", "5", "٣", "½", "-", "/", ".", ":", ",", " ", "_",
                                 "é", "--", "1,", "x" * 70]), max_size=30).map("".join),
       st.integers(min_value=0, max_value=40))
def test_token_skip_matches_the_character_loop(text, pos):
    from claimkit_numbers import _extract as E

    if pos >= len(text):
        return
    reader = E._Reader(text)
    reader._skip_token(pos)
    assert reader.consumed == _skip_token_reference(text, pos)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,a ", max_size=30))
def test_locale_evidence_patterns_agree_with_their_plain_forms(text):
    # The evidence patterns open with the separator and look back for the digit (fast);
    # they must find evidence exactly where the plain digit-first forms do.
    import re

    from claimkit_numbers._extract import DIGIT_CANDIDATES, EN_LOCALE_EVIDENCE, EU_LOCALE_EVIDENCE

    plain_eu = re.compile(r"[0-9]\.[0-9]{3}\.[0-9]{3}(?![0-9])|[0-9]\.[0-9]{3},[0-9]")
    plain_en = re.compile(r"[0-9],[0-9]{3}\.[0-9]|[0-9],[0-9]{3},[0-9]{3}")
    assert (EU_LOCALE_EVIDENCE.search(text) is None) == (plain_eu.search(text) is None)
    assert (EN_LOCALE_EVIDENCE.search(text) is None) == (plain_en.search(text) is None)
    assert ([m.span() for m in DIGIT_CANDIDATES.finditer(text)]
            == [m.span() for m in re.finditer("[0-9]+", text)])
