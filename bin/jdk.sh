# Sourced by bin/* scripts: finds a JDK >= 21 and exports JAVA_HOME.
# Order: $JAVA_HOME if it is >= 21, then JDKs under /usr/lib/jvm (newest first), then `java` on PATH.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1 | cut -d. -f1; }
find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then echo "$JAVA_HOME"; return; fi
  for d in $(ls -d /usr/lib/jvm/*/ /opt/java/*/ /opt/*jdk*/ 2>/dev/null | sort -rV); do
    d=${d%/}
    if [ -x "$d/bin/javac" ] && [ "$(java_major "$d")" -ge 21 ] 2>/dev/null; then echo "$d"; return; fi
  done
  if command -v javac >/dev/null 2>&1; then
    d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if [ "$(java_major "$d")" -ge 21 ] 2>/dev/null; then echo "$d"; return; fi
  fi
}
JAVA_HOME=$(find_jdk)
if [ -z "$JAVA_HOME" ]; then
  echo "triangulate: error: no JDK 21 or newer found (set JAVA_HOME, or install e.g. temurin-21-jdk)" >&2
  exit 3
fi
export JAVA_HOME
# Maven's bundled Guava calls sun.misc.Unsafe; JDK 24+ warns about it on every build. Not actionable for users.
if [ "$(java_major "$JAVA_HOME")" -ge 24 ] 2>/dev/null; then
  case "${MAVEN_OPTS:-}" in *sun-misc-unsafe*) ;; *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;; esac
fi
