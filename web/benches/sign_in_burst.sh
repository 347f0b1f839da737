#!/usr/bin/env bash
# Load benchmark of sign-in bursts (not a timed test; security review MED-6): the release
# binary on 127.0.0.1, with a fresh SQLite database, gets CONNECTIONS concurrent wrong
# sign-ins for BURST_SECONDS, each from its own loopback address and with a random name (so no
# throttle applies and every attempt reaches the password check). Prints statuses, attempts
# per second, the kiosk home page's latency during the burst, and the server's RSS before,
# at its peak, and 10 s and 30 s after.
#
#   web/benches/sign_in_burst.sh            # CONNECTIONS=200 BURST_SECONDS=20
#
# Environment: CONNECTIONS, BURST_SECONDS, FARO_SIGN_IN_CONCURRENCY (default: the cores).
set -euo pipefail
cd "$(dirname "$0")/../.."

CONNECTIONS=${CONNECTIONS:-200}
SECONDS_=${BURST_SECONDS:-20}

echo "== building the release binary" >&2
cargo build --release --bin faro >&2
FARO="${CARGO_TARGET_DIR:-target}/release/faro"

work=$(mktemp -d)
faro_pid=""
cleanup() {
  [ -n "$faro_pid" ] && kill "$faro_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== starting faro" >&2
env -u FARO_TELEGRAM_TOKEN RUST_LOG=warn,faro=info NO_COLOR=1 \
  FARO_TELEGRAM_BOT_USERNAME=faro_demo_bot \
  "$FARO" serve --listen 127.0.0.1:0 --database-url "sqlite://$work/faro.db" 2>"$work/faro.log" &
faro_pid=$!
for _ in $(seq 1 100); do
  grep -q "kiosk on http://" "$work/faro.log" 2>/dev/null && break
  sleep 0.1
done
faro_url=$(sed -n 's/.*kiosk on \(http:\/\/[0-9.:]*\).*/\1/p' "$work/faro.log" | head -n 1)
[ -n "$faro_url" ] || { cat "$work/faro.log" >&2; echo "faro did not start" >&2; exit 1; }
ulimit -n 65536 2>/dev/null || true

echo "== $CONNECTIONS connections for ${SECONDS_}s against $faro_url (pid $faro_pid)" >&2
python3 web/benches/sign_in_burst.py "$faro_url" "$faro_pid" \
  --connections "$CONNECTIONS" --seconds "$SECONDS_"
