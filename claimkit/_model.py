"""The data model: Source (an article), Span (a stretch of its text) and Claim.

Offsets are Python string indices (code points) into the exact text the caller passed,
end excluded. ``text[start:end] == span.text`` always holds for a claim and each of its
roles; the plugin host checks it for every claim a plugin returns (see ``check_claim``).
"""

from __future__ import annotations

import datetime as _dt
import json
import math
from collections.abc import Mapping
from typing import Any

import attrs

from claimkit._errors import SpanError

__all__ = [
    "Source",
    "Span",
    "Claim",
    "check_claim",
    "sort_key",
    "utf16_offset",
    "utf8_offset",
    "OffsetConverter",
]


def _as_dict(value: Mapping[str, Any] | None) -> dict[str, Any]:
    return dict(value) if value else {}


@attrs.frozen
class Source:
    """An article: its text and optional bibliographic data.

    A plain ``str`` is accepted wherever a Source is; ``Source.of`` does the conversion.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    metadata: dict[str, Any] = attrs.field(factory=dict, converter=_as_dict, eq=False)

    @classmethod
    def of(cls, value: Source | str) -> Source:
        """Return ``value`` as a Source (a str becomes ``Source(text=value)``)."""
        if isinstance(value, Source):
            return value
        if isinstance(value, str):
            return cls(text=value)
        raise TypeError(f"expected a str or claimkit.Source, got {type(value).__name__}")

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen
class Span:
    """A stretch ``text[start:end]`` of an article, with the text it covers."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        return cls(start=int(data["start"]), end=int(data["end"]), text=str(data["text"]))


def _roles(value: Mapping[str, Span | Mapping[str, Any]] | None) -> dict[str, Span]:
    if not value:
        return {}
    return {name: span if isinstance(span, Span) else Span.from_dict(span)
            for name, span in value.items()}


