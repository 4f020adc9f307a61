"""The hooks a claimkit plugin can implement. Every hook name starts with ``claimkit_``.

pluggy lets an implementation accept fewer arguments than the spec names, so new
arguments can be added here later without breaking existing plugins.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from claimkit._document import Document
    from claimkit._model import Claim

PROJECT = "claimkit"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def claimkit_extract(document: Document) -> Iterable[Claim] | None:
    """Return the claims this plugin finds in ``document``.

    Build claims with ``document.claim(...)`` (it fills in the span texts and the
    claim's envelope). The host sets ``Claim.extractor`` to the plugin's name, checks
    every span against the text, and sorts the output.
    """


@hookspec
def claimkit_kinds() -> Iterable[str]:  # type: ignore[empty-body]
    """Return the claim kinds this plugin produces (shown by ``claimkit plugins``)."""
