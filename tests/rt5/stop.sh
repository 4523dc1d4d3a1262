#!/usr/bin/env bash
# Stops the rt-server started by tests/rt5/setup.sh (pid file /tmp/kizuki-rt5/rt-server.pid).
set -euo pipefail
PIDFILE=/tmp/kizuki-rt5/rt-server.pid
if [[ ! -s $PIDFILE ]]; then echo "[rt5-stop] not running (no $PIDFILE)" >&2; exit 0; fi
pid="$(cat "$PIDFILE")"
if ! kill -0 "$pid" 2>/dev/null; then echo "[rt5-stop] pid $pid already gone" >&2; rm -f "$PIDFILE"; exit 0; fi
kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true   # setsid made it a group leader
for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$pid" 2>/dev/null; then kill -KILL -- "-$pid" 2>/dev/null || true; fi
rm -f "$PIDFILE"
echo "[rt5-stop] stopped rt-server (pid $pid)" >&2
