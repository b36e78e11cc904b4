#!/usr/bin/env bash
# Two app instances on one database behind nginx with sticky sessions.
#
# Starts instances A and B (Release build, Development environment for the demo accounts) on one
# SQLite file, and nginx (Debian's package) in front of them. nginx pins each browser to the
# instance that first served it (a cp_instance cookie, as a load balancer's affinity cookie would)
# and moves it to the other when its instance does not answer. Then checks, with curl:
#   1. signing in through nginx lands on one instance (the "first"), and pages there are signed in;
#   2. with the first instance stopped, the same browser is served by the other, still signed in
#      (the cookie is read with the data-protection keys in the database);
#   3. after the first instance is started again, it accepts the same sign-in;
#   4. both instances started at the same moment run the reminder job at once, and each person is
#      e-mailed once (the lease in the database; e-mails go to one shared pickup folder).
# Exits non-zero when a check fails. Needs nginx (apt-get install -y nginx), curl and sqlite3.
#
#   scripts/two-instances.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

PORT_LB=${PORT_LB:-5420}
PORT_A=${PORT_A:-5421}
PORT_B=${PORT_B:-5422}
WORK=$(mktemp -d)
DB="$WORK/app.db"
MAIL="$WORK/mail"
JAR="$WORK/cookies.txt"
APP_DLL=src/CouncilPerformance.Web/bin/Release/net10.0/CouncilPerformance.Web.dll
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
declare -A pid=()
nginx_pid=
failures=0

cleanup() {
    for name in "${!pid[@]}"; do stop "$name"; done
    if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

pass() { echo "  ok: $*"; }
fail() { echo "  FAILED: $*"; failures=$((failures + 1)); }

if [ "${1:-}" != "--no-build" ]; then
    dotnet build src/CouncilPerformance.Web -c Release -m:1 -v q -nologo
fi
command -v nginx >/dev/null || { echo "nginx is needed: apt-get update && apt-get install -y nginx"; exit 1; }
mkdir -p "$MAIL" "$WORK/nginx"

port_of() { if [ "$1" = A ]; then echo "$PORT_A"; else echo "$PORT_B"; fi; }

# start NAME [KEY=VALUE...]: one instance on the shared database and mail folder.
start() {
    local name=$1; shift
    local port; port=$(port_of "$name")
    env ASPNETCORE_ENVIRONMENT=Development \
        ConnectionStrings__DefaultConnection="Data Source=$DB" \
        Email__PickupDirectory="$MAIL" \
        Serilog__WriteTo__1__Args__path="$WORK/logs/$name-.log" \
        "$@" \
        dotnet "$APP_DLL" --urls "http://127.0.0.1:$port" --contentRoot "$PWD/src/CouncilPerformance.Web" >>"$WORK/$name.out" 2>&1 &
    pid[$name]=$!
}

wait_healthy() {
    local port; port=$(port_of "$1")
    for _ in $(seq 1 600); do
        curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    echo "Instance $1 did not become healthy:"; tail -20 "$WORK/$1.out"; exit 1
}

stop() {
    local name=$1
    if [ -n "${pid[$name]:-}" ]; then
        kill "${pid[$name]}" 2>/dev/null || true
        wait "${pid[$name]}" 2>/dev/null || true
        unset "pid[$name]"
    fi
}

cat > "$WORK/nginx/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 256; }
http {
    access_log $WORK/nginx/access.log;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi;
    uwsgi_temp_path $WORK/nginx/uwsgi;
    scgi_temp_path $WORK/nginx/scgi;

    upstream councilperformance {
        server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=2s;
        server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=2s;
    }

    # Session affinity: a browser with a cp_instance cookie goes back to that instance.
    map \$cookie_cp_instance \$pinned {
        "127.0.0.1:$PORT_A" 127.0.0.1:$PORT_A;
        "127.0.0.1:$PORT_B" 127.0.0.1:$PORT_B;
        default councilperformance;
    }
    map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
    # After a failover \$upstream_addr lists every instance tried; the last one answered.
    map \$upstream_addr \$answered_by {
        "~(?<last>[0-9.]+:[0-9]+)\$" \$last;
        default \$upstream_addr;
    }

    server {
        listen 127.0.0.1:$PORT_LB;

        location / {
            proxy_pass http://\$pinned;
            include $WORK/nginx/proxy.conf;
            # The pinned instance is down: serve from the pool instead (and re-pin there).
            error_page 502 504 = @pool;
        }

        location @pool {
            proxy_pass http://councilperformance;
            include $WORK/nginx/proxy.conf;
        }
    }
}
NGINX
cat > "$WORK/nginx/proxy.conf" <<'NGINX'
proxy_http_version 1.1;
proxy_set_header Host $host;
proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
proxy_set_header X-Forwarded-Proto $scheme;
# Blazor's circuit runs over a WebSocket.
proxy_set_header Upgrade $http_upgrade;
proxy_set_header Connection $connection_upgrade;
proxy_connect_timeout 2s;
proxy_intercept_errors off;
add_header Set-Cookie "cp_instance=$answered_by; Path=/; HttpOnly; SameSite=Lax" always;
add_header X-Instance $answered_by always;
NGINX

LB="http://127.0.0.1:$PORT_LB"
instance_name() { case "$1" in *":$PORT_A") echo A ;; *":$PORT_B") echo B ;; *) echo "?($1)" ;; esac; }
# get PATH: prints "<status> <instance>" for a request through nginx with the browser's cookies.
get() {
    curl -sS -o "$WORK/body.html" -D "$WORK/headers.txt" -b "$JAR" -c "$JAR" -w '%{http_code}' "$LB$1" > "$WORK/status.txt"
    echo "$(cat "$WORK/status.txt") $(instance_name "$(grep -i '^X-Instance:' "$WORK/headers.txt" | tail -1 | tr -d '\r' | awk '{print $2}')")"
}

