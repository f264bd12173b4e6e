#!/usr/bin/env bash
# Sales benchmark: fills a fresh data folder with demo customers (default 1,000,000), their interactions
# and an opportunity for one in five (200,000 at 1M), then measures the forecast, a team pipeline board and a
# hand-out of 10,000 leads.
# Prints its figures. Usage: releng/bench/sales.sh [customers]   (after ./rapport build)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
customers="${1:-1000000}"
dist="$here/product/headless/target/rapport-headless"
bench="$(ls "$here"/releng/bench/org.rapport.bench/target/org.rapport.bench-*.jar 2>/dev/null | head -n 1)"
[ -f "$dist/rapport-headless.jar" ] && [ -n "$bench" ] || { echo "Build first: ./rapport build" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$dist" "$work/dist"
cp "$bench" "$work/dist/bundles/"
run() { java -Xmx2g -Drapport.home="$work/home" -jar "$work/dist/rapport-headless.jar" "$@"; }
echo "Filling the database with $customers demo customers and interactions and opportunities..." >&2
run demo-data --customers "$customers" --seed 1 2>/dev/null
run db-info 2>/dev/null | sed -n 's/^Engine: */engine: /p'
run bench-sales 2>/dev/null
echo "database size: $(du -sh "$work/home/db" | cut -f1)"
