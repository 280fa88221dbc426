#!/usr/bin/env bash
# Builds the core, the command line and their tests with AddressSanitizer and
# UndefinedBehaviorSanitizer (Debug, into build-sanitizers/ or $KASIBI_SANITIZER_BUILD_DIR) and
# runs them: a read past a buffer, a use after free, a leak or undefined behaviour fails the run
# even where a release build passes by luck. kasibi-cli is built the same way, so the tests that
# run it (import, export, validate, diff, classifier) check its jobs on the sample standard too.
# The UI tests are left to run-tests.sh: under the sanitizers they would take most of CI's time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${KASIBI_SANITIZER_BUILD_DIR:-$root/build-sanitizers}"
bash "$root/scripts/install-dependencies.sh"

launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DBUILD_TESTING=ON "${launcher[@]}" \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined"
targets=(kasibi_core_tests kasibi_validator_tests kasibi_classifier_tests)
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"

# Leaks are checked in every process (LeakSanitizer is part of ASan); the first error stops it.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Each test program is run whole (not through ctest, which also lists the UI and export tests
# built by run-tests.sh), from where ctest would run it.
cd "$build/tests"
status=0
for target in "${targets[@]}"; do
  echo "== $target"
  "./$target" || status=1
done
if [ "$status" -ne 0 ]; then
  echo "Sanitizer run failed: see the report above (AddressSanitizer, LeakSanitizer, runtime error)" >&2
fi
exit "$status"
