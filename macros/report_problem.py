"""The "report a problem on this page" link under every page.

A plain link, no script: it opens a new issue in the site's GitHub
repository, or the reader's mail program, with the page's title and address
filled in. Nothing is sent until the reader sends the issue or the mail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from .loading.wording import say

GITHUB_REPOSITORY = re.compile(r"^https://github\.com/[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+/?$")
EMAIL = re.compile(r"^[^@\s<>\"'?&]+@[^@\s<>\"'?&]+\.[^@\s<>\"'?&]+$")


@dataclass(frozen=True)
class ReportLink:
    href: str
    via: str  # "github" or "email": which text the template shows


def repository_address(config) -> str:
    """The repository's address: mkdocs.yml repo_url, else extra.repository (REPO_URL)."""
    return (config.repo_url or config.extra.get("repository") or "").strip()


def settings_problem(repository: str, email: str) -> str | None:
    """What is wrong with the configured addresses, in the editor's language, or None."""
    if repository and not GITHUB_REPOSITORY.match(repository):
        return say(
            f"Lähdekoodin osoite {repository!r} (REPO_URL tai repo_url, mkdocs.yml) ei ole GitHub-repositorion "
            "osoite muotoa https://github.com/omistaja/nimi: ”Ilmoita ongelmasta” -linkki tarvitsee sen.",
            f"Adressen {repository!r} (REPO_URL eller repo_url, mkdocs.yml) är inte adressen till ett "
            "GitHub-repositorium i formen https://github.com/ägare/namn: länken ”Rapportera ett problem” behöver den.",
        )
    if email and not EMAIL.match(email):
        return say(
            f"Palauteosoite {email!r} (FEEDBACK_EMAIL, extra.feedback_email) ei ole sähköpostiosoite.",
            f"Adressen för respons {email!r} (FEEDBACK_EMAIL, extra.feedback_email) är ingen e-postadress.",
        )
    return None


def report_links(*, repository: str, email: str, title: str, page_url: str, texts) -> list[ReportLink]:
    """The links to show, first the one the site prefers: a new GitHub issue
    when the repository is configured, then (or else) a mail to the feedback
    address. Empty when neither is configured (a local build).

    `texts` holds the page language's report_subject ("…{title}") and
    report_body ("…{url}…")."""
    subject = texts["report_subject"].replace("{title}", title)
    body = texts["report_body"].replace("{url}", page_url)
    links = []
    if repository:
        query = urlencode({"title": subject, "body": body}, quote_via=quote)
        links.append(ReportLink(f"{repository.rstrip('/')}/issues/new?{query}", "github"))
    if email:
        # mailto: takes %20 for spaces (RFC 6068), never "+".
        query = urlencode({"subject": subject, "body": body.replace("\n", "\r\n")}, quote_via=quote)
        links.append(ReportLink(f"mailto:{email}?{query}", "email"))
    return links