echo "== Starting instance A (migrates and seeds), then B, on one database; nginx in front"
start A Reminders__Enabled=false
wait_healthy A
start B Reminders__Enabled=false Database__MigrateAndSeed=false
wait_healthy B
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
nginx_pid=$!
for _ in $(seq 1 40); do curl -fsS "$LB/health" >/dev/null 2>&1 && break; sleep 0.25; done

echo "== 1. Sign in through nginx"
read -r status first < <(get /Account/Login)
token=$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"\|name="__RequestVerificationToken" value="[^"]*"' "$WORK/body.html" | head -1 | sed 's/.*value="//; s/"$//')
[ -n "$token" ] || { fail "no anti-forgery token on the sign-in page ($status)"; exit 1; }
signin=$(curl -sS -o /dev/null -b "$JAR" -c "$JAR" -w '%{http_code} %{redirect_url}' \
    --data-urlencode "_handler=login" --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=officer@example.org" --data-urlencode "Input.Password=Demo-Pass-2025!" \
    --data-urlencode "Input.RememberMe=false" "$LB/Account/Login")
echo "  sign-in page from instance $first; sign-in answered $signin"
[ "${signin%% *}" = 302 ] && pass "signed in through instance $first" || fail "sign-in did not redirect ($signin)"
read -r status served < <(get /results)
[ "$status" = 200 ] && [ "$served" = "$first" ] && pass "/results through nginx: $status from instance $served (pinned)" \
    || fail "/results through nginx: $status from instance $served, expected 200 from $first"
other=$([ "$first" = A ] && echo B || echo A)

echo "== 2. Restart instance $first; meanwhile the same browser is served by instance $other"
stop "$first"
read -r status served < <(get /results)
[ "$status" = 200 ] && [ "$served" = "$other" ] && pass "/results with $first down: $status from instance $served, still signed in" \
    || fail "/results with $first down: $status from instance $served, expected 200 from $other"
grep -q 'Sign out\|Signed in as\|officer@example.org\|Olivia Okafor' "$WORK/body.html" && pass "the page from $other shows the signed-in officer" \
    || fail "the page from $other does not show the signed-in officer"

echo "== 3. Instance $first is back; the same sign-in works there"
if [ "$first" = A ]; then start A Reminders__Enabled=false Database__MigrateAndSeed=false; else start B Reminders__Enabled=false Database__MigrateAndSeed=false; fi
wait_healthy "$first"
sed -i "s/\tcp_instance\t.*/\tcp_instance\t127.0.0.1:$(port_of "$first")/" "$JAR"
read -r status served < <(get /results)
[ "$status" = 200 ] && [ "$served" = "$first" ] && pass "/results after the restart: $status from instance $served, still signed in" \
    || fail "/results after the restart: $status from instance $served, expected 200 from $first"

echo "== 4. Both instances start at the same moment with the reminder job on"
stop A; stop B
rm -f "$MAIL"/*
start A Database__MigrateAndSeed=false
start B Database__MigrateAndSeed=false
wait_healthy A; wait_healthy B
for _ in $(seq 1 120); do
    done_count=0
    for name in A B; do grep -q 'Reminders: .*\(e-mails sent\|holds the lease\)' "$WORK/$name.out" && done_count=$((done_count + 1)); done
    [ $done_count -eq 2 ] && break
    sleep 0.5
done
for name in A B; do echo "  instance $name: $(grep -o 'Reminders: .*\(e-mails sent\|holds the lease; skipping this run\)' "$WORK/$name.out" | tail -1)"; done
mails=$(find "$MAIL" -name '*.eml' | wc -l | tr -d ' ')
recipients=$(grep -h -i '^To:' "$MAIL"/*.eml 2>/dev/null | sort | uniq -c | sort -rn)
repeated=$(echo "$recipients" | awk '$1 > 1' | wc -l | tr -d ' ')
reminders=$(sqlite3 -batch -noheader "$DB" "SELECT count(*) FROM Reminders;")
duplicates=$(sqlite3 -batch -noheader "$DB" "SELECT count(*) FROM (SELECT UserId, Key FROM Reminders GROUP BY UserId, Key HAVING count(*) > 1);")
echo "  $mails e-mails in the shared pickup folder, $reminders reminders recorded"
echo "$recipients" | sed 's/^/    /'
[ "$mails" -gt 0 ] && pass "the job ran and sent e-mails" || fail "no e-mail was sent"
[ "$repeated" = 0 ] && pass "nobody was e-mailed twice" || fail "$repeated people were e-mailed more than once"
[ "$duplicates" = 0 ] && pass "no reminder was recorded twice" || fail "$duplicates reminders were recorded twice"

if [ $failures -eq 0 ]; then echo "two-instances: all checks passed"; else echo "two-instances: $failures checks FAILED"; fi
exit $failures
