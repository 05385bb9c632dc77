#!/usr/bin/env bash
# In-JVM benchmarks (JMH) of evaluation, the what-if analysis and rules loading. Extra arguments go to
# JMH, e.g. bench/jmh.sh -wi 1 -i 3 WhatIf
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java_bin" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
    "${@:-io.github.shouldirust.bench}"
