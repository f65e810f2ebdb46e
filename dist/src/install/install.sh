#!/bin/sh
# Installs this kzk archive: install.sh [--prefix DIR] [--no-archive]
#
#   PREFIX/lib/kzk/                          the archive's bin/, lib/ (and runtime/ when self-contained)
#   PREFIX/bin/kzk                           a link to PREFIX/lib/kzk/bin/kzk
#   PREFIX/share/man/man1/kzk*.1             where man finds them when PREFIX/bin is on PATH
#   PREFIX/share/bash-completion/completions/kzk, PREFIX/share/zsh/site-functions/_kzk,
#   PREFIX/share/fish/vendor_completions.d/kzk.fish
#
# PREFIX is /usr/local when run as root, else ~/.local. Every file it writes is listed in
# PREFIX/lib/kzk/installed-files; PREFIX/lib/kzk/uninstall.sh removes exactly those.
# A portable archive (no runtime/) then makes its class-data archive for the java it finds (a JDK
# 25+ AOT cache, else a CDS archive), from a training run that contacts no cluster: a few seconds.
# A self-contained archive brings one made at build time. --no-archive skips that step.
set -eu
src=$(cd "$(dirname "$0")" && pwd -P)
if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix=$HOME/.local; fi
make_archive=yes
while [ $# -gt 0 ]; do
  case $1 in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder, e.g. --prefix ~/.local" >&2; exit 2; }
              prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --no-archive) make_archive=no; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument '$1' (try: install.sh [--prefix DIR] [--no-archive])" >&2; exit 2 ;;
  esac
done
case $prefix in /*) ;; *) prefix=$(pwd -P)/$prefix ;; esac
home=$prefix/lib/kzk
[ "$src" = "$home" ] && { echo "install.sh: run it from the unpacked archive, not from $home" >&2; exit 2; }
if [ -e "$home" ]; then
  if [ -x "$home/uninstall.sh" ]; then "$home/uninstall.sh" >/dev/null
  else echo "install.sh: $home exists and is not a kzk installation; remove it or choose another --prefix" >&2; exit 1
  fi
fi

mkdir -p "$home" "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
manifest=$home/installed-files
: > "$manifest"
for part in bin lib runtime README.md uninstall.sh; do
  # -p: the class-data archive is only valid for jars with the times it was made with
  [ -e "$src/$part" ] && cp -Rp "$src/$part" "$home/"
done
ln -sf "$home/bin/kzk" "$prefix/bin/kzk"; echo "$prefix/bin/kzk" >> "$manifest"
for page in "$src"/man/man1/*.1; do
  cp "$page" "$prefix/share/man/man1/"; echo "$prefix/share/man/man1/${page##*/}" >> "$manifest"
done
cp "$src/completions/kzk.bash" "$prefix/share/bash-completion/completions/kzk"
cp "$src/completions/_kzk" "$prefix/share/zsh/site-functions/_kzk"
cp "$src/completions/kzk.fish" "$prefix/share/fish/vendor_completions.d/kzk.fish"
printf '%s\n' "$prefix/share/bash-completion/completions/kzk" "$prefix/share/zsh/site-functions/_kzk" \
  "$prefix/share/fish/vendor_completions.d/kzk.fish" >> "$manifest"
echo "$home" >> "$manifest"

if [ ! -d "$home/runtime" ] && [ $make_archive = yes ]; then
  "$home/bin/kzk" __archive || true
fi
echo "kzk installed in $home; the command: $prefix/bin/kzk"
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "add $prefix/bin to PATH to run it as 'kzk'" ;; esac
echo "uninstall: $home/uninstall.sh"
