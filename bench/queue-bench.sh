#!/usr/bin/env bash
# Benchmarks the generation queue (issue 5, point 7) on the packaged app (quarkus-run.jar, prod profile, its own JVM
# with -Xmx512m, its heap sampled with jstat every second): 1,000 requests posted through the prompt form by 40
# signed-in students, 200 worker threads, a stub provider with a fixed 10 s latency, and a student's page loaded with
# wrk while idle and under that load, in the same run.
# Targets: app overhead per generation (end-to-end minus the stub's own time for that call) p99 < 20 ms; heap
# <= 512 MB throughout; the student page's p99 under load <= 1.5 x its idle p99 (40 s of polling each).
# 3,000 unmeasured requests run first, so that the JIT has settled, as on a server that has been up for days.
#
#   bench/queue-bench.sh                       # about 6-8 minutes: build, app start, warm-up, 1,000 requests, wrk
#   BENCH_REQUESTS=200 BENCH_WARMUP_REQUESTS=200 BENCH_RESULTS=/tmp/q bench/queue-bench.sh   # a quick look
#   bench/queue-bench.sh -Dedu4all.generation.worker-threads=100 -XX:+UseShenandoahGC   # options for the app's JVM
#
# The stub is StubProvider (src/test/java/.../bench), started here as its own JVM so its threads and heap are not
# the app's; the benchmark gives it its one answer, OpenAI-shaped with a real 1024x1024 PNG, sent after 10 s. It is
# not WireMock (which the provider tests use): under 200 delayed calls WireMock's own answers came up to 300 ms late.
# The stub reports its own lateness, and the summary shows it. The driver is the test QueueBench (a plain JUnit test,
# in the Maven test JVM): it starts an embedded PostgreSQL, an OIDC provider (WireMock, answering the app's real code
# flow) and the packaged app with the settings in QueueBench.APP_OPTIONS (the OpenAI adapter pointed at the stub, 200
# worker threads, the per-provider caps lifted); it lifts the daily limits in the database, which would otherwise
# throttle it (they are what a real deployment sets to its quota). The app's log: target/queue-bench-app.log.
# bench/stall-meter.py runs alongside, one real-time thread per CPU recording when the machine itself kept a CPU from
# it (target/queue-bench-stalls.csv); the summary lines those stalls, and the app's safepoints, up with the slowest
# requests.
# Writes bench/results/queue-<UTC date>.json and .txt (a summary with PASS/FAIL lines) and queue-latest.txt.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p bench/results target

# wrk for the load (the students' browsers are the driver's own HTTP clients).
if ! command -v wrk >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq wrk >/dev/null
fi

stub_pid=""
meter_pid=""
cleanup() {
  [[ -n "$stub_pid" ]] && kill "$stub_pid" 2>/dev/null || true
  [[ -n "$meter_pid" ]] && kill "$meter_pid" 2>/dev/null || true
  kill $(jobs -p) 2>/dev/null || true
}
trap cleanup EXIT

# The packaged app, and the stub provider: a class of the test sources (bench/StubProvider), run as its own JVM on
# the test classpath.
./mvnw -B -ntp -q package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/queue-bench.classpath \
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

# The machine's own stalls, recorded throughout (bench/stall-meter.py; real-time priority as root): the summary says
# how much of the slowest requests' time fell into them.
python3 bench/stall-meter.py target/queue-bench-stalls.csv 2> target/queue-bench-stall-meter.log &
meter_pid=$!

echo "queue-bench: load average at start $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs; stub on port $stub_port"
./mvnw -B -ntp -q test -Dtest=QueueBench -Dbench=queue \
  -Dbench.stub-url="http://127.0.0.1:$stub_port" -Dbench.stub-pid="$stub_pid" -Dbench.requests="${BENCH_REQUESTS:-1000}" \
  -Dbench.warmup-requests="${BENCH_WARMUP_REQUESTS:-3000}" \
  -Dbench.warmup-latency-ms="${BENCH_WARMUP_LATENCY_MS:-10000}" \
  -Dbench.page-seconds="${BENCH_PAGE_SECONDS:-40}" -Dbench.results="${BENCH_RESULTS:-$root/bench/results}" \
  -Dbench.extra-options="$*" &
wait $!
echo "queue-bench: summary in ${BENCH_RESULTS:-bench/results}/queue-latest.txt"
