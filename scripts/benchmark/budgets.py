"""The committed budgets (budgets.yml) and the verdicts against them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

BUDGETS_FILE = Path(__file__).with_name("budgets.yml")


def load(path: Path = BUDGETS_FILE) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass
class Verdicts:
    """Every measured figure beside its budget; `failed` lists the ones over."""

    failed: list[str] = field(default_factory=list)

    def at_most(self, label: str, value: float, budget: float, unit: str = "") -> None:
        self._line(label, value, f"<= {budget:g}{unit}", value <= budget, unit)

    def at_least(self, label: str, value: float, budget: float, unit: str = "") -> None:
        self._line(label, value, f">= {budget:g}{unit}", value >= budget, unit)

    def _line(self, label: str, value: float, budget: str, ok: bool, unit: str) -> None:
        shown = (
            f"{value:.2f}"
            if isinstance(value, float) and value < 10
            else (f"{value:.1f}" if isinstance(value, float) else str(value))
        )
        print(f"  {'ok  ' if ok else 'OVER'} {label}: {shown}{unit} (budget {budget})")
        if not ok:
            self.failed.append(f"{label}: {shown}{unit}, budget {budget}")


def readme_table(budgets: dict) -> str:
    """The budget table README.md shows (kept in sync by a test)."""
    lh = budgets["lighthouse_min"]
    rows = [
        ("First visit, home, guide or rule page", f"≤ {budgets['first_visit_kb']['text_page']} KB gzipped"),
        ("First visit, tool page", f"≤ {budgets['first_visit_kb']['tool_page']} KB gzipped"),
        ("Our own scripts on one page", f"≤ {budgets['own_scripts_kb']} KB gzipped"),
        ("Second page in the same session", f"≤ {budgets['second_page_kb']} KB gzipped"),
        ("Lighthouse performance, mobile", f"≥ {lh['performance_mobile']}"),
        (
            "Lighthouse accessibility, best practices, SEO",
            f"≥ {lh['accessibility']}, {lh['best-practices']}, {lh['seo']}",
        ),
        ("Build time beside plain Material", f"≤ {budgets['build_ratio_max']}×"),
        ("Pages per second at 1,600 pages beside 400", f"≥ {budgets['scaling_rate_min']:.0%}"),
        ("Search recall, inflected forms", f"≥ {budgets['search_recall_inflected_min']:.0%}"),
        ("Search precision, base forms", f"≥ {budgets['search_precision_base_min']:.0%}"),
        ("Answer link of a full network-health answer set", f"≤ {budgets['answer_link_max_chars']} characters"),
        ("Group summary of 200 pasted answer codes", f"≤ {budgets['group_summary_codes_ms']} ms"),
    ]
    lines = ["| budget | limit |", "|---|---|"] + [f"| {what} | {limit} |" for what, limit in rows]
    return "\n".join(lines)
