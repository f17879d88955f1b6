"""The macros module, driven with a stand-in for mkdocs-macros' env."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from macros import links, main


class FakeEnv:
    def __init__(self, locale, url):
        self.macros = {}
        languages = [
            SimpleNamespace(locale="fi", link="/", build=True),
            SimpleNamespace(locale="sv", link="/sv/", build=True),
        ]
        i18n = SimpleNamespace(current_language="fi", config=SimpleNamespace(languages=languages))
        self.conf = SimpleNamespace(plugins={"i18n": i18n})
        self.page = SimpleNamespace(file=SimpleNamespace(locale=locale), url=url)

    def macro(self, fn, name=None):
        self.macros[name or fn.__name__] = fn
        return fn


@pytest.mark.parametrize("locale", ["fi", "sv"])
def test_page_language_macro_reads_the_page_not_the_theme(locale):
    env = FakeEnv(locale, "")
    main.define_env(env)
    assert env.macros["page_language"]() == locale


@pytest.mark.parametrize(
    "docs_path,expected",
    [
        ("rules/goals.md#actions", "rules/goals/#actions"),
        ("index.md", ""),
        ("rules/index.md", "rules/"),
        ("guides/why-networks.md", "guides/why-networks/"),
    ],
)
def test_page_url_of(docs_path, expected):
    assert links.page_url_of(docs_path) == expected


@pytest.mark.parametrize(
    "page_url,prefix,expected",
    [
        ("tools/network-health/", "", "../../rules/goals/#actions"),
        ("sv/tools/network-health/", "sv/", "../../rules/goals/#actions"),
        ("sv/", "sv/", "rules/goals/#actions"),
    ],
)
def test_link_from(page_url, prefix, expected):
    assert links.link_from(page_url, prefix, "rules/goals.md#actions") == expected
