# Two entry points: `make run` (build the graph from the corpus, serve the API) and
# `make test` (lint, type-check, test). Both create the virtual environment on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus
STORE ?= data/store
HOST ?= 127.0.0.1
PORT ?= 8000

# The editable install links every module into place ("strict" mode, so mypy can follow
# the package-dir mapping); adding or removing a module re-runs it.
SOURCES := $(shell find core api graph loaders ontology queries -type f \( -name '*.py' -o -name '*.ttl' -o -name '*.rq' -o -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.toml' \) 2>/dev/null | sort)
STAMP := $(VENV)/.installed-$(shell echo $(SOURCES) | cksum | cut -d' ' -f1)

.PHONY: install run build serve schema test test-virtuoso lint typecheck clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip || echo "pip upgrade skipped"
	@# A dropped download (IncompleteRead) is not retried by pip itself: try twice more.
	@# setuptools warns on every strict editable install that build/ must stay: it is the
	@# mode chosen above, kept out of git, and `make clean` removes it, so the notice is off.
	for try in 1 2 3; do \
		PYTHONWARNINGS="ignore:Editable installation" \
		$(BIN)/python -m pip install --quiet -e '.[test]' --config-settings editable_mode=strict \
			&& break; \
		test $$try -lt 3 || exit 1; echo "pip install failed; trying again ($$try of 3)"; sleep 5; \
	done
	@rm -f $(VENV)/.installed-*
	@touch $@

run: build serve

build: $(STAMP)
	$(BIN)/normgraph build --corpus $(CORPUS) --store $(STORE)

serve: $(STAMP)
	$(BIN)/normgraph serve --store $(STORE) --host $(HOST) --port $(PORT)

# The GraphQL schema as SDL (also served at /graphql/schema.graphql); not committed.
SCHEMA ?= data/schema.graphql
schema: $(STAMP)
	@mkdir -p $(dir $(SCHEMA))
	$(BIN)/python -m normgraph.api.graphql_schema $(SCHEMA)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy --explicit-package-bases tests $(wildcard bench/*.py docs/*.py)

test: lint typecheck
	$(BIN)/python -m pytest

# The store contract and every saved query against OpenLink Virtuoso, started by
# scripts/virtuoso.sh (install it first: sudo scripts/virtuoso.sh install). See docs/store.md.
test-virtuoso: $(STAMP)
	$(BIN)/python -m pytest -m virtuoso

clean:
	rm -rf $(VENV) build data *.egg-info
