#!/usr/bin/env bash
# Kill -9 during writes loses nothing acknowledged.
#
# Starts the app (Release build, Development environment for the demo accounts) on a new SQLite
# file, has scripts/fault-drill sign in as the demo officer in Chromium and save results without
# pause through the result form and the import, and kills the app with SIGKILL at a random moment
# while it does. Then restarts the app on the same file and checks that:
#   - the database is intact (PRAGMA integrity_check);
#   - for every write the app confirmed on screen ("Draft saved", "Imported"), the result holds
#     that write or a later one, and its audit entry is there.
# Repeats for ROUNDS rounds (default 3). Exits non-zero on any loss. Needs /usr/bin/chromium and sqlite3.
#
#   scripts/kill-during-write.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
PORT=${PORT:-5391}
WORK=$(mktemp -d)
DB="$WORK/app.db"
ACKS="$WORK/acknowledged.txt"
APP_DLL=src/CouncilPerformance.Web/bin/Release/net10.0/CouncilPerformance.Web.dll
DRILL_DLL=scripts/fault-drill/bin/Release/net10.0/FaultDrill.dll
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
app_pid=

cleanup() {
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

if [ "${1:-}" != "--no-build" ]; then
    dotnet build src/CouncilPerformance.Web -c Release -m:1 -v q -nologo
    dotnet build scripts/fault-drill -c Release -m:1 -v q -nologo
fi
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed for the checks (apt-get install -y sqlite3)"; exit 1; }
: > "$ACKS"

start_app() {
    ASPNETCORE_ENVIRONMENT=Development \
    ConnectionStrings__DefaultConnection="Data Source=$DB" \
    Reminders__Enabled=false \
    Email__PickupDirectory="$WORK/mail" \
    Serilog__WriteTo__1__Args__path="$WORK/logs/app-.log" \
    dotnet "$APP_DLL" --urls "http://127.0.0.1:$PORT" --contentRoot "$PWD/src/CouncilPerformance.Web" >>"$WORK/app.out" 2>&1 &
    app_pid=$!
    # A new database is migrated and seeded first: on a busy machine that takes a while.
    for _ in $(seq 1 600); do
        if curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1; then return 0; fi
        sleep 0.5
    done
    echo "The app did not become healthy:"; tail -20 "$WORK/app.out"; exit 1
}

q() { sqlite3 -batch -noheader "$DB" "$1"; }

check() {
    local integrity lost=0 checked=0
    integrity=$(q "PRAGMA integrity_check;")
    echo "  integrity_check: $integrity"
    [ "$integrity" = "ok" ] || lost=1
    # The last confirmed write of each KPI must be there, or a later one (confirmed or not).
    while read -r code n; do
        checked=$((checked + 1))
        held=$(q "SELECT r.Commentary FROM Results r JOIN Kpis k ON k.Id = r.KpiId JOIN ReportingPeriods p ON p.Id = r.ReportingPeriodId WHERE k.Code = '$code' AND p.StartYear = 2025;")
        held_n=${held#drill write }
        audits=$(q "SELECT count(*) FROM AuditEntries WHERE EntityType = 'Result' AND Changes LIKE '%\"drill write $n\"%';")
        if [ -z "$held" ] || [ "$held_n" -lt "$n" ] 2>/dev/null; then
            echo "  LOST: $code write $n was confirmed but the result holds '${held:-nothing}'"; lost=1
        fi
        if [ "$audits" -lt 1 ]; then
            echo "  LOST: $code write $n was confirmed but has no audit entry"; lost=1
        fi
    done < "$ACKS"
    echo "  confirmed writes checked: $checked; lost: $([ $lost -eq 0 ] && echo none || echo SOME)"
    return $lost
}

status=0
for round in $(seq 1 "$ROUNDS"); do
    echo "== Round $round of $ROUNDS"
    start_app
    before=$(wc -l < "$ACKS")
    dotnet "$DRILL_DLL" write "http://127.0.0.1:$PORT" "$ACKS" $(( round * 1000 )) > "$WORK/drill.out" 2>&1 &
    drill_pid=$!
    # Wait until writes are flowing (between two and seven confirmed this round, at random, so
    # that some rounds reach an import), then kill at a random moment of the next few writes.
    threshold=$(( 2 + RANDOM % 6 ))
    for _ in $(seq 1 600); do
        [ $(( $(wc -l < "$ACKS") - before )) -ge "$threshold" ] && break
        kill -0 "$drill_pid" 2>/dev/null || break
        sleep 0.2
    done
    delay=$(( RANDOM % 4 )).$(( RANDOM % 10 ))
    sleep "$delay"
    kill -9 "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=
    echo "  killed the app with SIGKILL ${delay} s after confirmed write $(( $(wc -l < "$ACKS") - before )) of the round"
    wait "$drill_pid" || true
    echo "  drill: $(grep -c ") confirmed" "$WORK/drill.out" | tr -d ' ') confirmed this round; last lines:"
    tail -2 "$WORK/drill.out" | sed 's/^/    /'
    echo "  restarting on the same database file"
    start_app
    if ! check; then status=1; fi
    echo "  writes confirmed so far: $(wc -l < "$ACKS" | tr -d ' ') (this round $(( $(wc -l < "$ACKS") - before )))"
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=
done

if [ $status -eq 0 ]; then echo "kill-during-write: nothing acknowledged was lost"; else echo "kill-during-write: FAILED"; fi
exit $status
