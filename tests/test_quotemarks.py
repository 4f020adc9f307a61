"""Quote-mark pairing: every mark style, apostrophes, mistyped and unbalanced marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit import find_quotations

from growth import assert_linear_time


def contents(text: str) -> list[str]:
    return [q.content.text for q in find_quotations(text)]


def test_curly_straight_guillemet_and_low_high_marks() -> None:
    text = "She said “one two” and \"three four\" then «cinq six» and „sieben acht“."
    assert contents(text) == ["one two", "three four", "cinq six", "sieben acht"]


def test_offsets_point_at_the_marks() -> None:
    text = 'He said "stop now" twice.'
    (quotation,) = find_quotations(text)
    assert text[quotation.start:quotation.end] == '"stop now"'
    assert text[quotation.content.start:quotation.content.end] == "stop now"
    assert quotation.open_mark == '"' and quotation.close_mark == '"'


def test_single_marks_are_told_apart_from_apostrophes() -> None:
    text = "It’s the Ukrainians' view that ‘peace is near’, a rock 'n' roll band said."
    assert contents(text) == ["peace is near"]


def test_feet_and_inches_are_not_quote_marks() -> None:
    text = 'The player, 6\'2" tall, said "we will win this" on Sunday.'
    assert contents(text) == ["we will win this"]


def test_mistyped_closing_mark_after_a_space_closes_the_quote(seed_text: str) -> None:
    start = seed_text.index("“The president has tasked")
    quotation = next(q for q in find_quotations(seed_text) if q.start == start)
    assert quotation.closed
    assert quotation.content.text.endswith("attack them ")
    assert seed_text[quotation.end:].startswith(", said this source")


def test_one_stray_mark_does_not_swallow_the_article() -> None:
    text = "A stray “ mark here.\n\nThe next paragraph says “hello there” plainly."
    found = find_quotations(text)
    assert found[-1].content.text == "hello there"
    assert all(q.end <= text.index("\n") for q in found[:-1])


def test_multi_paragraph_quote_is_one_quotation() -> None:
    text = "“We will rebuild the bridge.\n\n“And we will do it this year,” the mayor said."
    (quotation,) = find_quotations(text)
    assert quotation.closed and quotation.paragraph_count == 2
    assert quotation.content.text.endswith("this year,")


def test_typewriter_double_apostrophes() -> None:
    text = "''We are ready,'' the minister said."
    assert contents(text) == ["We are ready,"]


def test_seed_quotations(seed_text: str) -> None:
    found = [q.content.text for q in find_quotations(seed_text)]
    assert "a new cycle of escalation" in found
    assert "tie the hands behind the backs of Ukrainians" in found
    assert any(text.startswith("It’s still an acknowledgment") for text in found)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("“”\"'‘’«»„‹› a.\n\r\x00😀\ud800")) | st.characters(),
               max_size=200))
def test_never_raises_and_offsets_hold(text: str) -> None:
    for quotation in find_quotations(text):
        assert 0 <= quotation.start < quotation.end <= len(text)
        assert text[quotation.content.start:quotation.content.end] == quotation.content.text
        assert quotation.start <= quotation.content.start <= quotation.content.end <= quotation.end


def test_linear_on_runs_of_marks() -> None:
    assert_linear_time(find_quotations, lambda n: "“" * n)
    assert_linear_time(find_quotations, lambda n: '"a" ' * (n // 4))
    assert_linear_time(find_quotations, lambda n: "'" * n)
    assert_linear_time(find_quotations, lambda n: "“a " * (n // 3))


def test_apostrophes_inside_words_do_not_change_the_pairing() -> None:
    # The scan skips a single mark between two letters (it can neither open nor close);
    # the quotations around such words are the same as around plain words.
    plain = "‘The plan works,’ he said. ‘Why not?’ 'Yes' and ‘no’"
    with_apostrophes = "‘The plan’s works,’ he’d said. ‘Why n't?’ 'Yes' and ‘no’"
    assert contents(plain) == ["The plan works,", "Why not?", "Yes"]
    assert contents(with_apostrophes) == ["The plan’s works,", "Why n't?", "Yes"]
    assert contents("rock 'n' roll, it's the ''typewriter'' pair") == ["typewriter"]


def test_quote_left_open_over_paragraphs_without_marks() -> None:
    text = "“One\n\nTwo words here\n\n“Three” he said."
    assert contents(text) == ["One", "Three"]
    assert [q.paragraph_count for q in find_quotations(text)] == [1, 1]


def test_linear_on_apostrophes_and_open_paragraphs() -> None:
    assert_linear_time(find_quotations, lambda n: "it's " * (n // 5))
    assert_linear_time(find_quotations, lambda n: "“a\n\n" * (n // 4))
    assert_linear_time(find_quotations, lambda n: "“a\n\nb\n\n" * (n // 7))
