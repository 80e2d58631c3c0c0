#!/bin/sh
# Starts a Quarkus application the way the manifests expect of the image's launcher (the UBI OpenJDK images'
# run-java.sh, whose settings deploy/kubernetes uses): a heap of JAVA_MAX_MEM_RATIO percent of the container's memory
# (default 80), the collector of GC_CONTAINER_OPTIONS (default Parallel GC), heap given back when mostly free, exit on
# OutOfMemoryError, then JAVA_OPTS and JAVA_OPTS_APPEND, then JAVA_APP_JAR. Installed by tools/images/jre.Containerfile
# in the local base image, at the path the UBI images use, so one Containerfile serves both bases.
set -e
# shellcheck disable=SC2086 # the option variables hold several options each
exec java -XX:MaxRAMPercentage="${JAVA_MAX_MEM_RATIO:-80}" ${GC_CONTAINER_OPTIONS:--XX:+UseParallelGC} \
  -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:+ExitOnOutOfMemoryError \
  ${JAVA_OPTS:-} ${JAVA_OPTS_APPEND:-} -jar "${JAVA_APP_JAR:-/deployments/quarkus-run.jar}" "$@"
