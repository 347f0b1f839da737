#!/usr/bin/env bash
# Load benchmark of the kiosk (not a timed test): a topic page served by the release binary
# under wrk at 64 connections, beside nginx (one worker) serving the same bytes with the same
# headers from a file, in alternating rounds of one run; plus the page's weight (HTML + CSS,
# raw and gzipped).
#
#   web/benches/load.sh [--write]     # --write also records docs/benchmarks/kiosk.md
#
# Needs wrk, nginx, curl, python3 and GNU time; it installs nothing. On Debian or Ubuntu:
#   sudo apt-get install wrk nginx curl python3 time
#
# Environment: PAGE (default /fa/topics/smuggling-risks), DURATION (default 30s: shorter rounds give a p99 that moves by half a millisecond from run to run),
# CONNECTIONS (default 64), THREADS (wrk's, default 1: see docs/benchmarks/kiosk.md, "The tail"), ROUNDS (default 5: faro, nginx, faro,
# nginx, ...), FARO (a faro binary to measure instead of building one), PIN (default 1 on two or more cores: each server on SERVER_CPUS, default 1,
# and wrk on CLIENT_CPUS, default 0, with taskset; PIN=0 lets the system place them).
# Only loopback addresses are used; both servers are stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

PAGE=${PAGE:-/fa/topics/smuggling-risks}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-1}
ROUNDS=${ROUNDS:-5}
CORES=$(nproc)
PIN=${PIN:-$([ "$CORES" -ge 2 ] && echo 1 || echo 0)}
SERVER_CPUS=${SERVER_CPUS:-1}
CLIENT_CPUS=${CLIENT_CPUS:-0}
WRITE=""
[ "${1:-}" = "--write" ] && WRITE=1

missing=()
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ -x /usr/bin/time ] || missing+=(time)
NGINX=$(command -v nginx || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true)
[ -n "$NGINX" ] || missing+=(nginx)
if [ "$PIN" = 1 ] && ! command -v taskset >/dev/null 2>&1; then
  missing+=(taskset)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "missing: ${missing[*]}" >&2
  echo "install them first; on Debian or Ubuntu: sudo apt-get install wrk nginx curl python3 time util-linux" >&2
  echo "(or run with PIN=0 to do without taskset)" >&2
  exit 1
fi

server_pin=()
client_pin=()
if [ "$PIN" = 1 ]; then
  server_pin=(taskset -c "$SERVER_CPUS")
  client_pin=(taskset -c "$CLIENT_CPUS")
fi

if [ -z "${FARO:-}" ]; then
  echo "== building the release binary" >&2
  cargo build --release --bin faro >&2
  FARO="${CARGO_TARGET_DIR:-target}/release/faro"
fi

