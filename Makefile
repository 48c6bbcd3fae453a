# Garrison: `make run` serves the demo site, `make test` runs lint and the whole suite.
VENV ?= .venv
PYTHON := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
# Where the demo's site and the admin's links say the site is: the address served.
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

.PHONY: run serve test lint format migrate demo clean translations messages worker

$(VENV)/bin/python:
	@interpreter=$$(bin/find-python) || exit 1; \
	echo "Creating $(VENV) with $$interpreter"; \
	"$$interpreter" -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip

# The stamps are rebuilt whenever pyproject.toml changes, so a pull that adds a
# dependency installs it on the next `make run` or `make test`.
$(VENV)/.installed-run: pyproject.toml | $(VENV)/bin/python
	$(PYTHON) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(PYTHON) -m pip install --quiet -e ".[test]"
	@touch $@ $(VENV)/.installed-run

translations: $(VENV)/.installed-run
	$(PYTHON) manage.py compile_translations

migrate: translations
	@mkdir -p data
	$(PYTHON) manage.py migrate --noinput
	$(PYTHON) manage.py createcachetable --verbosity 0

demo: migrate
	$(PYTHON) manage.py load_demo --if-empty

run: demo
	@echo "Serving on http://$(HOST):$(PORT)/ (admin at /admin/)"
	$(PYTHON) manage.py runserver $(HOST):$(PORT)

# The production configuration on this machine: granian (bin/web),
# whitenoise's hashed and compressed static files, the security headers.
serve: demo
	@echo "Serving the production configuration on http://$(HOST):$(PORT)/"
	HOST=$(HOST) PORT=$(PORT) bin/serve

# The task worker, for TASK_BACKEND=database (queued search-index updates,
# relinking, flushes of view counts).
worker: migrate
	$(PYTHON) manage.py db_worker

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .

format: $(VENV)/.installed-test
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: lint translations
	$(VENV)/bin/pytest $(PYTEST_ARGS)

# After changing interface text: collect it into the Czech catalogue (needs GNU
# gettext), translate what is new, then `make translations`.
messages: $(VENV)/.installed-test
	$(PYTHON) manage.py makemessages -l cs --no-location \
		--ignore=".venv/*" --ignore="bench/*" --ignore="data/*" --ignore="static_collected/*"

clean:
	rm -rf $(VENV) data/garrison.sqlite3 media test-artifacts
