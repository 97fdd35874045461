#!/usr/bin/env bash
# The one test command: checks what the tests need, then runs every test of the solution.
# Extra arguments go to `dotnet test` (for example: ./test.sh --filter FullyQualifiedName~Events).
set -euo pipefail
cd "$(dirname "$0")"

have_postgres() {
  [[ -n "${PARTICIPATION_TEST_POSTGRES:-}" ]] || compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null
}
have_redis() {
  [[ -n "${PARTICIPATION_TEST_REDIS:-}" ]] || [[ -x /usr/bin/redis-server ]]
}
have_nginx() {
  [[ -x /usr/sbin/nginx ]]
}
have_chromium() {
  [[ -x /usr/bin/chromium ]]
}
have_aiosmtpd() {
  /usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1
}
have_libreoffice() {
  command -v soffice >/dev/null
}
have_image_tools() {
  command -v zbarimg >/dev/null && command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null && command -v rsvg-convert >/dev/null
}

missing=()
have_postgres || missing+=("PostgreSQL (set PARTICIPATION_TEST_POSTGRES to a superuser connection string, or install the server binaries: apt-get install postgresql)")
have_redis || missing+=("Redis (set PARTICIPATION_TEST_REDIS to a server such as 127.0.0.1:6379, or install the server binary: apt-get install redis-server)")
have_nginx || missing+=("nginx at /usr/sbin/nginx, which the multi-instance tests run in front of the app (apt-get install nginx)")
have_chromium || missing+=("Chromium at /usr/bin/chromium (apt-get install chromium fonts-noto-core)")
have_aiosmtpd || missing+=("the SMTP test server aiosmtpd for /usr/bin/python3 (apt-get install python3-aiosmtpd)")
have_image_tools || missing+=("the QR and PDF readers zbarimg, pdftotext, pdftoppm and rsvg-convert (apt-get install zbar-tools poppler-utils librsvg2-bin)")
have_libreoffice || missing+=("LibreOffice Writer, which opens the exported DOCX (apt-get install libreoffice-writer-nogui)")
if ((${#missing[@]} > 0)); then
  if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "Installing what the tests need: postgresql redis-server nginx chromium fonts-noto-core python3-aiosmtpd zbar-tools poppler-utils librsvg2-bin libreoffice-writer-nogui"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server nginx chromium fonts-noto-core python3-aiosmtpd zbar-tools poppler-utils librsvg2-bin libreoffice-writer-nogui >/dev/null
  else
    echo "The tests cannot run; missing:" >&2
    printf '  - %s\n' "${missing[@]}" >&2
    exit 1
  fi
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

status=0
dotnet test Participation.sln --logger trx --results-directory "$results" "$@" || status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [[ -e "$trx" ]] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  passed=$((passed + $(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")))
  failed=$((failed + $(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")))
done
echo "$passed passed, $failed failed"
exit "$status"
