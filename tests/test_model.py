from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Claim, Source, Span, SpanError, check_claim, utf8_offset, utf16_offset

TEXT = "Hi \U0001F600 said Dani"


def test_utf16_and_utf8_offsets_after_an_emoji():
    start = TEXT.index("Dani")
    assert (start, start + 4) == (10, 14)
    assert (utf16_offset(TEXT, start), utf16_offset(TEXT, start + 4)) == (11, 15)
    assert (utf8_offset(TEXT, start), utf8_offset(TEXT, start + 4)) == (13, 17)


@given(st.text(), st.data())
def test_offset_conversions_agree_with_encoders(text, data):
    offset = data.draw(st.integers(0, len(text)))
    assert utf16_offset(text, offset) == len(text[:offset].encode("utf-16-le",
                                                                   "surrogatepass")) // 2
    assert utf8_offset(text, offset) == len(text[:offset].encode("utf-8", "surrogatepass"))
    converter = claimkit.OffsetConverter(text)
    assert converter.utf16(offset) == utf16_offset(text, offset)
    assert converter.utf8(offset) == utf8_offset(text, offset)


def _claim(text: str) -> Claim:
    doc = claimkit.Document(text)
    return doc.claim("quote", {"content": (1, 5), "speaker": (12, 16)},
                     attributes={"quote_type": "direct", "speaker_name": None},
                     confidence=0.5, start=0)


def test_claim_round_trips_through_dict_and_json():
    claim = _claim("“Yes,” said Dani")
    data = claim.to_dict()
    assert data["roles"]["content"] == {"start": 1, "end": 5, "text": "Yes,"}
    assert json.loads(json.dumps(data)) == data
    assert Claim.from_dict(data) == claim
    assert Claim.from_dict({**data, "source": "a.txt"}) == claim


def test_document_claim_spans_the_roles_and_the_given_start():
    claim = _claim("“Yes,” said Dani")
    assert (claim.start, claim.end, claim.text) == (0, 16, "“Yes,” said Dani")
    check_claim("“Yes,” said Dani", claim)


def test_document_claim_rebuilds_spans_copies_attributes_and_needs_a_stretch():
    doc = claimkit.Document("Rates rose to 5% in May.")
    attributes = {"unit": "percent"}
    claim = doc.claim("numeric_fact", {"value": Span(14, 16, "stale"), "gone": None},
                      attributes=attributes, end=23)
    assert claim.roles == {"value": Span(14, 16, "5%")}  # text taken from the article
    assert (claim.start, claim.end, claim.text) == (14, 23, "5% in May")
    attributes["unit"] = "changed"
    assert claim.attributes == {"unit": "percent"}
    with pytest.raises(ValueError, match="at least one role"):
        doc.claim("numeric_fact", {"value": None}, start=3)


@pytest.mark.parametrize("bad, message", [
    (Claim("quote", 0, 3, "abc"), "says 'abc'"),
    (Claim("quote", 0, 99, "x"), "outside the text"),
    (Claim("quote", 0, 4, "Hi \U0001F600", roles={"cue": Span(5, 9, "said")}),
     "outside the claim"),
    (Claim("quote", 0, 2, "Hi", confidence=1.5), "confidence"),
    (Claim("quote", 0, 2, "Hi", attributes={"x": float("nan")}), "not a JSON number"),
    (Claim("quote", 0, 2, "Hi", attributes={"x": object()}), "not a JSON value"),
    (Claim("", 0, 2, "Hi"), "kind"),
    ("not a claim", "not a claimkit.Claim"),
])
def test_check_claim_refuses_broken_claims(bad, message):
    with pytest.raises(SpanError, match=message):
        check_claim(TEXT, bad)


def test_source_accepts_str_and_rejects_other_types():
    assert Source.of("abc") == Source(text="abc")
    with pytest.raises(TypeError):
        Source.of(b"abc")  # type: ignore[arg-type]
