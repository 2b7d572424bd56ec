#!/usr/bin/env bash
# Builds the Debian package and the tarball from this build tree with CPack, installs the .deb into a
# scratch root (dpkg -x, no root needed), checks that every file lands in its standard place, and runs
# `inferdeck-cli --version` and `inferdeck-cli run --demo` from it; then runs the tarball's binaries from a
# folder elsewhere, to show it is relocatable.
#   test_packages.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "test_packages: $*" >&2; exit 1; }

cd "$build"
# a separate package directory, so a developer's own packages in the build tree are left alone
cpack -G "DEB;TGZ" -B "$work/out" > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/inferdeck_*.deb)
tgz=$(ls "$work"/out/inferdeck-*.tar.gz)

# dependencies come from the libraries actually linked (dpkg-shlibdeps), plus the run-time ones
depends=$(dpkg-deb -f "$deb" Depends)
for want in libqt6core6 libqt6widgets6 libqt6charts6 libqt6svg6 libssh-4 libspdlog1.10 qt6-qpa-plugins python3; do
    [[ "$depends" == *"$want"* ]] || fail "Depends lacks $want: $depends"
done

root="$work/root"
dpkg -x "$deb" "$root"
for f in usr/bin/inferdeck usr/bin/inferdeck-cli \
         usr/share/man/man1/inferdeck.1.gz usr/share/man/man1/inferdeck-cli.1.gz \
         usr/share/applications/io.github.inferdeck.InferDeck.desktop \
         usr/share/metainfo/io.github.inferdeck.InferDeck.metainfo.xml \
         usr/share/mime/packages/inferdeck.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.inferdeck.InferDeck.svg \
         usr/share/icons/hicolor/48x48/apps/io.github.inferdeck.InferDeck.png \
         usr/share/icons/hicolor/256x256/apps/io.github.inferdeck.InferDeck.png \
         usr/share/inferdeck/translations/inferdeck_de.qm usr/share/inferdeck/translations/inferdeck_zh_CN.qm; do
    [[ -s "$root/$f" ]] || fail "the package lacks $f"
done
file "$root/usr/share/icons/hicolor/48x48/apps/io.github.inferdeck.InferDeck.png" | grep -q "48 x 48" || fail "48x48 icon has the wrong size"
# the man page is the program's own help
zcat "$root/usr/share/man/man1/inferdeck-cli.1.gz" | grep -q "fail\\\\-if\\\\-regressed" || fail "the man page lacks the help's options"

export QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
       XDG_DATA_HOME="$work/home/.local/share" XDG_STATE_HOME="$work/home/.local/state" XDG_CACHE_HOME="$work/home/.cache"
mkdir -p "$HOME"
version=$("$root/usr/bin/inferdeck-cli" --version)
[[ "$version" == *"0."* ]] || fail "unexpected --version: $version"
cd "$work"
"$root/usr/bin/inferdeck-cli" run --demo -o "$work/demo" > "$work/demo.log" 2>&1 || { tail -20 "$work/demo.log"; fail "run --demo from the package failed"; }
for f in result.inferdeck.json report.md report.html report.pdf; do
    [[ -s "$work/demo/$f" ]] || fail "run --demo from the package wrote no $f"
done
# nothing was written next to the binary
[[ $(find "$root" -newer "$deb" -type f | wc -l) -eq 0 ]] || fail "the program wrote into its install tree: $(find "$root" -newer "$deb" -type f)"

# the tarball runs from wherever it is unpacked
mkdir -p "$work/elsewhere"
tar -xzf "$tgz" -C "$work/elsewhere"
top=$(ls "$work/elsewhere")
[[ -x "$work/elsewhere/$top/bin/inferdeck-cli" ]] || fail "the tarball has no bin/inferdeck-cli"
[[ -s "$work/elsewhere/$top/share/applications/io.github.inferdeck.InferDeck.desktop" ]] || fail "the tarball has no desktop entry"
"$work/elsewhere/$top/bin/inferdeck-cli" --version > /dev/null || fail "the tarball's inferdeck-cli does not start"
"$work/elsewhere/$top/bin/inferdeck" --version > /dev/null || fail "the tarball's inferdeck does not start"
echo "test_packages: $(basename "$deb") and $(basename "$tgz") install and run; Depends: $depends"
