# zoulang: the two commands a fresh clone needs (see README.md).
#   make demo   runs the main job on the built-in sample text
#   make test   runs every test: Rust (unit, integration, doc) and Python (pytest, doctests, stubtest)
# The Python tests run against a freshly built package in a virtual environment (.venv) this file creates.

PYTHON ?= python3
VENV   := .venv
VPY    := $(VENV)/bin/python
CARGO  ?= cargo

.PHONY: demo test test-rust test-python lint venv develop fmt

demo:
	$(CARGO) run --quiet --bin zoulang -- demo

test: test-rust test-python

test-rust:
	$(CARGO) test --workspace --exclude zoulang-py --all-targets
	$(CARGO) test --workspace --exclude zoulang-py --doc

$(VPY):
	$(PYTHON) -m venv $(VENV)

venv: $(VPY)
	$(VPY) -m pip install --quiet --disable-pip-version-check -r python/requirements-test.txt

# Builds the extension in debug mode into the venv (a release wheel comes from `pip install ./python`).
develop: venv
	cd python && VIRTUAL_ENV=$(abspath $(VENV)) PATH=$(abspath $(VENV))/bin:$$PATH maturin develop --quiet

test-python: develop
	$(VPY) -m pytest -q python/tests
	$(VPY) -m mypy.stubtest zoulang._native --allowlist python/stubtest-allowlist.txt

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

fmt:
	$(CARGO) fmt --all
