"""claimkit's exceptions and warnings.

Exception tree::

    ClaimkitError (Exception)
    ├── SpanError (ClaimkitError, ValueError)           a claim breaks the offset rule
    ├── UnknownExtractorError (ClaimkitError, LookupError)   --extractors names no plugin
    ├── PluginLoadError (ClaimkitError, RuntimeError)   a plugin cannot be loaded or has a
    │                                                   misspelt hook
    └── PluginError (ClaimkitError, RuntimeError)       a plugin failed (strict mode only);
                                                        .plugin names it, __cause__ is why
    ClaimkitWarning (UserWarning)                       a plugin failed; others' claims kept
"""

from __future__ import annotations

__all__ = [
    "ClaimkitError",
    "SpanError",
    "UnknownExtractorError",
    "PluginLoadError",
    "PluginError",
    "ClaimkitWarning",
]


class ClaimkitError(Exception):
    """Base class of every error claimkit raises on purpose."""


class SpanError(ClaimkitError, ValueError):
    """A claim or role span does not match the text (or breaks another claim rule)."""


class UnknownExtractorError(ClaimkitError, LookupError):
    """An extractor was asked for by a name that no installed plugin has."""


class PluginLoadError(ClaimkitError, RuntimeError):
    """A plugin could not be loaded, or implements a hook claimkit does not define."""


class PluginError(ClaimkitError, RuntimeError):
    """A plugin raised or returned a bad claim, and strict mode was on."""

    def __init__(self, plugin: str, message: str) -> None:
        super().__init__(f"plugin {plugin!r}: {message}")
        self.plugin = plugin


class ClaimkitWarning(UserWarning):
    """A plugin failed on one article; the other plugins' claims were kept."""
