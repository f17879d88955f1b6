"""MkDocs hooks (see `hooks:` in mkdocs.yml).

- gives templates the page's UI strings, language root and components;
- checks every data file before a build and lists all of their problems;
- fails the build on front matter that MkDocs would silently drop;
- keeps `make serve` serving the last good site while a rebuild fails;
- splits the search index by language (search_index.py);
- puts content hashes in our asset names (asset_hashes.py).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import sys
import traceback
from pathlib import Path
from urllib.parse import urljoin, urlsplit

# MkDocs loads this file by path. Put its own checkout first on sys.path so
# that `macros` below is this checkout's package, whichever environment (or
# another checkout's editable install) runs mkdocs.
_ROOT = Path(__file__).resolve().parents[2]
if sys.path[0] != str(_ROOT):
    sys.path.insert(0, str(_ROOT))

from markupsafe import Markup  # noqa: E402
from mkdocs import exceptions as mkdocs_exceptions  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.plugins import event_priority  # noqa: E402

import macros  # noqa: E402
from macros import languages  # noqa: E402
from macros.components import COMPONENTS, SHARE  # noqa: E402
from macros.components.share.context import is_shared  # noqa: E402
from macros.hooks.asset_hashes import AssetCycle, hash_own_assets  # noqa: E402
from macros.hooks.component_stash import restore as restore_components  # noqa: E402
from macros.hooks.offline import OFFLINE_PAGE, write_service_worker  # noqa: E402
from macros.hooks.redirects import write_redirects  # noqa: E402
from macros.hooks.search_index import split_search_index  # noqa: E402
from macros.loading import ui  # noqa: E402
from macros.loading.errors import DataError  # noqa: E402
from macros.loading.redirects import load_redirects  # noqa: E402
from macros.loading.wording import say  # noqa: E402
from macros.render import render_component, template_bytecode_cache  # noqa: E402
from macros.validation.data import data_problems  # noqa: E402
from macros.validation.front_matter import check_front_matter  # noqa: E402

if Path(macros.__file__).resolve().parent != _ROOT / "macros":
    raise ImportError(f"macros was imported from {macros.__file__}, not from this checkout ({_ROOT})")

# A child of the "mkdocs" logger: its warnings count for the strict build.
log = logging.getLogger("mkdocs.site_hooks")

PERMALINK_SENTINEL = "__permalink_title__"
# Material's base.html gives its checkbox toggles autocomplete="off", which
# HTML allows only on text-like inputs. base.html cannot be overridden in
# part, so the attribute is taken out of the finished page.
CHECKBOX_AUTOCOMPLETE = re.compile(r'(<input\b[^>]*\btype="checkbox"[^>]*?)\s+autocomplete="off"')


LOCAL_HOSTS = ("http://127.0.0.1", "http://localhost", "http://[::1]")


# Rendered once per language; written under each language's root (on_post_build).
PER_LANGUAGE_TEMPLATES = ("404.html", OFFLINE_PAGE)


def on_config(config):
    # The service worker's "no network" page (macros/hooks/service_worker.js).
    config.theme.static_templates.add(OFFLINE_PAGE)
    # A published site must give readers a real feedback address: the
    # accessibility statement is required to (and the privacy page promises one).
    published = config.site_url and not config.site_url.startswith(LOCAL_HOSTS)
    if published and not (config.extra.get("feedback_email") or "").strip():
        raise PluginError(
            say(
                f"Julkaisu osoitteeseen {config.site_url} tarvitsee palauteosoitteen: aseta FEEDBACK_EMAIL "
                f"(extra.feedback_email, mkdocs.yml)",
                f"Publicering på {config.site_url} kräver en adress för "
                f"respons: ange FEEDBACK_EMAIL (extra.feedback_email, mkdocs.yml)",
            )
        )
    return config


def on_pre_build(config):
    if config.plugins["i18n"].building:
        return  # the other language's build reads the same, already checked and loaded files
    # `mkdocs serve` rebuilds in the same process: read edited data anew.
    ui.load_ui.cache_clear()
    for component in COMPONENTS:
        component.clear_caches()
    # Every problem of every data file, in the words of `make check`, before
    # the first page stops the build at the first one.
    problems = [problem for error in data_problems() for problem in error.errors]
    if problems:
        for problem in problems:
            log.error(str(problem))
        raise PluginError(
            say(
                f"Sivustoa ei rakennettu: data-tiedostoissa on {len(problems)} ongelma(a), lueteltu yllä.",
                f"Webbplatsen byggdes inte: datafilerna har {len(problems)} problem, se ovan.",
            )
        )


def _data_error_in(exc: BaseException) -> DataError | None:
    """The DataError behind an exception (mkdocs-macros turns a failing macro into SystemExit)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, DataError):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


LAST_GOOD = ".last-good"  # hidden: MkDocs' clean_directory() keeps it, and serve removes it with the site


def _copy_site(source: Path, target: Path) -> None:
    """Replace what is served in `target` by the site in `source`, hidden folders aside."""
    for entry in target.iterdir() if target.is_dir() else []:
        if not entry.name.startswith("."):
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(LAST_GOOD), dirs_exist_ok=True)


