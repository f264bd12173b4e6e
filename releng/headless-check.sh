#!/usr/bin/env bash
# Checks the headless distribution on Apache Felix the way IT uses it: ./rapport admin <command>.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
fail() { echo "headless check FAILED: $*" >&2; exit 1; }
admin() { "$here/rapport" --home "$home" admin "$@"; }

out=$(admin modules) || fail "rapport:modules exited with $?"
echo "$out"
grep -q "org.rapport.platform.admin" <<<"$out" || fail "rapport:modules does not list the administration module"
grep -q "Administration" <<<"$out" || fail "rapport:modules shows an untranslated module name"

out=$(admin db-info) || fail "rapport:db-info exited with $?"
grep -q "Apache Derby 10.16" <<<"$out" || fail "rapport:db-info does not report Derby 10.16: $out"
grep -q "org.rapport.platform (2 applied)" <<<"$out" || fail "rapport:db-info does not report the platform migrations: $out"
grep -q "org.rapport.contacts (5 applied)" <<<"$out" || fail "rapport:db-info does not report the contacts migrations: $out"

out=$(admin demo-data --customers 300 --seed 3) || fail "rapport:demo-data exited with $?"
grep -q "Created 300 demo customers" <<<"$out" || fail "rapport:demo-data did not report 300 customers: $out"
grep -q "interactions, .* tasks and .* appointments" <<<"$out" || fail "demo-data did not add the engagement records: $out"
out=$(admin find-contacts "+601" --limit 5) || fail "rapport:find-contacts exited with $?"
[ "$(wc -l <<<"$out")" = 5 ] || fail "rapport:find-contacts +601 did not list 5 Malaysian customers: $out"
admin find-contacts 2>/dev/null; [ $? = 2 ] || fail "find-contacts without text must exit 2"
out=$(admin segments list) || fail "segments list exited with $?"
grep -q "VIP in Kuala Lumpur" <<<"$out" || fail "the demo segments are missing: $out"
admin segments create "Golfers" --rule 'tag = golf and vipp = GOLD' 2>/dev/null; [ $? = 1 ] || fail "a rule with an unknown field must exit 1"
admin segments create "Trade fair" --static >/dev/null || fail "segments create --static exited with $?"
first=$(admin find-contacts a --limit 2 | cut -f1 | tr '\n' ' ')
admin segments add "Trade fair" $first >/dev/null || fail "segments add exited with $?"
[ "$(admin segments count "Trade fair")" = 2 ] || fail "the static list should have 2 members"
out=$(admin export-contacts "$home/fair.csv" --segment "Trade fair") || fail "export-contacts --segment exited with $?"
grep -q "exported 2" <<<"$out" || fail "export-contacts --segment: $out"
admin export-contacts "$home/none.csv" --segment "No such segment" 2>/dev/null; [ $? = 1 ] || fail "an unknown segment must exit 1"
admin due --within 100000 >/dev/null || fail "due exited with $?"
admin teams list | grep -q "Sales KL" || fail "the demo team is missing"
out=$(admin calendar-import "$here/bundles/org.rapport.contacts.engagement.tests/resources/google-weekly.ics") || fail "calendar-import exited with $?"
grep -q "imported 2" <<<"$out" || fail "calendar-import: $out"
out=$(admin calendar-export "$home/mine.ics" --from 2026-12-01 --to 2026-12-31) || fail "calendar-export exited with $?"
grep -q "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=MO" "$home/mine.ics" || fail "calendar-export lost the repeat rule: $out"
printf 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\n' >"$home/broken.ics"
admin calendar-import "$home/broken.ics" 2>/dev/null; [ $? = 1 ] || fail "a broken .ics must exit 1"
admin demo-data --customers many 2>/dev/null; [ $? = 2 ] || fail "demo-data with a bad number must exit 2"

files="$here/bundles/org.rapport.contacts.tests/resources/import"
out=$(admin import-contacts "$files/google-contacts.csv") || fail "import-contacts of a Google export exited with $?"
grep -q "imported 5, merged 0, skipped 0, rejected 0" <<<"$out" || fail "import-contacts summary: $out"
cp "$files/bad-values.csv" "$home/bad-values.csv"
out=$(admin import-contacts "$home/bad-values.csv" 2>/dev/null); [ $? = 1 ] || fail "an import with rejected rows must exit 1"
grep -q "rejected 2" <<<"$out" || fail "import-contacts did not report 2 rejected rows: $out"
[ -f "$home/bad-values.csv.rejects.csv" ] || fail "no rejects file next to the imported file"
admin import-contacts "$home/no-such-file.csv" 2>/dev/null; [ $? = 2 ] || fail "an unreadable file must exit 2"

out=$(admin export-contacts "$home/all.csv") || fail "export-contacts exited with $?"
grep -q "exported 308" <<<"$out" || fail "export-contacts did not export the 308 customers: $out"
[ "$(wc -l < "$home/all.csv")" -ge 309 ] || fail "the exported file lacks rows"
admin export-contacts "$home/no-such-folder/x.csv" 2>/dev/null; [ $? = 2 ] || fail "export into a missing folder must exit 2"

