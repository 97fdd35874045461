#!/usr/bin/env bash
# Per-commit cost of SQLite in WAL mode on this disk: 500 one-row transactions, synchronous FULL vs NORMAL.
set -e
d=$(mktemp -d /tmp/sqlite-fsync.XXXX)
for mode in FULL NORMAL; do
  db=$d/$mode.db
  sqlite3 $db "PRAGMA journal_mode=WAL; CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);" >/dev/null
  { echo "PRAGMA synchronous=$mode;"; for i in $(seq 1 500); do echo "BEGIN IMMEDIATE; INSERT INTO t(v) VALUES(hex(randomblob(200))); COMMIT;"; done; } > $d/$mode.sql
  s=$(date +%s.%N); sqlite3 $db < $d/$mode.sql >/dev/null; e=$(date +%s.%N)
  echo "synchronous=$mode: 500 commits in $(echo "$e - $s" | bc) s"
done
rm -rf $d
