# PolicyLens. `make help` lists the targets.
GO ?= go
BIN := bin/policylens

.PHONY: help build run test unit e2e js-test firefox wasm size bench extract-bench model clusters lingua-models fuzz vet clean

help: ## list the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | column -t -s "$$(printf '\t')"

build: ## build the CLI into bin/policylens
	$(GO) build -trimpath -o $(BIN) .

run: build ## analyse the bundled corpus and print the summary table
	./$(BIN) corpus corpus/ > /dev/null

test: unit js-test e2e ## run every test (Go, JS, end-to-end in Chromium)

unit: vet ## Go unit tests, golden files and eval on the labelled corpus
	$(GO) test ./...

vet:
	$(GO) vet ./...

wasm: ## build extension/engine.wasm and copy wasm_exec.js
	bash wasm/build.sh

size: wasm ## print engine.wasm size, raw and gzip
	bash wasm/size.sh

js-test: wasm ## JS unit tests (node --test): bridge and extension modules
	bash extension/tests/run-unit.sh

e2e: wasm ## end-to-end test in headless Chromium with the extension loaded
	bash extension/tests/run-e2e.sh

firefox: wasm ## smoke test of the extension in headless Firefox ESR (installs it with apt)
	bash extension/tests/run-firefox.sh

bench: build wasm ## medians: native CLI, wasm in Node and Chromium; diff of two 60 KB versions
	$(GO) test ./analyzer/diff -run '^$$' -bench Compare -count 5
	bash wasm/bench.sh

extract-bench: ## extraction P/R/F1 per language on ota-dating, PolicyLens beside Mozilla Readability (DIR=... to change)
	@[ -d node_modules/@mozilla/readability ] && [ -d node_modules/jsdom ] || npm ci
	node analyzer/extract/bench/bench.mjs $(DIR)

model: clusters ## rebuild the classifier's word clusters and learned model (analyzer/classify/model/*.tsv, *.weights); CV: go run ./analyzer/classify/internal/train -cv
	$(GO) run ./analyzer/classify/internal/train

clusters: ## learn the word clusters from the unlabelled real policies of ../shared/policies-dev (test documents left out)
	$(GO) run ./analyzer/classify/internal/clusters -shared ../shared/policies-dev

lingua-models: ## convert lingua's models of the detector's languages into third_party/lingua-go/models (compact, lossless)
	$(GO) run ./analyzer/lang/internal/modelgen

fuzz: ## run the fuzz targets (FUZZTIME=30s each)
	$(GO) test ./analyzer/extract -run=^$$ -fuzz=FuzzExtract -fuzztime=$${FUZZTIME:-30s}
	$(GO) test ./analyzer/segment -run=^$$ -fuzz=FuzzSegment -fuzztime=$${FUZZTIME:-30s}
	$(GO) test ./analyzer/decode -run=^$$ -fuzz=FuzzDecode -fuzztime=$${FUZZTIME:-30s}
	$(GO) test ./analyzer/lang -run=^$$ -fuzz=FuzzDecide -fuzztime=$${FUZZTIME:-30s}

clean: ## remove build outputs
	rm -rf bin extension/engine.wasm extension/wasm_exec.js