work=$(mktemp -d)
chmod 755 "$work"
faro_pid=""
nginx_pid=""
cleanup() {
  [ -n "$faro_pid" ] && kill "$faro_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# faro makes the synthetic speech of the page's locale in the background after start-up
# (espeak-ng and opusenc, children of faro and so pinned to its CPU, which nginx shares): no
# round starts before it is done, or the rounds of both servers measure that work. The clips
# are kept in AUDIO_CACHE between runs (data/audio, faro's own default), so only the first run
# on a machine waits (a few minutes for one locale).
AUDIO_CACHE=${AUDIO_CACHE:-data/audio}
page_locale=${PAGE#/}
page_locale=${page_locale%%[/?#]*}
# Only a locale with a voice gets speech (Pashto, Tigrinya and Somali have none; a page outside
# a locale, none either): nothing to wait for then.
case "$page_locale" in
  en | es | fr | pt | ht | fa | ar | ur | hi | bn | ne | zh-Hans | am) speech_locale=$page_locale ;;
  *) speech_locale="" ;;
esac
echo "== starting faro (speech for ${speech_locale:-no locale}, clips kept in $AUDIO_CACHE)" >&2
env -u FARO_TELEGRAM_TOKEN RUST_LOG=warn,faro=info,faro_core=info NO_COLOR=1 \
  FARO_TELEGRAM_BOT_USERNAME=faro_demo_bot \
  FARO_AUDIO_CACHE_DIR="$AUDIO_CACHE" FARO_TTS_LOCALES="$speech_locale" \
  "${server_pin[@]}" "$FARO" serve --listen 127.0.0.1:0 --database-url "sqlite://$work/faro.db" \
  2>"$work/faro.log" &
faro_pid=$!
for _ in $(seq 1 100); do
  grep -q "kiosk on http://" "$work/faro.log" 2>/dev/null && break
  sleep 0.1
done
faro_url=$(sed -n 's/.*kiosk on \(http:\/\/[0-9.:]*\).*/\1/p' "$work/faro.log" | head -n 1)
[ -n "$faro_url" ] || { cat "$work/faro.log" >&2; echo "faro did not start" >&2; exit 1; }
if [ -n "$speech_locale" ]; then
  echo "== waiting for faro's synthetic speech to be ready" >&2
  for _ in $(seq 1 1800); do
    grep -q "synthetic audio ready" "$work/faro.log" && break
    kill -0 "$faro_pid" 2>/dev/null || { cat "$work/faro.log" >&2; echo "faro stopped" >&2; exit 1; }
    if grep -q "panicked" "$work/faro.log"; then
      cat "$work/faro.log" >&2; echo "faro's speech build failed" >&2; exit 1
    fi
    sleep 1
  done
  grep -q "synthetic audio ready" "$work/faro.log" || { echo "faro's speech was not ready in 30 minutes" >&2; exit 1; }
  # Ready with failures (espeak-ng or opusenc missing): the page has no player; both servers
  # still serve the same bytes, so the comparison holds, but say so.
  if grep "synthetic audio ready" "$work/faro.log" | grep -qv "failed=0"; then
    echo "warning: some pages' speech failed; the measured page may have no player:" >&2
    grep "synthetic audio ready\|not made" "$work/faro.log" | tail -n 3 >&2
  fi
fi

mkdir -p "$work/www"
curl -sf "$faro_url$PAGE" -o "$work/www/page.html"
# What faro sends besides the body, so that nginx sends the same: its own headers (date,
# length, type, ETag) aside, every one is added to nginx's answer.
curl -sf -D "$work/faro-headers.txt" -o /dev/null "$faro_url$PAGE"
add_headers=$(tr -d '\r' <"$work/faro-headers.txt" | awk -F': ' 'NR > 1 && NF >= 2 {
  name = tolower($1)
  if (name == "date" || name == "content-length" || name == "content-type" || name == "etag") next
  value = substr($0, length($1) + 3)
  gsub(/"/, "\\\"", value)
  printf "    add_header %s \"%s\" always;\n", $1, value
}')
content_type=$(tr -d '\r' <"$work/faro-headers.txt" | awk -F': ' 'tolower($1) == "content-type" {print $2}')
css_path=$(grep -o '/static/kiosk\.[0-9a-f]*\.css' "$work/www/page.html" | head -n 1)
curl -sf "$faro_url$css_path" -o "$work/www/kiosk.css"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
user_line=""
[ "$(id -u)" = 0 ] && user_line="user root;"
cat >"$work/nginx.conf" <<CONF
$user_line
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  server_tokens off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  server {
    listen 127.0.0.1:$port;
    root $work/www;
    location = /page {
      types { }
      default_type "$content_type";
      etag on;
$add_headers
      try_files /page.html =404;
    }
  }
}
CONF
echo "== starting nginx on 127.0.0.1:$port" >&2
"${server_pin[@]}" "$NGINX" -c "$work/nginx.conf" -e "$work/nginx-error.log" &
nginx_pid=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/page" -o /dev/null && break; sleep 0.1; done
nginx_url="http://127.0.0.1:$port/page"
cmp -s <(curl -sf "$nginx_url") "$work/www/page.html" || { echo "nginx serves another page" >&2; exit 1; }
curl -sf -D "$work/nginx-headers.txt" -o /dev/null "$nginx_url"
faro_head=$(wc -c <"$work/faro-headers.txt")
nginx_head=$(wc -c <"$work/nginx-headers.txt")
echo "== response headers: faro $faro_head B, nginx $nginx_head B" >&2
cat "$work/faro-headers.txt" "$work/nginx-headers.txt" >&2

# wrk's "Requests/sec" and the 99th percentile in milliseconds.
# Also how busy wrk kept its own CPU (user + system time over elapsed, /usr/bin/time's %P):
# near 100 % the client, not the server, sets the pace, and a request whose answer waits in a
# socket while wrk's other thread holds the CPU is counted as the server's latency.
measure() {
  local out rps p99 cpu
  out=$( { /usr/bin/time -f 'client-cpu %P' "${client_pin[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1"; } 2>&1)
  echo "$out" >&2
  cpu=$(awk '$1 == "client-cpu" {sub(/%$/, "", $2); print $2}' <<<"$out")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v=v*1000}; print v}' <<<"$out")
  echo "$rps $p99 $cpu"
}

# Warm both (faro renders the page once and keeps it).
"${client_pin[@]}" wrk -t1 -c4 -d2s "$faro_url$PAGE" >/dev/null
"${client_pin[@]}" wrk -t1 -c4 -d2s "$nginx_url" >/dev/null

