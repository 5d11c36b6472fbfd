#!/usr/bin/env bash
# Measures the worker end to end on a throwaway PostgreSQL with the server's default settings (fsync on): for each
# portfolio size, the first day (a year of backlog: every overdue invoice's first step and penalties) and the two days
# after it (what a daily run costs once the backlog is done). Usage: benchmarks/worker/measure.sh [sizes...]
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<< "${sizes[*]}"

bin=$(dirname "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | tail -n 1)")
run_as=(); [ "$(id -u)" -eq 0 ] && run_as=(runuser -u postgres --)
folder=$(mktemp -d /tmp/rw-bench-XXXX); chmod 755 "$folder"; [ "$(id -u)" -eq 0 ] && chown postgres "$folder"
trap '"${run_as[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$folder"' EXIT
"${run_as[@]}" "$bin/initdb" -D "$folder/data" --auth=trust -U postgres --no-instructions >/dev/null
"${run_as[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/log" -w -o "-k $folder -c listen_addresses=''" start >/dev/null

dotnet build -c Release samples/Recouvrement.Worker >/dev/null
worker=(dotnet samples/Recouvrement.Worker/bin/Release/net10.0/recouvrement-worker.dll)
elapsed() { sed -n 's/.* in \([0-9:.]*\)$/\1/p' | tail -n 1 | awk -F: '{ printf "%.1f", $1 * 3600 + $2 * 60 + $3 }'; }

echo "| accounts | first day (s) | next days (s, each) | per account, next days (ms) | actions a day after |"
echo "|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  psql -q -h "$folder" -U postgres -c "CREATE DATABASE bench$n" postgres
  cs="Host=$folder;Username=postgres;Database=bench$n"
  first=$("${worker[@]}" --once --date 2026-03-02 --seed "$n" --connection "$cs" 2>&1 | elapsed)
  second=$("${worker[@]}" --once --date 2026-03-03 --connection "$cs" 2>&1 | elapsed)
  third=$("${worker[@]}" --once --date 2026-03-04 --connection "$cs" 2>&1 | elapsed)
  actions=$(psql -tA -h "$folder" -U postgres -c "SELECT count(*) FROM recouvrement.actions WHERE run_date = '2026-03-04'" "bench$n")
  echo "| $n | $first | $second, $third | $(awk -v a="$second" -v b="$third" -v n="$n" 'BEGIN { printf "%.2f", (a + b) / 2 * 1000 / n }') | $actions |"
done
