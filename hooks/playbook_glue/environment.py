"""MkDocs' on_env event: each build's new Jinja environment, made ready before any page renders.

It keeps Material's compiled templates from one build to the next (the engine's site/templatecode.py),
renders the sidebar once per place for pages outside the navigation (navmemo.py), and under `mkdocs serve`
skips the static templates a preview never needs (after MkDocs has listed the theme's files, so none is
copied raw).
"""

from __future__ import annotations

from . import navmemo


def on_env(env, config, files):
    from . import _UNCHECKED, _state  # the glue's per-build state, set in on_config

    session = _state.get("session", _UNCHECKED)
    env.bytecode_cache = session.compiled_templates(env)
    config.theme.static_templates -= session.unneeded_templates(config.theme.get("features", []))
    navmemo.memoise_nav(env)
    return env
