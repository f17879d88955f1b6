"""MkDocs hooks (see `hooks:` in mkdocs.yml); site.py is the entry point."""
