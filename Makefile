# Two commands on a fresh machine with Python 3.11+: `make run` and `make test`.
# Each sets up what it needs first: a .venv with the package, and Debian packages when missing.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# apt-get needs root; use sudo when we are not root and it is there.
SUDO   := $(shell [ "$$(id -u)" -ne 0 ] && command -v sudo)

.PHONY: run test lint bench bench-deps soak setup system-deps icu sarif-validator clean

setup: $(STAMP) system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,dask]'
	touch $(STAMP)

# msgfmt/msgcat/msgunfmt (gettext) are the reference PO validators; tmux runs the TUI smoke test;
# hunspell-vi's dictionary and wamerican's word list tell undiacritised Vietnamese from English;
# iso-codes' ISO 3166 names join a country's official name to its short name in the miner.
system-deps:
	@missing=""; \
	command -v msgfmt >/dev/null || missing="$$missing gettext"; \
	command -v tmux >/dev/null || missing="$$missing tmux"; \
	[ -f /usr/share/hunspell/vi_VN.dic ] || missing="$$missing hunspell-vi"; \
	[ -f /usr/share/dict/american-english ] || missing="$$missing wamerican"; \
	[ -f /usr/share/iso-codes/json/iso_3166-1.json ] || missing="$$missing iso-codes"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q $$missing; \
	fi

# PyICU is only the test oracle for the Vietnamese collation key; it builds against libicu.
# If it cannot be built the oracle test is skipped with that reason; nothing else depends on it.
icu: $(STAMP)
	@$(BIN)/python -c "import icu" 2>/dev/null || { \
	  { dpkg -s libicu-dev pkg-config >/dev/null 2>&1 || \
	    { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q libicu-dev pkg-config g++; }; } && \
	  $(BIN)/python -m pip install -q pyicu || echo "PyICU could not be built: the collation oracle test will be skipped"; }

# The SARIF validators of the tests: the official SARIF 2.1.0 JSON schema and Microsoft's SARIF Multitool,
# from the npm package @microsoft/sarif-multitool-linux 5.7.0 (no node needed): downloaded once into
# .cache/, checked against the sha512 the registry publishes (pinned in tests/sarif_validator.py).
# If it cannot be had, the SARIF validation tests are skipped with the reason; nothing else needs it.
sarif-validator: $(STAMP)
	@$(BIN)/python -m tests.sarif_validator

run: setup
	@if [ -t 0 ] && [ -t 1 ]; then \
	  $(BIN)/glossary tui; \
	else \
	  $(BIN)/glossary stats && $(BIN)/glossary lookup "thang long"; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check .

# The suite runs on every core (pytest-xdist): most of its time is subprocesses and real terminals
# waiting on each other, and one process left the second core idle (9-10 min on two cores, against the
# 10-minute budget). Tests are parallel-safe: each uses its own tmp_path, index cache and tmux server.
# `make test PYTEST_ARGS=-n0` runs it in one process.
PYTEST_ARGS ?= -n auto --dist worksteal
test: setup icu sarif-validator
	$(BIN)/ruff check .
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The benchmark's yardsticks and meter: fzf (lookup), GNU time (peak memory of each process).
bench-deps:
	@missing=""; \
	command -v fzf >/dev/null || missing="$$missing fzf"; \
	[ -x /usr/bin/time ] || missing="$$missing time"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q $$missing; \
	fi

bench: setup bench-deps
	$(BIN)/python -m bench $(BENCH_ARGS)

# Long reliability probes (an hour or more): SIGKILLs during saves, parallel writers, fuzzing.
# Results and what each probe does: docs/reliability.md.
soak: setup
	$(BIN)/python -m soak

clean:
	rm -rf $(VENV) .cache .pytest_cache
