# Shared by crash.sh and fuzz.sh (sourced): checks the headless distribution in $dist, makes the working folder
# $work ($keep when given, kept; else a temporary one removed at exit) and compiles the harness into $work/classes.
if [ ! -f "$dist/rapport-headless.jar" ]; then
	echo "No headless distribution in $dist: build first (./rapport build)" >&2
	exit 2
fi
if [ -n "$keep" ]; then
	mkdir "$keep"
	work="$(cd "$keep" && pwd)"
else
	work="$(mktemp -d)"
	trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/classes"
javac -d "$work/classes" "$here"/releng/reliability/*.java
