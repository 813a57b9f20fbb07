"""Practice Playbook engine: parses a practice's content and plans and checks them.

Pure Python: nothing here imports MkDocs, so the CLI and the tests use the
engine directly and the MkDocs hook stays a thin adapter.
"""

__version__ = "0.1.0"
