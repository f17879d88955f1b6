"""Handout for trainers: the rules and their key questions on one printable page.

Macro `{{ rules_handout("rules") }}` (the folder of the rule pages); no script.
"""

from ..component import Component
from . import context

COMPONENT = Component(
    name="rules-handout",
    macro="rules_handout",
    build_context=context.build,
    clear_caches=lambda: None,
    enhanced=False,
)
