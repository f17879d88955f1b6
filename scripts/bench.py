"""`make bench`: what the browser transfers, Lighthouse, build cost and
search recall, each beside its budget in scripts/benchmark/budgets.yml.

Exits non-zero when a figure is over its budget or a part could not be
measured (a missing tool is named with how to install it). A report, not a
test: `make test` never times anything.

    python scripts/bench.py                  # everything (about 10 minutes)
    python scripts/bench.py --skip lighthouse,scaling   # quicker, while working
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmark import budgets, build_cost, lighthouse, transfers  # noqa: E402

from macros.languages import LANG_ROOTS  # noqa: E402
from macros.paths import CACHE_DIR  # noqa: E402
from macros.tooling.browser import CHROMIUM_ARGS, INSTALL, chromium_path  # noqa: E402
from macros.tooling.site_build import build_site, free_port, serve  # noqa: E402

# Measured pages, per language root: home, guide, rule, self-assessment, worksheet.
PAGES = ("", "guides/why-networks/", "rules/goals/", "tools/network-health/", "tools/network-plan/")
SECOND_PAGE = "rules/trust/"  # where a reader goes next, in the same language
ROOTS = tuple(LANG_ROOTS.values())
PARTS = ("transfers", "lighthouse", "build", "scaling", "search", "group-summary", "pdf")
SCALING_SIZES = (100, 400, 1600)


def kb(n: int) -> float:
    return n / 1024


def measure_transfers(browser, site: Path, verdicts: budgets.Verdicts, limits: dict) -> None:
    print("\nTransfers (gzipped bodies counted at the server; first visit with an empty cache):")
    log: list = []
    with serve(site, production_like=True, transfer_log=log) as url:
        for root in ROOTS:
            for page in PAGES:
                first, second = transfers.measure(browser, url, log, root + page, root + SECOND_PAGE)
                parts = ", ".join(
                    f"{k} {kb(first.bytes_by_kind[k]):.1f}" for k in transfers.KINDS if first.bytes_by_kind[k]
                )
                print(f"/{root}{page}: {first.requests} requests; {parts} (KB)")
                tool = page.startswith("tools/")
                budget = limits["first_visit_kb"]["tool_page" if tool else "text_page"]
                verdicts.at_most(f"first visit /{root}{page}", kb(first.total), budget, " KB")
                verdicts.at_most(
                    f"our scripts on /{root}{page}", kb(first.own_script_bytes), limits["own_scripts_kb"], " KB"
                )
                verdicts.at_most(
                    f"then /{root}{SECOND_PAGE} ({second.requests} requests)",
                    kb(second.total),
                    limits["second_page_kb"],
                    " KB",
                )


def measure_lighthouse(site_url_build, chromium: str, verdicts: budgets.Verdicts, limits: dict) -> None:
    print("\nLighthouse (production-like server: gzip, caching):")
    problem = lighthouse.missing(chromium)
    if problem:
        verdicts.failed.append(f"Lighthouse not run: needs {problem}")
        print(f"  not run: needs {problem}")
        return
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    site = site_url_build(url)
    try:
        with serve(site, port, production_like=True):
            for root in ROOTS:
                for page in PAGES:
                    for mode in lighthouse.MODES:
                        scores, metrics, runs = lighthouse.median_scores(url + root + page, mode, chromium)
                        print(f"/{root}{page} {mode}: " + ", ".join(f"{k} {v}" for k, v in scores.items()))
                        print(f"  (median of {len(runs)} runs: performance {'/'.join(map(str, runs))}; {metrics})")
                        low = limits["lighthouse_min"]
                        if mode == "mobile":
                            verdicts.at_least(
                                f"  performance, mobile, /{root}{page}",
                                scores["performance"],
                                low["performance_mobile"],
                            )
                        for category in ("accessibility", "best-practices", "seo"):
                            verdicts.at_least(f"  {category}, {mode}, /{root}{page}", scores[category], low[category])
    finally:
        shutil.rmtree(site, ignore_errors=True)


def measure_build(verdicts: budgets.Verdicts, limits: dict, runs: int = 5) -> None:
    print(f"\nBuild, median of {runs} runs each:")
    # Our build keeps compiled templates and QR codes in .cache/ between
    # builds: the first run starts without them, as on a fresh clone.
    shutil.rmtree(CACHE_DIR, ignore_errors=True)
    cold, *warm = build_cost.build_seconds(build_site, ROOT, runs + 1)
    ours = statistics.median(warm)
    with tempfile.TemporaryDirectory(prefix="bench-plain-") as folder:
        plain = build_cost.median_build_seconds(build_site, build_cost.plain_material_project(Path(folder)), runs)
    with tempfile.TemporaryDirectory(prefix="bench-plain-one-") as folder:
        one_site = build_cost.median_build_seconds(
            build_site, build_cost.plain_material_project(Path(folder), languages=False), runs
        )
    print(f"  our site (both languages, strict): {ours:.2f} s (the first, without .cache/: {cold:.2f} s)")
    # The page dates read every page's git history (mkdocs-git-revision-date-localized-plugin).
    os.environ["GIT_DATES"] = "false"
    try:
        no_dates = build_cost.median_build_seconds(build_site, ROOT, runs)
    finally:
        del os.environ["GIT_DATES"]
    print(f"  of which page dates from git history: {ours - no_dates:+.2f} s (without them {no_dates:.2f} s)")
    print(
        f"  plain Material with mkdocs-static-i18n, same Markdown: {plain:.2f} s "
        f"(both folders as one Material site, no i18n plugin: {one_site:.2f} s)"
    )
    verdicts.at_most("build time beside plain Material", round(ours / plain, 2), limits["build_ratio_max"], "×")


def measure_scaling(verdicts: budgets.Verdicts, limits: dict) -> None:
    print(
        "\nBuild of synthetic copies (pages per language added in synthetic/; a first build,"
        " then one with .cache/ filled, which the budget compares):"
    )
    rates = {}
    for size in SCALING_SIZES:
        with tempfile.TemporaryDirectory(prefix=f"bench-scale-{size}-") as folder:
            project = build_cost.synthetic_project(Path(folder), size)
            pages = len(list((project / "docs").rglob("*.md")))
            cold, warm = build_cost.build_seconds(build_site, project, 2)
        rates[size] = pages / warm
        print(
            f"  {size} per language: {pages} pages in {warm:.1f} s = {rates[size]:.0f} pages/s"
            f" (first build {cold:.1f} s = {pages / cold:.0f} pages/s)"
        )
    verdicts.at_least(
        f"pages/s at {SCALING_SIZES[-1]} beside {SCALING_SIZES[-2]} per language",
        100 * rates[SCALING_SIZES[-1]] / rates[SCALING_SIZES[-2]],
        100 * limits["scaling_rate_min"],
        " %",
    )


def measure_search(browser, site: Path, verdicts: budgets.Verdicts, limits: dict) -> None:
    from macros.tooling import search_recall

    print("\nSearch recall (data/search-queries.yml, through the site's own search):")
    with serve(site) as url:
        report = search_recall.measure(browser, url)
    for lang, figures in report.items():
        print(
            f"  {lang}: "
            + ", ".join(f"{k} {v:.0%}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items())
        )
        verdicts.at_least(
            f"inflected-form recall, {lang}",
            100 * figures["recall_inflected"],
            100 * limits["search_recall_inflected_min"],
            " %",
        )
        verdicts.at_least(
            f"base-form precision, {lang}",
            100 * figures["precision_base"],
            100 * limits["search_precision_base_min"],
            " %",
        )


def measure_group_summary(browser, site: Path, verdicts: budgets.Verdicts, limits: dict, people: int = 200) -> None:
    """The answer link of a full network-health answer set, and the time for
    the group summary to take in `people` answer codes pasted as one chat
    (median of three) and `people` exported files (informative)."""
    from macros.components.self_assessment import model
    from macros.tooling.answer_codes import encode, sender_tag

    tool, scale = model.with_scale("network-health")
    values = [level.value for level in scale.levels]
    rng = random.Random(1)
    everyone = [{item.id: rng.choice([*values, "unknown"]) for item in tool.items()} for _ in range(people)]
    published = os.environ.get("SITE_URL", "http://127.0.0.1:8000/")
    with tempfile.TemporaryDirectory(prefix="bench-gs-") as folder, serve(site) as url:
        context = browser.new_context()
        context.add_init_script(
            "Object.defineProperty(Navigator.prototype, 'share', { value: (data) => { window.__shared = data; return Promise.resolve(); } });"
        )
        page = context.new_page()
        page.goto(url + "tools/network-health/")
        page.evaluate(
            "(answers) => localStorage.setItem('verkostojohtaminen:self-assessment:network-health', JSON.stringify({ format: 1, answers }))",
            everyone[0],
        )
        page.reload()
        page.wait_for_selector('[data-started="true"]')
        page.click('[data-sa-action="send"]')
        page.wait_for_function("() => window.__shared !== undefined")
        link = page.evaluate("() => window.__shared.url").replace(url, published)
        print(f"\nAnswer link of a full network-health answer set ({len(everyone[0])} answers): {link}")
        verdicts.at_most("answer link", len(link), limits["answer_link_max_chars"], " characters")

        chat = "\n".join(
            f"Osallistuja {i}: {url}trainers/group-summary/#{encode(tool, values, a, sender_tag(i))} kiitos"
            for i, a in enumerate(everyone)
        )
        times = []
        for _ in range(3):
            page.goto(url + "trainers/group-summary/")
            page.evaluate("() => localStorage.clear()")
            page.reload()
            page.wait_for_selector('[data-started="true"]')
            page.fill("[data-gs-paste]", chat)
            page.click('[data-gs-action="paste"]')
            page.wait_for_selector("[data-last-combine-ms]")
            times.append(int(page.get_attribute("[data-last-combine-ms]", "data-last-combine-ms")))
        verdicts.at_most(
            f"group summary of {people} pasted codes (median of 3)",
            statistics.median(times),
            limits["group_summary_codes_ms"],
            " ms",
        )

        paths = []
        for i, answers in enumerate(everyone):
            path = Path(folder) / f"p{i:03}.json"
            path.write_text(json.dumps({"format": 1, "tool": "network-health", "exported": str(i), "answers": answers}))
            paths.append(str(path))
        page.evaluate("() => localStorage.clear()")
        page.reload()
        page.wait_for_selector('[data-started="true"]')
        page.set_input_files("[data-gs-files]", paths)
        page.wait_for_selector("[data-last-combine-ms]")
        ms = int(page.get_attribute("[data-last-combine-ms]", "data-last-combine-ms"))
        context.close()
    print(f"Group summary: {people} exported files read and combined in {ms} ms (no budget)")


def measure_pdf(browser, site: Path) -> None:
    """The whole guide's PDFs as `make pdf` prints them (informative: no budget)."""
    from macros.whole_guide.pdf import print_whole_guide

    print("\nThe whole guide as PDF (make pdf):")
    with serve(site) as url:
        for lang, prefix in (("fi", ""), ("sv", "sv/")):
            started = time.perf_counter()
            result = print_whole_guide(browser, url, site, lang, prefix)
            print(
                f"  {lang}: {result.pages} pages, {kb(result.bytes):.0f} KB, printed in {time.perf_counter() - started:.1f} s"
            )


