#!/usr/bin/env bash
# The live-board benchmark: the bare SignalR hub (this machine's ceiling) and Participation,
# in one run, with the same client settings, each scenario on a freshly started server.
#
#   bench/run.sh              the full run (about 15 minutes)
#   QUICK=1 bench/run.sh      a short smoke run with small numbers
#   ONLY=ad bench/run.sh      only some scenarios (a, b, c, d)
#   DURATION=60 RATE=20       posting time (s) and rate (posts/s) of a and b
#   REPEAT=3                  run the a and b pairs three times, alternating the order
#
# Scenarios: (a) 1,000 phones on one board, 20 posts/s; (b) 500 phones, 20 posts/s;
# (c) 5,000 quiet phones over 50 boards; (d) posts/s one board accepts with no listeners,
# on the bare hub, on SQLite and on PostgreSQL (a throw-away cluster from the local binaries).
# Prints a Markdown report; the raw figures stay in bench/results/<time>/.
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=${QUICK:-0}
ONLY=${ONLY:-abcd}
RATE=${RATE:-20}
REPEAT=${REPEAT:-1}
if [[ $QUICK == 1 ]]; then
    A_CONN=100 B_CONN=50 DURATION=${DURATION:-8} C_CONN=300 C_BOARDS=10 HOLD=10 D_DURATION=5 BATCH=50
else
    A_CONN=1000 B_CONN=500 DURATION=${DURATION:-45} C_CONN=5000 C_BOARDS=50 HOLD=30 D_DURATION=20 BATCH=50
fi
BARE_PORT=${BARE_PORT:-5091}
WEB_PORT=${WEB_PORT:-5090}
OUT=${OUT:-bench/results/$(date -u +%Y%m%d-%H%M%S)$([[ $QUICK == 1 ]] && echo -quick || true)}
source bench/lib.sh

start_bare() {
    ASPNETCORE_ENVIRONMENT=Production dotnet run --no-build --no-launch-profile -c Release --project bench/BareHub -- \
        --urls "http://127.0.0.1:$BARE_PORT" --Logging:LogLevel:Default=Warning >>"$WORK/bare.log" 2>&1 &
    SERVER_PIDS+=($!)
    wait_up "$BARE_PORT" $!
}

# $1: sqlite | postgres. A fresh data directory (and database) each time.
start_participation() {
    new_instance_data "$1"
    start_web "$WEB_PORT" participation
    wait_up "$WEB_PORT" "$LAST_SERVER_PID"
}

# $1 scenario, $2 target name, $3 port, then the BoardLoad arguments.
run_against() {
    local scenario=$1 target=$2 port=$3
    shift 3
    note_machine "$scenario/$target"
    if ! load "$@" --scenario "$scenario" --target "$target" --url "http://127.0.0.1:$port"; then
        echo "FAILED: $scenario against $target" | tee -a "$OUT/machine.txt"
    fi
    if ! servers_alive; then
        echo "NOTE: the $target server was gone at the end of $scenario (crashed or killed from outside)" | tee -a "$OUT/machine.txt"
    fi
    stop_servers
}

machine_header "QUICK=$QUICK ONLY=$ONLY RATE=$RATE DURATION=$DURATION REPEAT=$REPEAT bench/run.sh"
build_release Participation.Web bench/BareHub bench/BoardLoad

# $1 scenario, $2 phones. REPEAT=n runs the pair n times, alternating which server goes first,
# so that load from other people's work on the machine falls on both alike.
fanout() {
    local round name
    for round in $(seq 1 "$REPEAT"); do
        name=$1$([[ $round -gt 1 ]] && echo "-r$round" || true)
        if (( round % 2 == 1 )); then
            fanout_bare "$name" "$2"; fanout_participation "$name" "$2"
        else
            fanout_participation "$name" "$2"; fanout_bare "$name" "$2"
        fi
    done
}
fanout_bare() {
    start_bare
    run_against "$1" bare "$BARE_PORT" fanout --connections "$2" --rate "$RATE" --duration "$DURATION" --posters 20 --batch "$BATCH"
}
fanout_participation() {
    start_participation sqlite
    run_against "$1" participation "$WEB_PORT" fanout --connections "$2" --rate "$RATE" --duration "$DURATION" --posters 20 --batch "$BATCH"
}

if [[ $ONLY == *a* ]]; then
    echo "== (a) $A_CONN phones on one board, $RATE posts/s for $DURATION s"
    fanout a "$A_CONN"
fi
if [[ $ONLY == *b* ]]; then
    echo "== (b) $B_CONN phones on one board, $RATE posts/s for $DURATION s"
    fanout b "$B_CONN"
fi
if [[ $ONLY == *c* ]]; then
    echo "== (c) $C_CONN quiet phones over $C_BOARDS boards, held $HOLD s"
    start_bare
    run_against c bare "$BARE_PORT" quiet --connections "$C_CONN" --boards "$C_BOARDS" --hold "$HOLD" --batch 100
    start_participation sqlite
    run_against c participation "$WEB_PORT" quiet --connections "$C_CONN" --boards "$C_BOARDS" --hold "$HOLD" --batch 100
fi
if [[ $ONLY == *d* ]]; then
    echo "== (d) write-only: 16 posters on one board, nobody listening, $D_DURATION s"
    # 16 posters keep each under the per-participant limit of 10,000 posts a minute.
    start_bare
    run_against d bare "$BARE_PORT" write-only --posters 16 --duration "$D_DURATION"
    start_participation sqlite
    run_against d sqlite "$WEB_PORT" write-only --posters 16 --duration "$D_DURATION"
    start_postgres
    start_participation postgres
    run_against d postgres "$WEB_PORT" write-only --posters 16 --duration "$D_DURATION"
fi

echo "== report ($OUT)"
load report --dir "$OUT" | tee "$OUT/report.md"
