# One entry point for newcomers and CI. Everything bootstraps itself into .venv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev
# `make up PORT=9000` or `MESH_PORT=9000 make up`; unset, mesh up uses MESH_PORT or 8080.
PORT ?=
PYTEST_ARGS ?=
# Test processes: 1 (the default, what CI runs) or more with pytest-xdist, one test file each
# at a time. Two ran the suite in 5-6 minutes on two cores, but a few tests that time Redis
# or the webhooks under load then fail now and then (docs/performance.md).
TEST_WORKERS ?= 1

.PHONY: help venv dev-venv redis-dep system-deps test lint format up bench chaos eval clean

help:
	@echo "make up      start the whole mesh (own Redis unless MESH_REDIS_URL is set)"
	@echo "make test    run the test suite (real Redis, real processes)"
	@echo "make lint    ruff + mypy"
	@echo "make bench   benchmarks (not part of make test; about 20 minutes)"
	@echo "make eval    quality of the built-in lenses on the labelled corpus"
	@echo "make chaos   the full fault suite (about 10 minutes)"

# Two stamps: `make up` needs only the runtime; `make test`/`lint` add the dev extras (pytest,
# mypy, selenium, the helm SDK: most of the install's size).
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(DEV_STAMP)

venv: $(STAMP)

dev-venv: $(DEV_STAMP)

# System packages, installed with apt only when missing: a real Redis for `make up` and the
# tests, and headless Chromium for the dashboard test.
define apt_install_missing
	@missing=""; \
	for pair in $(1); do cmd=$${pair%%:*}; pkg=$${pair##*:}; \
	  command -v $$cmd >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing with apt-get:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi
endef

redis-dep:
	$(call apt_install_missing,redis-server:redis-server)

system-deps:
	$(call apt_install_missing,redis-server:redis-server chromium:chromium chromedriver:chromium-driver)

test: dev-venv system-deps
	$(BIN)/python -m pytest $(if $(filter-out 1,$(TEST_WORKERS)),-n $(TEST_WORKERS) --dist loadfile) $(PYTEST_ARGS)

lint: dev-venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: dev-venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

up: venv redis-dep
	$(BIN)/mesh up $(if $(PORT),--port $(PORT))

clean:
	rm -rf $(VENV) .mesh .pytest_cache .mypy_cache .ruff_cache

# Fault suite: every scenario while 1,000 documents flow, then the long fuzz run.
# Writes the results table into docs/reliability.md.
chaos: dev-venv system-deps
	$(BIN)/python -m tests.chaos --docs 1000
	MESH_FAILOVER_DOCS=1000 $(BIN)/python -m pytest tests/cluster/test_failover_chaos.py -q -s
	MESH_FUZZ_EXAMPLES=150 $(BIN)/python -m pytest tests/security -q

# The mesh against a sequential orchestrator and a Celery chord, same machine, one run.
# Writes bench/results/latest.json and bench/results/latest.png.
bench: dev-venv system-deps
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m bench

# Precision/recall of every lens on tests/data/eval; exits 1 if a target is missed.
eval: dev-venv
	$(BIN)/python -m tests.eval --check
