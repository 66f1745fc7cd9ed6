#!/usr/bin/env bash
# The quality gates that need the packaged jar, run by `mvn verify` (integration-test phase):
#   1. builds the example register and the canary fixture with the jar, as a user would;
#   2. determinism: builds the example again under another time zone and locale, and with any
#      other JDK in /usr/lib/jvm (21, 25), and byte-compares;
#   3. the browser gate (quality/check.mjs): W3C Nu validator, axe-core, keyboard, links,
#      reflow and no external requests on every page; screenshots to target/screenshots;
#   4. the "Är kontot äkta?" box (quality/verify-cases.mjs): the shared case table and 10,000
#      random inputs through the built page's own script, against the verification fixture.
# Without Chromium this skips the browser part with a message, except in CI (CI=true).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/kanalregister.jar
OUT=target/quality
rm -rf "$OUT" && mkdir -p "$OUT"
TODAY=2026-11-21

build() { # build CONTENT OUT [env...]
  local content=$1 out=$2; shift 2
  env "$@" java -jar "$JAR" build --content "$content" --out "$out" --templates "$OUT/no-templates" --today "$TODAY" --quiet
}

echo "verify: building the example register and the canary fixture"
build content "$OUT/example" TZ=UTC LC_ALL=C.UTF-8
build src/test/resources/fixtures/canary "$OUT/canary" TZ=UTC LC_ALL=C.UTF-8
build src/test/resources/fixtures/verification "$OUT/verification" TZ=UTC LC_ALL=C.UTF-8

echo "verify: determinism (time zone Pacific/Kiritimati, locale sv_SE vs UTC, C)"
build content "$OUT/example-again" TZ=Pacific/Kiritimati LC_ALL=sv_SE.UTF-8 LANG=sv_SE.UTF-8 \
  JAVA_TOOL_OPTIONS="-Duser.timezone=Pacific/Kiritimati -Duser.language=sv -Duser.country=SE"
# public and internal: the build-state file beside them records this machine's file times and inodes
for part in public internal; do
  if ! diff -r "$OUT/example/$part" "$OUT/example-again/$part" >"$OUT/determinism.diff"; then
    echo "verify: FAIL determinism: two builds of the same content differ:"; head -40 "$OUT/determinism.diff"
    exit 1
  fi
done
echo "verify: determinism passed ($(find "$OUT/example/public" "$OUT/example/internal" -type f | wc -l) files byte-identical)"

# The jar must give the same site on every Java it runs on (17, 21, 25): built-in locale data
# such as collation rules has changed between versions before. Any other JDK found here is tried.
for other in /usr/lib/jvm/*/bin/java; do
  [ -x "$other" ] || continue
  version=$("$other" -version 2>&1 | head -1)
  case "$version" in *'"17.'*) continue ;; esac
  jdk_out="$OUT/example-$(basename "$(dirname "$(dirname "$other")")")"
  env TZ=UTC LC_ALL=C.UTF-8 "$other" -jar "$JAR" build --content content --out "$jdk_out" \
    --templates "$OUT/no-templates" --today "$TODAY" --quiet
  for part in public internal; do
    if ! diff -r "$OUT/example/$part" "$jdk_out/$part" >"$OUT/jdk.diff"; then
      echo "verify: FAIL the site differs on $version:"; head -40 "$OUT/jdk.diff"
      exit 1
    fi
  done
  echo "verify: same site on $version"
done

if [ ! -d quality/node_modules ]; then
  (cd quality && npm ci --no-audit --no-fund --loglevel=error)
fi
node quality/check.mjs --screenshots target/screenshots \
  "$OUT/example/public" "$OUT/example/internal" "$OUT/canary/public" "$OUT/canary/internal"
node quality/verify-cases.mjs "$OUT/verification/public" src/test/resources/verification/cases.tsv
