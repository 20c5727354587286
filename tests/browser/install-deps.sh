#!/usr/bin/env bash
# What the browser tests (and the PDF and translation builds) need from outside PyPI:
#   - Debian's Chromium (Playwright drives it; nothing downloads a browser build),
#   - a headless Java runtime and the Nu HTML checker (npm package vnu-jar, pinned in
#     package.json and package-lock.json, installed with `npm ci` into ./node_modules),
#   - fonts with Polish diacritics (DejaVu covers them), the libraries WeasyPrint loads, cairo for
#     CairoSVG (link-preview pictures of SVG illustrations), gettext for msgfmt,
#   - the Polish Hunspell dictionary for the site search on PostgreSQL (hunspell-pl; postgresql-common
#     converts it into PostgreSQL's tsearch_data as pl_pl.dict/pl_pl.affix, see README "Search").
# Idempotent: when everything is there it checks and returns in well under a second.
# Run as root (CI and fresh machines are); without root it only reports what is missing.
set -euo pipefail
cd "$(dirname "$0")"

# Debian package -> a file that proves it (or a command on PATH) is installed.
declare -A WANTED=(
  [chromium]="/usr/bin/chromium"
  [default-jre-headless]="cmd:java"
  [fonts-dejavu-core]="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
  [libpango-1.0-0]="lib:libpango-1.0.so.0"
  [libpangoft2-1.0-0]="lib:libpangoft2-1.0.so.0"
  [libharfbuzz0b]="lib:libharfbuzz.so.0"
  [libharfbuzz-subset0]="lib:libharfbuzz-subset.so.0"
  [libfontconfig1]="lib:libfontconfig.so.1"
  [libcairo2]="lib:libcairo.so.2"
  [gettext]="cmd:msgfmt"
  [nodejs]="cmd:node"
  [npm]="cmd:npm"
  [hunspell-pl]="/usr/share/hunspell/pl_PL.dic"
)

present() {
  local probe="$1"
  case "$probe" in
    cmd:*) command -v "${probe#cmd:}" >/dev/null 2>&1 ;;
    # (grep reads everything: with -q it could stop early and pipefail would see SIGPIPE)
    lib:*) ldconfig -p 2>/dev/null | grep -F "${probe#lib:}" >/dev/null ;;
    *) test -e "$probe" ;;
  esac
}

missing=()
for package in "${!WANTED[@]}"; do
  present "${WANTED[$package]}" || missing+=("$package")
done

if ((${#missing[@]})); then
  echo "browser-deps: installing ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "browser-deps: run as root (or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# PostgreSQL reads Hunspell dictionaries from its tsearch_data folder: postgresql-common's
# pg_updatedicts links them there (dpkg runs it when either package is installed; run it again
# when a PostgreSQL server installed here lacks the link).
for tsearch in /usr/share/postgresql/*/tsearch_data; do
  if [[ -d $tsearch && ! -e $tsearch/pl_pl.dict ]] && command -v pg_updatedicts >/dev/null 2>&1; then
    if [[ $(id -u) -eq 0 ]]; then
      echo "browser-deps: pg_updatedicts (Polish dictionary for PostgreSQL)"
      pg_updatedicts >/dev/null
    else
      echo "browser-deps: run pg_updatedicts as root for the Polish search dictionary" >&2
    fi
  fi
done

# The Nu HTML checker: reinstall only when the lockfile changed since the last install.
# --ignore-scripts: vnu-jar's postinstall would try to fetch a Java runtime; Debian's is used.
stamp=node_modules/.package-lock.json
if [[ ! -f node_modules/vnu-jar/build/dist/vnu.jar || package-lock.json -nt "$stamp" ]]; then
  echo "browser-deps: npm ci (vnu-jar)"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi

echo "browser-deps: ok ($(chromium --version 2>/dev/null | head -n1); vnu-jar $(node -p 'require("./node_modules/vnu-jar/package.json").version'))"
