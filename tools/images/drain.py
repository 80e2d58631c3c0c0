#!/usr/bin/env python3
"""SIGTERM under load: keeps CONNECTIONS clients sending GET URL (keep-alive, with TOKEN), stops CONTAINER with
`podman stop` (SIGTERM) after WARMUP seconds, and classifies every request by when it was sent:
- sent before the signal: must be answered 200 (a request in flight when the signal comes is completed);
- sent after it: answered 200 (still draining), 503 (shutting down, as Quarkus answers during its shutdown), or refused
  (connection refused or closed before an answer: the listener is gone).
Exits 1 if any request sent before the signal failed. Prints one line of counts.
Usage: drain.py URL TOKEN CONTAINER [CONNECTIONS=4] [WARMUP=5]
"""
import http.client
import subprocess
import sys
import threading
import time
import urllib.parse

url, token, container = sys.argv[1], sys.argv[2], sys.argv[3]
connections = int(sys.argv[4]) if len(sys.argv) > 4 else 4
warmup = float(sys.argv[5]) if len(sys.argv) > 5 else 5
target = urllib.parse.urlsplit(url)
path = target.path + ("?" + target.query if target.query else "")
signal_at = [float("inf")]
done = threading.Event()
results = []  # (sent, outcome)
first_failure = {}  # outcome -> when (seconds from the signal) and what the first one said
lock = threading.Lock()


def client():
    conn = None
    while not done.is_set():
        sent = time.monotonic()
        try:
            if conn is None:
                conn = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
            conn.request("GET", path, headers={"Authorization": "Bearer " + token})
            response = conn.getresponse()
            body = response.read()
            outcome = str(response.status)
            if response.status != 200 and outcome not in first_failure:
                first_failure[outcome] = f"{time.monotonic() - signal_at[0]:+.3f} s: {body[:300]!r}"

            if response.getheader("Connection", "").lower() == "close":
                conn.close()
                conn = None
        except (ConnectionError, http.client.HTTPException, OSError) as e:
            outcome = "refused" if isinstance(e, ConnectionRefusedError) else type(e).__name__
            if conn is not None:
                conn.close()
            conn = None
            if isinstance(e, ConnectionRefusedError):
                time.sleep(0.05)
        with lock:
            results.append((sent, outcome))


threads = [threading.Thread(target=client, daemon=True) for _ in range(connections)]
for t in threads:
    t.start()
time.sleep(warmup)
signal_at[0] = time.monotonic()
stop = subprocess.run(["podman", "stop", "-t", "30", container], capture_output=True, text=True)
stopped_after = time.monotonic() - signal_at[0]
time.sleep(1)
done.set()
for t in threads:
    t.join(timeout=35)

before = [o for s, o in results if s < signal_at[0]]
after = [o for s, o in results if s >= signal_at[0]]
failed_before = [o for o in before if o != "200"]
count = lambda outcomes: ", ".join(f"{o} x{outcomes.count(o)}" for o in sorted(set(outcomes))) or "none"
print(f"SIGTERM under load ({connections} connections): before the signal {len(before)} requests ({count(before)}); "
      f"after it {count(after)}; container stopped {stopped_after * 1000:.0f} ms after the signal, "
      f"exit code {subprocess.run(['podman', 'inspect', '--format', '{{.State.ExitCode}}', container], capture_output=True, text=True).stdout.strip()}")
if stop.returncode != 0 or failed_before:
    print(f"drain.py: {len(failed_before)} requests sent before the signal failed ({count(failed_before)}) {stop.stderr.strip()}",
          file=sys.stderr)
    for outcome, what in first_failure.items():
        print(f"  first {outcome}: {what}", file=sys.stderr)
    sys.exit(1)
