# Sourced by scripts/compare-evidence, scripts/bench-repo and scripts/bench-git: the jar of another
# commit ("the base"), built once in a temporary git worktree and cached by commit under
# $TMPDIR/rubric-compare/<sha>/rubric.jar, and a launcher that runs it exactly as scripts/rubric
# runs this checkout's jar (same JVM options, its own class-data archive).
#
#   base_sha ROOT REV        prints the full commit id of REV in the repository at ROOT
#   base_jar ROOT SHA        prints the cached jar of SHA, building it first when missing
#   base_launcher ROOT SHA   prints a launcher for that jar: a copy of ROOT/scripts/rubric beside it
#
# Progress goes to stderr, prefixed with $BASE_JAR_WHO (the calling script's name).

base_jar_cache() { echo "${TMPDIR:-/tmp}/rubric-compare"; }

base_sha() {
  git -C "$1" rev-parse --verify "$2^{commit}"
}

base_jar() {
  local root="$1" sha="$2"
  local dir
  dir="$(base_jar_cache)/$sha"
  if [ ! -f "$dir/rubric.jar" ]; then
    echo "${BASE_JAR_WHO:-rubric}: building $sha …" >&2
    local work="$dir/src"
    rm -rf "$work"
    mkdir -p "$dir"
    git -C "$root" worktree prune   # a build that died earlier leaves its worktree registered
    git -C "$root" worktree add -q --detach "$work" "$sha"
    (cd "$work" && mvn -B -q -Dstyle.color=never -DskipTests package >&2)
    cp "$work/target/rubric.jar" "$dir/rubric.jar.$$"
    mv -f "$dir/rubric.jar.$$" "$dir/rubric.jar"
    git -C "$root" worktree remove --force "$work"
  fi
  echo "$dir/rubric.jar"
}

# The launcher is this checkout's scripts/rubric, copied into a tree laid out as a checkout
# (scripts/rubric, target/rubric.jar, samples/), so the base jar gets the same JVM options and a
# class-data archive trained on the same sample, kept in that tree's target/cds/. That tree has no
# sources, so the launcher never rebuilds the jar.
base_launcher() {
  local root="$1" sha="$2"
  local jar run
  jar="$(base_jar "$root" "$sha")"
  run="$(dirname "$jar")/run"
  mkdir -p "$run/scripts" "$run/target"
  if ! cmp -s "$root/scripts/rubric" "$run/scripts/rubric"; then
    cp "$root/scripts/rubric" "$run/scripts/rubric.$$"
    mv -f "$run/scripts/rubric.$$" "$run/scripts/rubric"
    rm -rf "$run/target/cds"    # another launcher may train or name its archive differently
  fi
  ln -sfn "$jar" "$run/target/rubric.jar"
  ln -sfn "$root/samples" "$run/samples"
  echo "$run/scripts/rubric"
}
