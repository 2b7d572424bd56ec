#!/usr/bin/env bash
# Replays every file of a regression folder through a harness once (libFuzzer runs file arguments as
# inputs and fuzzes nothing). Fails on the first crash, leak, timeout or out-of-memory.
#   fuzz/replay.sh HARNESS DIR
set -euo pipefail
harness=$1 dir=$2
shopt -s nullglob
files=("$dir"/*)
if [[ ${#files[@]} -eq 0 ]]; then
    echo "$(basename "$harness"): no regression files in $dir"
    exit 0
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
exec "$harness" -timeout=25 -rss_limit_mb=4096 "${files[@]}"
