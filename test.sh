#!/usr/bin/env bash
# The project's one test command (see README). On a fresh Debian 12 machine with only the .NET SDK it
# installs what it needs (Debian's Chromium for the end-to-end tests), restores, builds the whole
# solution and runs every test project. The last line is always "N passed, N failed".
# Exits non-zero when the build fails, any test fails or is skipped, or no test ran.
set -euo pipefail

cd "$(dirname "$0")"

SOLUTION=CouncilPerformance.sln
CONFIGURATION=Release          # one configuration for build and test; keeps clear of developers' Debug builds
LOG=test-output.log            # git-ignored

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The end-to-end tests drive /usr/bin/chromium; Playwright must never download a browser.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

started=$SECONDS

summary() { # passed failed
    echo "test.sh took $((SECONDS - started)) s"
    echo "$1 passed, $2 failed"
}

if [ ! -x /usr/bin/chromium ]; then
    echo "== Installing Chromium (Debian package) for the end-to-end tests"
    if [ "$(id -u)" -eq 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
    else
        echo "error: /usr/bin/chromium is missing, and installing it needs root or sudo" >&2
        summary 0 0
        exit 1
    fi
    "${as_root[@]}" apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

echo "== dotnet tool restore"
dotnet tool restore

echo "== dotnet restore"
dotnet restore "$SOLUTION"

echo "== dotnet build ($CONFIGURATION)"
if ! dotnet build "$SOLUTION" --no-restore -c "$CONFIGURATION"; then
    echo "Build failed: no tests ran."
    summary 0 0
    exit 1
fi

echo "== dotnet test"
set +e
dotnet test "$SOLUTION" --no-build -c "$CONFIGURATION" 2>&1 | tee "$LOG"
test_status=${PIPESTATUS[0]}
set -e

# VSTest prints one summary line per test project and no total, so add them up.
read -r passed failed skipped < <(awk '/^(Passed|Failed)! +- Failed:/ { gsub(/,/, ""); f += $4; p += $6; s += $8 }
    END { printf "%d %d %d\n", p, f, s }' "$LOG")

status=0
if [ "$skipped" -gt 0 ]; then
    echo "$skipped skipped (a skipped test counts as a failure here):"
    grep -E '^[[:space:]]+Skipped ' "$LOG" || true
    status=1
fi
if [ $((passed + failed + skipped)) -eq 0 ]; then
    echo "No test ran."
    status=1
fi
if [ "$failed" -gt 0 ]; then
    status=1
fi
if [ "$test_status" -ne 0 ]; then
    [ "$failed" -gt 0 ] || echo "dotnet test exited with status $test_status (a test run aborted or crashed; see $LOG)."
    status=1
fi

summary "$passed" "$failed"
exit "$status"
