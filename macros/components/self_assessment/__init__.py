"""Self-assessment: statements answered on a scale, results, snapshots.

Macro `{{ self_assessment("id") }}`; data in data/self-assessments/<id>.yml;
script and styles in overrides/assets/components/self-assessment/.
"""
from ..component import Component
from . import context, model

COMPONENT = Component(
    name="self-assessment",
    macro="self_assessment",
    build_context=context.build,
    clear_caches=model.clear_caches,
    check_data=model.check_all,
    shared_styles=("record-tool",),
)
