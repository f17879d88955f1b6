"""Share panel on guide, rule, tool and trainer pages (added by macros/hooks/site.py,
not a macro): address, copy button, QR code, print."""

from ..component import Component
from . import context

COMPONENT = Component(
    name="share",
    macro=None,
    build_context=context.build,
    clear_caches=lambda: None,
)
