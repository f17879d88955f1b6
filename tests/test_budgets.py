"""The performance budgets: one committed file, shown in README.md, and
verdicts that fail when a figure is over."""

from __future__ import annotations

import re
from collections import Counter

from macros.paths import ROOT
from macros.tooling.site_build import GZIP_LEVEL
from scripts.benchmark import budgets, transfers


def test_readme_shows_the_committed_budgets():
    table = budgets.readme_table(budgets.load())
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert table in readme, (
        f"README.md's budget table differs from scripts/benchmark/budgets.yml; it should read:\n{table}"
    )


def test_the_bench_compresses_as_the_production_server_does():
    """nginx compresses at level 1 unless told otherwise: the sizes the bench
    reports are the ones the sample configuration sends."""
    conf = (ROOT / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    levels = re.findall(r"^\s*gzip_comp_level\s+(\d+);", conf, re.M)
    assert levels == [str(GZIP_LEVEL)], f"deploy/nginx.conf sets gzip_comp_level {levels}, the bench uses {GZIP_LEVEL}"


def test_a_figure_over_its_budget_fails(capsys):
    verdicts = budgets.Verdicts()
    verdicts.at_most("first visit", 101.0, 100, " KB")
    verdicts.at_most("second page", 20.0, 20, " KB")
    verdicts.at_least("recall", 0.89, 0.9)
    assert [line.split(":")[0] for line in verdicts.failed] == ["first visit", "recall"]
    assert "OVER first visit: 101.0 KB (budget <= 100 KB)" in capsys.readouterr().out


def test_transfers_are_counted_by_type():
    log = [
        ("/guides/x/", 200, "text/html", 7000),
        ("/assets/javascripts/bundle.a5f9d56c.min.js", 200, "application/javascript", 30000),
        ("/assets/javascripts/init.0123abcd.js", 200, "text/javascript", 700),
        ("/assets/javascripts/workers/search-worker.0123abcd.js", 200, "text/javascript", 200),
        ("/sv/search/search_index.json", 200, "application/json", 20000),
        ("/guides/x/sitemap.xml", 404, "text/html", 900),
        ("/sw.js", 200, "text/javascript", 500),
    ]
    visit = transfers.summarise(log)
    assert visit.bytes_by_kind == Counter(
        {"html": 7000, "js": 31200, "search worker": 200, "search index": 20000, "sitemaps": 900}
    )
    assert visit.own_script_bytes == 700 + 200 + 500, "our scripts, not Material's bundle"
    assert visit.total == sum(entry[3] for entry in log)
