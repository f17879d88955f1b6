"""Page dates from git history (mkdocs-git-revision-date-localized-plugin).

Before the plugin reads any history, this hook finds out whether there is
history to read. A folder without git, a machine without the git program or
a shallow clone (CI's default: every file would get the date of the one
commit there is) gets no dates at all, never wrong ones: the plugin is
turned off and the build log says why, in the editor's language. The build
goes on either way. The template is overrides/partials/source-file.html.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]  # loaded by path, like site.py: this checkout's macros
if sys.path[0] != str(_ROOT):
    sys.path.insert(0, str(_ROOT))

from mkdocs.plugins import event_priority  # noqa: E402

from macros.loading.wording import say  # noqa: E402

log = logging.getLogger("mkdocs.site_hooks.git_dates")
PLUGIN = "git-revision-date-localized"


def missing_history(folder: Path) -> str | None:
    """Why `folder` has no full git history to date pages by, or None when it has."""
    git = shutil.which("git")
    if not git:
        return say("git-ohjelmaa ei löydy tältä koneelta", "programmet git finns inte på den här datorn")

    def ask(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([git, "-C", str(folder), *args], capture_output=True, text=True)

    inside = ask("rev-parse", "--is-inside-work-tree")
    if inside.returncode != 0 or inside.stdout.strip() != "true":
        reason = (inside.stderr.strip().splitlines() or [""])[-1]
        if "dubious ownership" in inside.stderr:
            return say(
                f"git ei lue kansiota, jonka omistaa toinen käyttäjä ({reason})",
                f"git läser inte en mapp som ägs av en annan användare ({reason})",
            )
        return say(
            f"kansio {folder} ei ole git-kopio (siinä ei ole .git-kansiota)",
            f"mappen {folder} är ingen git-kopia (den har ingen .git-mapp)",
        )
    if ask("rev-parse", "--is-shallow-repository").stdout.strip() == "true":
        return say(
            "kopio on haettu ilman koko historiaa (shallow clone); GitHub Actionsissa checkout tarvitsee "
            "asetuksen fetch-depth: 0",
            "kopian har hämtats utan hela historiken (shallow clone); i GitHub Actions behöver checkout "
            "inställningen fetch-depth: 0",
        )
    if ask("rev-parse", "--verify", "--quiet", "HEAD").returncode != 0:
        return say("kopiossa ei ole vielä yhtään committia", "kopian har ännu ingen commit")
    return None


def _date_plugin(config):
    for name, plugin in config.plugins.items():
        if name.split("/")[-1] == PLUGIN:
            return plugin
    return None


@event_priority(100)  # before the plugin's own on_config reads the history
def on_config(config):
    plugin = _date_plugin(config)
    if plugin is None or not plugin.config.get("enabled"):
        return config
    reason = missing_history(Path(config.docs_dir))
    if reason:
        plugin.config["enabled"] = False
        log.info(
            say(
                f"Sivuille ei tule päivityspäivää: {reason}. Sivusto rakennetaan silti.",
                f"Sidorna får inget uppdateringsdatum: {reason}. Webbplatsen byggs ändå.",
            )
        )
    return config
