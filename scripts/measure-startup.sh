#!/usr/bin/env bash
# Measures the time from JVM start to readiness on the embedded database, first and second start.
# Usage: scripts/measure-startup.sh [runs]   (prints one line per start)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
./mvnw -q -B -ntp package -DskipTests >/dev/null
jar=$(ls target/mosaik-*.jar | grep -v plain | head -n 1)
data=$(mktemp -d)
port=18080
trap 'rm -rf "$data"' EXIT

start_once() {
  local label=$1 begin end pid
  begin=$(date +%s%N)
  MOSAIK_DATA_DIR="$data/postgres" PORT=$port java -jar "$jar" >"$data/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "application exited; see $data/app.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  local rss
  rss=$(ps -o rss= -p "$pid" | tr -d ' ')
  awk -v l="$label" -v ns="$((end - begin))" -v kb="$rss" 'BEGIN { printf "%s: ready after %.1f s, RSS %d MiB\n", l, ns / 1e9, kb / 1024 }'
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

start_once "first start (creates database and demo data)"
for i in $(seq 2 "$runs"); do
  start_once "start $i (reuses data)"
done
