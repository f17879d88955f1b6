"""Worksheets and checklists: a plan filled in on the site, kept on the device.

Macro `{{ worksheet("id") }}`; data in data/worksheets/<id>.yml;
script and styles in overrides/assets/components/worksheet/.
"""
from ..component import Component
from . import context, model

COMPONENT = Component(
    name="worksheet",
    macro="worksheet",
    build_context=context.build,
    clear_caches=model.clear_caches,
    check_data=model.check_all,
    shared_styles=("record-tool",),
)
