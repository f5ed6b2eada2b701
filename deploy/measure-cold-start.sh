#!/usr/bin/env bash
# Measures cold starts of the packaged jar: each run starts a fresh TKE emulator on 127.0.0.1,
# then a fresh JVM whose classpath is target/scf/lib/supernode-functions.jar plus the loading
# check's harness, which invokes one function once. /usr/bin/time reports the JVM's wall time
# and peak resident set size.
#
# usage: deploy/measure-cold-start.sh [FUNCTION] [EVENT_FILE] [RUNS]
#   FUNCTION defaults to create, EVENT_FILE to events/create-apigw.json, RUNS to 10.
# Extra JVM options go in JAVA_OPTS, for example JAVA_OPTS=-XX:MaxRAM=256m.
# Needs `mvn -B verify` (or `mvn -B package test-compile`) first, and GNU time.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
function_name="${1:-create}"
event_file="${2:-$root/events/create-apigw.json}"
runs="${3:-10}"
jar="$root/target/scf/lib/supernode-functions.jar"
port=19477

case "$function_name" in
  create) handler=com.supernode.handler.CreateNodeHandler::handle ;;
  batch-create) handler=com.supernode.handler.BatchCreateHandler::handle ;;
  readiness) handler=com.supernode.handler.ReadinessHandler::handle ;;
  *) echo "unknown function $function_name: use create, batch-create or readiness" >&2; exit 2 ;;
esac
[[ -f "$jar" ]] || { echo "missing $jar: run mvn -B verify first" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The same harness classes the SCF loading check puts next to the jar.
for class in com/supernode/deploy/PackagedHandlerMain.class; do
  mkdir -p "$work/harness/$(dirname "$class")"
  cp "$root/target/test-classes/$class" "$work/harness/$class"
done
for class in com/supernode/local/ScfInvoker.class \
    'com/supernode/local/ScfInvoker$HandlerLoadException.class' \
    com/supernode/local/LocalContext.class; do
  mkdir -p "$work/harness/$(dirname "$class")"
  cp "$root/target/classes/$class" "$work/harness/$class"
done

for run in $(seq 1 "$runs"); do
  "$root/scf-local" emulator "$port" > "$work/emulator.log" 2>&1 &
  emulator=$!
  for _ in $(seq 1 100); do
    (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
  env -i ALLOWED_CLUSTERS=cls-main0001 TENCENTCLOUD_REGION=ap-guangzhou \
    TKE_CONNECT_TIMEOUT_SECONDS=3 TKE_READ_TIMEOUT_SECONDS=10 \
    /usr/bin/time -f '%e %M' -o "$work/time.txt" \
    java ${JAVA_OPTS:-} -cp "$jar:$work/harness" \
    -DTKE_ENDPOINT="http://127.0.0.1:$port" \
    -DTENCENTCLOUD_SECRETID=emulator-secret-id -DTENCENTCLOUD_SECRETKEY=emulator-secret-key \
    com.supernode.deploy.PackagedHandlerMain "$handler" 120000 256 "$work/result.json" \
    "$event_file" > "$work/function.log" 2>&1 || true
  kill "$emulator"
  wait "$emulator" 2>/dev/null || true
  read -r seconds kilobytes < "$work/time.txt"
  # API Gateway responses carry statusCode; a failed timer or direct result starts with
  # {"Response":{"Error". A readiness summary may carry per-cluster errors and still succeed.
  if grep -q '"statusCode"' "$work/result.json" 2>/dev/null; then
    outcome="$(grep -o '"statusCode":[0-9]*' "$work/result.json")"
  elif grep -q '^{"Response":{"Error"' "$work/result.json" 2>/dev/null; then
    outcome="failed, see the result"
  elif [[ -s "$work/result.json" ]]; then
    outcome="succeeded"
  else
    outcome="no result: $(tail -n 1 "$work/function.log")"
  fi
  echo "run $run: ${seconds} s, peak RSS $((kilobytes / 1024)) MB, $outcome"
done
