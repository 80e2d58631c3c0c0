#!/usr/bin/env python3
"""Writes the production realm from the development realm: the same realm, roles, clients and token mappers, with no
users, no credentials, no direct access (password) grants and the production frontends as redirect URIs.

    python3 tools/realm/production-realm.py [dev-realm.json] [production-realm.json] [frontend-origin]

Defaults: deploy/kubernetes/overlays/dev/career-compass-realm.json -> deploy/kubernetes/base/career-compass-realm.json,
origin https://careercompass.example.org (the base ConfigMap's cors-origins). Run it after changing the development
realm; ManifestsTest fails when the committed production realm is not what this writes.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "deploy/kubernetes/overlays/dev/career-compass-realm.json"
target = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "deploy/kubernetes/base/career-compass-realm.json"
origin = sys.argv[3] if len(sys.argv) > 3 else "https://careercompass.example.org"

realm = json.loads(source.read_text(encoding="utf-8"))
realm.pop("users", None)
for client in realm.get("clients", []):
    client["directAccessGrantsEnabled"] = False
    client.pop("secret", None)
    client["redirectUris"] = [origin + "/*"]
    client["description"] = ("Public client: authorization code + PKCE only. Production realm written by"
                             " tools/realm/production-realm.py: no users, no password grant.")
target.write_text(json.dumps(realm, indent=2) + "\n", encoding="utf-8")
print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
