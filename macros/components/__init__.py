"""Every interactive component of the site, one folder each (see component.py)."""

from .component import MODULE_PREFIX, Component
from .group_summary import COMPONENT as GROUP_SUMMARY
from .rules_handout import COMPONENT as RULES_HANDOUT
from .self_assessment import COMPONENT as SELF_ASSESSMENT
from .share import COMPONENT as SHARE
from .worksheet import COMPONENT as WORKSHEET

COMPONENTS: tuple[Component, ...] = (SELF_ASSESSMENT, WORKSHEET, GROUP_SUMMARY, RULES_HANDOUT, SHARE)

__all__ = ["COMPONENTS", "MODULE_PREFIX", "SHARE", "Component"]
