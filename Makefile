# Goalpost: `make run` starts the dashboard, `make test` runs every test. Both set themselves up first.
# `make run PORT=8600` uses another port (default 8501); Ctrl+C stops it.
# `make serve` starts it for a team (every interface, sign-in required; see docs/hosting.md).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha256sum requirements.txt | cut -c1-12)
PORT ?= 8501

.PHONY: setup run serve test test-fast browser proxies database lint format bench screenshots clean translations audit

setup: $(STAMP)

$(STAMP): requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r requirements.txt
	rm -f $(VENV)/.installed-*
	touch $@

# Debian's Chromium drives the browser tests; Playwright never downloads a browser here.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
	@chromium --version

# Debian's Caddy and nginx: the hosting tests run the deploy/ examples in front of a real server. Only the
# programs are wanted: the services the packages start (on ports 80/443) are stopped again where systemd runs.
proxies:
	@{ command -v caddy >/dev/null 2>&1 && [ -x /usr/sbin/nginx ]; } || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq caddy nginx >/dev/null; \
	  if command -v systemctl >/dev/null 2>&1; then $$SUDO systemctl disable --now caddy nginx >/dev/null 2>&1 || true; fi; }
	@caddy version && /usr/sbin/nginx -v

# Texts: extract every key from the code into locale/goalpost.pot (not kept), then bring each language's
# locale/<lang>/LC_MESSAGES/goalpost.po in step with it (new keys added empty, gone ones marked obsolete).
# See docs/translations.md. Keys are stable ids, so similar keys are never fuzzy-matched to each other.
translations: setup
	PYTHONPATH=. $(BIN)/pybabel -q extract -F babel.cfg --no-default-keywords -k t -k tn:1,2 -k N_ -k N_plural:1,2 \
	  -k Message -k plural_message:1,2 \
	  --no-location --sort-output --no-wrap --project=Goalpost --version=1 -o locale/goalpost.pot .
	$(BIN)/pybabel -q update -i locale/goalpost.pot -d locale -D goalpost --no-fuzzy-matching \
	  --ignore-pot-creation-date --ignore-obsolete --no-wrap
# Debian's PostgreSQL: the store tests run against SQLite and a real PostgreSQL server that tests/conftest.py
# starts on 127.0.0.1:55432 in a throw-away folder. Only the programs are wanted: the packaged cluster is stopped.
database:
	@ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; \
	  if command -v systemctl >/dev/null 2>&1; then $$SUDO systemctl disable --now postgresql >/dev/null 2>&1 || true; fi; }
	@ls -d /usr/lib/postgresql/*/bin

run: setup
	$(BIN)/streamlit run dashboard.py --server.port $(PORT)

# For a team: SERVE_FLAGS="--port 8080" or "--address 127.0.0.1" (behind a proxy on the same machine).
serve: setup
	$(BIN)/python cli.py serve $(SERVE_FLAGS)

test: setup browser proxies database
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not browser"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The dependency audit: pip-audit (pinned in requirements-ci.txt, in its own venv so its packages never mix with
# the app's) checks requirements.txt and requirements-ci.txt; .ci/audit-allow.txt lists accepted ids with reasons.
CI_STAMP := .venv-ci/.installed-$(shell sha256sum requirements-ci.txt | cut -c1-12)

$(CI_STAMP): requirements-ci.txt
	$(PYTHON) -m venv .venv-ci
	.venv-ci/bin/python -m pip install --quiet -r requirements-ci.txt
	rm -f .venv-ci/.installed-*
	touch $@

audit: $(CI_STAMP)
	.venv-ci/bin/python .ci/audit.py

bench: setup
	$(BIN)/python bench/ingest_bench.py
	$(BIN)/python bench/page_bench.py

# The README's picture of the Overview (docs/overview.png): Debian's Chromium on a real `streamlit run` of the demo.
screenshots: setup browser
	$(BIN)/python docs/screenshots.py

clean:
	rm -rf $(VENV) .venv-ci .pytest_cache .ruff_cache .hypothesis
