# Astana Atlas. Two commands do everything on a fresh Debian 12 machine with rustup,
# Node 20 and apt:  `make serve` (build and serve on http://127.0.0.1:8080) and `make test`.

SHELL := /bin/bash
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export TRUNK_OFFLINE := true

.PHONY: serve test build bench static-html participation

## Serve the app with live reload on http://127.0.0.1:8080
serve:
	scripts/setup.sh build
	trunk serve

## Every test: fmt, clippy, native, browser (wasm-bindgen-test), release build, end-to-end
test:
	scripts/setup.sh test
	scripts/test.sh

## The release build in dist/ (relative URLs: host it under any path)
build:
	scripts/setup.sh build
	trunk build --release

## Sizes, Lighthouse and interaction timings, written to BENCHMARKS.md
bench:
	scripts/setup.sh test
	scripts/bench.sh

## Regenerate the static pages (static/<lang>.html) and the CSV/JSON downloads from the data
static-html:
	UPDATE_STATIC_HTML=1 cargo test --test static_html

## Regenerate public/participation.bin (who took part in each event) from the data
participation:
	UPDATE_PARTICIPATION=1 cargo test --test data public_participation_bin_is_current