def build(site_url: str | None = None) -> Path:
    out = Path(tempfile.mkdtemp(prefix="bench-site-"))
    result = build_site(out, site_url=site_url)
    if not result.ok:
        sys.exit(f"build failed:\n{result.problems()}")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip", default="", help=f"comma-separated parts to leave out: {', '.join(PARTS)}")
    skip = {part.strip() for part in parser.parse_args(argv).skip.split(",") if part.strip()}
    unknown = skip - set(PARTS)
    if unknown:
        parser.error(f"unknown part(s) {', '.join(sorted(unknown))}; the parts are {', '.join(PARTS)}")
    limits = budgets.load()
    verdicts = budgets.Verdicts()
    chromium = chromium_path()
    needs_browser = {"transfers", "search", "group-summary", "lighthouse", "pdf"} - skip
    if needs_browser and not chromium:
        print(f"Chromium not found: {INSTALL}")
        return 2
    site = build()
    try:
        if needs_browser - {"lighthouse"}:
            from playwright.sync_api import sync_playwright

            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
                if "transfers" not in skip:
                    measure_transfers(browser, site, verdicts, limits)
                if "search" not in skip:
                    measure_search(browser, site, verdicts, limits)
                if "group-summary" not in skip:
                    measure_group_summary(browser, site, verdicts, limits)
                if "pdf" not in skip:
                    measure_pdf(browser, site)
                browser.close()
        if "lighthouse" not in skip:
            measure_lighthouse(build, chromium, verdicts, limits)
        if "build" not in skip:
            measure_build(verdicts, limits)
        if "scaling" not in skip:
            measure_scaling(verdicts, limits)
    finally:
        shutil.rmtree(site, ignore_errors=True)
    if skip:
        print(f"\nNot measured this time: {', '.join(sorted(skip))}")
    if verdicts.failed:
        print(f"\n{len(verdicts.failed)} over budget or not measured:")
        for line in verdicts.failed:
            print(f"  - {line}")
        return 1
    print("\nEvery measured figure is within its budget.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
