# facta developer commands. `make demo` sets everything up and runs the demo; `make test` runs all tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
DB ?= facta.db

.PHONY: setup demo test pytest lint format docs clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

demo: setup
	$(VENV)/bin/facta demo --db $(DB)

test: setup lint pytest

pytest: setup
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/ruff format --check src tests
	$(VENV)/bin/mypy

docs: setup
	$(PY) -m facta.docgen

format: setup
	$(VENV)/bin/ruff format src tests
	$(VENV)/bin/ruff check --fix src tests

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist $(DB) $(DB)-wal $(DB)-shm
