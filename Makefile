# CountThings enterprise-account service.
GO        ?= go
BIN       ?= bin/countthings
PKGS      ?= ./...
TEST_FLAGS ?= -race -count=1 -timeout 30m
FUZZTIME  ?= 5s
# Minimizing each new input takes up to 60s by default, and the fuzzer reports 0 execs/sec
# meanwhile: a short run would spend itself there.
FUZZMINIMIZE ?= 2s

.PHONY: run build test test-short fuzz generate check-generate lint bench bench-micro clean console check-migrations migration migration-hash

## run: start the service on the embedded default (SQLite file), GraphiQL at http://127.0.0.1:8080/
run: build
	./$(BIN) serve

build:
	$(GO) build -ldflags "-X main.commit=$$(git rev-parse HEAD 2>/dev/null)$$(git diff --quiet HEAD -- 2>/dev/null || echo -modified)" -o $(BIN) ./cmd/countthings

## test: the whole suite against the local Postgres (or TEST_DATABASE_URL), race detector on,
## then a short run of each fuzz target
test:
	$(GO) test $(TEST_FLAGS) $(PKGS)
	$(MAKE) fuzz

## fuzz: run each fuzz target for FUZZTIME (make fuzz FUZZTIME=10m for a long run)
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzGraphQLEntryPoint$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) ./internal/server
	$(GO) test -run '^$$' -fuzz '^FuzzCompile$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) ./policy

## generate: ent and gqlgen code generation (reproducible: a second run leaves no diff)
generate:
	$(GO) generate ./ent/...
	$(GO) generate ./graph/...

## console: build the admin console (console/, TypeScript + Vite; needs Node 20.19+ and npm) into
## internal/console/dist, which the binary embeds; its GraphQL types are generated from the schema first
console: console/node_modules/.package-lock.json
	cd console && npm run build

console/node_modules/.package-lock.json: console/package-lock.json
	cd console && npm ci --no-audit --no-fund

## check-generate: fail if generated or built code (ent, gqlgen, the console) is not what the sources produce,
## or an ent schema change lacks its migration
check-generate: generate console check-migrations
	@git diff --exit-code --stat -- ent graph console internal/console || (echo "generated code is stale: run make generate console and commit" && exit 1)
	@test -z "$$(git status --porcelain -- ent graph console internal/console)" || (git status --porcelain -- ent graph console internal/console; echo "generation left untracked files" && exit 1)

## migration: write the next versioned migration from the ent schema (make migration NAME=add_widgets),
## for PostgreSQL and SQLite, into internal/database/migrations/; review and commit it with atlas.sum
migration:
	@test -n "$(NAME)" || (echo "usage: make migration NAME=add_widgets" && exit 2)
	$(GO) run ./internal/database/migrations/generate -name $(NAME)

## migration-hash: rewrite atlas.sum after a reviewed edit of a migration file (or a rebase)
migration-hash:
	$(GO) run ./internal/database/migrations/generate -hash

## check-migrations: fail if the ent schema has changes no committed migration covers (needs Postgres)
check-migrations:
	$(GO) run ./internal/database/migrations/generate -check

## lint: gofmt check and go vet
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

## bench: end-to-end figures beside their floors (pgbench, an OPA sidecar, allow-all), each a
## ratio taken in one run; rewrites the measured sections of BENCHMARKS.md (needs Postgres, pgbench)
bench: bin/opa
	BENCH_COMMAND='make bench' $(GO) test -tags 'bench benchallowall' -run '^TestBench' -count=1 -v -timeout 60m ./internal/bench

## bench-micro: the packages' Go microbenchmarks (go test -bench)
bench-micro:
	$(GO) test -run '^$$' -bench . -benchmem -count=1 -timeout 60m $(PKGS)

## bin/opa: the OPA server for the sidecar comparison, from the OPA release in go.mod
bin/opa:
	$(GO) build -C bench/opa -o ../../bin/opa github.com/open-policy-agent/opa

clean:
	rm -rf bin countthings.db countthings.db-shm countthings.db-wal
