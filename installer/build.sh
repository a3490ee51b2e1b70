#!/usr/bin/env bash
# Builds the installable workstation: jdeps (which JDK modules the jars use) -> jlink (a trimmed Java
# runtime) -> jpackage (an app-image, then the platform installer: .deb on Linux, .msi on Windows, .pkg on
# macOS). Used by the release workflow and by hand; idempotent (each run replaces target/installer/).
#
#   installer/build.sh [--app-image-only]
#
# Output: target/installer/image/cxr-triage/ (app-image) and target/installer/*.deb|*.msi|*.pkg.
# The app-image holds the runtime, JavaFX, the TensorFlow natives of THIS platform only (the pom's
# tf.native.classifier, passed by the caller on other platforms), the shipped model and the sample study.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
APP_IMAGE_ONLY=false
[[ ${1:-} == --app-image-only ]] && APP_IMAGE_ONLY=true

NAME=cxr-triage
OUT=target/installer
VERSION=$(sed -n 's|^  <version>\([0-9.]*\).*</version>|\1|p' pom.xml | head -n1)   # jpackage wants digits only
case "$(uname -s)" in
  Linux*) PLATFORM=linux ;;
  Darwin*) PLATFORM=mac ;;
  MINGW*|MSYS*|CYGWIN*) PLATFORM=windows ;;
  *) echo "unsupported platform $(uname -s)" >&2; exit 1 ;;
esac

# 1. The jar and its libraries (skipped when already built and newer than the sources).
if [[ ! -f target/$NAME.jar || -n $(find src/main pom.xml -newer target/$NAME.jar -print -quit) ]]; then
  mvn -q -B ${MVN_ARGS:-} -DskipTests package
fi
rm -rf "$OUT"
mkdir -p "$OUT/input" "$OUT/image"

# 2. Staging folder = what lands in the app's "app" folder: the jar, lib/ (manifest Class-Path), model, sample.
cp target/$NAME.jar "$OUT/input/"
cp -r target/lib "$OUT/input/lib"
cp -r models samples "$OUT/input/"
# Another platform's TensorFlow natives must not ride along (e.g. a stale target/lib from a switched classifier).
TF_NATIVES=$(ls "$OUT"/input/lib/tensorflow-core-native-*-*.jar)
[[ $(wc -l <<<"$TF_NATIVES") == 1 ]] || { echo "expected one TensorFlow natives jar, found: $TF_NATIVES" >&2; exit 1; }

# 3. jdeps: the JDK modules the app and its libraries need. The extra ones are used reflectively or by name
#    and jdeps cannot see them: jdk.charsets (DICOM Specific Character Sets such as ISO 2022 / GB18030),
#    jdk.crypto.ec (TLS to a PostgreSQL review store), jdk.zipfs, jdk.localedata (date formats).
MODULES=$(jdeps -q --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "$OUT/input/lib/*" "$OUT/input/$NAME.jar")
MODULES="$MODULES,jdk.charsets,jdk.crypto.ec,jdk.zipfs,jdk.localedata"
echo "jlink modules: $MODULES"

# 4. jlink: a runtime with just those modules (strip-debug needs objcopy from binutils on Linux).
jlink --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$OUT/runtime"

# 5. jpackage app-image. JVM options MUST go in via --java-options: the launcher ignores JDK_JAVA_OPTIONS.
#    $APPDIR is expanded by the launcher to the installed app folder, so the bundled model and sample are found.
ICON_linux=icons/$NAME-256.png; ICON_windows=icons/$NAME.ico; ICON_mac=icons/$NAME.icns
ICON_VAR=ICON_$PLATFORM; ICON=${!ICON_VAR}
COMMON=(--name "$NAME" --app-version "$VERSION" --vendor "CXR Triage project"
  --description "Chest radiograph review workstation with a local TB triage aid (not a diagnosis)"
  --copyright "CXR Triage project" --icon "$ICON")
jpackage --type app-image "${COMMON[@]}" --dest "$OUT/image" --input "$OUT/input" --main-jar "$NAME.jar" \
  --main-class org.cxrtriage.app.Launcher --runtime-image "$OUT/runtime" \
  --java-options '-Dcxr.samples.dir=$APPDIR/samples' --java-options '-Dcxr.models.dir=$APPDIR/models' \
  --java-options '-Xmx4g' --java-options '-Dfile.encoding=UTF-8'
rm -rf "$OUT/input" "$OUT/runtime"
case $PLATFORM in
  linux) IMAGE="$OUT/image/$NAME"; LAUNCHER="$IMAGE/bin/$NAME" ;;
  windows) IMAGE="$OUT/image/$NAME"; LAUNCHER="$IMAGE/$NAME.exe" ;;
  mac) IMAGE="$OUT/image/$NAME.app"; LAUNCHER="$IMAGE/Contents/MacOS/$NAME" ;;
esac
echo "app-image: $IMAGE ($(du -sh "$IMAGE" | cut -f1)), launcher: $LAUNCHER"
$APP_IMAGE_ONLY && exit 0

# 6. The platform installer from that app-image, with the .dcm file association and a menu entry.
sed "s|@ICON@|$ROOT/$ICON|" installer/dicom-association.properties > "$OUT/dicom-association.properties"
INSTALLER=("${COMMON[@]}" --app-image "$IMAGE" --dest "$OUT" --file-associations "$OUT/dicom-association.properties")
case $PLATFORM in
  linux)
    # jpackage's automatic dependencies (from ldd) miss what JavaFX loads at run time: GTK 3 and fonts.
    jpackage --type deb "${INSTALLER[@]}" --linux-package-name "$NAME" --linux-app-category science \
      --linux-menu-group "Science;MedicalSoftware" --linux-shortcut \
      --linux-package-deps "libgtk-3-0, fontconfig, fonts-dejavu-core" ;;
  windows)
    # The upgrade UUID is fixed so a newer .msi replaces an older install instead of installing beside it.
    jpackage --type msi "${INSTALLER[@]}" --win-menu --win-menu-group "CXR Triage" --win-shortcut \
      --win-dir-chooser --win-upgrade-uuid 6f0c6d8e-2b7a-4c1e-9a53-0c7e3a5b9d21 ;;
  mac)
    jpackage --type pkg "${INSTALLER[@]}" --mac-package-identifier org.cxrtriage.workstation \
      --mac-package-name "CXR Triage" ;;
esac
ls -l "$OUT"