faro_rps=(); faro_p99=(); faro_cpu=(); nginx_rps=(); nginx_p99=(); nginx_cpu=()
for round in $(seq 1 "$ROUNDS"); do
  echo "== round $round: faro" >&2
  read -r r p c < <(measure "$faro_url$PAGE"); faro_rps+=("$r"); faro_p99+=("$p"); faro_cpu+=("$c")
  echo "== round $round: nginx" >&2
  read -r r p c < <(measure "$nginx_url"); nginx_rps+=("$r"); nginx_p99+=("$p"); nginx_cpu+=("$c")
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
f_rps=$(median "${faro_rps[@]}"); f_p99=$(median "${faro_p99[@]}")
n_rps=$(median "${nginx_rps[@]}"); n_p99=$(median "${nginx_p99[@]}")
f_cpu=$(median "${faro_cpu[@]}"); n_cpu=$(median "${nginx_cpu[@]}")
rps_ratio=$(awk -v f="$f_rps" -v n="$n_rps" 'BEGIN {printf "%.2f", f/n}')
p99_ratio=$(awk -v f="$f_p99" -v n="$n_p99" 'BEGIN {printf "%.2f", f/n}')

html_raw=$(wc -c <"$work/www/page.html")
css_raw=$(wc -c <"$work/www/kiosk.css")
html_gz=$(gzip -9c "$work/www/page.html" | wc -c)
css_gz=$(gzip -9c "$work/www/kiosk.css" | wc -c)
total_raw=$((html_raw + css_raw))
total_gz=$((html_gz + css_gz))
kb() { awk -v b="$1" 'BEGIN {printf "%.1f KB", b/1024}'; }

rps_ok=$(awk -v r="$rps_ratio" 'BEGIN {print (r >= 1.0) ? "met" : "MISSED"}')
p99_ok=$(awk -v r="$p99_ratio" 'BEGIN {print (r <= 1.0) ? "met" : "MISSED"}')
weight_ok=$([ "$total_raw" -lt $((30 * 1024)) ] && echo met || echo MISSED)
if [ "$PIN" = 1 ]; then
  placement="each server pinned to CPU $SERVER_CPUS and wrk to CPU $CLIENT_CPUS with taskset (faro's runtime then has one worker thread, as nginx has one worker)"
else
  placement="not pinned: wrk and the server share all $CORES cores"
fi

report=$(cat <<REPORT
# Kiosk benchmark

A topic page (\`$PAGE\`) served by the release \`faro\` binary, beside nginx with one worker
serving the same bytes from a file with the same headers, measured in one run with wrk:
$THREADS threads, $CONNECTIONS connections, $DURATION per measurement, $ROUNDS rounds alternating
faro and nginx (medians shown). wrk sends no \`Accept-Encoding\`, so both serve the page
uncompressed; response headers are $faro_head bytes from faro and $nginx_head from nginx.

Machine: $CORES cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), shared
with other work; $placement.
Measured on $(date -u +%Y-%m-%d) with $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2) and $("$NGINX" -v 2>&1 | sed 's/.*: //').

| server | requests/s | p99 latency |
|---|---:|---:|
| faro (kiosk) | $f_rps | $f_p99 ms |
| nginx (static file, one worker) | $n_rps | $n_p99 ms |
| **ratio faro / nginx** | **$rps_ratio** (target ≥ 1.0: $rps_ok) | **$p99_ratio** (target ≤ 1.0: $p99_ok) |

Each round: faro $(IFS=/; echo "${faro_rps[*]}") req/s, p99 $(IFS=/; echo "${faro_p99[*]}") ms;
nginx $(IFS=/; echo "${nginx_rps[*]}") req/s, p99 $(IFS=/; echo "${nginx_p99[*]}") ms.
wrk's own CPU (user + system over elapsed, median): $f_cpu % in faro's rounds, $n_cpu % in nginx's
(with $THREADS wrk threads on one CPU, near 100 % means the client sets the pace).

## Page weight

| | uncompressed | gzip -9 |
|---|---:|---:|
| HTML (two inline QR codes included) | $html_raw B | $html_gz B |
| CSS (one file, cached for a year) | $css_raw B | $css_gz B |
| **total** | **$total_raw B ($(kb "$total_raw"))** | **$total_gz B ($(kb "$total_gz"))** |

Target: under 30 KB per page: $weight_ok.

## Reproduce

\`\`\`sh
web/benches/load.sh --write        # PIN=0 to let the system place the processes
\`\`\`
REPORT
)
echo "$report"
if [ -n "$WRITE" ]; then
  printf '%s\n' "$report" >docs/benchmarks/kiosk-run.md
  echo "== written to docs/benchmarks/kiosk-run.md (docs/benchmarks/kiosk.md explains it)" >&2
fi
