#!/usr/bin/env python3
"""Bursts of wrong sign-ins against a running faro (security review MED-6), on 127.0.0.1 only.

Each attempt comes from its own loopback source address (127.x.y.z) with a fresh random user
name, so neither the per-address nor the per-(name, address) throttle applies: every attempt
reaches the password check, as from a botnet. While the burst runs, one client reads the kiosk
home page in a loop (its latency shows whether the async workers stay free), and the server's
RSS is sampled from /proc.

    sign_in_burst.py URL PID [--connections 200] [--seconds 20]

Prints one JSON object: statuses, attempts/s, kiosk latency, RSS before/peak/after.
"""
import argparse
import asyncio
import json
import random
import re
import statistics
import time


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as status:
        text = status.read()
    rss = int(re.search(r"VmRSS:\s+(\d+)", text).group(1))
    hwm = int(re.search(r"VmHWM:\s+(\d+)", text).group(1))
    return rss, hwm


async def http(host, port, request, local=None):
    reader, writer = await asyncio.open_connection(
        host, port, local_addr=(local, 0) if local else None
    )
    writer.write(request)
    await writer.drain()
    data = await reader.read(-1)
    writer.close()
    return data


async def sign_in_form(host, port):
    data = await http(host, port, b"GET /sign-in HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    text = data.decode("utf-8", "replace")
    cookie = re.search(r"faro_csrf=([0-9a-f]{64})", text).group(1)
    csrf = re.search(r'name="csrf" value="([0-9a-f]{64})"', text).group(1)
    return cookie, csrf


async def attacker(host, port, cookie, csrf, deadline, counts):
    while time.monotonic() < deadline:
        name = "u%012x" % random.getrandbits(48)
        body = f"username={name}&password=wrong-password-{random.getrandbits(32)}&csrf={csrf}".encode()
        request = (
            b"POST /sign-in HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
            b"Content-Type: application/x-www-form-urlencoded\r\n"
            + f"Cookie: faro_csrf={cookie}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        local = "127.%d.%d.%d" % (random.randint(1, 254), random.randint(0, 255), random.randint(1, 254))
        try:
            data = await http(host, port, request, local)
            status = data[9:12].decode() if data.startswith(b"HTTP/1.1 ") else "???"
        except OSError as error:
            status = type(error).__name__
        counts[status] = counts.get(status, 0) + 1


async def kiosk_reader(host, port, deadline, latencies):
    while time.monotonic() < deadline:
        start = time.monotonic()
        try:
            await http(host, port, b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            latencies.append((time.monotonic() - start) * 1000)
        except OSError:
            pass
        await asyncio.sleep(0.05)


async def sampler(pid, deadline, samples):
    while time.monotonic() < deadline:
        samples.append(rss_kb(pid)[0])
        await asyncio.sleep(0.25)


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("pid", type=int)
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    host, port = re.match(r"http://([0-9.]+):(\d+)", args.url).groups()
    port = int(port)

    cookie, csrf = await sign_in_form(host, port)
    before = rss_kb(args.pid)
    idle_latencies = []
    await kiosk_reader(host, port, time.monotonic() + 2, idle_latencies)

    counts, latencies, samples = {}, [], []
    started = time.monotonic()
    deadline = started + args.seconds
    await asyncio.gather(
        *[attacker(host, port, cookie, csrf, deadline, counts) for _ in range(args.connections)],
        kiosk_reader(host, port, deadline, latencies),
        sampler(args.pid, deadline, samples),
    )
    elapsed = time.monotonic() - started
    during = rss_kb(args.pid)
    await asyncio.sleep(10)
    after_10s = rss_kb(args.pid)
    await asyncio.sleep(20)
    after_30s = rss_kb(args.pid)

    def median(values):
        return round(statistics.median(values), 1) if values else None

    def p99(values):
        return round(sorted(values)[int(len(values) * 0.99) - 1], 1) if values else None

    print(json.dumps({
        "connections": args.connections,
        "seconds": round(elapsed, 1),
        "statuses": counts,
        "attempts_per_second": round(sum(counts.values()) / elapsed, 1),
        "checked_per_second": round(counts.get("401", 0) / elapsed, 1),
        "kiosk_home_ms_idle_median": median(idle_latencies),
        "kiosk_home_ms_burst_median": median(latencies),
        "kiosk_home_ms_burst_p99": p99(latencies),
        "rss_mb_before": round(before[0] / 1024, 1),
        "rss_mb_peak_during": round(max(samples + [during[0]]) / 1024, 1),
        "vm_hwm_mb": round(after_30s[1] / 1024, 1),
        "rss_mb_10s_after": round(after_10s[0] / 1024, 1),
        "rss_mb_30s_after": round(after_30s[0] / 1024, 1),
    }, indent=1))


asyncio.run(main())
