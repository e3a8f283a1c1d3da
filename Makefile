# Everyday commands over the CMake presets (CMakePresets.json): debug, release, asan.
#   make run    install what is missing, build (release), plan the bundled example
#   make test   install what is missing, build debug and asan, run every test in both
#   make fuzz   build the libFuzzer harnesses (clang) and run each for SECONDS (default 60): tests/fuzz/README.md
#   make bench  time recover plan, workouts and load against Python, Miller and wc -l (bench/README.md)
#   make lint   run clang-tidy (.clang-tidy) over every source file in src/; any finding fails
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
RUN_ARGS ?= plan examples/log.csv --from 2026-03-02 --until 2026-06-28
SECONDS ?= 60

define build_preset
	cmake --preset $(1) >/dev/null
	cmake --build --preset $(1) -j $(JOBS)
endef

.PHONY: all deps test-deps debug release asan run test test-debug test-asan lint fuzz bench clean
all: release

deps:
	@scripts/install-deps

test-deps:
	@scripts/install-deps --test

debug release asan: deps
	$(call build_preset,$@)

run: release
	./build/release/recover $(RUN_ARGS)

test-debug: test-deps debug
	ctest --preset debug -j $(JOBS)

test-asan: test-deps asan
	ctest --preset asan -j $(JOBS)

test: test-debug test-asan

# clang-tidy reads the compile commands the debug preset exports; configuring is enough, no build.
# They hold GCC's flags: -Wno-unknown-warning-option lets clang pass over the ones it lacks.
lint: test-deps
	cmake --preset debug >/dev/null
	run-clang-tidy-14 -quiet -p build/debug -j $(JOBS) -extra-arg=-Wno-unknown-warning-option '^$(CURDIR)/src/.*\.cpp$$'

fuzz: test-deps
	$(call build_preset,fuzz)
	tests/fuzz/run.sh build/fuzz $(SECONDS)

bench: test-deps release
	bench/run.sh

clean:
	rm -rf build
