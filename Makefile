# Two commands for a newcomer: `make run` and `make test`. Everything else is optional.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

QM := resources/translations/gespraechskompass_de.qm resources/translations/gespraechskompass_en.qm

.PHONY: run test check bench bench-quick bundle windows windows-test screenshots clean translations

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 oder neuer wird benötigt.")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,build]'
	touch $(STAMP)

$(QM): resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/python build/i18n.py release $<

translations: $(QM)

run: $(STAMP) $(QM)
	@bash .ci/system-deps gui
	$(BIN)/gespraechskompass

test: $(STAMP) $(QM)
	@bash .ci/system-deps test
	$(BIN)/ruff check desktop tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m bench

bench-quick: $(STAMP)
	$(BIN)/python -m bench --quick

bundle: $(STAMP)
	$(BIN)/python build/make_bundle.py

# The Windows bundle and MSI, built and checked under Wine (build/windows/README.md); the
# first run installs Wine, msitools and the Windows Python itself (as root), later runs reuse
# .cache/windows/.
windows: $(STAMP)
	$(BIN)/python build/windows/wine_build.py

# The test suite under the Windows Python in Wine.
windows-test: $(STAMP)
	$(BIN)/python build/windows/wine_build.py --only-test

screenshots: $(STAMP) $(QM)
	$(BIN)/python docs/make_screenshots.py

clean:
	rm -rf dist pyinstaller-work .pytest_cache  # .cache/windows (downloads, Wine prefix) stays
