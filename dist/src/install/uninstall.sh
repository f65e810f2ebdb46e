#!/bin/sh
# Removes a kzk installation made by install.sh: the files listed in installed-files beside this
# script (the link in PREFIX/bin, the man pages, the completion scripts), then this folder.
# Your own files stay: contexts in ~/.config/kzk, completion names cached in ~/.cache/kzk.
set -eu
home=$(cd "$(dirname "$0")" && pwd -P)
manifest=$home/installed-files
[ -r "$manifest" ] || { echo "uninstall.sh: no $manifest: not an installation made by install.sh" >&2; exit 1; }
while IFS= read -r file; do
  [ "$file" = "$home" ] && continue
  if [ -h "$file" ] || [ -f "$file" ]; then rm -f "$file"; fi
done < "$manifest"
rm -rf "$home"
echo "kzk removed from $home"
