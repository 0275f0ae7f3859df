# Developer shortcuts. `make check` is what CI runs besides installing PostgreSQL.
PYTHON ?= .venv/bin/python

.PHONY: install demo test check lint typecheck format postgres

install:
	python3 -m venv .venv && .venv/bin/pip install -e ".[dev]"

demo:
	.venv/bin/accord demo

postgres:
	@scripts/start-test-postgres.sh

test:
	$(PYTHON) -m pytest

lint:
	.venv/bin/ruff check src tests
	.venv/bin/ruff format --check src tests

typecheck:
	.venv/bin/mypy

format:
	.venv/bin/ruff format src tests
	.venv/bin/ruff check --fix src tests

check: lint typecheck test
