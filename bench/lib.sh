# Shared by bench/run.sh and bench/run-scaleout.sh; sourced, not run. Set OUT (the results folder)
# before sourcing. Gives: a private work folder (removed at exit, the servers' logs copied to OUT),
# Participation servers started with `dotnet run` and stopped by their own ids, a throw-away
# PostgreSQL cluster, the machine header and per-scenario notes, and `load` (the BoardLoad tool).
# A script may define bench_extra_cleanup to stop what it started itself (it runs first at exit).

PG_PORT=${PG_PORT:-55433}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
WORK=$(mktemp -d /tmp/participation-bench.XXXXXX)
chmod 755 "$WORK"
mkdir -p "$OUT"

# Every phone is a socket on both ends; take what the hard limit allows.
ulimit -n "$(ulimit -Hn)"

SERVER_PIDS=()  # the `dotnet run` parents of the servers now running
PG_STARTED=0
DB_COUNT=0
DATA_DIR=""
DB_NAME=""

stop_servers() {
    local pid app
    # `dotnet run` is the parent; the app is its child. Stop the apps (all at once: each shuts down in
    # order), then the parents.
    for pid in "${SERVER_PIDS[@]}"; do
        app=$(pgrep -P "$pid" || true)
        [[ -n $app ]] && kill "$app" 2>/dev/null || true
    done
    for pid in "${SERVER_PIDS[@]}"; do
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    SERVER_PIDS=()
}

# Whether every server started is still running (its app child, not only `dotnet run`).
servers_alive() {
    local pid
    for pid in "${SERVER_PIDS[@]}"; do
        [[ -n $(pgrep -P "$pid" || true) ]] || return 1
    done
    return 0
}

stop_postgres() {
    if [[ $PG_STARTED == 1 ]]; then
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true
        PG_STARTED=0
    fi
}

bench_cleanup() {
    if declare -F bench_extra_cleanup >/dev/null; then bench_extra_cleanup; fi
    stop_servers
    stop_postgres
    cp "$WORK"/*.log "$OUT"/ 2>/dev/null || true
    rm -rf "$WORK"
}
trap bench_cleanup EXIT

# $1 port, $2 pid of the server's `dotnet run`.
wait_up() {
    local port=$1 pid=$2
    for _ in $(seq 1 120); do
        curl -sf "http://127.0.0.1:$port/health" >/dev/null && return 0
        kill -0 "$pid" 2>/dev/null || { echo "server on port $port exited; see its log" >&2; return 1; }
        sleep 0.5
    done
    echo "server on port $port did not come up in 60 s" >&2
    return 1
}

# A fresh data directory, and on PostgreSQL ($1 = postgres) a fresh database, for the next server(s):
# several instances started after one call share both.
new_instance_data() {
    DB_COUNT=$((DB_COUNT + 1))
    DATA_DIR="$WORK/data-$DB_COUNT"
    DB_NAME=""
    if [[ $1 == postgres ]]; then
        DB_NAME="bench_$DB_COUNT"
        runuser -u postgres -- "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" "$DB_NAME"
    fi
}

# Starts Participation.Web (Release) in the background on DATA_DIR (and DB_NAME when set).
# $1 port, $2 log name (in WORK), then more --name=value settings. Does not wait; see wait_up.
start_web() {
    local port=$1 log=$2
    shift 2
    local args=(
        --urls "http://127.0.0.1:$port"
        --Participation:DataDirectory="$DATA_DIR"
        --Participation:Admin:Email=admin@bench.test --Participation:Admin:Password=Bench-Pass-2026
        --Participation:Boards:MaxPostsPerMinute=10000
        --Participation:RateLimits:Join:PermitLimit=1000000 --Participation:RateLimits:Ideas:PermitLimit=1000000
        --Participation:RateLimits:Registration:PermitLimit=1000000 --Participation:RateLimits:Login:PermitLimit=1000000
        --Logging:LogLevel:Default=Warning
    )
    if [[ -n $DB_NAME ]]; then
        args+=(--Participation:Database:Provider=Postgres
            "--ConnectionStrings:Participation=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=$DB_NAME")
    fi
    ASPNETCORE_ENVIRONMENT=Production dotnet run --no-build --no-launch-profile -c Release --project Participation.Web -- \
        "${args[@]}" "$@" >>"$WORK/$log.log" 2>&1 &
    SERVER_PIDS+=($!)
    LAST_SERVER_PID=$!
}

start_postgres() {
    mkdir -p "$WORK/pg" && chown postgres "$WORK/pg"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pg/data" -A trust -U postgres >/dev/null
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w \
        -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
    PG_STARTED=1
}

load() {
    dotnet bench/BoardLoad/bin/Release/net10.0/BoardLoad.dll "$@" --out "$OUT"
}

# What else runs on the machine, written next to the figures of each scenario.
note_machine() {
    {
        echo "== $1 at $(date -u '+%F %T') UTC; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
        ps -eo pid,pcpu,rss,etime,args --sort=-pcpu | head -8 | cut -c1-160
    } >>"$OUT/machine.txt"
}

# $1: the command line to record. Written to OUT/machine.txt and shown.
machine_header() {
    {
        echo "date: $(date -u '+%F %T') UTC"
        echo "command: $1"
        echo "commit: $(git rev-parse --short HEAD) ($(git rev-parse --abbrev-ref HEAD))$([[ -n $(git status --porcelain -- bench Participation.Api Participation.Web deploy) ]] && echo ', with uncommitted changes' || true)"
        echo "nproc: $(nproc)"
        echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MB total, " $7 " MB available"}')"
        echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)"
        echo "kernel: $(uname -r)"
        echo "dotnet: $(dotnet --version)"
        echo "open files: $(ulimit -n)"
        echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    } | tee "$OUT/machine.txt"
}

# Release builds of the given projects; stops the run if one fails (an old binary would be measured).
build_release() {
    local project
    echo "== building (Release)"
    for project in "$@"; do
        if ! dotnet build -c Release "$project" -nologo -v q >"$WORK/build.txt" 2>&1; then
            grep -E "error" "$WORK/build.txt" | sort -u >&2
            echo "build of $project failed" >&2
            exit 1
        fi
    done
}
