"""The plugin host: finds plugins, runs each one on its own, checks and sorts claims.

Flow: text -> ``Document`` -> every selected plugin's ``claimkit_extract`` (each called
on its own, so one plugin's failure loses no other plugin's claims) -> every claim
checked against the offset rule -> claims sorted -> ``Result``.
"""

from __future__ import annotations

import importlib.metadata
import os
import warnings
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
import pluggy

from claimkit import _hookspecs
from claimkit._document import Document
from claimkit._errors import (
    ClaimkitWarning,
    PluginError,
    PluginLoadError,
    SpanError,
    UnknownExtractorError,
)
from claimkit._model import Claim, Source, check_claim, sort_key

__all__ = [
    "ENTRY_POINT_GROUP",
    "DISABLE_AUTOLOAD_ENV",
    "PLUGINS_ENV",
    "PluginFailure",
    "PluginInfo",
    "Result",
    "Extractor",
    "plugin_manager",
    "default_plugin_manager",
]

ENTRY_POINT_GROUP = "claimkit"
#: Set to a non-empty value (other than "0") to load no plugin from entry points.
DISABLE_AUTOLOAD_ENV = "CLAIMKIT_DISABLE_PLUGIN_AUTOLOAD"
#: Comma-separated entry-point names: load only these plugins from entry points.
PLUGINS_ENV = "CLAIMKIT_PLUGINS"


@attrs.frozen
class PluginFailure:
    """One plugin failed on one article: it raised, or returned a claim that breaks a rule."""

    plugin: str
    error_type: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"plugin": self.plugin, "error_type": self.error_type, "message": self.message}


@attrs.frozen
class PluginInfo:
    """What ``claimkit plugins`` prints for one plugin."""

    name: str
    version: str | None
    kinds: tuple[str, ...]
    module: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "kinds": list(self.kinds),
                "module": self.module}


@attrs.frozen
class Result:
    """The outcome for one article: its claims, and any plugin failures or input error."""

    source: Source
    claims: list[Claim]
    failures: list[PluginFailure] = attrs.field(factory=list)
    #: Set when the article itself could not be read (a file that is not UTF-8, say).
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and not self.failures


def _autoload_disabled() -> bool:
    value = os.environ.get(DISABLE_AUTOLOAD_ENV, "")
    return value not in ("", "0")


def plugin_manager(*, load_entrypoints: bool = True) -> pluggy.PluginManager:
    """A new PluginManager with claimkit's hooks, plugins loaded from entry points.

    ``CLAIMKIT_DISABLE_PLUGIN_AUTOLOAD=1`` turns entry-point loading off and
    ``CLAIMKIT_PLUGINS=a,b`` loads only the named ones. A hook implementation whose
    name claimkit does not define (a misspelling) raises ``PluginLoadError`` here.
    """
    pm = pluggy.PluginManager(_hookspecs.PROJECT)
    pm.add_hookspecs(_hookspecs)
    if load_entrypoints and not _autoload_disabled():
        allowed = os.environ.get(PLUGINS_ENV, "").strip()
        names = {n.strip() for n in allowed.split(",") if n.strip()} if allowed else None
        try:
            if names is None:
                pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
            else:
                for name in sorted(names):
                    pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP, name=name)
        except Exception as error:  # an import error inside a plugin package
            raise PluginLoadError(
                f"cannot load a claimkit plugin from entry points: "
                f"{type(error).__name__}: {error}"
            ) from error
    check_plugins(pm)
    return pm


def check_plugins(pm: pluggy.PluginManager) -> None:
    """Fail loudly on hooks that claimkit does not define (such as misspellings)."""
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as error:
        raise PluginLoadError(str(error)) from error


_DEFAULT_PM: pluggy.PluginManager | None = None


def default_plugin_manager() -> pluggy.PluginManager:
    """The process-wide manager ``claimkit.extract`` uses, built on first use."""
    global _DEFAULT_PM
    if _DEFAULT_PM is None:
        _DEFAULT_PM = plugin_manager()
    return _DEFAULT_PM


def _plugin_version(pm: pluggy.PluginManager, plugin: object) -> str | None:
    for candidate, dist in pm.list_plugin_distinfo():
        if candidate is plugin:
            version = getattr(dist, "version", None)
            return str(version) if version is not None else None
    module = getattr(plugin, "__name__", "")
    version = getattr(plugin, "__version__", None)
    if version is None and module:
        try:
            version = importlib.metadata.version(module.split(".")[0])
        except importlib.metadata.PackageNotFoundError:
            version = None
    return version


