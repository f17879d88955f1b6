"""Published addresses keep working: every address in links.txt resolves in
the built site, directly or through data/redirects.yml."""

from __future__ import annotations

from macros.editor_checks.link_inventory import current_addresses, read_inventory, unresolved
from macros.hooks.redirects import write_redirects


def test_every_address_ever_published_still_resolves(site):
    addresses = read_inventory()
    assert len(addresses) >= len(current_addresses())
    problems = unresolved(site.dir, addresses)
    assert not problems, "\n".join(problems)


def test_the_inventory_lists_every_current_address():
    missing = [address for address in current_addresses() if address not in read_inventory()]
    assert not missing, f"new addresses are not in links.txt: run `make links` and commit links.txt: {missing[:10]}"


def fake_site(tmp_path, pages):
    for path, html in pages.items():
        (tmp_path / path).mkdir(parents=True, exist_ok=True)
        (tmp_path / path / "index.html").write_text(html, encoding="utf-8")
    return tmp_path


def test_a_renamed_page_is_caught_until_a_redirect_takes_it_on(tmp_path):
    site = fake_site(
        tmp_path, {"rules/trust-new/": '<h2 id="actions">x</h2>', "sv/rules/trust-new/": '<h2 id="actions">x</h2>'}
    )
    addresses = ["/rules/trust/", "/rules/trust/#actions", "/sv/rules/trust/#actions"]
    problems = unresolved(site, addresses)
    assert len(problems) == 3
    assert all("data/redirects.yml" in problem and "rules/trust/" in problem for problem in problems)
    write_redirects(
        site, {"rules/trust/": "rules/trust-new/", "sv/rules/trust/": "sv/rules/trust-new/"}, tmp_path / "r.yml"
    )
    assert unresolved(site, addresses) == []
    redirect = (site / "sv" / "rules" / "trust" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="sv">' in redirect and "<script" not in redirect


def test_a_removed_anchor_is_caught_with_the_way_to_keep_it(tmp_path):
    site = fake_site(tmp_path, {"rules/goals/": '<h2 id="renamed">x</h2>'})
    problems = unresolved(site, ["/rules/goals/#questions"])
    assert len(problems) == 1 and "{#questions}" in problems[0]
