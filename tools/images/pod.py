#!/usr/bin/env python3
"""Turns the dev overlay's rendered manifests (stdin: kubectl kustomize deploy/kubernetes/overlays/dev) into one pod
for `podman play kube` (stdout): the three service Deployments' containers as rendered (image, environment, probes,
limits, security context, volumes), Keycloak as its Deployment runs it, and PostgreSQL in place of the CloudNativePG
cluster, all on one machine. What changes, and only that:
- the pod shares the host's network (as ./run.sh runs): service names become localhost, Keycloak listens on 8180
  (management 9180), PostgreSQL on PGPORT (default 15432) so a server already on 5432 is left alone; the port lists go
  (podman refuses port mappings on the host's network) and named probe ports become numbers;
- the Secrets the operator creates in Kubernetes get the development values (never for production);
- PostgreSQL and Keycloak use the images tools/images/build.sh makes (no registry needed); the PostgreSQL data lives in the podman volume careercompass-pgdata, which outlives the pod.
"""
import os
import re
import sys

import yaml

PG_PORT = int(os.environ.get("PGPORT", "15432"))
KC_PORT, KC_MANAGEMENT_PORT = 8180, 9180
KEYCLOAK_IMAGE = os.environ["KEYCLOAK_IMAGE"]
POSTGRES_IMAGE = os.environ.get("POSTGRES_IMAGE", "localhost/careercompass-postgres:15")
SECRETS = {  # development values for the Secrets the operators create
    "careercompass-db-app": {"username": "careercompass", "password": "careercompass-dev"},
    "keycloak-admin": {"username": "kcadmin", "password": "kcadmin"},
}
SERVICES = ["occupation-catalog-service", "assessment-service", "plan-service"]

docs = [d for d in yaml.safe_load_all(sys.stdin) if d]
config = next(d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"] == "career-compass-config")
realm = next(d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("keycloak-realm"))
deployments = {d["metadata"]["name"]: d for d in docs if d["kind"] == "Deployment"}
ports = {}  # service name -> its http port, to rewrite http://<service>:<port>
for name in SERVICES:
    ports[name] = deployments[name]["spec"]["template"]["spec"]["containers"][0]["ports"][0]["containerPort"]


def local(value):
    """A value with the cluster's host names replaced by the one machine's."""
    value = value.replace("careercompass-db-rw:5432", f"localhost:{PG_PORT}")
    value = value.replace("keycloak:8080", f"localhost:{KC_PORT}")
    return re.sub(r"http://([a-z-]+):(\d+)", lambda m: f"http://localhost:{m.group(2)}" if m.group(1) in ports else m.group(0), value)


def resolve_env(env):
    out = []
    for var in env:
        ref = var.get("valueFrom", {})
        if "configMapKeyRef" in ref:
            value = config["data"][ref["configMapKeyRef"]["key"]]
        elif "secretKeyRef" in ref:
            value = SECRETS[ref["secretKeyRef"]["name"]][ref["secretKeyRef"]["key"]]
        else:
            value = var["value"]
        out.append({"name": var["name"], "value": local(str(value))})
    return out


def numbered_probes(container, names):
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        get = container.get(probe, {}).get("httpGet")
        if get and isinstance(get["port"], str):
            get["port"] = names[get["port"]]


containers, volumes = [], []
containers.append({
    "name": "postgres",
    "image": POSTGRES_IMAGE,
    "env": [{"name": "POSTGRES_USER", "value": SECRETS["careercompass-db-app"]["username"]},
            {"name": "POSTGRES_PASSWORD", "value": SECRETS["careercompass-db-app"]["password"]},
            {"name": "POSTGRES_DB", "value": "careercompass"},
            {"name": "PGPORT", "value": str(PG_PORT)}],
    "volumeMounts": [{"name": "pgdata", "mountPath": "/var/lib/postgresql/data"}],
})
volumes.append({"name": "pgdata", "persistentVolumeClaim": {"claimName": "careercompass-pgdata"}})

keycloak = deployments["keycloak"]["spec"]["template"]["spec"]
kc = keycloak["containers"][0]
kc["image"] = KEYCLOAK_IMAGE
kc["args"] = kc["args"] + [f"--http-port={KC_PORT}", f"--http-management-port={KC_MANAGEMENT_PORT}"]
kc["env"] = resolve_env(kc.get("env", []))
numbered_probes(kc, {"http": KC_PORT, "management": KC_MANAGEMENT_PORT})
kc.pop("ports")  # on the host's network a container listens where it is told; podman refuses port mappings there
kc.pop("resources", None)  # requests are scheduling hints; the limit stays Kubernetes' business here
containers.append(kc)
for volume in keycloak.get("volumes", []):
    volumes.append(volume)
# Keycloak's own database (dev-file) outlives the pod too: the users keep their ids, which own their plans
kc.setdefault("volumeMounts", []).append({"name": "keycloak-data", "mountPath": "/opt/keycloak/data/h2"})
volumes.append({"name": "keycloak-data", "persistentVolumeClaim": {"claimName": "careercompass-keycloak-data"}})

for name in SERVICES:
    spec = deployments[name]["spec"]["template"]["spec"]
    container = spec["containers"][0]
    container["env"] = resolve_env(container.get("env", []))
    numbered_probes(container, {p["name"]: p["containerPort"] for p in container.pop("ports")})
    containers.append(container)
    for volume in spec.get("volumes", []):
        volumes.append(dict(volume, name=f"{name}-{volume['name']}"))
        for mount in container.get("volumeMounts", []):
            if mount["name"] == volume["name"]:
                mount["name"] = f"{name}-{volume['name']}"

pod = {
    "apiVersion": "v1",
    "kind": "Pod",
    "metadata": {"name": "career-compass", "labels": {"app.kubernetes.io/part-of": "career-compass"}},
    "spec": {"hostNetwork": True, "restartPolicy": "Always", "containers": containers, "volumes": volumes,
             "securityContext": {"seccompProfile": {"type": "RuntimeDefault"}}},
}
realm["metadata"].pop("namespace", None)
print("# Generated by tools/images/pod.py from deploy/kubernetes/overlays/dev; run with tools/images/stack.sh")
yaml.safe_dump_all([realm, pod], sys.stdout, sort_keys=False)
