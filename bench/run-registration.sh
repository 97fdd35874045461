#!/usr/bin/env bash
# The registration burst: 2,000 sign-ups for a 500-place event from 200 concurrent clients, on SQLite,
# with the outbox drained to a real SMTP server (Debian's python3-aiosmtpd) and the place holders
# confirming through the links in their emails. RegistrationBurst starts aiosmtpd and the host itself
# (free ports, a fresh data directory under /tmp) and exits non-zero if a check fails.
#
#   bench/run-registration.sh                     one run with the figures of the goal
#   REPEAT=3 bench/run-registration.sh            three runs, one after the other
#   REGISTRATIONS=4000 CAPACITY=500 CLIENTS=400   other numbers
#   HOST_ARGS="--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information"
#                                                 more settings for the host (space-separated --name=value)
# Prints a Markdown table per run; the raw figures (every request's latency) and the host's log stay in
# bench/results/<time>-registration/.
set -euo pipefail
cd "$(dirname "$0")/.."

REGISTRATIONS=${REGISTRATIONS:-2000}
CAPACITY=${CAPACITY:-500}
CLIENTS=${CLIENTS:-200}
REPEAT=${REPEAT:-1}
HOST_ARGS=${HOST_ARGS:-}
OUT=${OUT:-bench/results/$(date -u +%Y%m%d-%H%M%S)-registration}
mkdir -p "$OUT"

if ! /usr/bin/python3 -c "import aiosmtpd" 2>/dev/null; then
    echo "== installing python3-aiosmtpd"
    DEBIAN_FRONTEND=noninteractive apt-get install -y python3-aiosmtpd >/dev/null
fi
ulimit -n "$(ulimit -Hn)"

{
    echo "date: $(date -u '+%F %T') UTC"
    echo "command: REGISTRATIONS=$REGISTRATIONS CAPACITY=$CAPACITY CLIENTS=$CLIENTS REPEAT=$REPEAT HOST_ARGS='$HOST_ARGS' bench/run-registration.sh"
    echo "commit: $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))"
    echo "nproc: $(nproc)"
    echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MB total, " $7 " MB available"}')"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
    echo "kernel: $(uname -r)"
    echo "dotnet: $(dotnet --version)"
    echo "aiosmtpd: $(/usr/bin/python3 -c 'import aiosmtpd; print(aiosmtpd.__version__)')"
} | tee "$OUT/machine.txt"

echo "== building (Release)"
for project in Participation.Web bench/RegistrationBurst; do
    dotnet build -c Release "$project" -nologo -v q | grep -E "error|Warn|Elapsed" || true
done

failed=0
for round in $(seq 1 "$REPEAT"); do
    {
        echo "== round $round at $(date -u '+%F %T') UTC; uptime: $(uptime)"
        ps -eo pid,pcpu,rss,etime,args --sort=-pcpu | head -8 | cut -c1-160
    } | tee -a "$OUT/machine.txt"
    if ! dotnet bench/RegistrationBurst/bin/Release/net10.0/RegistrationBurst.dll \
        --registrations "$REGISTRATIONS" --capacity "$CAPACITY" --clients "$CLIENTS" --out "$OUT/round-$round" --host-args "$HOST_ARGS" \
        | tee "$OUT/round-$round.md"; then
        failed=1
        echo "FAILED: round $round (see $OUT/round-$round.md)" | tee -a "$OUT/machine.txt"
    fi
    echo "== round $round ended; uptime: $(uptime)" | tee -a "$OUT/machine.txt"
done
exit $failed
