#!/usr/bin/env bash
# Crash harness: kills the headless runtime (kill -9) at random moments of a contact import of N rows, a demo-data
# run, a lead import and hand-out, and a burst of stage moves, and after each kill checks that the database opens
# (rapport:db-info), holds nothing done by halves (an import is all its rows or none, customers come in whole
# batches, a stage moves with its history row) and keeps every change the work printed as committed.
# Prints per scenario: cycles, committed changes checked, losses (goal 0), work done by halves, failed opens;
# exit 1 on any of them. The data folder and the runtimes' transcript are kept and named when something failed.
#
# Usage: releng/reliability/crash.sh [--cycles N] [--rows N] [--seed S] [--only demo,import,leads,stages]
#                                    [--dist DIR] [--keep DIR]
#   --cycles N  kills per scenario (default 25)
#   --rows N    rows of the contact import (default 100000); demo data makes N/10 customers, each lead cycle
#               imports N/50 leads, a burst makes N/100 stage moves (100 to 1000)
#   --seed S    the same moves and kill moments again (default: the time)
#   --dist DIR  the headless distribution (default product/headless/target/rapport-headless, built by ./rapport build)
#   --keep DIR  keep the data folder, the files and the transcript in DIR (a new folder)
# Full size (by hand; half an hour or more): releng/reliability/crash.sh
# CI (releng/test.sh):                  releng/reliability/crash.sh --cycles 3 --rows 3000
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dist="$here/product/headless/target/rapport-headless"
keep=""
args=()
while [ $# -gt 0 ]; do
	case "$1" in
		--cycles | --rows | --seed | --only) args+=("$1" "$2"); shift 2 ;;
		--dist) dist="$2"; shift 2 ;;
		--keep) keep="$2"; shift 2 ;;
		*)
			echo "Usage: $0 [--cycles N] [--rows N] [--seed S] [--only demo,import,leads,stages] [--dist DIR]" \
				"[--keep DIR]" >&2
			exit 2
			;;
	esac
done
. "$here/releng/reliability/harness.sh"
if java -cp "$work/classes" CrashRun --dist "$dist" --work "$work" "${args[@]}"; then
	exit 0
fi
if [ -z "$keep" ]; then
	saved="$(mktemp -d "${TMPDIR:-/tmp}/rapport-crash.XXXXXX")"
	mv "$work/home" "$work/transcript.txt" "$saved/"
	echo "crash: the data folder and the runtimes' transcript are in $saved" >&2
else
	echo "crash: the data folder and the runtimes' transcript are in $work" >&2
fi
exit 1
