# Two commands on a fresh machine: `make demo` (set up, code the example corpus) and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= out/demo.duckdb

.PHONY: setup demo test lint typecheck unit bench clean fast

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,html,api,dask]'
	touch $@

demo: setup
	mkdir -p $(dir $(DB))
	rm -f $(DB)
	$(BIN)/newsevents ingest examples/articles --db $(DB)
	$(BIN)/newsevents events --db $(DB) --limit 60
	@echo
	@echo "Dashboard: run '$(BIN)/newsevents serve --db $(DB)' and open http://127.0.0.1:8000/"

lint: setup
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: setup
	$(BIN)/mypy src

unit: setup
	$(BIN)/python -W error -c "import newsevents"
	$(BIN)/pytest -q

test: lint typecheck unit

# The model-free tier: every test that does not load spaCy, in well under a minute.
fast: setup
	$(BIN)/pytest -q -m "not model"

bench: setup
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/accuracy.py

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
