#!/usr/bin/env python3
"""Signs an RS256 access token for the benchmarks with a local private key (openssl does the RSA).

usage: bench/jwt.py KEY.pem USERNAME ROLE[,ROLE...]
"""
import base64
import json
import subprocess
import sys
import time


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


key, user, roles = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
now = int(time.time())
header = b64(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
claims = b64(json.dumps({"iss": "bench", "sub": user + "-id", "preferred_username": user, "groups": roles,
                         "iat": now, "exp": now + 3600}).encode())
signature = subprocess.run(["openssl", "dgst", "-sha256", "-sign", key], input=f"{header}.{claims}".encode(),
                           capture_output=True, check=True).stdout
print(f"{header}.{claims}.{b64(signature)}")
