#!/usr/bin/env bash
# Scale-out benchmark: the board fan-out against one instance on SQLite (the boards issue's baseline) and
# against two instances on PostgreSQL and Redis, behind nginx running deploy/nginx/participation.conf, in
# one run, each target on freshly started servers (and a fresh database, data directory and Redis).
#
#   bench/run-scaleout.sh            the full run (about 13 minutes): (a) on all four targets, (b) without pg
#   QUICK=1 bench/run-scaleout.sh    a smoke run (about 2.5 minutes): (a) with 100 phones for 8 s, sqlite/nginx/direct
#   ONLY=a   TARGETS="sqlite nginx"  some scenarios / targets only (TARGETS applies to every scenario)
#   DURATION=45 RATE=20              posting time (s) and rate (posts/s)
#
# Scenarios: (a) 1,000 phones on one board, 20 posts/s; (b) 500 phones, 20 posts/s (20 posters).
# Targets:
#   sqlite  1x-sqlite           one instance, SQLite, no Redis: the single-instance figures
#   pg      1x-pg               one instance, PostgreSQL, no Redis: what the database alone changes
#   nginx   2x-pg-redis-nginx   two instances, PostgreSQL + Redis backplane, every phone through nginx
#   direct  2x-pg-redis-direct  the same two instances, phones connected to each in turn, no nginx
# The site's upstream hashes by client address (hash $remote_addr consistent), so phones from 127.0.0.1
# would all land on one instance. The nginx target gives each phone's WebSocket a loopback source address
# (127.0.0.2 …), chosen by asking nginx first: SOURCES addresses that it sends to each instance, taken in
# turn, so half the phones (and half the posters) are on each; nginx's access log confirms the split.
# Prints a Markdown report; raw figures, logs and the nginx split stay in bench/results/<time>-scaleout/.
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=${QUICK:-0}
RATE=${RATE:-20}
if [[ $QUICK == 1 ]]; then
    ONLY=${ONLY:-a} A_CONN=100 B_CONN=50 DURATION=${DURATION:-8}
    A_TARGETS=${TARGETS:-sqlite nginx direct} B_TARGETS=${TARGETS:-sqlite nginx direct}
else
    ONLY=${ONLY:-ab} A_CONN=1000 B_CONN=500 DURATION=${DURATION:-45}
    A_TARGETS=${TARGETS:-sqlite pg nginx direct} B_TARGETS=${TARGETS:-sqlite nginx direct}
fi
SOURCES=${SOURCES:-16}  # source addresses per instance for the nginx target
WEB_PORT=${WEB_PORT:-5190}
APP1_PORT=${APP1_PORT:-5191}
APP2_PORT=${APP2_PORT:-5192}
NGINX_PORT=${NGINX_PORT:-5193}
REDIS_PORT=${REDIS_PORT:-56390}
PG_PORT=${PG_PORT:-55434}
NGINX=/usr/sbin/nginx
OUT=${OUT:-bench/results/$(date -u +%Y%m%d-%H%M%S)-scaleout$([[ $QUICK == 1 ]] && echo -quick || true)}
source bench/lib.sh

REDIS_PID=""
NGINX_PID=""

stop_redis() {
    if [[ -n $REDIS_PID ]]; then
        kill "$REDIS_PID" 2>/dev/null || true
        wait "$REDIS_PID" 2>/dev/null || true
        REDIS_PID=""
    fi
}

stop_nginx() {
    if [[ -n $NGINX_PID ]]; then
        kill "$NGINX_PID" 2>/dev/null || true  # SIGTERM: fast shutdown, master and workers
        wait "$NGINX_PID" 2>/dev/null || true
        NGINX_PID=""
    fi
}

bench_extra_cleanup() {
    stop_nginx
    stop_redis
}

