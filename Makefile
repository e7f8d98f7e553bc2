# The README's two commands: `make demo` and `make test`. Each installs what is missing first.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
VPY := $(VENV)/bin/python
PYODIDE_DIR := web/node_modules/pyodide
PORT ?= 8765

.PHONY: install demo test test-in-browser unit unit313 e2e bench bundle chromium redis clean wheel

install: $(VENV)/.installed web/node_modules/.installed chromium redis bundle web/vendor/dash/.installed

$(VENV)/.installed: pyproject.toml pyclient-dash.pth
	test -x $(VPY) || $(PY) -m venv $(VENV)
	$(VPY) -m pip install -q --upgrade pip
	$(VPY) -m pip install -q -e '.[dev,server]'
	# `python app.py` without Dash (the wheel carries the same file; see pyclient-dash.pth).
	$(VPY) -c "import shutil, site; shutil.copy('pyclient-dash.pth', site.getsitepackages()[0])"
	touch $@

web/node_modules/.installed: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	touch $@

# Debian's Chromium drives the e2e tests; Playwright may not download browsers here.
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	fi

# Debian's redis-server is the broker of the Celery test (tests/e2e/test_server_celery.py).
redis:
	@if [ ! -x /usr/bin/redis-server ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server; \
	fi

bundle: web/node_modules/.installed
	cd web && node build.mjs

# Dash's own component bundles (React, dcc, html, dash_table) are read from its wheel at build
# time, never imported (pyclient/bundles.py); kept apart so it is not shipped as a wheel.
web/vendor/dash/.installed: $(VENV)/.installed
	mkdir -p web/vendor/dash
	$(VPY) -m pip download -q --only-binary=:all: --no-deps -d web/vendor/dash dash==4.4.1
	touch $@

# The scheduler also runs inside Pyodide's Python 3.14: the unit tests run under pyenv's 3.13
# too when it is there (a small venv with pytest + hypothesis only).
PY313 := $(firstword $(wildcard $(HOME)/.pyenv/versions/3.13*/bin/python))
VENV313 := .venv-313

$(VENV313)/.installed:
	@if [ -n "$(PY313)" ]; then \
	  $(PY313) -m venv $(VENV313) && $(VENV313)/bin/pip install -q pytest hypothesis && touch $@; \
	fi

unit313: $(VENV313)/.installed
	@if [ -x $(VENV313)/bin/python ]; then \
	  PYTHONPATH=$(CURDIR) $(VENV313)/bin/python -m pytest tests/unit -q -p no:cacheprovider; \
	else echo "pyenv 3.13 not found: unit tests ran on $(PY) only"; fi

# The unit tests run under both Pythons at once (one core each), then the e2e tests in three
# processes (a file stays in one): the machine has two cores, and a third process works while
# the others wait on servers, sleeps in callbacks and webR.
test: install
	$(MAKE) --no-print-directory -j2 --output-sync=target unit unit313
	$(VPY) -m pytest tests/e2e -q -n 3 --dist loadfile

unit: $(VENV)/.installed
	$(VPY) -m pytest tests/unit -q

e2e: install
	$(VPY) -m pytest tests/e2e -q -n 3 --dist loadfile

# make test runs the callback-semantics tests (dash_app) through the scheduler in plain CPython;
# these same tests in Chromium on pyclient builds (CI runs both).
test-in-browser: install
	$(VPY) -m pytest tests/e2e -q -n 2 --dist loadfile -m dash_app --in-browser

# Benchmarks print our figures and the ratio to real Dash measured in the same run (not tests).
bench: install
	$(VPY) bench/scale.py
	$(VPY) bench/boot.py
	$(VPY) bench/components.py
	$(VPY) bench/server.py
	$(VPY) bench/r_apps.py

demo: install
	$(VPY) -m pyclient gallery examples --out build/gallery
	@echo "Serving the example gallery at http://127.0.0.1:$(PORT)/"
	$(VPY) -m pyclient serve build/gallery --port $(PORT)

# A wheel that carries the browser runtime: pip install dist/pyclient-*.whl, then pyclient build
# works in any folder, no checkout, no Node (scripts/make_wheel.py).
wheel: install
	$(VPY) scripts/make_wheel.py --out dist

clean:
	rm -rf build dist web/dist web/vendor
