"""Macros for the guide site, loaded by mkdocs-macros (see macros/main.py)."""
