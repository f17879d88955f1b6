"""A record tool as a component: the macro, its data folder's checks and the shared styles."""

from __future__ import annotations

from types import ModuleType

from ..component import Component


def record_component(name: str, context: ModuleType, model: ModuleType) -> Component:
    """The component `name` ("self-assessment") with the macro of the same name
    in snake case, context.build for its template and model's loading."""
    return Component(
        name=name,
        macro=name.replace("-", "_"),
        build_context=context.build,
        clear_caches=model.clear_caches,
        check_data=model.check_all,
        shared_styles=("record-tool",),
    )
