# Developer commands for the formation_continue add-on. Run `make help`.
# The logic lives in scripts/ so that it can be read and run without make.

PYTHON ?= python3
# Add-on that `make run` and `make test` install, and the folder holding it.
MODULE ?= formation_continue
ADDONS_DIR ?= $(CURDIR)/addons
# Database and HTTP port of `make run`; Odoo listens on 127.0.0.1 only.
DB ?= formation
HTTP_PORT ?= 8069
# Git-ignored folder of `make run`: PostgreSQL cluster, Odoo config, log, pid.
RUN_DIR ?= $(CURDIR)/.run

export PYTHON MODULE ADDONS_DIR DB HTTP_PORT RUN_DIR

.DEFAULT_GOAL := help
.PHONY: help run stop test lint benchmark

help:
	@echo "Targets:"
	@echo "  make run    start PostgreSQL (in $(RUN_DIR)) and Odoo on http://127.0.0.1:$(HTTP_PORT)"
	@echo "              in the background; the first run creates database $(DB) with"
	@echo "              $(MODULE), its demo data and the languages ar_001 and fr_FR"
	@echo "  make stop   stop the Odoo and PostgreSQL started by make run"
	@echo "  make test   static tests (tests/), then, if $(PYTHON) can import odoo, install"
	@echo "              checks and the add-on's tests with pytest-odoo in a throwaway cluster"
	@echo "  make lint   ruff and pylint (with pylint-odoo) on the add-on"
	@echo "  make benchmark  time record-rule scoping and the attendance sheet on"
	@echo "              generated data in a throwaway cluster (docs/benchmarks.md)"
	@echo "Variables: PYTHON=$(PYTHON) DB=$(DB) HTTP_PORT=$(HTTP_PORT) MODULE=$(MODULE)"
	@echo "           ADDONS_DIR=$(ADDONS_DIR) RUN_DIR=$(RUN_DIR)"
	@echo "Without a local Odoo 18, use Docker instead: docker compose up"

run:
	@bash scripts/run.sh start

stop:
	@bash scripts/run.sh stop

test:
	@bash scripts/test.sh

lint:
	@bash scripts/lint.sh

benchmark:
	@bash scripts/benchmark.sh
