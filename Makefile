# SPDX-License-Identifier: EUPL-1.2
# The two entry points are `make demo` and `make test`; everything they need is installed
# here, on a fresh Debian machine with only python3 present.

SHELL := /bin/bash
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := python3
export UV_LINK_MODE := copy
# Use the machine's CA store (corporate or sandbox TLS proxies add their CA there).
export UV_SYSTEM_CERTS := 1
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SYSTEM_PACKAGES := chromium poppler-utils libxml2-utils fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0
PYTEST_WORKERS ?= 2
WEB_VENDOR := src/stuurhuis/web/static/vendor

.PHONY: demo test lint typecheck unit bench docs deps system-deps clean

demo: deps
	$(UV) run stuurhuis demo

test: deps system-deps lint typecheck unit

lint: deps
	$(UV) run ruff check src tests bench
	$(UV) run ruff format --check src tests bench

typecheck: deps
	$(UV) run mypy

unit: deps
	$(UV) run pytest -n $(PYTEST_WORKERS)

bench: deps
	$(UV) run python bench/run_all.py

# Regenerate the documentation that is generated from code (checked by tests/test_docs.py).
docs: deps
	$(UV) run python -m stuurhuis.cli.referentie > docs/cli.md

deps: .venv/.synced $(WEB_VENDOR)/.built

.venv/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen
	touch $@

.tools/bin/uv:
	python3 -m venv .tools
	.tools/bin/pip install --quiet uv==0.13.9

# Dashboard JS/CSS from the npm registry (locked), copied into a git-ignored static folder.
$(WEB_VENDOR)/.built: web-assets/package.json web-assets/package-lock.json web-assets/copy.sh
	@command -v npm >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends nodejs npm; }
	cd web-assets && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	bash web-assets/copy.sh $(WEB_VENDOR)
	touch $@

# Debian packages for the browser tests (chromium), PDF checks (pdftoppm) and WeasyPrint.
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

clean:
	rm -rf .venv .tools web-assets/node_modules $(WEB_VENDOR) .pytest_cache .mypy_cache .ruff_cache stuurhuis.duckdb demo/
