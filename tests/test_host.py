"""The plugin host: selection, isolation of failures, span checks, ordering, loading."""

from __future__ import annotations

import json
import warnings

import pytest
from hypothesis import given, settings

import claimkit
from claimkit import (
    Claim,
    ClaimkitWarning,
    Extractor,
    PluginError,
    PluginLoadError,
    UnknownExtractorError,
    hookimpl,
)
from claimkit._host import DISABLE_AUTOLOAD_ENV, PLUGINS_ENV

from strategies import any_text, long_lines

TEXT = "Hello world. Goodbye world."


class WordPlugin:
    """Claims every 'world' as a claim of kind 'word'."""

    @hookimpl
    def claimkit_kinds(self):
        return ["word"]

    @hookimpl
    def claimkit_extract(self, document):
        start = document.text.find("world")
        while start >= 0:
            yield document.claim("word", {"token": (start, start + 5)})
            start = document.text.find("world", start + 1)


class LyingPlugin:
    """Returns one good claim and one whose text does not match its offsets."""

    @hookimpl
    def claimkit_extract(self, document):
        return [document.claim("word", {"token": (0, 5)}),
                Claim("word", 0, 5, "Howdy", roles={})]


class CrashingPlugin:
    @hookimpl
    def claimkit_extract(self, document):
        raise RuntimeError("boom")


class MisspeltPlugin:
    @hookimpl
    def claimkit_extrct(self, document):  # the typo is the point of the test
        return []


def manager(**plugins):
    pm = claimkit.plugin_manager(load_entrypoints=False)
    for name, plugin in plugins.items():
        pm.register(plugin, name=name)
    return pm


def test_host_sets_extractor_name_and_sorts():
    pm = manager(words=WordPlugin())
    claims = Extractor(plugin_manager=pm).extract(TEXT)
    assert [(c.start, c.text, c.extractor) for c in claims] == [
        (6, "world", "words"), (21, "world", "words")]


def test_bad_span_is_refused_naming_plugin_and_span_and_others_are_kept():
    pm = manager(words=WordPlugin(), liar=LyingPlugin())
    with pytest.warns(ClaimkitWarning, match=r"'liar'.*\(0, 5\).*'Howdy'.*'Hello'"):
        result = Extractor(plugin_manager=pm).run(TEXT)
    assert [c.extractor for c in result.claims] == ["liar", "words", "words"]
    assert [(f.plugin, f.error_type) for f in result.failures] == [("liar", "SpanError")]
    assert "(0, 5)" in result.failures[0].message


def test_crashing_plugin_is_isolated():
    pm = manager(crash=CrashingPlugin(), words=WordPlugin())
    with pytest.warns(ClaimkitWarning, match="'crash' failed.*boom"):
        result = Extractor(plugin_manager=pm).run(TEXT)
    assert len(result.claims) == 2
    assert result.failures[0].to_dict() == {
        "plugin": "crash", "error_type": "RuntimeError", "message": "boom"}


def test_strict_mode_raises_with_the_plugin_name():
    pm = manager(crash=CrashingPlugin(), words=WordPlugin())
    with pytest.raises(PluginError, match="'crash'") as info:
        Extractor(plugin_manager=pm, strict=True).run(TEXT)
    assert info.value.plugin == "crash"
    assert isinstance(info.value.__cause__, RuntimeError)


def test_plugins_are_chosen_by_name_and_unknown_names_list_what_exists():
    pm = manager(words=WordPlugin(), crash=CrashingPlugin())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(Extractor(["words"], plugin_manager=pm).extract(TEXT)) == 2
    with pytest.raises(UnknownExtractorError, match="'nope'.*available: crash, words"):
        Extractor(["nope"], plugin_manager=pm)


def test_misspelt_hook_fails_at_start_up():
    pm = claimkit.plugin_manager(load_entrypoints=False)
    pm.register(MisspeltPlugin(), name="typo")
    with pytest.raises(PluginLoadError, match="claimkit_extrct"):
        claimkit._host.check_plugins(pm)


def test_output_order_does_not_depend_on_plugin_order():
    one = Extractor(plugin_manager=manager(a=WordPlugin(), b=LyingPlugin()))
    two = Extractor(plugin_manager=manager(b=LyingPlugin(), a=WordPlugin()))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ClaimkitWarning)
        assert one.extract(TEXT) == two.extract(TEXT)


def test_autoload_off_switch_and_allow_list(monkeypatch):
    monkeypatch.setenv(DISABLE_AUTOLOAD_ENV, "1")
    assert claimkit.plugin_infos(claimkit.plugin_manager()) == []
    monkeypatch.delenv(DISABLE_AUTOLOAD_ENV)
    monkeypatch.setenv(PLUGINS_ENV, "numbers")
    assert [i.name for i in claimkit.plugin_infos(claimkit.plugin_manager())] == ["numbers"]


def test_builtin_plugins_come_through_the_entry_point_group():
    infos = {info.name: info for info in claimkit.plugin_infos(claimkit.plugin_manager())}
    assert {"quotes", "numbers", "policy"} <= set(infos)
    assert infos["quotes"].kinds == ("quote",)
    assert infos["numbers"].kinds == ("numeric_fact",)
    assert infos["policy"].kinds == ("policy_change",)
    assert infos["quotes"].version == claimkit.__version__


@settings(max_examples=150, deadline=None)
@given(any_text)
def test_builtin_extractors_never_raise_and_keep_every_offset_rule(text):
    with warnings.catch_warnings():
        warnings.simplefilter("error", ClaimkitWarning)  # a plugin failure fails the test
        result = Extractor(strict=True).run(text)
        again = Extractor(strict=True).run(text)
    assert result.claims == again.claims
    for claim in result.claims:
        claimkit.check_claim(text, claim)
        assert claim.extractor in ("quotes", "numbers", "policy")
        json.dumps(claim.to_dict(), allow_nan=False)
    keys = [claimkit._model.sort_key(c) for c in result.claims]
    assert keys == sorted(keys)


@settings(max_examples=15, deadline=None)
@given(long_lines)
def test_builtin_extractors_survive_very_long_lines(text):
    result = Extractor(strict=True).run(text)
    for claim in result.claims:
        claimkit.check_claim(text, claim)
