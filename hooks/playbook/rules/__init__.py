"""Rule families, one module per family; the registry imports a family when its rules are first asked for.

`all_rules()` and `REGISTRY` give every rule (importing every family); `get(code)` imports only
as far as that code.
"""

from .registry import Hit, Rule, all_rules, families, get, load, load_all  # noqa: F401


def __getattr__(name: str):
    if name == "REGISTRY":  # the full registry: every family registered first
        from . import registry

        registry.load_all()
        return registry.REGISTRY
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
