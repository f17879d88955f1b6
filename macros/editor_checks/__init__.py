"""The editors' checks that `make check` and the tests run and the build does
not: page pairs and structure, own words against the sources, terms,
navigation, the inventory of published addresses."""
