"""Paragraphs, sentences and the shared Document."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimkit
from claimkit import Document, paragraphs, sentences

from growth import assert_linear_time
from strategies import any_text


def texts(spans):
    return [s.text for s in spans]


def test_paragraphs_split_on_blank_lines_including_crlf():
    text = "Title\r\n\r\nFirst para.\nSame para.\n  \nLast."
    assert texts(paragraphs(text)) == ["Title", "First para.\nSame para.", "Last."]


def test_sentences_survive_abbreviations_initials_decimals_and_acronyms():
    text = ("Mr. Smith met Sept. 11 survivors in the U.S. Senate on Monday. "
            "John F. Kennedy spoke for 3.5 hours... and then left. "
            "Growth hit 2.5% in the U.S. The Fed said so. Was it? Yes!")
    assert texts(sentences(text)) == [
        "Mr. Smith met Sept. 11 survivors in the U.S. Senate on Monday.",
        "John F. Kennedy spoke for 3.5 hours... and then left.",
        "Growth hit 2.5% in the U.S.",
        "The Fed said so.",
        "Was it?",
        "Yes!",
    ]


def test_closing_quote_after_the_period_stays_with_its_sentence():
    text = "“We will act. We must,” she said. “Now.” He left."
    assert texts(sentences(text)) == ["“We will act.", "We must,” she said.", "“Now.”",
                                      "He left."]


def test_sentences_of_the_seed_article(seed_text):
    found = texts(sentences(seed_text))
    assert found[0].startswith("Biden authorizes Ukraine")
    assert "“Our position on prohibiting the use of ATACMS or deep strikes inside Russia " \
           "has not changed,” he said." in found
    assert any(s.startswith("READ ALSO:") for s in found)
    assert found[-1].startswith("The Kremlin, for its part")


def test_document_computes_once_and_locates_offsets(seed_text):
    doc = Document(claimkit.Source(seed_text, id="seed"))
    assert doc.sentences is doc.sentences
    i = doc.sentence_index(seed_text.index("ATACMS are"))
    assert doc.sentences[i].text.startswith("ATACMS are long-range missiles")
    assert doc.paragraph_index(seed_text.index("NATO is pushing")) == len(doc.paragraphs) - 1
    assert doc.sentence_index(len(seed_text) + 5) is None


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_every_paragraph_and_sentence_obeys_the_offset_rule(text):
    doc = Document(text)
    previous_end = 0
    for span in doc.sentences:
        assert text[span.start:span.end] == span.text
        assert span.text and span.text == span.text.strip()
        assert span.start >= previous_end
        previous_end = span.end
    for span in doc.paragraphs:
        assert text[span.start:span.end] == span.text
    for quote in doc.quotations:
        assert text[quote.content.start:quote.content.end] == quote.content.text
        assert quote.start <= quote.content.start <= quote.content.end <= quote.end


@given(any_text)
def test_lower_text_keeps_every_offset(text):
    lowered = Document(text).lower_text
    assert len(lowered) == len(text)
    assert lowered == text.lower() or any(len(ch.lower()) != 1 for ch in text)


def test_lower_text_with_a_character_whose_lower_case_is_longer():
    text = "İstanbul SAID"
    assert Document(text).lower_text == "İstanbul said"


def test_sentence_splitting_is_linear_on_adversarial_text():
    assert_linear_time(sentences, lambda n: "a. " * (n // 3))
    assert_linear_time(sentences, lambda n: "x" * n)
    assert_linear_time(sentences, lambda n: "U.S." * (n // 4))
    assert_linear_time(sentences, lambda n: ".\n" * (n // 2))
    # Regression: with no space before a period, the token look-behind once sliced the
    # whole text before it, which made space-free runs of periods quadratic.
    assert_linear_time(sentences, lambda n: "Mr." * (n // 3))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab .-]^[\\", min_size=1, max_size=6), min_size=1,
                max_size=12),
       st.text(alphabet="ab .-x]^[\\", max_size=40))
def test_trie_pattern_matches_the_longest_word_at_each_position(words, text):
    import re

    from claimkit import trie_pattern

    pattern = re.compile(trie_pattern(words))
    for word in words:
        assert pattern.fullmatch(word)
    for position in range(len(text) + 1):
        match = pattern.match(text, position)
        longest = max((w for w in words if text.startswith(w, position)), key=len,
                      default=None)
        assert (match.group() if match else None) == longest


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=4), min_size=1, max_size=8))
def test_trie_pattern_matches_any_words_exactly(words):
    # Any characters at all: regex syntax, class syntax, spaces, astral code points.
    import re

    from claimkit import trie_pattern

    pattern = re.compile(trie_pattern(words))
    for word in words:
        assert pattern.fullmatch(word)
        for other in (word + "\x00", word[:-1], word[1:]):
            assert (pattern.fullmatch(other) is not None) == (other in words)


def test_trie_pattern_is_compact():
    # Shared runs are one literal and one-character endings one class: the pattern is
    # quicker to compile (start-up time) and matches the same.
    import re

    from claimkit import trie_pattern

    assert trie_pattern(["ban", "bans", "banned", "back"]) == "ba(?:ck|n(?:ned|s)?)"
    assert trie_pattern(["cut", "cuts", "cute", "cut-"]) == "cut[\\-es]?"
    assert trie_pattern([]) == ""
    # The last code point has no successor to bisect by.
    assert re.fullmatch(trie_pattern(["a\U0010ffff", "a\U0010ffffb"]), "a\U0010ffffb")


def test_trie_pattern_space_option():
    import re

    from claimkit import trie_pattern

    pattern = re.compile(r"\b(?:" + trie_pattern(["according to", "said"], space=r"\s+")
                         + r")\b")
    assert [m.group() for m in pattern.finditer("he said, according\nto her")] == [
        "said", "according\nto"]
