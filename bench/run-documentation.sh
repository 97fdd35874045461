#!/usr/bin/env bash
# The documentation export benchmark (issue 7): a process of 10 events, 40 sessions (one board each) and 4,000 ideas,
# and a half-size one (2,000 ideas), built through the API on a fresh SQLite data directory; then every format exported
# RUNS times per process, each format × process in a freshly started host (Release) on the same data, with wall time,
# size and the host's RSS before / peak during / after (from /proc/<pid>/status). DocumentationExport starts and stops
# the host itself (free port, fresh directory under /tmp) and exits non-zero if an export fails or DOCX/PDF of the
# full process take longer than GOAL_SECONDS.
#
#   bench/run-documentation.sh                          all formats: docx,pdf,html,md,xlsx,csv,json
#   FORMATS=json,md bench/run-documentation.sh          only some (also: bench/run-documentation.sh --formats json,md)
#   RUNS=5 IDEAS=8000 HALF_IDEAS=4000 bench/run-documentation.sh
#   HOST_ARGS="--Logging:LogLevel:Default=Information"  more settings for the host (space-separated --name=value)
#   bench/run-documentation.sh --voters-per-board 0     any other DocumentationExport option is passed on (see --help)
# Prints a Markdown table; the exports of the first run of each set, exports.json (every run) and the host's log stay in
# bench/results/<time>-documentation/.
set -euo pipefail
cd "$(dirname "$0")/.."

FORMATS=${FORMATS:-docx,pdf,html,md,xlsx,csv,json}
RUNS=${RUNS:-3}
IDEAS=${IDEAS:-4000}
HALF_IDEAS=${HALF_IDEAS:-$((IDEAS / 2))}
GOAL_SECONDS=${GOAL_SECONDS:-5}
HOST_ARGS=${HOST_ARGS:-}
OUT=${OUT:-bench/results/$(date -u +%Y%m%d-%H%M%S)-documentation}
mkdir -p "$OUT"

{
    echo "date: $(date -u '+%F %T') UTC"
    echo "command: FORMATS=$FORMATS RUNS=$RUNS IDEAS=$IDEAS HALF_IDEAS=$HALF_IDEAS GOAL_SECONDS=$GOAL_SECONDS HOST_ARGS='$HOST_ARGS' bench/run-documentation.sh $*"
    echo "commit: $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))$(git diff --quiet HEAD -- . ':!bench/results' || echo ', with uncommitted changes')"
    echo "nproc: $(nproc)"
    echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MB total, " $7 " MB available"}')"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
    echo "kernel: $(uname -r)"
    echo "dotnet: $(dotnet --version)"
} | tee "$OUT/machine.txt"

echo "== building (Release)"
for project in Participation.Web bench/DocumentationExport; do
    dotnet build -c Release "$project" -nologo -v q | grep -E "error|Warn|Elapsed" || true
done

{
    echo "== start at $(date -u '+%F %T') UTC; uptime: $(uptime)"
    ps -eo pid,pcpu,rss,etime,args --sort=-pcpu | head -8 | cut -c1-160
} | tee -a "$OUT/machine.txt"
failed=0
if ! dotnet bench/DocumentationExport/bin/Release/net10.0/DocumentationExport.dll \
    --formats "$FORMATS" --runs "$RUNS" --ideas "$IDEAS" --half-ideas "$HALF_IDEAS" --goal-seconds "$GOAL_SECONDS" \
    --out "$OUT" --host-args "$HOST_ARGS" "$@" | tee "$OUT/run.md"; then
    failed=1
    echo "FAILED (see $OUT/run.md)" | tee -a "$OUT/machine.txt"
fi
{
    echo "== end at $(date -u '+%F %T') UTC; uptime: $(uptime)"
    ps -eo pid,pcpu,rss,etime,args --sort=-pcpu | head -8 | cut -c1-160
} | tee -a "$OUT/machine.txt"
exit $failed
