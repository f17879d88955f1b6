"""Group summary: a trainer opens many self-assessment exports on one device
or answer codes on one device and sees where the group agrees and differs.
Nothing is uploaded; the group is kept in the trainer's browser until cleared.

Macro `{{ group_summary("network-health") }}`; script and styles in
overrides/assets/components/group-summary/.
"""

from ..component import Component
from ..self_assessment import model
from . import context

COMPONENT = Component(
    name="group-summary",
    macro="group_summary",
    build_context=context.build,
    clear_caches=model.clear_caches,
    # Its confirm and undo boxes look like the record tools' (record-tool.css).
    shared_styles=("record-tool",),
)
