"""Every built page is valid HTML according to the W3C checker (vnu.jar)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.external  # runs the W3C checker on Java


def test_every_built_page_is_valid_html(site, html_checker):
    errors = html_checker(site.dir)
    assert not errors, "\n".join(error.replace(str(site.dir), "") for error in errors[:40])
