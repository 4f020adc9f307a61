"""claimkit: structured, offset-anchored fact-claims from news articles.

Flow: text -> ``Document`` -> plugins (``claimkit_extract``) -> ``Claim`` list -> output.

    >>> import claimkit
    >>> claims = claimkit.extract("“We will act,” she said.")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable

from claimkit._document import Document
from claimkit._errors import (
    ClaimkitError,
    ClaimkitWarning,
    PluginError,
    PluginLoadError,
    SpanError,
    UnknownExtractorError,
)
from claimkit._hookspecs import hookimpl, hookspec
from claimkit._host import (
    ENTRY_POINT_GROUP,
    Extractor,
    PluginFailure,
    PluginInfo,
    Result,
    plugin_infos,
    plugin_manager,
)
from claimkit._model import (
    Claim,
    OffsetConverter,
    Source,
    Span,
    check_claim,
    utf8_offset,
    utf16_offset,
)
from claimkit._output import SCHEMA_VERSION
from claimkit._pipeline import extract_many, read_source
from claimkit._quotemarks import Quotation, find_quotations
from claimkit._text import paragraphs, sentences, trie_pattern
from claimkit._version import __version__

__all__ = [
    "__version__",
    "extract",
    "extract_many",
    "Extractor",
    "Result",
    "PluginFailure",
    "PluginInfo",
    "Source",
    "Span",
    "Claim",
    "Document",
    "Quotation",
    "hookimpl",
    "hookspec",
    "ENTRY_POINT_GROUP",
    "plugin_manager",
    "plugin_infos",
    "check_claim",
    "read_source",
    "paragraphs",
    "sentences",
    "trie_pattern",
    "find_quotations",
    "utf16_offset",
    "utf8_offset",
    "OffsetConverter",
    "SCHEMA_VERSION",
    "ClaimkitError",
    "SpanError",
    "UnknownExtractorError",
    "PluginLoadError",
    "PluginError",
    "ClaimkitWarning",
]

_EXTRACTORS: dict[tuple[tuple[str, ...] | None, bool], Extractor] = {}


def extract(
    text_or_source: Source | str,
    *,
    extractors: Iterable[str] | None = None,
    strict: bool = False,
) -> list[Claim]:
    """Return the claims in one article, sorted by (start, end, kind, extractor).

    ``extractors`` selects plugins by name (None: all installed). A plugin that fails is
    reported with a ``ClaimkitWarning`` and the other plugins' claims are returned;
    ``strict=True`` raises ``PluginError`` instead. Use ``Extractor(...).run()`` to get
    the failures as data.
    """
    key_names = None if extractors is None else tuple(
        [extractors] if isinstance(extractors, str) else extractors
    )
    key = (key_names, strict)
    extractor = _EXTRACTORS.get(key)
    if extractor is None:
        extractor = _EXTRACTORS[key] = Extractor(key_names, strict=strict)
    return extractor.extract(text_or_source)
