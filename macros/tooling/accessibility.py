"""axe-core in the page: WCAG 2.2 A/AA violations (target size included)."""

from __future__ import annotations

from pathlib import Path

AXE_JS = None


def run_axe(page) -> list[dict]:
    """WCAG 2.2 A/AA violations (target size included) on the current page (axe-core shipped with axe-playwright-python)."""
    global AXE_JS
    if AXE_JS is None:
        import axe_playwright_python

        AXE_JS = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
    # Check the settled page: a control caught halfway through a fade-in
    # (Material's back-to-top button) has a contrast no reader ever sees.
    page.add_style_tag(content="*, *::before, *::after { transition: none !important; animation: none !important; }")
    page.evaluate(AXE_JS)
    result = page.evaluate(
        """() => axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']},
            resultTypes: ['violations']
        })"""
    )
    return result["violations"]


def describe_violations(violations) -> str:
    lines = []
    for v in violations:
        targets = [
            ", ".join(n["target"]) if isinstance(n["target"], list) else str(n["target"]) for n in v["nodes"][:5]
        ]
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} -> {targets}")
    return "\n".join(lines)
