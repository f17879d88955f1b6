"""Entry point for mkdocs-macros: registers the site's macros.

Macro logic lives in plain functions (macros/render.py, macros/data.py) so
that it can move to another generator later.
"""
from __future__ import annotations

from macros import render


def _page_language(env) -> str:
    # theme.language is stale during the second language's build: ask i18n.
    page = env.page
    return getattr(page.file, "locale", None) or env.conf.plugins["i18n"].current_language


def _lang_prefix(env, lang: str) -> str:
    for language in env.conf.plugins["i18n"].config.languages:
        if language.locale == lang:
            return language.link.lstrip("/")
    return ""


def define_env(env):
    @env.macro
    def page_language() -> str:
        """The language of the page being rendered ('fi' or 'sv')."""
        return _page_language(env)

    @env.macro
    def self_assessment(tool_id: str) -> str:
        """The whole self-assessment `tool_id` as an HTML form (data/self-assessments/<id>.yml)."""
        lang = _page_language(env)
        context = render.self_assessment_context(tool_id, lang, env.page.url, _lang_prefix(env, lang))
        template = env.conf.theme.get_env().get_template("partials/self-assessment.html")
        return render.compact(template.render(**context))

    @env.macro
    def feedback_contact() -> str:
        """The maintainer's feedback address from mkdocs.yml (extra.feedback_email)."""
        email = (env.conf.extra.get("feedback_email") or "").strip()
        if email:
            return f"[{email}](mailto:{email})"
        # Until the publisher names an address, say so plainly instead of inventing one.
        return {
            "fi": "ylläpitäjän sähköpostiosoite, joka lisätään tähän ennen sivuston julkaisua",
            "sv": "administratörens e-postadress, som läggs till här innan webbplatsen publiceras",
        }[_page_language(env)]
