# signpost: two commands on a fresh machine.
#   make run    install what is missing, build catalogs, load the registry, train if needed, start
#   make test   the whole test suite (pytest, Rasa data validation, Rasa test stories)
SHELL := /bin/bash
PYTHON ?= python3
PYENV_ROOT ?= $(shell pyenv root 2>/dev/null || echo $$HOME/.pyenv)
RASA_PYTHON ?= $(firstword $(wildcard $(PYENV_ROOT)/versions/3.10.*/bin/python) $(shell command -v python3.10))

VENV := .venv
RASA_VENV := .venv-rasa
RASA := env PYTHONPATH=$(CURDIR) $(RASA_VENV)/bin/rasa
RASA_PYTHON_RUN := env PYTHONPATH=$(CURDIR) $(RASA_VENV)/bin/python
PO_FILES := $(wildcard translations/*/LC_MESSAGES/messages.po)
MO_FILES := $(PO_FILES:.po=.mo)
# One model for every language in data/nlu/ (bench/nlu-eval.json says why); tests/nlu/ is held out.
TRAINING_DATA := data/nlu data/rules data/stories
# The intent classifier reads entity cues, so the lexicons, gazetteer and folding are inputs too.
MODEL_INPUTS := $(shell find bot data/nlu data/rules data/stories data/lexicon data/safety signpost_rasa signpost/understanding signpost/geography signpost/safety signpost/text signpost/vocabulary -type f -not -name '*.pyc' 2>/dev/null) bot/domain/responses.yml

.PHONY: run test setup translations domain embeddings train validate test-stories unit clean eval bench nlu-eval browser lock

setup: $(VENV)/.installed $(RASA_VENV)/.installed

# The locked versions first (requirements/lock.txt, compiled from pyproject.toml: `make lock`), then
# the project itself without resolving anything again.
$(VENV)/.installed: pyproject.toml requirements/lock.txt
	@bin/step "Python 3.11 environment (.venv)" sh -c '\
	  $(PYTHON) -m venv $(VENV) && $(VENV)/bin/pip install --quiet --upgrade pip && \
	  $(VENV)/bin/pip install --quiet -r requirements/lock.txt && \
	  $(VENV)/bin/pip install --quiet --no-deps -e .'
	@touch $@

$(RASA_VENV)/.installed: requirements/rasa-lock.txt
	@test -n "$(RASA_PYTHON)" || { echo "Python 3.10 is needed for Rasa 3.6 (pyenv install 3.10)"; exit 1; }
	@bin/step "Python 3.10 environment for Rasa 3.6 (.venv-rasa)" sh -c '\
	  $(RASA_PYTHON) -m venv $(RASA_VENV) && $(RASA_VENV)/bin/pip install --quiet --upgrade pip && \
	  $(RASA_VENV)/bin/pip install --quiet --no-deps -r requirements/rasa-lock.txt'
	@touch $@

translations/%/LC_MESSAGES/messages.mo: translations/%/LC_MESSAGES/messages.po $(VENV)/.installed
	@bin/step "Catalog $*" $(VENV)/bin/pybabel compile --use-fuzzy -d translations -D messages -l $*

translations: $(MO_FILES)

bot/domain/responses.yml: $(MO_FILES) signpost/conversation/rasa_domain.py signpost/conversation/crisis_lines.py
	@bin/step "Domain responses from the catalogs" $(VENV)/bin/python -m signpost.conversation.rasa_domain $@

domain: bot/domain/responses.yml

# The semantic layer's training texts, embedded once and committed (signpost_rasa/embedding_store.py):
# run after adding risk or NLU training data, so that training embeds nothing.
embeddings: $(RASA_VENV)/.installed
	@bin/step "Store the embeddings of new training texts" $(RASA_PYTHON_RUN) -m signpost_rasa.embedding_store

models/.current: $(MODEL_INPUTS) $(RASA_VENV)/.installed
	@bin/step "Train the Rasa model" $(RASA) train --config bot/config.yml --domain bot/domain --data $(TRAINING_DATA) --out models --fixed-model-name signpost --quiet
	@touch $@

train: models/.current

validate: domain $(RASA_VENV)/.installed
	@bin/step "rasa data validate --fail-on-warnings" $(RASA) data validate --config bot/config.yml --domain bot/domain --data $(TRAINING_DATA) --fail-on-warnings

test-stories: models/.current
	@bin/step "Rasa test stories (tests/stories)" $(RASA) test core --model models/signpost.tar.gz --stories tests/stories --endpoints bot/endpoints.yml --fail-on-prediction-errors --out var/test-results

unit: setup translations domain
	$(VENV)/bin/pytest -m "not integration"

run: setup translations domain train
	bin/signpost-stack

# The browser tests drive Debian's Chromium (never a browser a test tool downloads).
browser:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    bin/step "Chromium for the browser tests (apt-get)" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'; \
	  else echo "The browser tests need Debian's Chromium: run  sudo apt-get install chromium  then make test again"; exit 1; fi; }

test: setup translations domain train validate browser
	$(VENV)/bin/pytest
	@bin/step "Rasa component tests (tests/rasa_components)" env PYTHONPATH=$(CURDIR) $(RASA_VENV)/bin/pytest tests/rasa_components -p no:cacheprovider
	$(MAKE) --no-print-directory test-stories

# Conversation evaluation against a running stack: `make eval CASES=tests/conversations/cases.yml`
CASES ?= tests/conversations/cases.yml
EVAL_URL ?= http://127.0.0.1:5005
eval: setup
	$(VENV)/bin/signpost eval $(CASES) --url $(EVAL_URL)

# Re-resolve requirements/lock.txt from pyproject.toml (the test extra included).
lock: setup
	$(VENV)/bin/pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --strip-extras --extra test --output-file requirements/lock.txt pyproject.toml

bench: setup translations domain train
	$(VENV)/bin/python -m bench.run

# Intent macro-F1 and entity F1 per language on tests/nlu, each candidate trained on data/nlu
# (production = bot/config.yml; others in bench/nlu_configs/): bench/nlu-eval.json.
# `make nlu-eval NLU_CANDIDATES=diet` adds DIET, which trains for over 45 minutes on two cores.
NLU_CANDIDATES ?= production logreg
nlu-eval: setup
	$(RASA_PYTHON_RUN) -m bench.nlu_eval --per-language $(NLU_CANDIDATES)

clean:
	rm -rf models var translations/*/LC_MESSAGES/*.mo bot/domain/responses.yml
