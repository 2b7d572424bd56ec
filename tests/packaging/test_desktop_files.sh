#!/usr/bin/env bash
# The desktop entry, the AppStream metainfo and the MIME type pass their validators, and the MIME type
# registers *.inferdeck.json and InferDeck as its handler.
#   test_desktop_files.sh SOURCE_DIR
set -euo pipefail
src=$1/packaging
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
desktop-file-validate "$src/io.github.inferdeck.InferDeck.desktop"
appstreamcli validate --no-net --explain "$src/io.github.inferdeck.InferDeck.metainfo.xml"
grep -q '^MimeType=application/x-inferdeck-result;' "$src/io.github.inferdeck.InferDeck.desktop"
mkdir -p "$work/mime/packages"
cp "$src/inferdeck-mime.xml" "$work/mime/packages/inferdeck.xml"
update-mime-database "$work/mime"
grep -q 'application/x-inferdeck-result:\*\.inferdeck\.json' "$work/mime/globs2" || { cat "$work/mime/globs2"; exit 1; }
echo "desktop entry, metainfo and MIME type are valid"
