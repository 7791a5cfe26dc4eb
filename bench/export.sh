#!/usr/bin/env bash
# Downloads a whole-site export from a running Inkwell as an admin, and prints how long it took and how large it
# is. It signs in through the login form (reading the form's CSRF token), reads the export page's token, and posts
# the export form, as a browser does. The site's heap during the export: watch the site's JVM meanwhile, e.g.
# `jstat -gc <pid> 1s` or `jcmd <pid> GC.heap_info`.
#
#   bench/export.sh http://localhost:8080 admin@example.com 'password' [out.zip]
#
# Each export counts against the admin's INKWELL_LIMIT_EXPORTS (5 an hour by default); start the site with
# INKWELL_LIMIT_EXPORTS=off to run it more often.
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: $0 BASE_URL ADMIN_EMAIL ADMIN_PASSWORD [OUT_ZIP]" >&2
  exit 2
fi
BASE="${1%/}"
EMAIL="$2"
PASSWORD="$3"
OUT="${4:-inkwell-export.zip}"
JAR="$(mktemp)"
trap 'rm -f "$JAR"' EXIT

token() {
  # The hidden _csrf field of the form on the page at $1.
  curl -fsS -b "$JAR" -c "$JAR" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -n1 | sed 's/.*value="\([^"]*\)"/\1/'
}

LOGIN_TOKEN="$(token /login)"
STATUS="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -b "$JAR" -c "$JAR" \
  --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$LOGIN_TOKEN" \
  "$BASE/login")"
case "$STATUS" in
  302*login*|200*) echo "Sign-in refused for $EMAIL ($STATUS)" >&2; exit 1 ;;
esac

EXPORT_TOKEN="$(token /admin/export)"
if [ -z "$EXPORT_TOKEN" ]; then
  echo "No export form at $BASE/admin/export: is $EMAIL an admin?" >&2
  exit 1
fi
curl -fsS -b "$JAR" -c "$JAR" --data-urlencode "_csrf=$EXPORT_TOKEN" -o "$OUT" \
  -w 'export: HTTP %{http_code}, %{size_download} bytes in %{time_total} s (first byte after %{time_starttransfer} s)\n' \
  "$BASE/admin/export"
echo "saved $OUT: $(unzip -l "$OUT" 2>/dev/null | tail -n1 | awk '{print $2}') files"
