#!/usr/bin/env bash
# What the catalog answers to bad requests, case by case: status, media type, whether the answer names the field, and
# the problem's members. Compares our problem layer with a library's (docs/decisions/0010-problem-mappers.md): run it
# against each build. Usage: bench/problem-cases.sh [APP_ROOT, default this checkout]
set -euo pipefail
cd "$(dirname "$0")/.."
APP_ROOT=${1:-.}
DB=careercompass_problems
WORK=$(mktemp -d)
source bench/lib.sh
PORT=18191
start_service catalog $PORT "$APP_ROOT/occupation-catalog-service/target/quarkus-app/quarkus-run.jar" >/dev/null
python3 - "http://localhost:$PORT" "$(token problem-user user)" "$(token problem-admin user,catalog-admin)" <<'PY'
import json, sys, urllib.request, urllib.error
base, user, admin = sys.argv[1:4]
good = {"code": "green-energy", "scheme": "CAREER_CLUSTER", "title": "Green Energy"}
cases = [
    ("malformed JSON", "POST", "/api/v1/clusters", admin, "application/json", '{"code": "x",', None),
    ("wrong type (title: 5)", "POST", "/api/v1/clusters", admin, "application/json", json.dumps({**good, "title": 5}), "title"),
    ("unknown enum (scheme)", "POST", "/api/v1/clusters", admin, "application/json", json.dumps({**good, "scheme": "X"}), "scheme"),
    ("unknown property", "POST", "/api/v1/clusters", admin, "application/json", json.dumps({**good, "colour": "red"}), "colour"),
    ("property twice", "POST", "/api/v1/clusters", admin, "application/json", '{"code":"a","code":"b","scheme":"CAREER_CLUSTER","title":"T"}', "code"),
    ("blank title (@NotBlank)", "POST", "/api/v1/clusters", admin, "application/json", json.dumps({**good, "title": " "}), "title"),
    ("no body", "POST", "/api/v1/clusters", admin, "application/json", "", None),
    ("text/plain body", "POST", "/api/v1/clusters", admin, "text/plain", "hello", None),
    ("no token", "GET", "/api/v1/clusters", None, None, None, None),
    ("user on an admin operation", "POST", "/api/v1/clusters", user, "application/json", json.dumps(good), None),
    ("unknown occupation", "GET", "/api/v1/occupations/99-9999.99", user, None, None, None),
    ("no such resource", "GET", "/api/v1/nothing-here", user, None, None, None),
    ("method not allowed", "DELETE", "/api/v1/occupations", user, None, None, None),
    ("Accept: text/csv", "GET", "/api/v1/occupations", user, None, None, None),
]
print("| case | status | media type | names the field | members |")
print("|---|---|---|---|---|")
for name, method, path, token, ctype, body, field in cases:
    req = urllib.request.Request(base + path, method=method, data=None if body is None else body.encode())
    if token:
        req.add_header("Authorization", "Bearer " + token)
    if ctype:
        req.add_header("Content-Type", ctype)
    if name.startswith("Accept"):
        req.add_header("Accept", "text/csv")
    try:
        with urllib.request.urlopen(req) as r:
            status, headers, text = r.status, r.headers, r.read().decode()
    except urllib.error.HTTPError as e:
        status, headers, text = e.code, e.headers, e.read().decode()
    media = (headers.get("Content-Type") or "-").split(";")[0]
    try:
        doc = json.loads(text)
        members = ", ".join(sorted(doc.keys())) if isinstance(doc, dict) else type(doc).__name__
    except ValueError:
        doc, members = None, "not JSON" if text else "empty"
    rest = json.dumps({k: v for k, v in doc.items() if k not in ("type", "title")}) if isinstance(doc, dict) else ""
    named = "-" if field is None else ("yes" if field in rest else "no")
    print(f"| {name} | {status} | {media} | {named} | {members} |")
PY