@attrs.frozen(hash=False)
class Claim:
    """One fact-claim: a kind, the span it covers, named role spans and attributes.

    ``start``/``end``/``text`` is the smallest stretch that holds all the claim's roles
    (it may be wider, e.g. to include a quote's marks). ``extractor`` is set by the
    plugin host to the name of the plugin that returned the claim.
    """

    kind: str
    start: int
    end: int
    text: str
    extractor: str = ""
    confidence: float | None = None
    roles: dict[str, Span] = attrs.field(factory=dict, converter=_roles)
    attributes: dict[str, Any] = attrs.field(factory=dict, converter=_as_dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of SPEC.md (plain dicts, lists, str, numbers, bool, None)."""
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "extractor": self.extractor,
            "confidence": self.confidence,
            "roles": {name: span.to_dict() for name, span in self.roles.items()},
            "attributes": dict(self.attributes),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Claim:
        """Inverse of ``to_dict``; extra keys (such as ``source`` in JSON Lines) are ignored."""
        return cls(
            kind=data["kind"],
            start=data["start"],
            end=data["end"],
            text=data["text"],
            extractor=data.get("extractor", ""),
            confidence=data.get("confidence"),
            roles=data.get("roles") or {},
            attributes=data.get("attributes") or {},
        )


def sort_key(claim: Claim) -> tuple[int, int, str, str]:
    """Claims are output in this order, whatever order the plugins ran in."""
    return (claim.start, claim.end, claim.kind, claim.extractor)


def _check_span(text: str, span: object, what: str) -> None:
    if not isinstance(span, Span):
        raise SpanError(f"{what} is a {type(span).__name__}, not a claimkit.Span")
    start, end = span.start, span.end
    if type(start) is not int or type(end) is not int:
        raise SpanError(f"{what} ({start!r}, {end!r}): offsets must be int")
    if not 0 <= start <= end <= len(text):
        raise SpanError(f"{what} ({start}, {end}) lies outside the text (length {len(text)})")
    if text[start:end] != span.text:
        raise SpanError(
            f"{what} ({start}, {end}) says {span.text!r} but the text there is "
            f"{text[start:end]!r}"
        )


def _check_json_value(value: Any, where: str) -> None:
    if value is None or isinstance(value, (str, bool, int)):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise SpanError(f"{where} is {value!r}: not a JSON number")
        return
    if isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _check_json_value(item, f"{where}[{i}]")
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise SpanError(f"{where} has a non-string key {key!r}")
            _check_json_value(item, f"{where}.{key}")
        return
    raise SpanError(f"{where} is a {type(value).__name__}: not a JSON value")


def _span_ok(text: str, start: object, end: object, span_text: object) -> bool:
    # Comparing in place (startswith) avoids copying a slice for every span checked.
    return (
        type(start) is int
        and type(end) is int
        and 0 <= start <= end <= len(text)
        and isinstance(span_text, str)
        and len(span_text) == end - start
        and text.startswith(span_text, start)
    )


_PLAIN_JSON_TYPES = (str, int, bool, type(None))


def check_claim(text: str, claim: object) -> None:
    """Raise ``SpanError`` unless ``claim`` keeps every offset rule against ``text``.

    The rules: the claim's own span and every role span satisfy
    ``text[start:end] == span.text``; every role lies within the claim's span;
    ``kind`` is a non-empty str; ``confidence`` is None or a number in [0, 1];
    attributes are JSON values. The host calls this for every claim, so the common,
    valid case is checked first and the detailed message is built only on failure.
    """
    if not isinstance(claim, Claim):
        raise SpanError(f"returned a {type(claim).__name__}, not a claimkit.Claim")
    if not isinstance(claim.kind, str) or not claim.kind:
        raise SpanError(f"claim kind {claim.kind!r} is not a non-empty str")
    label = f"{claim.kind} claim"
    if not _span_ok(text, claim.start, claim.end, claim.text):
        _check_span(text, Span(claim.start, claim.end, claim.text), f"{label} span")
    for name, role in claim.roles.items():
        if not (isinstance(role, Span) and _span_ok(text, role.start, role.end, role.text)):
            _check_span(text, role, f"{label} role {name!r}")
        if role.start < claim.start or role.end > claim.end:
            raise SpanError(
                f"{label} role {name!r} ({role.start}, {role.end}) lies outside the claim "
                f"({claim.start}, {claim.end})"
            )
    confidence = claim.confidence
    if confidence is not None and (
        isinstance(confidence, bool)
        or not isinstance(confidence, (int, float))
        or not 0.0 <= confidence <= 1.0
    ):
        raise SpanError(f"{label} confidence {confidence!r} is not a number in [0, 1]")
    for key, value in claim.attributes.items():
        if type(value) in _PLAIN_JSON_TYPES and type(key) is str:
            continue
        _check_json_value({key: value}, f"{label} attributes")


def utf16_offset(text: str, offset: int) -> int:
    """The UTF-16 code-unit offset (JavaScript's string index) of code-point ``offset``."""
    prefix = text[:offset]
    # Each code point above the BMP is a surrogate pair in UTF-16: two code units.
    return len(prefix) + sum(1 for ch in prefix if ord(ch) > 0xFFFF)


def utf8_offset(text: str, offset: int) -> int:
    """The UTF-8 byte offset of code-point ``offset`` (lone surrogates count 3 bytes)."""
    return len(text[:offset].encode("utf-8", "surrogatepass"))


class OffsetConverter:
    """Converts many code-point offsets of one text to UTF-16 or UTF-8 offsets.

    ``utf16_offset``/``utf8_offset`` cost O(offset) per call; this class pays one linear
    pass per text and answers each offset in O(1), for converting a whole claim list.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._ascii = text.isascii()
        self._utf16: list[int] | None = None
        self._utf8: list[int] | None = None

    def _table(self, unit_size: Any) -> list[int]:
        table = [0] * (len(self.text) + 1)
        total = 0
        for i, ch in enumerate(self.text):
            total += unit_size(ord(ch))
            table[i + 1] = total
        return table

    def utf16(self, offset: int) -> int:
        if self._ascii:
            return offset
        if self._utf16 is None:
            self._utf16 = self._table(lambda code: 2 if code > 0xFFFF else 1)
        return self._utf16[offset]

    def utf8(self, offset: int) -> int:
        if self._ascii:
            return offset
        if self._utf8 is None:
            self._utf8 = self._table(
                lambda code: 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000
                else 4)
        return self._utf8[offset]


def json_default(value: Any) -> Any:
    """``json.dumps(default=...)`` helper for the few non-JSON types a Source may hold."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=json_default)
