#!/usr/bin/env bash
# Builds stubborn.jar from this folder against Parley's jar: ./examples/plugin/build.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
[ -f "$root/ui-web/target/parley.jar" ] || (cd "$root" && mvn -q -B -ntp -DskipTests package)
out="$(mktemp -d)"
javac -d "$out" -cp "$root/ui-web/target/parley.jar" "$here"/src/main/java/example/*.java
cp -r "$here/src/main/resources/META-INF" "$out/"
jar --create --file "$here/stubborn.jar" -C "$out" .
echo "built $here/stubborn.jar"
