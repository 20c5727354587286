# The two commands of the README: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-fast serve lint format bench browser-deps messages social-card clean

# A virtual environment with the pinned dependencies, rebuilt only when pyproject.toml changes.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

## run: install, migrate, load the demo content and accounts, serve http://127.0.0.1:8000
run: $(STAMP) messages
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## test: everything the tests need (Chromium, the Nu HTML checker), then the whole suite:
## the unit and integration tests, then the browser tests in their own pytest process
test: $(STAMP) browser-deps messages
	$(BIN)/python manage.py makemigrations --check --dry-run --settings=korzenie.settings.test
	status=0; \
	$(BIN)/pytest -m "not browser" $(PYTEST_ARGS) || status=$$?; \
	$(BIN)/pytest -m browser tests/browser $(PYTEST_ARGS) || status=$$?; \
	exit $$status

## test-fast: the suite without the browser tests
test-fast: $(STAMP) messages
	$(BIN)/pytest -m "not browser" $(PYTEST_ARGS)

## browser-deps: Debian's Chromium and a Java runtime (apt), the Nu HTML checker (npm)
browser-deps:
	bash tests/browser/install-deps.sh

## serve: gunicorn with production settings (set the variables of README "Configuration")
serve: $(STAMP) messages
	$(BIN)/python manage.py collectstatic --noinput --settings=korzenie.settings.production
	$(BIN)/gunicorn korzenie.wsgi:application --config deploy/gunicorn.conf.py

## messages: compile the interface translations (.po → .mo)
messages: $(STAMP)
	$(BIN)/python manage.py compilemessages --ignore ".venv" --ignore "node_modules" -v 0

## social-card: redraw the link-preview card of pages without a picture (PNG from its SVG)
social-card: $(STAMP)
	$(BIN)/python -c "import cairosvg; cairosvg.svg2png(url='site/static/korzenie/img/social-card.svg', write_to='site/static/korzenie/img/social-card.png', output_width=1200, output_height=630)"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## bench: the benchmark scripts (figures in README "Measured figures")
bench: $(STAMP) messages
	$(BIN)/pip install --quiet -e ".[dev,bench]"
	$(BIN)/python bench/catalogue.py
	$(BIN)/python bench/quiz.py
	$(BIN)/python bench/classroom.py
	$(BIN)/python bench/serve_memory.py
	$(BIN)/python bench/load_classroom.py

clean:
	rm -rf $(VENV) static_root .test-media node_modules
