"""Validation during the build: every data file and every page's front
matter, in the words `make check` uses. Imported by the build hooks."""
