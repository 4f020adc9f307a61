"""claimkit's quote extractor (plugin name ``quotes``, claim kind ``quote``).

The attributions themselves come from the core (``claimkit.attribution``), which the
policy plugin reads too; this plugin turns them into ``quote`` claims and leaves out the
page furniture (see ``claimkit_quotes._furniture`` and docs/plugins/quotes.md).
"""

from __future__ import annotations

from claimkit import hookimpl
from claimkit_quotes._extract import extract_quotes

__all__ = ["claimkit_extract", "claimkit_kinds", "KIND"]

KIND = "quote"


@hookimpl
def claimkit_kinds() -> list[str]:
    """The kinds this plugin produces."""
    return [KIND]


@hookimpl
def claimkit_extract(document):  # type: ignore[no-untyped-def]
    """The article's direct, indirect and mixed quotes as ``quote`` claims."""
    return extract_quotes(document)
