#!/usr/bin/env bash
# The annual report benchmark (issue 11): one process with 10 bodies (12 members, 3 meetings each), 200
# recommendations, 100 measures and 40 indicators over 10 years and 20 municipalities, built through the API on a fresh
# SQLite data directory; then the report of this year as PDF, DOCX and HTML, RUNS times each, every format in a
# freshly started host (Release) on the same data, with wall time, size and the host's RSS before / peak during /
# after. AnnualReport starts and stops the host itself and exits non-zero if a report fails or PDF takes longer than
# GOAL_SECONDS.
#
#   bench/run-report.sh                                  pdf,docx,html, 3 runs each
#   FORMATS=pdf RUNS=5 bench/run-report.sh
#   HOST_ARGS="--Logging:LogLevel:Default=Information"   more settings for the host (space-separated --name=value)
#   bench/run-report.sh --indicators 80                  any other AnnualReport option is passed on (see --help)
# Prints a Markdown table; the reports of the first run, reports.json (every run) and the host's log stay in
# bench/results/<time>-report/.
set -euo pipefail
cd "$(dirname "$0")/.."

FORMATS=${FORMATS:-pdf,docx,html}
RUNS=${RUNS:-3}
GOAL_SECONDS=${GOAL_SECONDS:-5}
HOST_ARGS=${HOST_ARGS:-}
OUT=${OUT:-bench/results/$(date -u +%Y%m%d-%H%M%S)-report}
mkdir -p "$OUT"

{
    echo "date: $(date -u '+%F %T') UTC"
    echo "command: FORMATS=$FORMATS RUNS=$RUNS GOAL_SECONDS=$GOAL_SECONDS HOST_ARGS='$HOST_ARGS' bench/run-report.sh $*"
    echo "commit: $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))$(git diff --quiet HEAD -- . ':!bench/results' || echo ', with uncommitted changes')"
    echo "nproc: $(nproc)"
    echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MB total, " $7 " MB available"}')"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
    echo "kernel: $(uname -r)"
    echo "dotnet: $(dotnet --version)"
} | tee "$OUT/machine.txt"

echo "== building (Release)"
for project in Participation.Web bench/AnnualReport; do
    if ! dotnet build -c Release "$project" -nologo -v q >"$OUT/build.txt" 2>&1; then
        grep -E "error" "$OUT/build.txt" | sort -u >&2
        echo "build of $project failed" >&2
        exit 1
    fi
done
rm -f "$OUT/build.txt"

{
    echo "== start at $(date -u '+%F %T') UTC; uptime: $(uptime)"
    ps -eo pid,pcpu,rss,etime,args --sort=-pcpu | head -8 | cut -c1-160
} | tee -a "$OUT/machine.txt"
failed=0
if ! dotnet bench/AnnualReport/bin/Release/net10.0/AnnualReport.dll \
    --formats "$FORMATS" --runs "$RUNS" --goal-seconds "$GOAL_SECONDS" --out "$OUT" --host-args "$HOST_ARGS" "$@" | tee "$OUT/run.md"; then
    failed=1
    echo "FAILED (see $OUT/run.md)" | tee -a "$OUT/machine.txt"
fi
{
    echo "== end at $(date -u '+%F %T') UTC; uptime: $(uptime)"
    ps -eo pid,pcpu,rss,etime,args --sort=-pcpu | head -8 | cut -c1-160
} | tee -a "$OUT/machine.txt"
exit $failed
