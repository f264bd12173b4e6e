#!/usr/bin/env bash
# Projects releng/formatter.xml into every bundle's .settings/org.eclipse.jdt.core.prefs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for bundle in "$here"/bundles/*/; do
	[ -f "$bundle/META-INF/MANIFEST.MF" ] || continue
	mkdir -p "$bundle/.settings"
	{
		echo "eclipse.preferences.version=1"
		echo "org.eclipse.jdt.core.compiler.release=enabled"
		sed -n 's/.*<setting id="\([^"]*\)" value="\([^"]*\)".*/\1=\2/p' "$here/releng/formatter.xml"
	} > "$bundle/.settings/org.eclipse.jdt.core.prefs"
done
