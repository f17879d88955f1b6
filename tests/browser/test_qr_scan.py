"""Result QR codes (issue 19 point 2): the participant's answer link as a QR
code made in the browser, which a real decoder reads back, and the
trainer's camera option, offered only where the browser can read QR codes."""

from __future__ import annotations

import base64

import pytest

from macros.paths import ROOT
from macros.tooling.browser import CHROMIUM_ARGS, chromium_path
from macros.tooling.site_build import serve

from .self_assessment_page import TOOL, open_tool, tool, values  # noqa: F401  (fixtures)
from .test_answer_links import SHARE_SHEET, answer_all_but_last, full_answers, phone_context, stored_tag
from .test_share_qr import decode

pytestmark = pytest.mark.browser

# Draws lib/qr-encode.js's modules on a canvas, 8 px each, with the quiet zone.
DRAW = """async (text) => {
  const { qrModules } = await import('/overrides/assets/javascripts/lib/qr-encode.js');
  const modules = qrModules(text);
  const size = (modules.length + 8) * 8;
  const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size, size);
  context.fillStyle = '#000';
  modules.forEach((row, y) => [...row].forEach((bit, x) => {
    if (bit === '1') context.fillRect((x + 4) * 8, (y + 4) * 8, 8, 8);
  }));
  return [modules.length, canvas.toDataURL('image/png')];
}"""


def test_codes_made_in_the_browser_decode_to_their_text_at_every_size(browser):
    """From one character to the largest version it makes (10: 213 bytes),
    with Finnish letters: a real decoder reads each one back."""
    page = browser.new_page()
    sizes = set()
    with serve(ROOT) as base:
        page.goto(f"{base}tests/js/runner.html")
        for length in (1, 14, 30, 60, 84, 106, 122, 154, 180, 200):
            text = ("https://example.org/trainers/group-summary/#vj1-nh3-äö" * 5)[:length]
            size, data_url = page.evaluate(DRAW, text)
            sizes.add(size)
            assert decode(base64.b64decode(data_url.split(",", 1)[1])) == [text], (length, size)
    page.close()
    assert max(sizes) == 57 and min(sizes) == 21, sorted(sizes)  # versions 1 to 10


def test_the_participants_results_qr_decodes_to_their_answer_link(browser, site, tool, values):
    context = phone_context(browser, SHARE_SHEET)
    page = open_tool(context.new_page(), site, "fi")
    answers = full_answers(tool, values, seed=41)
    answer_all_but_last(page, answers)
    page.click('[data-sa-action="send-qr"]')
    picture = page.locator("[data-sa-send-qr] svg")
    picture.wait_for()
    png = picture.screenshot()
    page.click('[data-sa-action="send"]')
    page.wait_for_function("() => window.__shared !== undefined")
    link = page.evaluate("() => window.__shared.url")
    assert stored_tag(page) in link
    assert decode(png) == [link]
    context.close()


def test_where_the_browser_cannot_read_qr_codes_the_camera_is_not_offered(context, site):
    page = context.new_page()
    page.goto(f"{site.base_url}trainers/group-summary/")
    page.wait_for_selector('[data-module="vj-group-summary"][data-started="true"]')
    assert page.evaluate("() => 'BarcodeDetector' in window") is False
    assert page.is_hidden('[data-gs-action="scan"]')


# A browser that reads QR codes (as Chrome on Android does): its detector
# reports one participant's link in the camera picture.
DETECTOR = """
window.BarcodeDetector = class {
  static async getSupportedFormats() { return ['qr_code']; }
  async detect() { return window.__inView ? [{ rawValue: window.__inView }] : []; }
};"""


def test_a_scanned_code_joins_the_group_and_the_camera_stops(browser, site, tool, values):
    from macros.tooling.answer_codes import encode, sender_tag

    link = f"{site.base_url}trainers/group-summary/#{encode(tool, values, full_answers(tool, values), sender_tag(5))}"
    # A camera of Chromium's own test picture, allowed without asking.
    args = [*CHROMIUM_ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]
    camera_browser = browser.browser_type.launch(executable_path=chromium_path(), headless=True, args=args)
    try:
        context = camera_browser.new_context(service_workers="block")
        context.add_init_script(DETECTOR)
        page = context.new_page()
        page.goto(f"{site.base_url}trainers/group-summary/")
        page.wait_for_selector('[data-module="vj-group-summary"][data-started="true"]')
        page.click('[data-gs-action="scan"]')
        page.wait_for_selector("[data-gs-scanner][open]")
        page.evaluate("(link) => { window.__inView = link; }", link)
        page.wait_for_selector("[data-gs-results]:not([hidden])")
        page.wait_for_function("() => document.querySelector('[data-gs-scanner-message]').textContent.includes('(1')")
        assert page.locator("[data-gs-file-table] tbody tr").count() == 1
        page.click("[data-gs-scanner-close]")
        assert page.evaluate(
            "() => document.querySelector('[data-gs-scanner-video]').srcObject.getTracks()"
            ".every((track) => track.readyState === 'ended')"
        )
        assert page.evaluate("() => document.activeElement.dataset.gsAction") == "scan"
    finally:
        camera_browser.close()