out=$(admin import-contacts "$here/bundles/org.rapport.contacts.tests/resources/vcard/apple-contacts.vcf") || fail "vCard import exited with $?"
grep -q "imported 1, merged 0, skipped 1" <<<"$out" || fail "vCard import (Mei Ling Tan came already from Google) summary: $out"
out=$(admin export-contacts "$home/all.vcf" --format vcard --tag VIP) || fail "vCard export exited with $?"
grep -q "exported" <<<"$out" && grep -q "BEGIN:VCARD" "$home/all.vcf" || fail "vCard export wrote no cards: $out"

out=$(admin duplicates --limit 5) || fail "duplicates exited with $?"
pair=$(head -n 1 <<<"$out")
[ -n "$pair" ] || fail "the demo data and the imports hold no duplicate pair"
keep=$(cut -f1 <<<"$pair"); other=$(cut -f3 <<<"$pair")
out=$(admin merge-contacts "$keep" "$other") || fail "merge-contacts exited with $?"
grep -q "merged $other into $keep" <<<"$out" || fail "merge-contacts: $out"
admin merge-contacts "$keep" "$other" 2>/dev/null; [ $? = 1 ] || fail "merging a customer that is gone must exit 1"

out=$(admin custom-fields add loyalty_tier --type choice --label "Loyalty tier" --choices "Silver;Gold") || fail "custom-fields add exited with $?"
admin custom-fields list | grep -q "loyalty_tier" || fail "custom-fields list does not show the new field"
admin custom-fields add loyalty_tier --type text --label again 2>/dev/null; [ $? = 1 ] || fail "a second field with the same key must exit 1"
admin custom-fields change loyalty_tier --choices "Silver;Gold;Platinum" >/dev/null || fail "custom-fields change exited with $?"
printf 'Name,E-mail,Loyalty tier\nHana Yusof,hana.yusof@example.my,Platinum\nIvan Koh,ivan.koh@example.my,Bronze\n' >"$home/tiers.csv"
out=$(admin import-contacts "$home/tiers.csv"); [ $? = 1 ] || fail "a row with a value that is not a choice must exit 1"
grep -q "imported 1, merged 0, skipped 0, rejected 1" <<<"$out" || fail "import with a custom field column: $out"
grep -q "custom.loyalty_tier" "$home/tiers.csv.rejects.csv" || fail "the rejects file names the custom field"
out=$(admin find-contacts "loyalty_tier:plat") || fail "find-contacts by a custom field exited with $?"
grep -q "Hana Yusof" <<<"$out" || fail "find-contacts loyalty_tier:plat: $out"
out=$(admin custom-fields remove loyalty_tier) || fail "custom-fields remove exited with $?"
grep -q "1 customers" <<<"$out" || fail "custom-fields remove: $out"

out=$(admin exchange-rate SGD 3.40 --from 2026-01-01) || fail "exchange-rate exited with $?"
out=$(admin forecast --period 2026-Q4 --currency MYR --format csv) || fail "forecast exited with $?"
grep -q "^2026-10-01,2026-12-31,,MYR," <<<"$out" || fail "forecast csv: $out"
admin forecast --period 2026-Q5 --currency MYR 2>/dev/null; [ $? = 2 ] || fail "a wrong period must exit 2"
out=$(admin pipeline --format json) || fail "pipeline exited with $?"
grep -q '"stage": "negotiation"' <<<"$out" || fail "pipeline json lists no negotiation stage: $out"
admin pipeline --process no.such.process 2>/dev/null; [ $? = 1 ] || fail "an unknown process must exit 1"
out=$(admin assign-leads --strategy round-robin --team "Sales KL") || fail "assign-leads exited with $?"
grep -q "aisyah" <<<"$out" || fail "assign-leads did not list the team: $out"
admin assign-leads --strategy by-astrology --team "Sales KL" 2>/dev/null; [ $? = 1 ] || fail "an unknown strategy must exit 1"

admin backup "$home/backup-1" >/dev/null || fail "rapport:backup exited with $?"
[ -f "$home/backup-1/rapport-backup.properties" ] || fail "rapport:backup wrote no backup"
admin backup "$home/backup-1" 2>/dev/null; [ $? = 1 ] || fail "a backup over a used folder must exit 1"
admin restore "$home/backup-1" >/dev/null || fail "rapport:restore exited with $?"
admin restore "$home/no-such-folder" 2>/dev/null; [ $? = 2 ] || fail "restore from a missing folder must exit 2"
admin modules extra-argument 2>/dev/null; [ $? = 2 ] || fail "a wrong call must exit 2"
admin no-such-command 2>/dev/null; [ $? = 2 ] || fail "an unknown command must exit 2"
echo "headless check passed" >&2
