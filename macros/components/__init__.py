"""Every interactive component of the site, one folder each (see component.py)."""
from .component import MODULE_PREFIX, Component
from .self_assessment import COMPONENT as SELF_ASSESSMENT

COMPONENTS: tuple[Component, ...] = (SELF_ASSESSMENT,)

__all__ = ["COMPONENTS", "MODULE_PREFIX", "Component"]
