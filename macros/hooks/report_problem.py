"""MkDocs hooks for the "report a problem on this page" link (see
macros/report_problem.py; the template is overrides/partials/report-problem.html)."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]  # loaded by path, like site.py: this checkout's macros
if sys.path[0] != str(_ROOT):
    sys.path.insert(0, str(_ROOT))

from mkdocs.exceptions import PluginError  # noqa: E402

from macros import languages  # noqa: E402
from macros.loading import ui  # noqa: E402
from macros.report_problem import report_links, repository_address, settings_problem  # noqa: E402


def _email(config) -> str:
    return (config.extra.get("feedback_email") or "").strip()


def on_config(config):
    problem = settings_problem(repository_address(config), _email(config))
    if problem:
        raise PluginError(problem)
    return config


def on_page_context(context, page, config, nav):
    lang = languages.page_language(page, config)
    context["report_links"] = report_links(
        repository=repository_address(config),
        email=_email(config),
        # The title the browser's tab shows (Material's <title>): front matter first.
        title=(page.meta or {}).get("title") or page.title or config.site_name,
        page_url=page.canonical_url or page.url,
        texts=ui.ui_strings(lang),
    )
    return context
