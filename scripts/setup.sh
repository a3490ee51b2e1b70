#!/usr/bin/env bash
# Installs everything CXR Triage needs on a fresh Debian 12 machine (run as root or with sudo):
# Debian packages (JDK, Maven, PixelMed, GTK 3 + fonts for JavaFX, Xvfb and DICOM tools for tests),
# PixelMed into the local Maven repository (Debian ships no POM), then builds target/cxr-triage.jar.
# Idempotent: a second run only rebuilds.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

PACKAGES=(openjdk-17-jdk-headless maven libpixelmed-java libpixelmed-imageio-java
          libgtk-3-0 fonts-dejavu-core xvfb xauth dicom3tools dcmtk imagemagick postgresql
          fakeroot dpkg-dev binutils icnsutils)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

install_jar() { # file groupId artifactId version
  local repo="${HOME}/.m2/repository/${2//.//}/$3/$4/$3-$4.jar"
  if [[ ! -f $repo ]]; then
    mvn -q -B install:install-file -Dfile="$1" -DgroupId="$2" -DartifactId="$3" -Dversion="$4" -Dpackaging=jar
  fi
}
install_jar /usr/share/java/pixelmed-20220618.jar com.pixelmed pixelmed 20220618
install_jar /usr/share/java/pixelmed_imageio-20200328.jar com.pixelmed pixelmed-imageio 20200328

if [[ ${1:-} != --no-build ]]; then
  mvn -q -B -DskipTests package
fi
