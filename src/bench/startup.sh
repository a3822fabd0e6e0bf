#!/usr/bin/env bash
# Start-up time of the installed program (BENCHMARKS.md, "Start-up"): launch to the first frame of the sample, four
# ways, runs taking turns. Needs the .deb installed (mvn -Pdist package; dpkg -i) and a display (e.g. Xvfb).
# Usage: src/bench/startup.sh [RUNS]   (from the project folder; writes target/bench/startup.json)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-9}"
app=/opt/milepost/lib/app
[ -f "$app/Milepost.cfg" ] || { echo "startup.sh: install the .deb first (mvn -Pdist package; dpkg -i target/dist/*.deb)" >&2; exit 2; }
mvn -B -q -Pbench -DskipTests test-compile
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
jar -cf "$work/first-frame.jar" -C target/test-classes io/milepost/bench
/opt/milepost/bin/Milepost sample "$work/sample.milepost" > /dev/null
# the launcher's own class path, in its order (an AppCDS archive holds only for the class path it was dumped with)
cp="$(sed -n "s|^app.classpath=\$APPDIR|$app|p" "$app/Milepost.cfg" | paste -sd: -):$work/first-frame.jar"
java=/opt/milepost/lib/runtime/bin/java
fx=--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED
probe=io.milepost.bench.FirstFrame
java -cp target/test-classes io.milepost.bench.StartupBenchmark target/bench "$runs" "$work/sample.milepost" \
    no-cds "$java" -Xshare:off "$fx" -cp "$cp" "$probe" {file} -- \
    jdk-cds "$java" "$fx" -cp "$cp" "$probe" {file} -- \
    appcds "$java" -XX:SharedArchiveFile="$app/milepost.jsa" "$fx" -cp "$cp" "$probe" {file} -- \
    jar java -cp "target/milepost.jar:$work/first-frame.jar" "$probe" {file}
