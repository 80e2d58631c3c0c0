#!/usr/bin/env bash
# Builds the images with podman: the three services, and the PostgreSQL and Keycloak images the pod of
# tools/images/stack.sh runs (and the Testcontainers path of the tests uses).
# - Services: on the UBI OpenJDK base their Containerfiles default to when a registry answers; without one (BASE=local,
#   or registry.access.redhat.com does not answer), on a local Java 17 base made from Debian packages: debootstrap ->
#   localhost/debian-min:bookworm -> localhost/careercompass-jre:17. Build the services first: ./mvnw package -DskipTests
# - localhost/careercompass-postgres:15: PostgreSQL 15 from Debian's packages (tools/images/postgres.Containerfile).
# - localhost/careercompass-keycloak:<run.sh's version>: Keycloak's distribution from Maven Central on the Debian base,
#   with a Java runtime linked from this machine's JDK 21+ (tools/images/keycloak.Containerfile).
# Usage: tools/images/build.sh [services] [postgres] [keycloak]   (default: all three)
#   env: BASE=auto|local|<image>, TAG=0.1.0, MIRROR=<Debian mirror, default apt's>, KC_JAVA_HOME=<JDK 21+>
set -euo pipefail
trap 'echo "tools/images/build.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/../.."
TAG=${TAG:-0.1.0}
BASE=${BASE:-auto}
PARTS=("$@")
[ ${#PARTS[@]} -gt 0 ] || PARTS=(services postgres keycloak)
KEYCLOAK_VERSION=$(sed -n 's/^KEYCLOAK_VERSION=//p' run.sh)

timed() { # timed LABEL IMAGE COMMAND...: runs a build and prints the image's size and the time it took
  local label=$1 image=$2 t0; shift 2
  t0=$(date +%s)
  "$@" >/dev/null
  echo "$label: $image, $(podman image inspect --format '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}'), built in $(( $(date +%s) - t0 )) s"
}

debian_base() { # localhost/debian-min:bookworm, made once with debootstrap from the mirror apt uses
  podman image exists localhost/debian-min:bookworm && return 0
  local mirror rootfs
  mirror=${MIRROR:-$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)}
  rootfs=$(mktemp -d)
  debootstrap --variant=minbase bookworm "$rootfs" "${mirror:-http://deb.debian.org/debian}" >/dev/null
  tar -C "$rootfs" -c . | podman import -q - localhost/debian-min:bookworm >/dev/null
  rm -rf "$rootfs"
}

services() {
  local build_args=() base=$BASE
  if [ "$base" = auto ]; then
    if curl -sf -m 5 -o /dev/null https://registry.access.redhat.com/v2/; then base=registry; else base=local; fi
  fi
  if [ "$base" = local ]; then
    debian_base
    podman build -q -f tools/images/jre.Containerfile -t localhost/careercompass-jre:17 tools/images >/dev/null
    build_args+=(--build-arg BASE=localhost/careercompass-jre:17)
  elif [ "$base" != registry ]; then
    build_args+=(--build-arg "BASE=$base")
  fi
  local revision source
  revision=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
  source=$(git remote get-url origin 2>/dev/null || echo unknown)
  for svc in occupation-catalog-service assessment-service plan-service; do
    [ -f "$svc/target/quarkus-app/quarkus-run.jar" ] || { echo "tools/images/build.sh: $svc is not packaged (./mvnw package -DskipTests)" >&2; exit 1; }
    timed "$svc" "ghcr.io/careercompass/$svc:$TAG" podman build -q --format docker "${build_args[@]}" \
      --build-arg VERSION="$TAG" --build-arg REVISION="$revision" --build-arg SOURCE="$source" \
      -f "$svc/src/main/docker/Dockerfile.jvm" -t "ghcr.io/careercompass/$svc:$TAG" "$svc"
  done
}

postgres() {
  debian_base
  timed postgres localhost/careercompass-postgres:15 podman build -q --format docker \
    -f tools/images/postgres.Containerfile -t localhost/careercompass-postgres:15 tools/images
}

keycloak() {
  debian_base
  local java=${KC_JAVA_HOME:-} context zip=target/images/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip
  if [ -z "$java" ]; then
    for candidate in /usr/lib/jvm/temurin-2[1-9]* /usr/lib/jvm/java-2[1-9]* /usr/lib/jvm/temurin-[3-9]*; do
      [ -x "$candidate/bin/jlink" ] && java=$candidate && break
    done
  fi
  [ -n "$java" ] || { echo "tools/images/build.sh: the Keycloak image needs a JDK 21+ with jlink (set KC_JAVA_HOME)" >&2; exit 1; }
  if [ ! -f "$zip" ]; then
    ./mvnw -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory=target/images
  fi
  context=$(mktemp -d)
  "$java/bin/jlink" --add-modules "$("$java/bin/java" --list-modules | sed 's/@.*//' | grep -vx 'jdk.jlink\|jdk.jpackage\|jdk.incubator.vector' | paste -sd,)" --strip-debug \
    --no-man-pages --no-header-files --output "$context/jre" 2>/dev/null
  (cd "$context" && unzip -q "$OLDPWD/$zip" && mv "keycloak-$KEYCLOAK_VERSION" keycloak)
  timed keycloak "localhost/careercompass-keycloak:$KEYCLOAK_VERSION" podman build -q --format docker \
    --build-arg VERSION="$KEYCLOAK_VERSION" -f tools/images/keycloak.Containerfile \
    -t "localhost/careercompass-keycloak:$KEYCLOAK_VERSION" "$context"
  rm -rf "$context"
}

for part in "${PARTS[@]}"; do
  case $part in
    services | postgres | keycloak) "$part" ;;
    *) echo "tools/images/build.sh: unknown part $part (services, postgres, keycloak)" >&2; exit 2 ;;
  esac
done
