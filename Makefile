# Body Map. Two commands for a newcomer: `make run` and `make test`; each sets up what is missing.
SHELL := /bin/bash
export PATH := $(CURDIR)/tests/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export RUST_BACKTRACE ?= 0
PORT ?= 8080

.PHONY: setup setup-browser run dist release test lint fmt native browser e2e wordpress wordpress-6.5 bench clean

setup:
	@scripts/setup.sh

setup-browser:
	@scripts/setup.sh browser

## Serve the demo page at http://127.0.0.1:$(PORT), rebuilding on every change.
run: setup
	@scripts/dist.sh dev
	@echo "Body Map demo: http://127.0.0.1:$(PORT)/ (rebuilds when you save; reload the page)"
	@trap 'kill 0' EXIT; \
	  trunk watch --offline >/dev/null 2>&1 & \
	  python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

## The release build: dist/body-map/ (embeddable files) and dist/index.html (the demo page).
dist: setup
	@scripts/dist.sh release

## What clinics and developers install, in dist/release/: the npm package (unpacked in
## package/, the self-hosted folder, and packed as a .tgz), snippet.html for the CDN and the
## WordPress plugin (body-map-wordpress-<version>.zip).
release: dist
	@node scripts/release.mjs
	@scripts/wordpress-plugin.sh dist/release/package dist/release >/dev/null

## Every test layer: format, lints (native and wasm32), native tests, browser tests, end-to-end,
## the WordPress plugin in a real WordPress.
test: setup-browser lint native browser e2e wordpress

lint:
	cargo fmt --all --check
	cargo clippy --all-targets --quiet -- -D warnings
	cargo clippy --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings

native:
	cargo test --quiet --tests

browser:
	cargo test --target wasm32-unknown-unknown --test browser

e2e: release
	cd tests/e2e && node --test --test-concurrency=1 specs/

## The plugin zip in a real WordPress on loopback (PHP, MariaDB and Debian's WordPress from apt).
wordpress: release
	tests/wordpress/run.sh dist/release/package

## The same against WordPress 6.5 (Script Modules API); fetches about 160 MB from npm once.
wordpress-6.5: release
	tests/wordpress/newer.sh dist/release/package

## Sizes and load time of the release build (a benchmark, not a test).
bench: setup-browser release
	cd tests/e2e && node bench.mjs

fmt:
	cargo fmt --all

clean:
	rm -rf dist target/site
