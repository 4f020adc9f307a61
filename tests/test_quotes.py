"""The quote plugin (``quotes``): claims on the seed article, invented layouts, robustness."""

from __future__ import annotations

from claimkit_quotes import claimkit_extract, claimkit_kinds
from hypothesis import given, settings

import claimkit
from claimkit import Document, check_claim

from growth import assert_linear_time
from strategies import any_text, tricky_text


def quotes(text: str) -> list[claimkit.Claim]:
    return claimkit.extract(text, extractors=["quotes"], strict=True)


def test_kinds() -> None:
    assert claimkit_kinds() == ["quote"]


def test_seed_article_has_the_eight_attributions(seed_text: str) -> None:
    found = quotes(seed_text)
    summary = [(c.attributes["quote_type"], c.attributes["speaker_name"]) for c in found]
    assert summary == [
        ("indirect", "an American official"),  # Joe Biden ..., an American official said.
        ("direct", "an American official"),    # “The president ... “, said this source.
        ("indirect", "an American official"),  # This official ... added that ...
        ("direct", "an American official"),    # “Our position ...,” he said.
        ("indirect", "Antony Blinken"),        # Antony Blinken suggested yesterday that ...
        ("direct", "Antony Blinken"),          # “As conditions have changed ...,” he said.
        ("mixed", "Jens Stoltenberg"),         # “tie the hands ...”, in the words of ...
        ("mixed", "The Kremlin"),              # criticized ... “a new cycle of escalation”
    ]
    assert all(c.extractor == "quotes" for c in found)


def test_seed_spec_example(seed_text: str) -> None:
    claim = next(c for c in quotes(seed_text) if c.start == 702)
    data = claim.to_dict()
    assert (data["start"], data["end"]) == (702, 804)
    assert {name: (span["start"], span["end"], span["text"])
            for name, span in data["roles"].items()} == {
        "content": (703, 795, seed_text[703:795]),
        "speaker": (797, 799, "he"),
        "cue": (800, 804, "said"),
    }
    assert data["attributes"] == {"quote_type": "direct",
                                  "speaker_name": "an American official"}


def test_seed_mistyped_mark_and_speakers(seed_text: str) -> None:
    found = quotes(seed_text)
    first_direct = found[1]
    assert first_direct.roles["content"].text.startswith("The president has tasked")
    assert first_direct.roles["content"].text.endswith("attack them ")
    assert first_direct.roles["speaker"].text == "this source"
    stoltenberg = found[6]
    assert stoltenberg.roles["content"].text == "tie the hands behind the backs of Ukrainians"
    assert stoltenberg.roles["cue"].text == "in the words of"


def test_read_also_line_is_furniture_and_left_out(seed_text: str) -> None:
    read_also = seed_text.index("READ ALSO")
    line_end = seed_text.index("\n", read_also)
    assert not [c for c in quotes(seed_text) if read_also <= c.start < line_end]


def test_furniture_markers_of_my_own_text() -> None:
    text = ("Related: “Markets tumble as rates rise,” analysts say\n\n"
            "“Rates will rise again,” the governor said.")
    found = quotes(text)
    assert [c.roles["speaker"].text for c in found] == ["the governor"]


def test_confidence_is_a_probability_and_direct_beats_belief() -> None:
    found = quotes("“We will win,” she said. Analysts believe that the vote will be close.")
    assert [c.attributes["quote_type"] for c in found] == ["direct", "indirect"]
    assert found[0].confidence > found[1].confidence
    assert all(0.0 <= (c.confidence or 0) <= 1.0 for c in found)


def test_multi_paragraph_quote_is_one_claim() -> None:
    text = ("“We will rebuild the bridge.\n\n“And we will do it this year,” the mayor said.")
    (claim,) = quotes(text)
    assert claim.roles["content"].text.startswith("We will rebuild")
    assert claim.roles["content"].text.endswith("this year,")
    assert claim.attributes["quote_type"] == "direct"


def test_name_colon_and_dash_layouts() -> None:
    assert quotes("Okafor: “We will rebuild the bridge.”")[0].roles["cue"].text == ":"
    claim = quotes("“We will rebuild the bridge.” — Ada Okafor")[0]
    assert claim.roles["speaker"].text == "Ada Okafor"


def test_emoji_offsets() -> None:
    text = "😀 “Rates will rise,” said Dani 😀."
    (claim,) = quotes(text)
    assert text[claim.roles["speaker"].start:claim.roles["speaker"].end] == "Dani"


@settings(max_examples=150, deadline=None)
@given(any_text)
def test_never_raises_and_spans_hold(text: str) -> None:
    first = claimkit_extract(Document(text))
    for claim in first:
        check_claim(text, claim)
        assert claim.attributes["quote_type"] in ("direct", "indirect", "mixed")
    assert claimkit_extract(Document(text)) == first  # deterministic


@settings(max_examples=60, deadline=None)
@given(tricky_text)
def test_tricky_text_with_crlf_and_nul(text: str) -> None:
    text = text.replace("\n", "\r\n") + "\x00 “ok then,” he said\r\n"
    for claim in claimkit_extract(Document(text)):
        check_claim(text, claim)


def test_linear_time_on_adversarial_input() -> None:
    def run(text: str) -> object:
        return claimkit_extract(Document(text))

    assert_linear_time(run, lambda n: "“" * n)
    assert_linear_time(run, lambda n: '"a" ' * (n // 4))
    assert_linear_time(run, lambda n: "said " * (n // 5))
    assert_linear_time(run, lambda n: "x" * n)  # one paragraph, no punctuation, no spaces
    assert_linear_time(run, lambda n: " " * n + "1" * n)
    assert_linear_time(run, lambda n: "READ ALSO: “a b c d e,” he said\n" * (n // 32))
    # A surname to resolve, then a megabyte-style run of capitals for the name index.
    assert_linear_time(run, lambda n: "“a b c d,” Smith said. " + "A" * n)
    assert_linear_time(run, lambda n: "Said " * (n // 5))


def test_one_megabyte_paragraph_without_punctuation() -> None:
    text = ("the minister said the plan " * 40_000)[:1_000_000]
    found = claimkit_extract(Document(text))
    for claim in found[:50]:
        check_claim(text, claim)
