"""Site generation: Markdown and data the MkDocs hook hands to MkDocs."""
