#!/usr/bin/env bash
# The headless distribution's bundle list, derived from the features of the p2 repository just built: every plugin of
# every feature except the workbench's, unless its manifest needs SWT, JFace or the e4 UI; then the headless runtime
# (runtime.txt: what runs Felix, DS and Gogo in place of the workbench). A module's feature is all that adding it to
# the headless distribution takes.
# Usage: headless-bundles.sh REPOSITORY OUT
set -euo pipefail
repo="$1"
out="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ui='org\.eclipse\.(swt|jface|e4\.ui)'
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
# One file out of a jar, with the JDK's own jar tool (no unzip on a bare machine).
entry() {
	rm -rf "$scratch/x" && mkdir "$scratch/x"
	(cd "$scratch/x" && jar xf "$1" "$2") && cat "$scratch/x/$2"
}
{
	for feature in "$repo"/features/*.jar; do
		case "$(basename "$feature")" in org.rapport.workbench.feature_*) continue ;; esac
		entry "$(realpath "$feature")" feature.xml | tr '\n' ' ' | grep -o '<plugin[^>]*>' | while read -r plugin; do
			id=$(sed -n 's/.* id="\([^"]*\)".*/\1/p' <<<"$plugin")
			version=$(sed -n 's/.* version="\([^"]*\)".*/\1/p' <<<"$plugin")
			jar="${id}_${version}.jar"
			if [ ! -f "$repo/plugins/$jar" ]; then
				echo "headless-bundles: $(basename "$feature") names $jar, which the repository lacks" >&2
				exit 1
			fi
			# Manifest headers continue on lines that start with a space.
			if entry "$(realpath "$repo/plugins/$jar")" META-INF/MANIFEST.MF | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g' \
				| grep -E '^(Require-Bundle|Import-Package):' | grep -qE "$ui"; then
				continue
			fi
			echo "$jar"
		done
	done | sort -u
	cat "$here/runtime.txt"
} >"$out"
