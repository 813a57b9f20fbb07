"""Drive the MkDocs glue as MkDocs does: load the config (which loads the hook), then fire its events.

Only MkDocs' public API is used (`load_config`, the plugin collection's `on_*` events, `get_files`),
so MkDocs itself records which plugin runs, as File.generated expects, and nothing private is patched.
"""

from __future__ import annotations

from pathlib import Path


def run_glue(config_file: Path | str, command: str, *, theme_files: bool = False):
    """`mkdocs build` or `mkdocs serve` up to the files event: (config, files) as the glue leaves them."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    config = load_config(str(config_file))
    config.plugins.on_startup(command=command, dirty=False)
    config = config.plugins.on_config(config)
    files = get_files(config)
    if theme_files:
        files.add_files_from_theme(config.theme.get_env(), config)
    return config, config.plugins.on_files(files, config=config)


def hook(config):
    """The hook module MkDocs loaded from mkdocs.yml's `hooks:` (the glue, through hooks/playbook_mkdocs.py)."""
    (module,) = config.hooks.values()
    return module
