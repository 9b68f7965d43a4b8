#!/usr/bin/env bash
# Benchmarks the teacher's assignment gallery (issue 6, point 8): a class with 500 photo-like images of provider size
# (1-3 MB PNGs, real thumbnails), wrk at 50 connections on the gallery page (48 thumbnails, pages 1-10 in turn), on
# the thumbnails of a page, and on GET /bench/ping, a signed-in text endpoint of the same app (test sources only) as
# the yardstick. The teacher signs in through the real OIDC code flow of the container-free OIDC Dev Service.
# Targets: throughput >= 0.5 x the yardstick's, p99 < 50 ms; thumbnails <= 10 % of the full images' bytes.
#
#   bench/gallery-bench.sh            # 15 s per measured run, 20 s warm-up per target (about 5 minutes in all)
#   BENCH_SECONDS=5 BENCH_WARMUP_SECONDS=2 bench/gallery-bench.sh    # a quick look
#   bench/gallery-bench.sh -DargLine=-XX:StartFlightRecording=filename=target/gallery.jfr   # with a JFR profile
#
# How: the app runs as a @QuarkusTest (embedded PostgreSQL and the OIDC Dev Service exist there), in
# src/test/java/org/edu4all/studio/bench/GalleryBench.java, which surefire runs only when asked (-Dbench=gallery).
# wrk runs as a separate process on the same machine, so it shares the CPUs with the app: the ratio to the yardstick,
# measured in the same run, is the number that travels between machines.
# Writes bench/results/gallery-<UTC date>.json and .txt (a summary with PASS/FAIL lines) and gallery-latest.txt.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p bench/results

# wrk for the load; Debian's Chromium signs the demo users in through the real OIDC pages, as in the browser tests.
if ! command -v wrk >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1 \
    || ! command -v chromedriver >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq wrk chromium chromium-driver >/dev/null
fi

# Maven, the test JVM and the embedded PostgreSQL it starts all stop with this script, even on Ctrl-C.
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT

echo "gallery-bench: load average at start $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
./mvnw -B -ntp -q test -Dquarkus.http.test-port=0 -Dtest=GalleryBench -Dbench=gallery \
  -Dbench.seconds="${BENCH_SECONDS:-15}" -Dbench.warmup-seconds="${BENCH_WARMUP_SECONDS:-20}" \
  -Dbench.results="$root/bench/results" \
  -Dbench.extra-options="$*" "$@" &
wait $!
echo "gallery-bench: summary in bench/results/gallery-latest.txt"
