#!/usr/bin/env bash
# Installs what the tests and quality gates need, as on a fresh machine: Debian's Chromium and ChromeDriver, Java
# for the Nu HTML Checker, Python's jsonschema, and the npm packages vnu-jar, axe-core and pagefind into
# artifacts/ci-tools.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v java >/dev/null || need_apt+=(default-jre-headless)
command -v npm >/dev/null || need_apt+=(npm)
command -v python3 >/dev/null || need_apt+=(python3)
# The schema gate: a real JSON Schema validator and a YAML reader, Debian's, for Debian's python3.
/usr/bin/python3 -c 'import jsonschema, yaml' 2>/dev/null || need_apt+=(python3-jsonschema python3-yaml)
if [ ${#need_apt[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

mkdir -p artifacts/ci-tools
if [ ! -f artifacts/ci-tools/node_modules/vnu-jar/build/dist/vnu.jar ] || [ ! -f artifacts/ci-tools/node_modules/axe-core/axe.min.js ]; then
  (cd artifacts/ci-tools && npm i --ignore-scripts --no-audit --no-fund --loglevel=error vnu-jar@26.9.27 axe-core@4.13.0)
fi
# Search (issue #17): the pinned Pagefind, whose npm package brings its native program.
if [ ! -x artifacts/ci-tools/node_modules/@pagefind/linux-x64/bin/pagefind_extended ]; then
  (cd artifacts/ci-tools && npm i --no-audit --no-fund --loglevel=error pagefind@1.6.0)
fi
