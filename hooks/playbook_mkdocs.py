"""MkDocs hooks for Practice Playbook: the glue ships with the engine (`pip install practice-playbook`).

mkdocs.yml names this file under `hooks:`; it only imports the installed glue, so
upgrading the engine (one version, in requirements.txt) upgrades the build too.
"""

from playbook_glue import *  # noqa: F401,F403
