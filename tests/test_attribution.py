"""claimkit.attribution: the shared knowledge of who says what (used by quotes and policy)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimkit import Document
from claimkit.attribution import (
    CACHE_KEY,
    Attribution,
    attributions,
    resolve_name,
    speech_cues,
)

from growth import assert_linear_time


def only(text: str) -> Attribution:
    found = attributions(Document(text))
    assert len(found) == 1, found
    return found[0]


def test_lexicon_is_loaded_from_data() -> None:
    cues = speech_cues()
    assert len(cues) > 300
    for cue in ("said", "told", "warned", "insisted", "denied", "according to",
                "in the words of", "told reporters"):
        assert cue in cues
    assert cues.cue_class("said") == "speech"
    assert cues.cue_class("according to") == "phrase"
    assert cues.cue_class("believes") == "belief"
    assert "told" in cues.takes_object


def test_cached_once_per_document(seed_text: str) -> None:
    document = Document(seed_text)
    first = attributions(document)
    assert CACHE_KEY in document.cache
    assert attributions(document) == first


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("The mayor said that the bridge would reopen in May.", "The mayor", "said",
         "the bridge would reopen in May"),
        ("Ms Okafor warned that prices could rise again.", "Ms Okafor", "warned",
         "prices could rise again"),
        ("The minister suggested yesterday that talks had stalled.", "The minister",
         "suggested", "talks had stalled"),
        ("The bridge will reopen in May, a city official said.", "a city official", "said",
         "The bridge will reopen in May"),
        ("The bridge will reopen in May, said the engineer.", "the engineer", "said",
         "The bridge will reopen in May"),
        ("According to the ministry, the bridge will reopen in May.", "the ministry",
         "According to", "the bridge will reopen in May"),
        ("The bridge will reopen in May, according to the ministry.", "the ministry",
         "according to", "The bridge will reopen in May"),
        ("The governor told reporters the budget was balanced.", "The governor",
         "told reporters",
         "the budget was balanced"),
        ("Tom Hale, the city's treasurer, said the budget was balanced.",
         "Tom Hale, the city's treasurer", "said", "the budget was balanced"),
        ("The budget, the treasurer said, is balanced for the first time.", "the treasurer",
         "said", "The budget, the treasurer said, is balanced for the first time"),
    ],
)
def test_indirect_layouts(text: str, speaker: str, cue: str, content: str) -> None:
    found = only(text)
    assert found.quote_type == "indirect"
    assert found.speaker is not None and found.speaker.text == speaker
    assert found.cue.text == cue
    assert found.content is not None and found.content.text == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("“We will rebuild the bridge,” the mayor said.", "the mayor",
         "We will rebuild the bridge,"),
        ("“We will rebuild the bridge,” said Mr Okafor.", "Mr Okafor",
         "We will rebuild the bridge,"),
        ("The mayor said: “We will rebuild the bridge.”", "The mayor",
         "We will rebuild the bridge."),
        ("Tom Hale, the city's treasurer, said: “The budget is balanced.”",
         "Tom Hale, the city's treasurer", "The budget is balanced."),
        ("Okafor: “We will rebuild the bridge.”", "Okafor", "We will rebuild the bridge."),
        ("“We will rebuild the bridge.” – Ada Okafor", "Ada Okafor",
         "We will rebuild the bridge."),
    ],
)
def test_direct_layouts(text: str, speaker: str, content: str) -> None:
    found = only(text)
    assert found.quote_type == "direct"
    assert found.speaker is not None and found.speaker.text == speaker
    assert found.content is not None and found.content.text == content


def test_interrupted_quote_is_one_quote_with_one_speaker() -> None:
    text = "“We will rebuild,” she said, “and we will do it this year.”"
    found = only(text)
    assert found.speaker is not None and found.speaker.text == "she"
    assert found.content is not None
    assert found.content.text.startswith("We will rebuild")
    assert found.content.text.endswith("this year.")


def test_mixed_quote_inside_reported_speech() -> None:
    found = only("The union criticized the board for its “reckless and secret” plan.")
    assert found.quote_type == "mixed"
    assert found.speaker is not None and found.speaker.text == "The union"


def test_resolution_of_pronouns_surnames_and_descriptions() -> None:
    text = ("Ada Okafor, the city's mayor, said the bridge would reopen in May. "
            "“We are on schedule,” she said.\n\n"
            "An engineer on the project said the steel had arrived. "
            "“The hard part is over,” said this source.\n\n"
            "Okafor added that the budget was balanced.")
    found = attributions(Document(text))
    names = [a.speaker_name for a in found]
    assert names == ["Ada Okafor", "Ada Okafor", "An engineer on the project",
                     "An engineer on the project", "Ada Okafor"]


def test_resolve_name_public_helper() -> None:
    text = "Antony Blinken said talks would go on. Later, Blinken told reporters they had."
    document = Document(text)
    start = text.index("Blinken told")
    assert resolve_name(document, document.span(start, start + 7)) == "Antony Blinken"
    he = Document("“It is done,” he said.")
    assert resolve_name(he, he.span(14, 16)) is None


def test_seed_article_attributions(seed_text: str) -> None:
    found = attributions(Document(seed_text))
    summary = [(a.quote_type, a.speaker_name) for a in found
               if a.speaker_name != "Marie Mendras"]
    assert summary == [
        ("indirect", "an American official"),
        ("direct", "an American official"),
        ("indirect", "an American official"),
        ("direct", "an American official"),
        ("indirect", "Antony Blinken"),
        ("direct", "Antony Blinken"),
        ("mixed", "Jens Stoltenberg"),
        ("mixed", "The Kremlin"),
    ]


def test_spec_example_offsets(seed_text: str) -> None:
    found = attributions(Document(seed_text))
    spec = next(a for a in found if a.start == 702)
    assert (spec.start, spec.end) == (702, 804)
    assert spec.content is not None and (spec.content.start, spec.content.end) == (703, 795)
    assert spec.speaker is not None and (spec.speaker.start, spec.speaker.end) == (797, 799)
    assert (spec.cue.start, spec.cue.end) == (800, 804)
    assert spec.speaker_name == "an American official"


def test_not_reported_speech() -> None:
    for text in ("The bridge reopened in May.", "He wants to say more.",
                 "The state of the roads is poor.", ""):
        assert attributions(Document(text)) == []


def test_linear_time_on_adversarial_text() -> None:
    def run(text: str) -> object:
        return attributions(Document(text))

    assert_linear_time(run, lambda n: "said " * (n // 5))
    assert_linear_time(run, lambda n: "“" * n)
    assert_linear_time(run, lambda n: "word " * (n // 5))
    assert_linear_time(run, lambda n: "He said, " * (n // 9))
    assert_linear_time(run, lambda n: "according to " * (n // 13))
    # The name-run scan uses greedy (not possessive) quantifiers: one capitalised word of
    # a megabyte, or endless runs of names, must still be read once.
    assert_linear_time(run, lambda n: "A" * n)
    assert_linear_time(run, lambda n: "Ab de " * (n // 6))
    assert_linear_time(run, lambda n: "Mr. Ab " * (n // 7))


# The cue scan runs over ``Document.lower_text`` and checks case afterwards; it must find
# exactly what the plain case-sensitive pattern finds, match for match.
_CUE_WORDS = ["said", "Said", "SAID", "sAid", "In", "in", "a", "A", "statement", "Statement",
              "according", "According", "to", "To", "told", "Told", "reporters", "as",
              "quoted", "by", "the", "words", "of", "saying", "add", "address", "x", "_",
              "-", ".", "\u00e9", "\u0130", "\u212a", "Ksaid"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_CUE_WORDS),
                          st.sampled_from(["", " ", "  ", "\n", ",", "'", "\u00a0"])),
                max_size=14))
def test_cue_scan_finds_what_the_exact_pattern_finds(pieces: list[tuple[str, str]]) -> None:
    from claimkit.attribution import _cue_re, _scan_cues

    text = "".join(word + sep for word, sep in pieces)
    expected = [(m.start(), m.end(), m.group()) for m in _cue_re().finditer(text)]
    assert [(c.start(), c.end(), c.group()) for c in _scan_cues(Document(text))] == expected


def test_cue_scan_case_rules() -> None:
    from claimkit.attribution import _scan_cues

    def found(text: str) -> list[str]:
        return [c.group() for c in _scan_cues(Document(text))]

    assert found("Said the mayor. He SAID no.") == ["Said"]
    # A capital inside a phrase: only the verb before it is a cue.
    assert found("He Said In A Statement.") == ["Said"]
    assert found("He Said In a statement.") == ["Said", "In a statement"]
    # An upper-case verb before a phrase: the phrase still counts.
    assert found("SAID in a statement.") == ["in a statement"]
    assert found("said") == ["said"] and found("x said") == ["said"]


def test_before_quote_matches_the_pattern_it_replaces() -> None:
    import re

    from claimkit.attribution import _before_quote

    pattern = re.compile(r"[ \t\u00a0]*[:,]?[ \t\u00a0]*$")
    for lead in ("", " ", "said", "said:", "said :  ", "said, :", "said,", "a: b",
                 "told reporters:\u00a0", ":", ", ", "x ,\t", "said::", "said ,,"):
        match = pattern.search(lead)
        assert match is not None
        assert _before_quote(lead) == (match.start(), match.group()), lead


def test_linear_time_on_scan_fallbacks() -> None:
    def run(text: str) -> object:
        return attributions(Document(text))

    # Each upper-case cue is rejected by the case check and the scan restarts after it.
    assert_linear_time(run, lambda n: "SAID " * (n // 5))
    assert_linear_time(run, lambda n: "SAID in a statement " * (n // 20))
    # Long windows before a cue: the speaker walk tokenises the tail, then the window.
    assert_linear_time(run, lambda n: ("a, " * 40 + "said ") * (n // 125))


def test_surnames_ending_in_s_resolve_to_the_full_name() -> None:
    # Regression: the name index once stripped every trailing "s" from surnames.
    text = "Tom Jones opened the hearing. Later, Jones said the report was late."
    document = Document(text)
    at = text.index("Jones said")
    assert resolve_name(document, document.span(at, at + 5)) == "Tom Jones"


def test_a_name_never_runs_across_a_sentence_end() -> None:
    # Regression: "on Monday. Blair" was once read as one capitalised name.
    text = ("Tony Blair arrived on Monday. Blair said the talks went well.\n\n"
            "On Tuesday. Blair added that more talks would follow.")
    document = Document(text)
    at = text.index("Blair said")
    assert resolve_name(document, document.span(at, at + 5)) == "Tony Blair"


def test_resolve_name_is_linear_in_the_number_of_attributions() -> None:
    # Regression: each call once walked every earlier attribution (quadratic when a
    # plugin resolves one mention per claim).
    def resolve_every_speaker(text: str) -> None:
        document = Document(text)
        for attribution in attributions(document):
            if attribution.speaker is not None:
                resolve_name(document, attribution.speaker)

    assert_linear_time(resolve_every_speaker,
                       lambda n: "“Yes,” he said. Ann Lee said it was fine. " * (n // 42),
                       size=20_000)


_NAME_PIECES = ["Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Capt", "Col", "M", "J", "Tony", "Blair",
                "O'Neill", "D\u2019Arcy", "Smith-Jones", "McDonald", "A", "the", "x", "Ann",
                "\u00c9mile", "IBM", "U", "S", "3", "_", "de", "van", "al", "la"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NAME_PIECES),
                          st.sampled_from(["", " ", ". ", ".", "\t", "\n", "-", "'", "\u00a0",
                                           "  ", ", "])),
                max_size=12))
def test_name_runs_are_those_of_the_look_behind_pattern(pieces: list[tuple[str, str]]) -> None:
    # _NAME_RUN opens with a capital (fast) instead of a look-behind (slow); it must find
    # exactly what the plain form finds.
    import regex

    from claimkit.attribution import _NAME_PARTICLES, _NAME_RUN, _NAME_WORD

    particles = r"(?:(?:" + "|".join(_NAME_PARTICLES.split()) + r")[ \t\u00a0]++){0,2}"
    plain = regex.compile(r"(?<![\w'\u2019\-])" + _NAME_WORD
                          + r"(?:[ \t\u00a0]++" + particles + _NAME_WORD + r"){1,4}")
    text = "".join(word + sep for word, sep in pieces)
    assert ([m.span() for m in _NAME_RUN.finditer(text)]
            == [m.span() for m in plain.finditer(text)])


def test_he_and_she_stand_for_a_person_not_a_body() -> None:
    text = ("The Transport Office said it would look again at the fares. "
            "Mr Lund's aide declined to comment on the plan.\n\n"
            "He said: \u201cThere is a process going on and we should wait for it.\u201d")
    names = {a.speaker.text if a.speaker else None: a.speaker_name
             for a in attributions(Document(text))}
    assert names["The Transport Office"] == "The Transport Office"
    assert names["He"] is None  # not "The Transport Office"


def test_he_skips_a_body_to_the_person_before_it() -> None:
    text = ("Mara Lindqvist said the rail line would be rebuilt by spring. "
            "The Transport Office said the money was already in place. "
            "\u201cWe have the steel and the crews,\u201d she added.")
    found = attributions(Document(text))
    assert [a.speaker_name for a in found] == [
        "Mara Lindqvist", "The Transport Office", "Mara Lindqvist"]


def test_descriptions_of_bodies_stand_for_themselves_or_the_same_head() -> None:
    text = ("Karl Havel said the talks had failed. "
            "The government said it would publish the report on Friday. "
            "The Foreign Ministry said the envoy had been recalled. "
            "The ministry said the decision on sanctions was weeks away. "
            "The spokesman said the envoy would return within a week.")
    names = [a.speaker_name for a in attributions(Document(text))]
    # "The government" is not Karl Havel; "the ministry" is the Foreign Ministry; "the
    # spokesman" is nobody named so far (not Karl Havel).
    assert names == ["Karl Havel", "The government", "The Foreign Ministry",
                     "The Foreign Ministry", None]


def test_a_possessor_is_not_the_speaker() -> None:
    text = ("Meanwhile Rosa Delgado's lawyer said the appeal would be filed on Monday. "
            "Ms Delgado said she had done nothing wrong.")
    names = [a.speaker_name for a in attributions(Document(text))]
    assert names == ["Meanwhile Rosa Delgado's lawyer", "Rosa Delgado"]


def test_an_apposition_resolves_to_the_name_before_it() -> None:
    text = "Piet Smeets, an analyst with Bank Van Dijk & Co, said the cuts were overdue."
    assert only(text).speaker_name == "Piet Smeets"


def test_names_with_particles_are_one_name() -> None:
    text = ("Henri de Varenne said the channel would launch in May. "
            "Mr de Varenne said the price was not yet set.")
    assert [a.speaker_name for a in attributions(Document(text))] == [
        "Henri de Varenne", "Henri de Varenne"]


def test_it_stands_for_a_body_not_the_person_before() -> None:
    text = ("The mining group said its new field was larger than thought. "
            "Chief executive Tom Watts said: \u201cWe are very pleased with the results.\u201d "
            "It said output would rise next year.")
    names = [a.speaker_name for a in attributions(Document(text))]
    # "Watts" ends in s but is a name, not a plural: "It" skips the person.
    assert names == ["The mining group", "Tom Watts", "The mining group"]


def test_the_role_word_before_a_name_resolves_later_descriptions() -> None:
    text = ("Party spokesman Owen Marsh said the vote would go ahead. "
            "Finance Minister Raj Mehta said the budget was balanced. "
            "The party spokesman later said the date was not fixed. "
            "The finance minister said taxes would not rise.")
    names = [a.speaker_name for a in attributions(Document(text))]
    assert names == ["Owen Marsh", "Raj Mehta", "Owen Marsh", "Raj Mehta"]


def test_a_title_before_the_comma_and_the_name_after_it() -> None:
    text = "Detective Chief Inspector, Anna Roos, said the inquiry was over."
    assert only(text).speaker_name == "Anna Roos"


def test_called_that_names_something_is_no_attribution() -> None:
    text = "A relief body called the Coastal Aid Council has been set up by nine charities."
    assert attributions(Document(text)) == []
    # A stance still counts: "called the decision a mistake".
    assert only("A spokesman called the decision a serious mistake for the party."
                ).cue.text == "called"


def test_a_speaker_never_holds_a_quote_mark() -> None:
    text = ('In a letter, she said the law was a "grave error", saying: "We will fight '
            'it in every court we can reach, for as long as it takes."')
    for attribution in attributions(Document(text)):
        assert attribution.speaker is not None
        assert '"' not in attribution.speaker.text, attribution
