#!/usr/bin/env bash
# Fuzz harness for the contact and calendar imports: writes a corpus of damaged CSV, vCard and iCalendar files
# from the project's own fixtures (cut short, UTF-16 and Latin-1, binary noise, values of a few MB, unbalanced
# quotes, byte order marks inside, no newline, lines folded every few characters, components nested thousands deep,
# absurd repeat rules), the same corpus for the same seed, and imports each into one headless Rapport (the Gogo
# shell, commands piped in: 300 files take about a minute). Each file must either import (exactly the new rows its
# summary line reports) or be refused with nothing imported and a message naming the line; never an exception
# trace, an OutOfMemoryError (the runtime has a 512 MB heap), a hang or a partial import.
# Prints: files tried, imported, refused, crashed (goal 0), and the refusals that name no line. Exit 1 when a file
# crashed; its file, the corpus and the shell's transcript are kept and named.
#
# Usage: releng/reliability/fuzz.sh [--files N] [--seed S] [--dist DIR] [--keep DIR]
#   --files N   corpus size (default 300, as in CI); by hand try --files 3000 and a few seeds
#   --seed S    another corpus (default 1, so that CI is repeatable)
#   --dist DIR  the headless distribution (default product/headless/target/rapport-headless, built by ./rapport build)
#   --keep DIR  keep the corpus, the data folder and the transcript in DIR (a new folder)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
files=300
seed=1
dist="$here/product/headless/target/rapport-headless"
keep=""
while [ $# -gt 0 ]; do
	case "$1" in
		--files) files="$2"; shift 2 ;;
		--seed) seed="$2"; shift 2 ;;
		--dist) dist="$2"; shift 2 ;;
		--keep) keep="$2"; shift 2 ;;
		*) echo "Usage: $0 [--files N] [--seed S] [--dist DIR] [--keep DIR]" >&2; exit 2 ;;
	esac
done
. "$here/releng/reliability/harness.sh"
resources="$here/bundles/org.rapport.contacts.tests/resources"
java -cp "$work/classes" FuzzCorpus --files "$files" --seed "$seed" --out "$work/corpus" \
	"$resources/import" "$resources/vcard" "$here/bundles/org.rapport.contacts.engagement.tests/resources"
echo "fuzz: seed $seed, $files files ($(du -sh "$work/corpus" | cut -f1))" >&2
if java -cp "$work/classes" FuzzRun --dist "$dist" --home "$work/home" --corpus "$work/corpus"; then
	exit 0
fi
if [ -z "$keep" ]; then
	# Keep the evidence: the crashed files, the corpus and the transcript.
	saved="$(mktemp -d "${TMPDIR:-/tmp}/rapport-fuzz.XXXXXX")"
	mv "$work/corpus" "$saved/"
	echo "fuzz: the corpus and the shell's transcript are in $saved/corpus" >&2
else
	echo "fuzz: the corpus and the shell's transcript are in $work/corpus" >&2
fi
exit 1
