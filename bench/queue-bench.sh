#!/usr/bin/env bash
# Benchmarks the generation queue (issue 5, point 7): 1,000 requests queued through the real submit service, 200
# worker threads, a stub provider with a fixed 10 s latency, the app's heap capped at 512 MB and sampled with jstat
# every second, and a student's page loaded with wrk while idle and under that load, in the same run.
# Targets: app overhead per generation (end-to-end minus the stub's own time for that call) p99 < 20 ms; heap
# <= 512 MB throughout; the student page's p99 under load <= 1.5 x its idle p99 (40 s of polling each).
# 3,000 unmeasured requests run first, so that the JIT has settled, as on a server that has been up for days.
#
#   bench/queue-bench.sh                       # about 6-8 minutes: build, app start, warm-up, 1,000 requests, wrk
#   BENCH_REQUESTS=200 BENCH_WARMUP_REQUESTS=200 bench/queue-bench.sh    # a quick look
#   bench/queue-bench.sh -Dedu4all.generation.worker-threads=100   # extra -D options go to the app
#
# The stub is StubProvider (src/test/java/.../bench), started here as its own JVM so its threads and heap are not
# the app's; the benchmark gives it its one answer, OpenAI-shaped with a real 1024x1024 PNG, sent after 10 s. It is
# not WireMock (which the provider tests use): under 200 delayed calls WireMock's own answers came up to 300 ms late.
# The stub reports its own lateness, and the summary shows it. The app is the @QuarkusTest QueueBench (embedded
# PostgreSQL, the OIDC Dev Service for the student's session) with the QueueBenchProfile: the OpenAI adapter pointed at the stub and
# 200 worker threads; the profile lifts the per-provider caps and the bench the daily limits, which would otherwise
# throttle it (they are what a real deployment sets to its quota). -Xmx512m caps the test JVM, which holds the app
# and the test harness: the heap numbers are an upper bound for the app alone.
# Writes bench/results/queue-<UTC date>.json and .txt (a summary with PASS/FAIL lines) and queue-latest.txt.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p bench/results target

# wrk for the load; Debian's Chromium signs the demo users in through the real OIDC pages, as in the browser tests.
if ! command -v wrk >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1 \
    || ! command -v chromedriver >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq wrk chromium chromium-driver >/dev/null
fi

stub_pid=""
cleanup() {
  [[ -n "$stub_pid" ]] && kill "$stub_pid" 2>/dev/null || true
  kill $(jobs -p) 2>/dev/null || true
}
trap cleanup EXIT

# The stub provider is a class of the test sources (bench/StubProvider), run as its own JVM on the test classpath.
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/queue-bench.classpath \
  -Dmdep.includeScope=test

stub_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/queue-bench.classpath)" \
  org.edu4all.studio.bench.StubProvider "$stub_port" 10000 > target/queue-bench-stub.log 2>&1 &
stub_pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$stub_port/__health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "http://127.0.0.1:$stub_port/__health" >/dev/null || { echo "queue-bench: stub did not start" >&2; exit 1; }

echo "queue-bench: load average at start $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs; stub on port $stub_port"
./mvnw -B -ntp -q test -Dquarkus.http.test-port=0 -Dtest=QueueBench -Dbench=queue -DargLine=-Xmx512m \
  -Dbench.stub-url="http://127.0.0.1:$stub_port" -Dbench.requests="${BENCH_REQUESTS:-1000}" \
  -Dbench.warmup-requests="${BENCH_WARMUP_REQUESTS:-3000}" \
  -Dbench.page-seconds="${BENCH_PAGE_SECONDS:-40}" -Dbench.results="$root/bench/results" \
  -Dbench.extra-options="$*" "$@" &
wait $!
echo "queue-bench: summary in bench/results/queue-latest.txt"
