# `make test` and `make demo` build their own virtualenv from nothing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test demo bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check importer tests bench
	$(BIN)/mypy importer

test: lint
	$(BIN)/pytest

demo: $(STAMP)
	$(BIN)/gbimport demo

bench: $(STAMP)
	$(BIN)/python bench/parse.py
	$(BIN)/python bench/requests.py
	$(BIN)/python bench/upload.py
	$(BIN)/python bench/soak.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache *.egg-info
