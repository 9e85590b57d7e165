# The two commands a newcomer needs: `make run` (the portal with worker, beat and demo data)
# and `make test` (the whole suite). Both build what they need from scratch.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
export DJANGO_SETTINGS_MODULE ?= udon_ecosystem.settings.local

.PHONY: run test lint format messages compilemessages migrations-check system-deps browser-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.run-installed $@

# gettext (msgfmt) compiles the Thai catalogue. Installed from Debian when we are root.
system-deps:
	@command -v msgfmt >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && apt-get install -y -qq gettext >/dev/null; \
	  else echo "Please install gettext (msgfmt), e.g. 'sudo apt-get install gettext'." >&2; exit 1; fi; }

# Debian's Chromium and a Thai font for the browser tests; never a downloaded browser build.
browser-deps:
	@if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "noto sans thai"; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && apt-get install -y -qq chromium fonts-noto-core >/dev/null; \
	else echo "Chromium not installable here: browser tests will be skipped." >&2; fi

compilemessages: system-deps $(VENV)/.run-installed
	$(MANAGE) compilemessages --ignore=.venv --verbosity=0

messages: $(VENV)/.run-installed
	$(MANAGE) makemessages --locale=th --ignore=.venv --ignore=staticfiles --no-obsolete
	$(MANAGE) compilemessages --ignore=.venv

run: $(VENV)/.run-installed compilemessages
	$(MANAGE) migrate --noinput
	$(MANAGE) collectstatic --noinput --verbosity=0
	$(MANAGE) seed_demo
	@echo "Smart Udon on http://127.0.0.1:8000/ (Thai) and http://127.0.0.1:8000/en/ (English)."
	@echo "Mail is written to var/mail/ unless EMAIL_BACKEND says otherwise. Ctrl-C stops all."
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/honcho -f Procfile.dev start

test: $(VENV)/.dev-installed compilemessages browser-deps
	DJANGO_SETTINGS_MODULE=udon_ecosystem.settings.test $(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run

format: $(VENV)/.dev-installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

migrations-check: $(VENV)/.run-installed
	$(MANAGE) makemigrations --check --dry-run

clean:
	rm -rf $(VENV) staticfiles var
