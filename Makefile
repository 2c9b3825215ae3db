# jixiao: `make demo` sets everything up and runs the main job on samples/;
# `make test` runs the test suite (what CI runs through .ci/run).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= sqlite:///jixiao.db

.PHONY: demo test bench install clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,postgres,camelot,ocr]'
	@# rapidocr-onnxruntime pulls opencv-python, camelot and jixiao[ocr] the headless build:
	@# both own the same cv2/ folder, so keep only the headless one (no libGL needed).
	$(BIN)/python -m pip uninstall --quiet -y opencv-python
	$(BIN)/python -m pip install --quiet --force-reinstall --no-deps \
		"opencv-python-headless==$$($(BIN)/python -c 'import importlib.metadata as m; print(m.version("opencv-python-headless"))')"
	$(BIN)/python -c "import cv2, rapidocr_onnxruntime"
	@# An editable install leaves our modules uncompiled: where PYTHONDONTWRITEBYTECODE is set
	@# every jixiao process would compile them from source again (~0.4 s CPU for one draft).
	$(BIN)/python -m compileall -q jixiao extract load normalize
	touch $@

demo: install
	$(BIN)/jixiao ingest samples/drafts --db $(DB)
	$(BIN)/python -m jixiao.demo $(DB)

# -rs: the summary names every skipped test and why (a missing tool, say).
# Two passes: the tests on $(JOBS) processes (pytest-xdist; a module stays on one
# process, so its fixtures are made once), then the `serial` ones alone: their outcome
# hangs on time (tests/conftest.py lists them). Both passes run; either failing fails.
JOBS ?= 2
test: install
	@status=0; \
	$(BIN)/python -m pytest -rs --durations=20 -n $(JOBS) --dist loadfile -m "not serial" || status=$$?; \
	$(BIN)/python -m pytest -rs --durations=10 -m serial || status=$$?; \
	exit $$status

bench: install
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) jixiao.db *.egg-info .pytest_cache
