"""Pages at old addresses that send the reader on (data/redirects.yml).

Written by us rather than a plugin: mkdocs-static-i18n builds once per
language, and the page needs the right language and no inline script
(the site's Content-Security-Policy allows none).
"""

from __future__ import annotations

import posixpath
from pathlib import Path

from jinja2 import Template

from ..languages import language_of_path
from ..loading.errors import DataError
from ..loading.wording import say

REDIRECT_MARK = 'name="redirect-to"'
PAGE = Template(
    """<!doctype html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex">
<meta name="redirect-to" content="{{ target }}">
<meta http-equiv="refresh" content="0; url={{ target }}">
<link rel="canonical" href="{{ target }}">
<title>{{ title }}</title>
</head>
<body>
<p><a href="{{ target }}">{{ text }}</a></p>
</body>
</html>
""",
    autoescape=True,
)
TEXTS = {
    "fi": ("Sivu on siirtynyt", "Sivu on siirtynyt uuteen osoitteeseen. Jatka tästä."),
    "sv": ("Sidan har flyttat", "Sidan har flyttat till en ny adress. Fortsätt här."),
}


def write_redirects(site_dir: Path, redirects: dict[str, str], source: Path) -> None:
    for old, new in redirects.items():
        target_path = new.split("#", 1)[0]
        if not (site_dir / target_path / "index.html").is_file():
            raise DataError(
                source, None, old, say(f"uutta osoitetta '{new}' ei ole", f"den nya adressen '{new}' finns inte")
            )
        if (site_dir / old / "index.html").is_file():
            raise DataError(
                source,
                None,
                old,
                say(
                    "vanhassa osoitteessa on yhä sivu: poista rivi",
                    "på den gamla adressen finns ännu en sida: ta bort raden",
                ),
            )
        lang = language_of_path(old)
        relative = posixpath.relpath(new or ".", old.rstrip("/") or ".")
        relative = relative if relative.endswith("/") or "#" in relative else relative + "/"
        title, text = TEXTS[lang]
        out = site_dir / old / "index.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(PAGE.render(lang=lang, target=relative, title=title, text=text), encoding="utf-8")