def on_serve(server, config, builder):
    """`make serve`: a rebuild that fails names the problem in plain words and
    the server keeps answering with the last good site until a fix is saved."""
    build = server.builder
    site, last_good = Path(server.root), Path(server.root) / LAST_GOOD
    _copy_site(site, last_good)  # the first build succeeded, or serve would have stopped

    def build_or_keep_last_site():
        # MkDocs' server holds every request until the build it started has
        # finished, and one that raised never does: requests hung until the
        # fix. Ending the build here lets them through, to the last good site.
        try:
            build()
        except (Exception, SystemExit) as exc:  # SystemExit: mkdocs-macros' on_error_fail
            error = _data_error_in(exc)
            if error:
                for problem in error.errors:
                    log.error(str(problem))
            elif not isinstance(exc, (SystemExit, mkdocs_exceptions.Abort)):
                traceback.print_exc()  # not an editor's mistake: the programmer needs the trace
            # A build that failed halfway has cleaned the site (the Swedish half
            # is gone when a Swedish page fails): put the last good one back.
            _copy_site(last_good, site)
            log.error(
                say(
                    "Sivustoa ei päivitetty: korjaa yllä mainittu kohta ja tallenna. "
                    "Siihen asti selaimessa näkyy edellinen versio.",
                    "Webbplatsen uppdaterades inte: rätta det som nämns ovan och spara. "
                    "Till dess visar webbläsaren den förra versionen.",
                )
            )
        else:
            _copy_site(site, last_good)

    server.builder = build_or_keep_last_site
    return server


def on_env(env, config, files):
    # Compiling Material's templates is a large share of each language's
    # build; Jinja keeps the compiled code, checked against each template's
    # source, between builds (not committed).
    env.bytecode_cache = template_bytecode_cache()
    site_url = config.site_url or "/"
    env.globals["absolute_url"] = lambda link: urljoin(site_url, link.lstrip("/"))
    env.globals["format_date"] = _format_date
    return env


def on_page_markdown(markdown, page, config, files):
    # MkDocs drops front matter it cannot parse without a word. A warning
    # fails the strict build at its end, after every other problem is listed.
    try:
        check_front_matter(page.file.abs_src_path, page.file.content_string)
    except DataError as exc:
        log.warning(str(exc))
    return markdown


def on_page_content(html, page, config, files):
    html = restore_components(html, page)
    # The toc extension has one permalink title for every language.
    return html.replace(PERMALINK_SENTINEL, ui.ui_strings(languages.page_language(page, config))["permalink_title"])


def on_post_page(output, page, config):
    return CHECKBOX_AUTOCOMPLETE.sub(r"\1", output)


# "Page not found" and "no network" per language: each language's build
# renders them to the site's root, the later over the earlier, so each is
# kept here and written under its own root when the whole site is done.
_language_pages: dict[tuple[str, str], str] = {}


def on_post_template(output_content, template_name, config):
    output = CHECKBOX_AUTOCOMPLETE.sub(r"\1", output_content)
    if template_name in PER_LANGUAGE_TEMPLATES:
        _language_pages[template_name, languages.current_language(config)] = output
    return output


def _language_context(locale, config) -> dict:
    link = dict(languages.built_languages(config))[locale]
    return {
        "ui": ui.ui_strings(locale),
        "page_lang": locale,
        "ui_lang_root": link.rstrip("/"),  # "" or "/sv"
        "lang_prefix": link.lstrip("/"),  # "" or "sv/"
        # Each language's home, for pages that have no pair (404.html).
        "language_homes": dict(languages.built_languages(config)),  # {"fi": "/", "sv": "/sv/"}
    }


def on_page_context(context, page, config, nav):
    lang = languages.page_language(page, config)
    context.update(_language_context(lang, config))
    # The components on this page (the stash has seen them): main.html loads
    # their styles, the styles they share and the loader.
    components = {component for component in getattr(page, "components", []) if component.enhanced}
    prefix = languages.lang_prefix(config, lang)
    context["share_panel"] = ""
    if is_shared(page.url, prefix) and page.canonical_url:
        info = languages.PageInfo(lang, page.url, prefix)
        context["share_panel"] = Markup(render_component(SHARE, SHARE.build_context(page.canonical_url, info)))
        components.add(SHARE)
    context["components"] = sorted(component.name for component in components)
    context["shared_styles"] = sorted({style for component in components for style in component.shared_styles})
    return context


def on_template_context(context, template_name, config):
    # Static templates such as 404.html have no page.
    context.update(_language_context(languages.current_language(config), config))
    if template_name == OFFLINE_PAGE:
        # Served for any address, like 404.html (for which MkDocs does this itself).
        context["base_url"] = urlsplit(config.site_url or "/").path
    context.setdefault("components", [])
    context.setdefault("shared_styles", [])
    context.setdefault("share_panel", "")
    return context


def _format_date(value) -> str:
    """Finnish and Swedish both write dates as d.m.yyyy."""
    if isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return f"{value.day}.{value.month}.{value.year}"


@event_priority(-110)  # after the i18n plugin (-100), which builds the other languages
def on_post_build(config):
    if config.plugins["i18n"].building:
        return  # a nested per-language build: the whole site is not written yet
    site_dir = Path(config.site_dir)
    split_search_index(site_dir, languages.built_languages(config))
    redirects = _ROOT / "data" / "redirects.yml"
    write_redirects(site_dir, load_redirects(redirects), redirects)
    for (name, lang), html in _language_pages.items():
        (site_dir / languages.lang_prefix(config, lang) / name).write_text(html, encoding="utf-8")
    try:
        hash_own_assets(site_dir)  # after every page is written, before the worker's version
    except AssetCycle as cycle:
        raise PluginError(f"Scripts in overrides/assets import each other in a circle: {cycle}") from None
    write_service_worker(site_dir)  # last: its version covers every other file
