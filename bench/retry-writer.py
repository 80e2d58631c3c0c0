#!/usr/bin/env python3
"""Writes plan actions for SECONDS with THREADS clients; each write carries its own Idempotency-Key and is resent with
that key on 503, 409 or a dropped connection until it is acknowledged (201). Prints one JSON line: acknowledged keys,
resends, answers by status. The action title holds the key, so the rows per key can be counted afterwards.
Usage: retry-writer.py URL TOKEN SECONDS THREADS OUT_KEYS_FILE"""
import http.client
import json
import sys
import threading
import time
import urllib.parse
import uuid

url, token, seconds, threads, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
target = urllib.parse.urlparse(url)
stop = time.time() + seconds
lock = threading.Lock()
acknowledged, statuses, resends = [], {}, [0]


def post(key):
    body = json.dumps({"type": "READING", "title": "Drill write " + key})
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
    try:
        connection.request("POST", target.path, body, {"Authorization": "Bearer " + token,
                                                       "Content-Type": "application/json", "Idempotency-Key": key})
        return connection.getresponse().status
    except (OSError, http.client.HTTPException):
        return "dropped"
    finally:
        connection.close()


def client():
    while time.time() < stop:
        key = str(uuid.uuid4())
        while True:
            status = post(key)
            with lock:
                statuses[str(status)] = statuses.get(str(status), 0) + 1
            if status == 201:
                with lock:
                    acknowledged.append(key)
                break
            if status in (503, 409, 500, "dropped"):
                with lock:
                    resends[0] += 1
                time.sleep(0.2)
                continue
            break  # another answer: not retried


workers = [threading.Thread(target=client) for _ in range(threads)]
for w in workers:
    w.start()
for w in workers:
    w.join()
with open(out, "w") as f:
    f.write("\n".join(acknowledged) + "\n")
print(json.dumps({"acknowledged": len(acknowledged), "resends": resends[0], "answers": statuses}))
