"""`make links`: add every new published address to links.txt (old ones stay)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from macros.editor_checks.link_inventory import INVENTORY, write_inventory
from macros.loading.wording import say

added = write_inventory()
print(f"{INVENTORY.name}: {len(added)} " + say("uutta osoitetta", "nya adresser"))
for address in added:
    print(f"  + {address}")
