#!/usr/bin/env bash
# Sales benchmark on PostgreSQL: the same figures as sales.sh on a server database, with the cost of the
# server's row-level security measured by a manager who signs in with a login of their own.
# Usage (as root, after ./rapport build): releng/bench/sales-server.sh [customers]   (default 200,000)
# It creates the database rapport_bench and its owner rapport_bench (CREATEROLE) on the local cluster, and drops
# them again at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
customers="${1:-200000}"
dist="$here/product/headless/target/rapport-headless"
bench="$(ls "$here"/releng/bench/org.rapport.bench/target/org.rapport.bench-*.jar 2>/dev/null | head -n 1)"
[ -f "$dist/rapport-headless.jar" ] && [ -n "$bench" ] || { echo "Build first: ./rapport build" >&2; exit 2; }
command -v pg_lsclusters >/dev/null || { echo "Needs a local PostgreSQL (apt-get install postgresql)" >&2; exit 2; }
cluster=$(pg_lsclusters -h | head -n 1 | awk '{print $1" "$2}')
pg_ctlcluster $cluster start 2>/dev/null || true
port=$(pg_lsclusters -h | head -n 1 | awk '{print $3}')
psql_() { su postgres -c "psql -q -p $port -c \"$1\"" >/dev/null; }
drop_bench() {
	# The people the bench signed up are logins of the whole server: they go with the installation.
	for role in $(su postgres -c "psql -At -p $port -c \"SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = 'rapport_bench_users'\""); do
		psql_ "DROP ROLE IF EXISTS \\\"$role\\\""
	done
	psql_ "DROP DATABASE IF EXISTS rapport_bench"
	for role in $(su postgres -c "psql -At -p $port -c \"SELECT rolname FROM pg_roles WHERE rolname LIKE 'rapport%bench%'\""); do
		psql_ "DROP ROLE IF EXISTS $role"
	done
}
work="$(mktemp -d)"
trap 'drop_bench; rm -rf "$work"' EXIT
drop_bench
psql_ "CREATE ROLE rapport_bench LOGIN CREATEROLE PASSWORD 'rapport_bench'"
psql_ "CREATE DATABASE rapport_bench OWNER rapport_bench"
cp -r "$dist" "$work/dist"
cp "$bench" "$work/dist/bundles/"
run() {
	java -Xmx2g -Drapport.home="$work/home" -Drapport.database.kind=postgresql -Drapport.database.host=localhost \
		-Drapport.database.port="$port" -Drapport.database.name=rapport_bench -Drapport.database.user=rapport_bench \
		-Drapport.database.password=rapport_bench -jar "$work/dist/rapport-headless.jar" "$@"
}
echo "Filling the server database with $customers demo customers and interactions and opportunities..." >&2
run demo-data --customers "$customers" --seed 1 2>/dev/null
run db-info 2>/dev/null | sed -n 's/^Engine: */engine: /p'
run bench-sales 2>/dev/null
