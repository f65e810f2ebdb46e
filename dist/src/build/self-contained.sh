#!/bin/sh
# Builds the self-contained Linux x64 kzk from the portable one: a jlink'd runtime of just the
# modules kzk (and the sandbox's brokers, which run on the same java) need, its class-data archive
# made here by a training run that contacts no cluster, then a tar.gz and a .deb.
#
#   self-contained.sh JDK PORTABLE_DIR TARGET_DIR VERSION
#
# JDK is the JDK whose jlink makes the runtime (25+ for an AOT cache; 17 gives a CDS archive,
# valid only at the path it was made at, so then the .deb's postinst would have to remake it).
set -eu
jdk=$1 portable=$2 target=$3 version=$4
name=kzk-$version-linux-x64
out=$target/$name
rm -rf "$out" "$target/$name.tar.gz" "$target/deb"
mkdir -p "$out"

# The modules: what `jdeps --print-module-deps --ignore-missing-deps lib/*.jar lib/sandbox/*.jar`
# reports (java.base, java.compiler, java.desktop, java.instrument, java.management, java.naming,
# java.net.http, java.rmi, java.security.jgss, java.security.sasl, java.sql, jdk.unsupported; not
# jdk.attach/jdk.jdi, which only Kafka's tools for debugging use), plus the providers Kafka's and
# ZooKeeper's clients find through the service loader or JAAS configs, which jdeps cannot see:
# jdk.crypto.ec (TLS with EC keys), jdk.security.auth (JAAS login modules: Kerberos, the
# Unix/Jndi ones), jdk.security.jgss (the JdkSASL provider: SASL's GSSAPI client, found missing by
# training's check of the secured clients), jdk.naming.dns (DNS lookups of bootstrap names through JNDI), jdk.charsets,
# jdk.zipfs. Left out: jdk.localedata (English only), and jdk.management, whose extra platform
# MXBeans every Kafka client registers at start (AppInfoParser takes the platform MBean server);
# the sandbox's brokers run without it too.
modules=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.net.http,java.rmi
modules=$modules,java.security.jgss,java.security.sasl,java.sql,jdk.unsupported,jdk.crypto.ec,jdk.security.auth
modules=$modules,jdk.security.jgss,jdk.naming.dns,jdk.charsets,jdk.zipfs
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --generate-cds-archive --output "$out/runtime"

cp -Rp "$portable/bin" "$portable/lib" "$portable/man" "$portable/completions" "$portable/README.md" \
  "$portable/install.sh" "$portable/uninstall.sh" "$out/"
rm -rf "$out/lib/archive"
"$out/bin/kzk" __archive >/dev/null
grep -qx aot "$out/lib/archive/made-with" || echo "self-contained.sh: the runtime made a CDS archive, not an AOT cache" >&2
tar -C "$target" -czf "$target/$name.tar.gz" "$name"

# The .deb: the same tree in /usr/lib/kzk, the command in /usr/bin, man pages and completions
# where Debian's man, bash-completion, zsh and fish look.
deb=$target/deb
mkdir -p "$deb/DEBIAN" "$deb/usr/lib/kzk" "$deb/usr/bin" "$deb/usr/share/man/man1" \
  "$deb/usr/share/bash-completion/completions" "$deb/usr/share/zsh/vendor-completions" \
  "$deb/usr/share/fish/vendor_completions.d" "$deb/usr/share/doc/kzk"
cp -Rp "$out/bin" "$out/lib" "$out/runtime" "$deb/usr/lib/kzk/"
ln -s ../lib/kzk/bin/kzk "$deb/usr/bin/kzk"
for page in "$out"/man/man1/*.1; do gzip -9n < "$page" > "$deb/usr/share/man/man1/${page##*/}.gz"; done
cp "$out/completions/kzk.bash" "$deb/usr/share/bash-completion/completions/kzk"
cp "$out/completions/_kzk" "$deb/usr/share/zsh/vendor-completions/_kzk"
cp "$out/completions/kzk.fish" "$deb/usr/share/fish/vendor_completions.d/kzk.fish"
cp "$out/README.md" "$deb/usr/share/doc/kzk/"
debversion=$(echo "$version" | sed 's/-/~/')
cat > "$deb/DEBIAN/control" <<CONTROL
Package: kzk
Version: $debversion
Architecture: amd64
Maintainer: kzk developers <kzk@localhost>
Depends: libc6, zlib1g
Section: admin
Priority: optional
Installed-Size: $(du -sk "$deb/usr" | cut -f1)
Description: operate Apache Kafka clusters and their ZooKeeper ensembles
 A command-line toolkit for Kafka and ZooKeeper, with its own Java runtime and
 class-data archive: no JDK needed.
CONTROL
fakeroot dpkg-deb --build -Zgzip "$deb" "$target/kzk_${debversion}_amd64.deb" >/dev/null
rm -rf "$deb"
