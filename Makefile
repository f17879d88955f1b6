# One entry point for people and CI. Everything runs from the project's own
# virtual environment (.venv), created on first use from pyproject.toml.
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The W3C HTML checker for the tests (npm package vnu-jar; runs on Java).
VNU := scripts/html-checker/node_modules/vnu-jar/build/dist/vnu.jar
# Biome, the linter and format check for our JavaScript and CSS (npm package, pinned).
BIOME := scripts/lint/node_modules/.bin/biome

.PHONY: install serve build pdf check test test-fast lint links new-page bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'  # dependencies only: see pyproject.toml
	touch $(STAMP)

install: $(STAMP)

$(VNU): scripts/html-checker/package.json
	@if command -v npm >/dev/null; then \
		npm install --prefix scripts/html-checker --no-audit --no-fund --silent && touch $(VNU); \
	else echo "npm not found: the HTML checker tests will say how to install it"; fi

$(BIOME): scripts/lint/package.json
	npm install --prefix scripts/lint --no-audit --no-fund --silent && touch $(BIOME)

## lint: ruff (lint and format check) for Python, Biome for JavaScript and CSS; zero findings
lint: $(STAMP) $(BIOME)
	$(BIN)/ruff check --quiet .
	$(BIN)/ruff format --check --quiet .
	$(BIOME) ci --error-on-warnings .

## serve: live-reloading site, Finnish at http://127.0.0.1:8000/, Swedish at /sv/
serve: $(STAMP)
	$(BIN)/mkdocs serve --strict --dev-addr 127.0.0.1:8000 --watch data --watch overrides --watch macros

## build: static site in site/ (strict: any warning fails)
build: $(STAMP)
	$(BIN)/mkdocs build --strict --clean

## pdf: the site as `make build` makes it, and the whole guide as a PDF per
##   language beside it (site/whole-guide/*.pdf, site/sv/whole-guide/*.pdf),
##   printed by the Chromium the tests use
pdf: $(STAMP)
	WHOLE_GUIDE_PDF=1 $(BIN)/mkdocs build --strict --clean
	$(BIN)/python scripts/whole_guide_pdf.py site

## test: every test, unit, build and browser
test: $(STAMP) $(VNU) lint
	$(BIN)/python -m pytest

## test-fast: every test that needs no browser, no Java and no live server
##   (unit, data, build), for editing: under a minute on two cores; tests that
##   share the built site run on one worker (--dist loadgroup), which builds it once
test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadgroup -m "not browser and not slow and not external"

## check: every content problem at once, in plain words (no browser needed)
check: $(STAMP) $(VNU) lint
	@NO_MKDOCS_2_WARNING=1 $(BIN)/python scripts/check.py

## new-page: a new page pair in both languages and both navigations, e.g.
##   make new-page PAGE=guides/my-page FI="Otsikko suomeksi" SV="Rubrik på svenska"
new-page: $(STAMP)
	$(BIN)/python scripts/new_page.py "$(PAGE)" --fi "$(FI)" --sv "$(SV)"

## links: add new published addresses to links.txt (commit it)
links: $(STAMP)
	$(BIN)/python scripts/link_inventory.py

## bench: what the browser transfers, Lighthouse, build cost and search
##   recall beside the budgets in scripts/benchmark/budgets.yml; fails when
##   one is over. Quicker: make bench BENCH_ARGS="--skip lighthouse,scaling"
bench: $(STAMP)
	@if command -v npm >/dev/null && [ ! -x scripts/lighthouse/node_modules/.bin/lighthouse ]; then \
		npm install --prefix scripts/lighthouse --no-audit --no-fund --silent; fi
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)

clean:
	rm -rf site .pytest_cache .cache
