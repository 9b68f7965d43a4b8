#!/usr/bin/env bash
# Benchmarks the policy engine (JMH): one 500-character prompt against the default list plus 5,000 synthetic terms,
# next to a naive loop of one \bterm\b regex per term. Targets: engine p99 < 100 us, and >= 10x faster than the loop.
#
#   bench/policy-bench.sh [extra JMH options, e.g. -wi 1 -i 2 for a quick look]
#
# Writes bench/results/policy-<UTC date>.json (JMH's full result) and bench/results/policy-latest.txt (a summary).
# It builds with ./mvnw test-compile (the pom runs JMH's annotation processor) and takes the test classpath from
# dependency:build-classpath. Set POLICY_BENCH_CLASSPATH to skip Maven and use a classpath you built yourself
# (it must hold the compiled benchmark with its META-INF/BenchmarkList, the app classes, jmh-core and jackson).
# Benchmarks want a quiet machine: the summary records the load average at the start.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="bench/results"
mkdir -p "$results"
stamp="$(date -u +%Y%m%d-%H%M%S)"
json="$results/policy-$stamp.json"

if [[ -n "${POLICY_BENCH_CLASSPATH:-}" ]]; then
  classpath="$POLICY_BENCH_CLASSPATH"
else
  ./mvnw -q test-compile -DskipTests
  cp_file="target/policy-bench.classpath"
  ./mvnw -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
  classpath="target/test-classes:target/classes:$(cat "$cp_file")"
fi

load="load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown), CPUs: $(nproc 2>/dev/null || echo '?')"
echo "policy-bench: $load"

java -cp "$classpath" org.openjdk.jmh.Main 'policy\.bench\.PolicyBenchmark' -rf json -rff "$json" "$@"

java -cp "$classpath" org.edu4all.studio.policy.bench.BenchSummary "$json" "$results/policy-latest.txt" "$load"
echo "policy-bench: results in $json and $results/policy-latest.txt"
