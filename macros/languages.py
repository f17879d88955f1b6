"""The site's languages and how to tell which one a page or build is in.

mkdocs-static-i18n builds once per language; `theme.language` is stale
during the second build, so the language comes from the page's file or
from the i18n plugin, never from the theme.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("fi", "sv")
DEFAULT_LANGUAGE = "fi"
# Where each language's pages are under the site's root: the default at the
# root, the others in a folder of their name (mkdocs.yml's i18n plugin says the same).
LANG_ROOTS = {lang: "" if lang == DEFAULT_LANGUAGE else f"{lang}/" for lang in LANGUAGES}


def language_of_path(path: str) -> str:
    """The language of a site path such as 'sv/rules/goals/' or 'rules/goals/'."""
    return next((lang for lang, root in LANG_ROOTS.items() if root and path.startswith(root)), DEFAULT_LANGUAGE)


def built_languages(config) -> list[tuple[str, str]]:
    """[(locale, link)] of the built languages, default first; link like '/' or '/sv/'."""
    i18n = config.plugins["i18n"]
    return [(lang.locale, lang.link) for lang in i18n.config.languages if lang.build]


def current_language(config) -> str:
    return config.plugins["i18n"].current_language


def page_language(page, config) -> str:
    file = getattr(page, "file", None)
    return getattr(file, "locale", None) or current_language(config)


def lang_prefix(config, lang: str) -> str:
    """'' for the default language, 'sv/' for Swedish: the path of its root."""
    return dict(built_languages(config)).get(lang, "/").lstrip("/")


@dataclass(frozen=True)
class PageInfo:
    """What a component needs to know about the page it is rendered in."""

    lang: str  # "fi" or "sv"
    url: str  # the page's URL relative to the site root, e.g. "sv/tools/x/"
    lang_prefix: str  # "" or "sv/"


def page_info(env) -> PageInfo:
    """From mkdocs-macros' env while a page renders."""
    lang = page_language(env.page, env.conf)
    return PageInfo(lang, env.page.url, lang_prefix(env.conf, lang))
