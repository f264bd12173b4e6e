#!/usr/bin/env bash
# Start-up benchmark: from process start to the main window shown with the UI thread idle (and the database
# ready), cold (a new data folder: database created and migrated) and warm, median of N runs, beside an empty
# e4 workbench on the same runtime bundles. Prints its figures; run after ./rapport build (or ./rapport test).
# Usage: releng/bench/startup.sh [runs]   (default 5; needs a display or Xvfb)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
product="$here/product/repository/target/products/rapport/linux/gtk/x86_64/rapport"
[ -d "$product/plugins" ] || { echo "Build first: ./rapport build" >&2; exit 2; }
launcher="$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
if [ -z "${DISPLAY:-}" ]; then
	Xvfb :77 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
	trap 'kill $! 2>/dev/null || true' EXIT
	export DISPLAY=:77
	sleep 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"; kill %1 2>/dev/null || true' EXIT

# start HOME WAIT_FOR [extra args]: prints "window database" milliseconds
start() {
	local home="$1" wait_for="$2"; shift 2
	local log="$work/run.log"
	java -Drapport.home="$home" -Drapport.startup.timing=true -Xmx1g -jar "$launcher" \
		-data "$home/workspace" -configuration "$work/configuration" "$@" >"$log" 2>&1 &
	local pid=$!
	for _ in $(seq 1 600); do
		grep -q "rapport.startup.$wait_for.ms=" "$log" && break
		sleep 0.05
	done
	kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
	local w d
	w=$(sed -n 's/^rapport.startup.window.ms=//p' "$log" | head -n 1)
	d=$(sed -n 's/^rapport.startup.database.ms=//p' "$log" | head -n 1)
	echo "${w:-NA} ${d:-NA}"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

# One start to fill the OSGi configuration cache, as after installation.
start "$work/prime" database >/dev/null
cold_w=(); cold_d=(); warm_w=(); warm_d=(); bare_w=()
for i in $(seq 1 "$runs"); do
	read -r w d < <(start "$work/cold-$i" database); cold_w+=("$w"); cold_d+=("$d")
done
for i in $(seq 1 "$runs"); do
	read -r w d < <(start "$work/cold-1" database); warm_w+=("$w"); warm_d+=("$d")
	read -r w _ < <(start "$work/bare" window -applicationXMI org.rapport.platform.ui/empty.e4xmi); bare_w+=("$w")
done
cw=$(printf '%s\n' "${cold_w[@]}" | median); cd_=$(printf '%s\n' "${cold_d[@]}" | median)
ww=$(printf '%s\n' "${warm_w[@]}" | median); wd=$(printf '%s\n' "${warm_d[@]}" | median)
bw=$(printf '%s\n' "${bare_w[@]}" | median)
echo "Start-up, median of $runs runs (ms from process start):"
echo "  cold  window idle ${cw}   database ready ${cd_}   (new database, migrations included)"
echo "  warm  window idle ${ww}   database ready ${wd}"
echo "  bare e4 workbench, same bundles: window idle ${bw}"
awk -v w="$ww" -v b="$bw" 'BEGIN { printf "  ratio warm/bare: %.2f (goal <= 1.30); warm goal < 2000 ms: %s\n", w/b, (w < 2000 ? "met" : "missed") }'
echo "  runs: cold ${cold_w[*]} | warm ${warm_w[*]} | bare ${bare_w[*]}"
