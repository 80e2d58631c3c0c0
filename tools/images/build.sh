#!/usr/bin/env bash
# Builds the three service images with podman. With a registry reachable, on the UBI OpenJDK base the Containerfiles
# default to; without one (BASE=local, or when registry.access.redhat.com does not answer), on a local Java 17 base
# made from Debian packages: debootstrap -> localhost/debian-min:bookworm -> localhost/careercompass-jre:17.
# Usage: tools/images/build.sh   (env: BASE=auto|local|<image>, TAG=0.1.0, MIRROR=<Debian mirror, default apt's>)
# Build the services first: ./mvnw package -DskipTests
set -euo pipefail
trap 'echo "tools/images/build.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/../.."
TAG=${TAG:-0.1.0}
BASE=${BASE:-auto}
if [ "$BASE" = auto ]; then
  if curl -sf -m 5 -o /dev/null https://registry.access.redhat.com/v2/; then BASE=registry; else BASE=local; fi
fi
build_args=()
if [ "$BASE" = local ]; then
  if ! podman image exists localhost/debian-min:bookworm; then
    # the mirror apt uses (its first active URIs line), else Debian's
    mirror=${MIRROR:-$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}
    rootfs=$(mktemp -d)
    debootstrap --variant=minbase bookworm "$rootfs" "${mirror:-http://deb.debian.org/debian}" >/dev/null
    tar -C "$rootfs" -c . | podman import -q - localhost/debian-min:bookworm >/dev/null
    rm -rf "$rootfs"
  fi
  podman build -q -f tools/images/jre.Containerfile -t localhost/careercompass-jre:17 tools/images >/dev/null
  build_args+=(--build-arg BASE=localhost/careercompass-jre:17)
elif [ "$BASE" != registry ]; then
  build_args+=(--build-arg "BASE=$BASE")
fi
revision=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
source=$(git remote get-url origin 2>/dev/null || echo unknown)
for svc in occupation-catalog-service assessment-service plan-service; do
  t0=$(date +%s)
  podman build -q --format docker "${build_args[@]}" --build-arg VERSION="$TAG" --build-arg REVISION="$revision" \
    --build-arg SOURCE="$source" -f "$svc/src/main/docker/Dockerfile.jvm" -t "ghcr.io/careercompass/$svc:$TAG" "$svc" >/dev/null
  echo "$svc: ghcr.io/careercompass/$svc:$TAG, $(podman image inspect --format '{{.Size}}' "ghcr.io/careercompass/$svc:$TAG" | awk '{printf "%.0f MB", $1/1e6}'), built in $(( $(date +%s) - t0 )) s"
done
