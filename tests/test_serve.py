"""`make serve` names an editor's mistake as `make check` does, keeps serving
and picks up the fix on save.

Runs the Makefile's own serve command in a copy of the project, on a free port.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from macros.loading.yaml_source import load_yaml
from macros.tooling.site_build import free_port

from .project_copy import copy_project

ROOT = Path(__file__).resolve().parent.parent
DATA_FILE = Path("data") / "self-assessments" / "network-health.yml"
# The first statement of the data file, as an editor would change it.
_FIRST = load_yaml(ROOT / DATA_FILE).data["sections"][0]["items"][0]
STATEMENT = _FIRST["text"]["fi"]
SWEDISH = f"          sv: {_FIRST['text']['sv']}\n"
FIXED = "Korjattu väittämä 7f3a."
REQUEST_TIMEOUT = 15  # seconds; MkDocs' server used to hold requests forever after a failed rebuild
BUILD_TIMEOUT = 240  # seconds for one build on a busy machine


def serve_command(port: int) -> list[str]:
    """The Makefile's serve recipe, with this environment's mkdocs and another port."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^serve:.*\n\t(.+)$", makefile, re.M).group(1)
    assert "127.0.0.1:8000" in recipe, recipe
    recipe = recipe.replace("$(BIN)", str(Path(sys.executable).parent)).replace("127.0.0.1:8000", f"127.0.0.1:{port}")
    return shlex.split(recipe)


class Terminal:
    """What the server prints, collected as it comes."""

    def __init__(self, stream):
        self.text = ""
        self._changed = threading.Condition()
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream):
        for line in stream:
            with self._changed:
                self.text += line
                self._changed.notify_all()

    def wait_for(self, wanted: str, *, after: int = 0, timeout: float = BUILD_TIMEOUT) -> int:
        """Where `wanted` appears in the output after position `after`."""
        with self._changed:
            found = self._changed.wait_for(lambda: wanted in self.text[after:], timeout=timeout)
            assert found, f"not in the terminal within {timeout} s: {wanted}\n--- terminal ---\n{self.text[-4000:]}"
            return self.text.index(wanted, after) + len(wanted)


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=REQUEST_TIMEOUT) as response:
        assert response.status == 200
        return response.read().decode("utf-8")


def check_messages(project: Path) -> list[str]:
    """The problems `make check` lists for the copy, as the editor reads them."""
    result = subprocess.run([sys.executable, "scripts/check.py"], cwd=project, capture_output=True, text=True)
    assert result.returncode == 1, result.stdout + result.stderr
    return [line[4:] for line in result.stdout.splitlines() if line.startswith("  - ")]


@pytest.mark.slow
def test_serve_names_the_mistake_keeps_serving_and_picks_up_the_fix(tmp_path):
    project = copy_project(tmp_path)
    port = free_port()
    page = f"http://127.0.0.1:{port}/tools/network-health/"
    data_file = project / DATA_FILE
    good = data_file.read_text(encoding="utf-8")
    assert STATEMENT in good and SWEDISH in good
    server = subprocess.Popen(
        serve_command(port),
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )  # its own process group, killed as one below
    try:
        terminal = Terminal(server.stdout)
        seen = terminal.wait_for(f"Serving on http://127.0.0.1:{port}/")
        assert STATEMENT in get(page)

        # An editor deletes a Swedish text and saves.
        data_file.write_text(good.replace(SWEDISH, ""), encoding="utf-8")
        expected = check_messages(project)
        assert len(expected) == 1 and "ruotsinkielinen teksti puuttuu" in expected[0], expected
        seen = terminal.wait_for(expected[0], after=seen)
        # Still answering, with the last good site.
        assert STATEMENT in get(page)
        seen = terminal.wait_for("Sivustoa ei päivitetty", after=seen)
        assert server.poll() is None, "the server stopped on the mistake"
        assert "Traceback" not in terminal.text, terminal.text[-4000:]

        # The fix, saved, is built and shown.
        data_file.write_text(good.replace(STATEMENT, FIXED), encoding="utf-8")
        terminal.wait_for("Documentation built in", after=seen)
        deadline = time.monotonic() + 30
        while FIXED not in get(page):
            assert time.monotonic() < deadline, "the fixed page was not served"
            time.sleep(0.5)
        seen = terminal.wait_for("Reloading browsers", after=seen)

        # A mistake in a Swedish page fails the build halfway, after the
        # Finnish half is written: the whole last good site stays served.
        swedish_page = project / "docs" / "sv" / "tools" / "index.md"
        swedish_page.write_text(
            swedish_page.read_text(encoding="utf-8") + '\n{{ self_assessment("no-such-tool") }}\n', encoding="utf-8"
        )
        seen = terminal.wait_for(
            "ERROR   -  data/self-assessments/no-such-tool.yml: itsearviointia 'no-such-tool' ei ole", after=seen
        )
        seen = terminal.wait_for("Sivustoa ei päivitetty", after=seen)
        assert "Självvärderingar" in get(f"http://127.0.0.1:{port}/sv/tools/")
        assert FIXED in get(page)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
