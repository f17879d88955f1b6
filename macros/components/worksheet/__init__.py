"""Worksheets and checklists: a plan filled in on the site, kept on the device.

Macro `{{ worksheet("id") }}`; data in data/worksheets/<id>.yml;
script and styles in overrides/assets/components/worksheet/.
"""

from ..record_tool.component import record_component
from . import context, model

COMPONENT = record_component("worksheet", context, model)
