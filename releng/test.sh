#!/usr/bin/env bash
# Runs every Rapport test on a fresh Debian machine with Java 17:
#  1. installs what the tests need when run as root (Xvfb, GTK, CJK fonts, PostgreSQL), or names the packages;
#  2. starts a virtual display and, when available, a PostgreSQL server with a test database;
#  3. builds everything and runs the JUnit tests inside OSGi (Tycho), UI tests included, under Xvfb;
#  4. checks the headless distribution on Apache Felix (releng/headless-check.sh);
#  5. kills it at random moments of imports and stage moves, and feeds it damaged files (releng/reliability).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

packages=(xvfb xauth libgtk-3-0 fonts-dejavu-core fonts-noto-cjk fonts-droid-fallback imagemagick postgresql)
missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	if [ "$(id -u)" = 0 ]; then
		echo "Installing ${missing[*]}" >&2
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq >/dev/null || true
		apt-get install -y -qq "${missing[@]}" >/dev/null
	else
		echo "The tests need these Debian packages: ${missing[*]}" >&2
		echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
		exit 2
	fi
fi

# A virtual display for the workbench tests, unless one is given.
if [ -z "${DISPLAY:-}" ]; then
	display=":$((90 + RANDOM % 100))"
	Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
	xvfb_pid=$!
	trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
	export DISPLAY="$display"
	sleep 1
fi

# PostgreSQL: the server option is tested for real when a server can be started here.
pg_arg=()
if [ "$(id -u)" = 0 ] && command -v pg_lsclusters >/dev/null 2>&1; then
	cluster=$(pg_lsclusters -h 2>/dev/null | head -n 1 | awk '{print $1" "$2}')
	if [ -n "$cluster" ]; then
		pg_ctlcluster $cluster start 2>/dev/null || true
		port=$(pg_lsclusters -h | head -n 1 | awk '{print $3}')
		# Logins belong to the whole server: the people a previous run signed up go with its database.
		for role in $(su postgres -c "psql -At -p $port -c \"SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = 'rapport_test_users'\"" 2>/dev/null); do
			su postgres -c "psql -q -p $port -c 'DROP ROLE IF EXISTS \"$role\"'" >/dev/null
		done
		su postgres -c "psql -q -p $port -c \"DROP DATABASE IF EXISTS rapport_test\"" >/dev/null
		# The installation's administrator owns the database and creates each person's login (CREATEROLE); the
		# logins and group roles a previous run made are dropped with it.
		for role in $(su postgres -c "psql -At -p $port -c \"SELECT rolname FROM pg_roles WHERE rolname LIKE 'rapport\\_test\\_%'\""); do
			su postgres -c "psql -q -p $port -c 'DROP ROLE IF EXISTS \"$role\"'" >/dev/null
		done
		su postgres -c "psql -q -p $port -c \"DROP ROLE IF EXISTS rapport_test\"" >/dev/null
		su postgres -c "psql -q -p $port -c \"CREATE ROLE rapport_test LOGIN CREATEROLE PASSWORD 'rapport_test'\"" >/dev/null
		su postgres -c "psql -q -p $port -c \"CREATE DATABASE rapport_test OWNER rapport_test\"" >/dev/null
		pg_arg=(-Drapport.test.postgres="localhost:$port/rapport_test")
		echo "PostgreSQL test database: localhost:$port/rapport_test" >&2
	fi
fi

./mvnw -B clean install "${pg_arg[@]}" "$@"
releng/headless-check.sh
# The crash and fuzz harness at CI size (about two minutes); full size by hand, see the scripts' headers.
releng/reliability/crash.sh --cycles 3 --rows 3000
releng/reliability/fuzz.sh --files 300
echo "All Rapport tests passed." >&2
