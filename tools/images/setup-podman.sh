#!/usr/bin/env bash
# Installs and configures podman for building and running the images on a host without Docker (Debian 12): the
# packages, then a system-wide containers.conf that keeps container limits within the host's own (the host refuses
# raising them) and uses runc (crun cannot run on a hybrid cgroup layout). Idempotent; run as root.
set -euo pipefail
if ! command -v podman >/dev/null || ! command -v buildah >/dev/null || ! command -v debootstrap >/dev/null || ! python3 -c "import yaml" 2>/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman buildah runc uidmap slirp4netns debootstrap python3-yaml >/dev/null
fi
mkdir -p /etc/containers
if ! grep -q 'careercompass' /etc/containers/containers.conf 2>/dev/null; then
  cat >>/etc/containers/containers.conf <<'CONF'
# careercompass: limits within the host's, runc instead of crun
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]

[engine]
runtime = "runc"
CONF
fi
podman info --format '{{.Host.OCIRuntime.Name}} {{.Version.Version}}' >/dev/null
echo "podman $(podman --version | awk '{print $3}') ready (runtime $(podman info --format '{{.Host.OCIRuntime.Name}}'))"