# A fresh Redis: no persistence, loopback only.
start_redis() {
    rm -rf "$WORK/redis" && mkdir -p "$WORK/redis"
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$WORK/redis" \
        --logfile "$WORK/redis.log" &
    REDIS_PID=$!
    for _ in $(seq 1 50); do
        [[ $(redis-cli -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]] && return 0
        sleep 0.1
    done
    echo "redis-server did not answer on port $REDIS_PORT" >&2
    return 1
}

# nginx with deploy/nginx/participation.conf as shipped, only its upstream server lines and its listen port
# replaced, the way Participation.Tests/Infrastructure/NginxProxy.cs does (same patterns), in a private
# nginx.conf wrapper. The wrapper differs from the test's in two lines: worker_processes auto (2 here, as
# a server would run it) and 4,096 worker connections (1,000 phones take 2,000: client and upstream).
# $@: upstream host:port.
start_nginx() {
    local dir=$WORK/nginx
    rm -rf "$dir" && mkdir -p "$dir/snippets"
    cp deploy/nginx/participation-proxy.inc "$dir/snippets/"
    /usr/bin/python3 - deploy/nginx/participation.conf "$NGINX_PORT" "$@" >"$dir/participation.conf" <<'PY'
import re, sys
site, port, upstreams = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3:]
block = re.search(r"upstream\s+participation\s*\{[^}]*\}", site)
server = re.compile(r"^(?P<indent>[ \t]*)server\s+[^\s;]+(?P<parameters>[^;]*);[ \t]*\r?\n?", re.M)
servers = list(server.finditer(block.group(0)))
first = servers[0]
lines = "".join(f"{first['indent']}server {u}{first['parameters']};\n" for u in upstreams)
body = block.group(0)[:first.start()] + lines + server.sub("", block.group(0)[first.end():])
listen = re.compile(r"^(?P<indent>[ \t]*)listen\s+[^;]+;", re.M)
assert len(listen.findall(site)) == 1, "the site file should have one listen directive"
print(listen.sub(lambda m: f"{m['indent']}listen 127.0.0.1:{port};", site[:block.start()] + body + site[block.end():]), end="")
PY
    cat >"$dir/nginx.conf" <<EOF
$([[ $(id -u) == 0 ]] && echo "user root;")
daemon off;
worker_processes auto;
worker_rlimit_nofile 20000;
pid $dir/nginx.pid;
error_log $dir/error.log info;
events {
    worker_connections 4096;
}
http {
    log_format upstreams '\$remote_addr \$upstream_addr \$status \$request_method \$request_uri';
    access_log $dir/access.log upstreams;
    client_body_temp_path $dir/client_body;
    proxy_temp_path $dir/proxy;
    fastcgi_temp_path $dir/fastcgi;
    uwsgi_temp_path $dir/uwsgi;
    scgi_temp_path $dir/scgi;
    include participation.conf;
}
EOF
    "$NGINX" -t -q -e "$dir/error.log" -p "$dir/" -c "$dir/nginx.conf"
    "$NGINX" -e "$dir/error.log" -p "$dir/" -c "$dir/nginx.conf" &
    NGINX_PID=$!
    for _ in $(seq 1 50); do
        curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/health/live" && return 0
        sleep 0.1
    done
    echo "nginx did not answer on port $NGINX_PORT" >&2
    return 1
}

