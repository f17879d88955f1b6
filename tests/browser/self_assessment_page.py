"""Driving the network-health self-assessment page, shared by its browser tests."""

from __future__ import annotations

import json

import pytest

from macros.components.self_assessment import model
from macros.languages import LANG_ROOTS as LANG_ROOT

TOOL = "network-health"
KEY = f"verkostojohtaminen:self-assessment:{TOOL}"
LANGS = ["fi", "sv"]


@pytest.fixture(scope="module")
def tool():
    return model.load(TOOL)


@pytest.fixture(scope="module")
def values(tool):
    """The scale's values, lowest first: tests never assume a 1-4 scale."""
    return [level.value for level in model.load_scales()[tool.scale].levels]


@pytest.fixture(scope="module")
def items(tool):
    return [item.id for item in tool.items()]


def open_tool(page, site, lang="fi"):
    """Open the tool and wait until its component has started."""
    page.goto(f"{site.base_url}{LANG_ROOT[lang]}tools/{TOOL}/")
    page.wait_for_selector('[data-module="vj-self-assessment"][data-started="true"]')
    return page


def answer(page, item_id, value, tool_id=TOOL):
    """Answers as a reader would: on a phone, which shows one section at a
    time, the statement's section is opened from the list of sections first."""
    selector = f'input[name="{tool_id}--{item_id}"][value="{value}"]'
    if not page.is_visible(selector):
        index = page.evaluate(
            """(id) => [...document.querySelectorAll('[data-sa-section]')]
            .findIndex((s) => s.querySelector(`[data-sa-item="${id}"]`))""",
            item_id,
        )
        page.click(f'[data-sa-section-list] [data-sa-go="{index}"]')
    page.check(selector)


def raw_record(page):
    return page.evaluate(f"() => localStorage.getItem('{KEY}')")


def stored(page):
    raw = raw_record(page)
    return json.loads(raw) if raw else None
