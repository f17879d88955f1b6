"""Self-assessment: statements answered on a scale, results, snapshots.

Macro `{{ self_assessment("id") }}`; data in data/self-assessments/<id>.yml;
script and styles in overrides/assets/components/self-assessment/.
"""

from ..record_tool.component import record_component
from . import context, model

COMPONENT = record_component("self-assessment", context, model)
