"""Tooling for the tests, `make check` and `make bench`: building and
serving a copy of the site, the browser, axe-core, the W3C HTML checker and
the search-recall measurement. Nothing in the build imports it."""
