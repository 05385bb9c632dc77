#!/usr/bin/env bash
# Makes the release archives from a packaged build (./mvnw package), for JReleaser to checksum, release
# and describe to the packagers:
#
#   target/dist/should-i-rust-VERSION.{zip,tgz}            the jar and its launcher: needs a Java 17+
#   target/dist/should-i-rust-VERSION-PLATFORM.{zip,tgz}   the same with its own runtime: needs no Java
#
#   src/dist/archives.sh VERSION TIMESTAMP
#
# Each unpacks to one folder of the same name. TIMESTAMP (the pom's project.build.outputTimestamp) dates
# every entry, and nothing else of the file system goes in (owners, access times), so two builds of one
# commit give the same bytes: tar for the .tgz, src/dist/Zip.java for the .zip.
#
# The runtime is jlink'd from IMAGE_JDK, else the newest JDK under /usr/lib/jvm or JAVA_HOME. It holds
# the modules jdeps finds in the jar (less two, below), and jdk.unsupported, which JLine reaches by
# reflection (sun.misc.Signal: resize, suspend) where jdeps cannot see it. The image's class-data archive
# (the classes src/dist/image-classes.lst names, and all of the jar's) is recorded by its own launcher,
# with its own flags.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$1
timestamp=$2
dist=target/dist
installed="$dist/should-i-rust-$version"

fail() {
    echo "archives.sh: $*" >&2
    exit 1
}

platform() {
    local os arch
    case "$(uname -s)" in
        Linux) os=linux ;;
        Darwin) os=osx ;;
        *) os="$(uname -s | tr '[:upper:]' '[:lower:]')" ;;
    esac
    case "$(uname -m)" in
        x86_64 | amd64) arch=x86_64 ;;
        aarch64 | arm64) arch=aarch_64 ;;
        *) arch="$(uname -m)" ;;
    esac
    echo "$os-$arch"
}

# The newest JDK with jlink: it links from its jmods/, or from its own run-time image (JEP 493, JDK 24+
# builds that allow it, as Temurin's do).
image_jdk() {
    if [[ -n "${IMAGE_JDK:-}" ]]; then
        [[ -x "$IMAGE_JDK/bin/jlink" ]] || fail "IMAGE_JDK=$IMAGE_JDK has no bin/jlink"
        echo "$IMAGE_JDK"
        return
    fi
    local jdk version best="" best_version=0
    for jdk in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/*; do
        [[ -x "$jdk/bin/jlink" && -r "$jdk/release" ]] || continue
        version="$(major "$jdk")"
        if [[ -n "$version" ]] && (( version > best_version )); then
            best="$jdk" best_version=$version
        fi
    done
    [[ -n "$best" ]] || fail "no JDK with jlink to link the runtime image from: set IMAGE_JDK"
    echo "$best"
}

major() {
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}

# The launcher, the jar, the man page, completion and the papers (the README links docs/, so it comes
# along): what both layouts share.
common() {
    local to=$1
    rm -rf "$to"
    mkdir -p "$to/bin" "$to/lib" "$to/man/man1" "$to/completion"
    cp bin/should-i-rust "$to/bin/"
    cp target/should-i-rust.jar "$to/lib/"
    cp target/man/should-i-rust.1 "$to/man/man1/"
    cp target/completion/should-i-rust.bash "$to/completion/"
    cp LICENSE README.md "$to/"
    cp -R docs "$to/"
    cp target/classes/THIRD-PARTY.txt "$to/NOTICE"
    chmod 755 "$to/bin/should-i-rust"
}

[[ -f target/should-i-rust.jar ]] || fail "no target/should-i-rust.jar: run ./mvnw package first"
common "$installed"

image="$dist/should-i-rust-$version-$(platform)"
jdk="$(image_jdk)"
common "$image"
# jdeps also names java.desktop (SnakeYAML's bean introspector, which Jackson's YAML parser never calls:
# 19 MB of the image) and java.compiler (the snapshot writer, run only at build time); the tests that run
# the image go through every command without them.
modules="$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 target/should-i-rust.jar)"
modules="$(tr , '\n' <<<"$modules" | grep -vx -e java.desktop -e java.compiler | paste -sd, -)"
compress=zip-9
(( $(major "$jdk") >= 21 )) || compress=2
"$jdk/bin/jlink" --add-modules "$modules,jdk.unsupported" --strip-debug --no-header-files --no-man-pages \
    --compress=$compress --output "$image/runtime"
# Every file dated TIMESTAMP before the archive is recorded: it records the jar's and the runtime's
# modification times and maps only while they match, as they do once the image is unpacked from the
# archives, whose entries carry TIMESTAMP.
find "$installed" "$image" -exec touch -h -d "$timestamp" {} +
# The archive's classes: those a training run loads (src/dist/image-classes.lst, kept in the repository,
# since a fresh run's list differs by timing and so did the archive), then every class of the jar,
# which covers what the list does not know yet. The same at every build.
classes="$dist/should-i-rust.classes"
{ cat src/dist/image-classes.lst
  "$jdk/bin/jar" tf target/should-i-rust.jar | grep '\.class$' | grep -v -e '^META-INF/' -e 'module-info\.class$' \
      | sed 's/\.class$//' | LC_ALL=C sort -u; } >"$classes"
SHOULD_I_RUST_RECORD_IMAGE_ARCHIVE="$classes" "$image/bin/should-i-rust" --version >/dev/null
rm -f "$classes"
touch -d "$timestamp" "$image/lib/should-i-rust.jsa" "$image/lib"

# One folder each, packed as .tgz and .zip.
pack() {
    local folder=$1
    tar --sort=name --mtime="$timestamp" --owner=0 --group=0 --numeric-owner --format=gnu \
        -C "$dist" -cf - "${folder##*/}" | gzip -9n >"$folder.tgz"
    "$java" src/dist/Zip.java "$folder" "$folder.zip" "$timestamp"
}
java="$jdk/bin/java"
pack "$installed"
pack "$image"
echo "archives.sh: $installed and $image, .tgz and .zip (runtime from $jdk: $modules,jdk.unsupported)"