class Extractor:
    """Runs a chosen set of plugins over articles. Build once, use for many articles.

    ``extractors``: plugin names to run (None: every plugin that implements
    ``claimkit_extract``). ``strict``: raise ``PluginError`` on the first plugin failure
    instead of recording it and warning.
    """

    def __init__(
        self,
        extractors: Iterable[str] | None = None,
        *,
        strict: bool = False,
        plugin_manager: pluggy.PluginManager | None = None,
    ) -> None:
        self.plugin_manager = plugin_manager or default_plugin_manager()
        self.strict = strict
        available = {impl.plugin_name: impl
                     for impl in self.plugin_manager.hook.claimkit_extract.get_hookimpls()}
        if extractors is None:
            chosen = sorted(available)
        else:
            if isinstance(extractors, str):
                extractors = [n.strip() for n in extractors.split(",") if n.strip()]
            chosen = list(dict.fromkeys(extractors))
            unknown = [name for name in chosen if name not in available]
            if unknown:
                listing = ", ".join(sorted(available)) or "none installed"
                raise UnknownExtractorError(
                    f"no extractor named {', '.join(map(repr, unknown))}; "
                    f"available: {listing}"
                )
        self.names: tuple[str, ...] = tuple(chosen)
        self._impls = [available[name] for name in self.names]

    def __repr__(self) -> str:
        return f"Extractor(extractors={list(self.names)!r}, strict={self.strict})"

    def run(self, source: Source | str) -> Result:
        """Run every chosen plugin on one article and return a ``Result``."""
        document = Document(source)
        claims: list[Claim] = []
        failures: list[PluginFailure] = []
        for impl in self._impls:
            document._extractor_name = impl.plugin_name
            try:
                returned = self._call(impl, document)
            except Exception as error:
                self._fail(PluginFailure(impl.plugin_name, type(error).__name__, str(error)),
                           document, failures, error)
                continue
            text = document.text
            for claim in returned:
                try:
                    check_claim(text, claim)
                except SpanError as error:
                    # Only the bad claim is refused; the plugin's other claims are kept.
                    self._fail(PluginFailure(impl.plugin_name, "SpanError", str(error)),
                               document, failures, error)
                    continue
                if claim.extractor != impl.plugin_name:
                    claim = attrs.evolve(claim, extractor=impl.plugin_name)
                claims.append(claim)
        document._extractor_name = ""
        claims.sort(key=sort_key)
        return Result(source=document.source, claims=claims, failures=failures)

    def _fail(self, failure: PluginFailure, document: Document,
              failures: list[PluginFailure], error: Exception) -> None:
        if self.strict:
            raise PluginError(failure.plugin, failure.message) from error
        failures.append(failure)
        where = f" on {document.id}" if document.id else ""
        warnings.warn(
            f"claimkit: plugin {failure.plugin!r} failed{where}: "
            f"{failure.error_type}: {failure.message}; other claims are kept",
            ClaimkitWarning,
            stacklevel=4,
        )

    def extract(self, source: Source | str) -> list[Claim]:
        """Run every chosen plugin on one article and return its claims, sorted."""
        return self.run(source).claims

    @staticmethod
    def _call(impl: pluggy.HookImpl, document: Document) -> list[Any]:
        arguments = {"document": document}
        returned = impl.function(*[arguments[name] for name in impl.argnames])
        if returned is None:
            return []
        if isinstance(returned, (str, bytes, Claim)) or not isinstance(returned, Iterable):
            raise SpanError(f"returned a {type(returned).__name__}, not an iterable of claims")
        return list(returned)  # a generator runs here, inside the caller's try


def plugin_infos(pm: pluggy.PluginManager | None = None) -> list[PluginInfo]:
    """The installed plugins that extract claims, sorted by name."""
    pm = pm or default_plugin_manager()
    infos = []
    for impl in pm.hook.claimkit_extract.get_hookimpls():
        plugin = impl.plugin
        kinds: Sequence[str] = ()
        kinds_hook = getattr(plugin, "claimkit_kinds", None)
        if callable(kinds_hook):
            try:
                kinds = tuple(kinds_hook() or ())
            except Exception:  # a broken optional hook must not hide the plugin
                kinds = ()
        infos.append(PluginInfo(
            name=impl.plugin_name,
            version=_plugin_version(pm, plugin),
            kinds=tuple(kinds),
            module=getattr(plugin, "__name__", type(plugin).__name__),
        ))
    return sorted(infos, key=lambda info: info.name)
