# clreport build glue. `make report` and `make test` install missing Debian packages first.
APT_PACKAGES := libcmark-dev libopenblas-dev zlib1g-dev pkg-config dataset-fashion-mnist
SWIFT        ?= swift
CONFIG       := -c release
PROFILE      ?= default
BIN          := .build/release/clreport

.PHONY: deps build test report bench clean

deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$missing"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build $(CONFIG)

# Numeric tests are run optimised; -enable-testing keeps @testable imports working.
test: deps
	$(SWIFT) test $(CONFIG) -Xswiftc -enable-testing

report: build
	$(BIN) report --profile $(PROFILE) --out output/report

bench: build
	$(BIN) bench

clean:
	rm -rf .build