# Asks nginx which instance each loopback source address goes to; prints SOURCES addresses per
# instance, alternating between the instances, comma-separated.
pick_sources() {
    local log=$WORK/nginx/access.log i addr upstream first=() second=()
    for i in $(seq 2 254); do
        addr=127.0.0.$i
        curl -sf -o /dev/null --interface "$addr" "http://127.0.0.1:$NGINX_PORT/health/live"
        upstream=""
        for _ in $(seq 1 50); do  # nginx writes the line when it has finished the request
            upstream=$(awk -v a="$addr" '$1 == a {u = $2} END {print u}' "$log")
            [[ -n $upstream ]] && break
            sleep 0.01
        done
        if [[ $upstream == "127.0.0.1:$APP1_PORT" && ${#first[@]} -lt $SOURCES ]]; then first+=("$addr")
        elif [[ $upstream == "127.0.0.1:$APP2_PORT" && ${#second[@]} -lt $SOURCES ]]; then second+=("$addr")
        fi
        [[ ${#first[@]} -ge $SOURCES && ${#second[@]} -ge $SOURCES ]] && break
    done
    if [[ ${#first[@]} -lt $SOURCES || ${#second[@]} -lt $SOURCES ]]; then
        echo "nginx sent only ${#first[@]} / ${#second[@]} of 253 source addresses to the two instances" >&2
        return 1
    fi
    local list=()
    for i in $(seq 0 $((SOURCES - 1))); do list+=("${first[$i]}" "${second[$i]}"); done
    (IFS=,; echo "${list[*]}")
}

# Errors and warnings in the servers' logs of one target, into machine.txt.
note_logs() {
    local log count
    for log in "$WORK"/$1*.log; do
        [[ -f $log ]] || continue
        count=$(grep -cE '^(fail|crit|warn):' "$log" || true)
        echo "log $(basename "$log"): $count fail/crit/warn entries" >>"$OUT/machine.txt"
        grep -E '^(fail|crit|warn):' -A1 "$log" | grep -vE '^--$' | sort | uniq -c | sort -rn | head -6 | cut -c1-220 >>"$OUT/machine.txt" || true
    done
}

# $1 scenario, $2 target, then the BoardLoad arguments.
measure() {
    local scenario=$1 target=$2
    shift 2
    note_machine "$scenario/$target"
    if ! load fanout --scenario "$scenario" --target "$target" "$@"; then
        echo "FAILED: $scenario against $target" | tee -a "$OUT/machine.txt"
    fi
    if ! servers_alive; then
        echo "NOTE: a $target server was gone at the end of $scenario (crashed or killed from outside)" | tee -a "$OUT/machine.txt"
    fi
}

# $1 scenario, $2 phones, $3 target key.
run_target() {
    local scenario=$1 phones=$2 key=$3 target
    local common=(--connections "$phones" --rate "$RATE" --duration "$DURATION" --posters 20 --batch 50)
    case $key in
    sqlite | pg)
        target=1x-$key
        new_instance_data "$([[ $key == pg ]] && echo postgres || echo sqlite)"
        start_web "$WEB_PORT" "$scenario-$target"
        wait_up "$WEB_PORT" "$LAST_SERVER_PID"
        measure "$scenario" "$target" "${common[@]}" --url "http://127.0.0.1:$WEB_PORT" \
            $([[ $key == pg ]] && echo "--helper-ports $PG_PORT")
        ;;
    nginx | direct)
        target=2x-pg-redis-$key
        start_redis
        new_instance_data postgres
        # Both at once, on one database and one data directory: start-up runs under the advisory lock.
        start_web "$APP1_PORT" "$scenario-$target-app1" --ConnectionStrings:Redis="127.0.0.1:$REDIS_PORT"
        local first=$LAST_SERVER_PID
        start_web "$APP2_PORT" "$scenario-$target-app2" --ConnectionStrings:Redis="127.0.0.1:$REDIS_PORT"
        wait_up "$APP1_PORT" "$first"
        wait_up "$APP2_PORT" "$LAST_SERVER_PID"
        local servers=(--server-ports "$APP1_PORT,$APP2_PORT")
        if [[ $key == nginx ]]; then
            start_nginx "127.0.0.1:$APP1_PORT" "127.0.0.1:$APP2_PORT"
            local sources
            sources=$(pick_sources)
            echo "  nginx sends these sources to $APP1_PORT, $APP2_PORT in turn: $sources"
            measure "$scenario" "$target" "${common[@]}" --url "http://127.0.0.1:$NGINX_PORT" --sources "$sources" \
                "${servers[@]}" --helper-ports "$NGINX_PORT,$REDIS_PORT,$PG_PORT"
            stop_nginx
            cp "$WORK/nginx/access.log" "$OUT/$scenario-$target-nginx-access.txt"
            cp "$WORK/nginx/error.log" "$OUT/$scenario-$target-nginx-error.txt"
            # Every hub connection nginx forwarded, by instance (logged when it closed).
            {
                echo "$scenario/$target: hub connections by upstream (nginx access log):"
                awk '$5 ~ /^\/hubs\/board/ {print "  " $2}' "$WORK/nginx/access.log" | sort | uniq -c
                echo "  other requests by upstream:"
                awk '$5 !~ /^\/hubs\/board/ {print "  " $2}' "$WORK/nginx/access.log" | sort | uniq -c
                echo "  nginx error log, [error]/[crit]/[alert] lines: $(grep -cE '\[(error|crit|alert)\]' "$WORK/nginx/error.log" || true)"
                grep -E '\[(error|crit|alert)\]' "$WORK/nginx/error.log" | head -3 | cut -c1-220 || true
            } | tee -a "$OUT/machine.txt" "$OUT/$scenario-$target-nginx.txt"
        else
            measure "$scenario" "$target" "${common[@]}" --url "http://127.0.0.1:$APP1_PORT,http://127.0.0.1:$APP2_PORT" \
                "${servers[@]}" --helper-ports "$REDIS_PORT,$PG_PORT"
        fi
        ;;
    *)
        echo "unknown target $key (sqlite, pg, nginx, direct)" >&2
        return 1
        ;;
    esac
    stop_servers
    stop_redis
    note_logs "$scenario-$target"
}

machine_header "QUICK=$QUICK ONLY=$ONLY TARGETS='${TARGETS:-}' (a: $A_TARGETS; b: $B_TARGETS) RATE=$RATE DURATION=$DURATION bench/run-scaleout.sh"
{
    echo "nginx: $("$NGINX" -v 2>&1 | cut -d/ -f2); redis: $(redis-server --version | cut -d' ' -f3); postgres: $("$PG_BIN/postgres" --version | cut -d' ' -f3)"
    echo "nginx site: deploy/nginx/participation.conf at $(git log -1 --format=%h -- deploy/nginx/participation.conf)$([[ -n $(git status --porcelain -- deploy/nginx) ]] && echo ', changed since' || true)"
} | tee -a "$OUT/machine.txt"
build_release Participation.Web bench/BoardLoad
if [[ " $A_TARGETS $B_TARGETS " =~ \ (pg|nginx|direct)\  ]]; then
    start_postgres
fi

for scenario in a b; do
    [[ $ONLY == *$scenario* ]] || continue
    phones=$([[ $scenario == a ]] && echo "$A_CONN" || echo "$B_CONN")
    targets=$([[ $scenario == a ]] && echo "$A_TARGETS" || echo "$B_TARGETS")
    echo "== ($scenario) $phones phones on one board, $RATE posts/s for $DURATION s: $targets"
    for key in $targets; do
        run_target "$scenario" "$phones" "$key"
    done
done

echo "== report ($OUT)"
load report --dir "$OUT" --baseline 1x-sqlite | tee "$OUT/report.md"
