# Shared by the benchmarks that read the repositories of bench/accuracy/truth/: where each one is on
# this machine and how its pinned commit is exported without touching it. Needs REPOS (the folder
# the repositories are under) to be set by the sourcing script.

# The value of a top-level "key: value" line of a truth file (the scorer has validated the file).
truth_value() {
  sed -n "s/^$2:[[:space:]]*\"\{0,1\}\([^\"#[:space:]]*\).*/\1/p" "$1" | head -n 1
}

# The git directory of owner/name under REPOS, or nothing.
find_git_dir() {
  local owner="${1%%/*}" name="${1#*/}" candidate
  for candidate in "$REPOS/$owner+$name/repo" "$REPOS/$owner+$name" "$REPOS/$owner/$name" "$REPOS/$owner/$name.git"; do
    if [ -d "$candidate/.git" ]; then
      echo "$candidate/.git"
      return
    elif [ -f "$candidate/HEAD" ] && [ -d "$candidate/objects" ]; then
      echo "$candidate"
      return
    fi
  done
}

# Writes the files of COMMIT into DEST through a private index: the repository is only read, and
# unlike `git archive` no export-ignore or export-subst attribute drops or rewrites a file. A
# partial copy (a snapshot without its largest blobs) still exports the rest; the missing files
# are named, and a truth entry on one of them is an error of the scorer.
export_commit() {
  local git_dir="$1" commit="$2" dest="$3" index log
  index="$(mktemp)"
  log="$(mktemp)"
  mkdir -p "$dest"
  GIT_INDEX_FILE="$index" git --git-dir="$git_dir" --work-tree="$dest" read-tree "$commit"
  if ! GIT_INDEX_FILE="$index" git --git-dir="$git_dir" --work-tree="$dest" checkout-index --all --force 2>"$log"; then
    echo "${0##*/}: $(grep -c 'unable to read' "$log") files of $commit are absent from $git_dir:" >&2
    sed -n 's/^error: unable to read sha1 file of \(.*\) ([0-9a-f]*)$/  \1/p' "$log" >&2
  fi
  rm -f "$index" "$log"
}

# Makes DEST a git working copy of COMMIT with its history, as a user's clone is: --shared borrows
# the objects of GIT_DIR through alternates, so nothing is written into GIT_DIR and nothing large
# is copied. A criterion that reads the repository's history or state (code.in_vcs, a clean tree,
# a change that came with its evaluation) then sees what it would see in the user's checkout. A
# file whose blob the snapshot lacks is named and marked skip-worktree: it is absent from this
# copy, not deleted by a change, so it must not make the tree look dirty.
checkout_commit() {
  local git_dir="$1" commit="$2" dest="$3" log
  log="$(mktemp)"
  mkdir -p "$(dirname "$dest")"
  git clone -q --shared --no-checkout "$git_dir" "$dest"
  git -C "$dest" update-ref --no-deref HEAD "$commit"
  git -C "$dest" read-tree "$commit"
  if ! git -C "$dest" checkout-index --all --force 2>"$log"; then
    echo "${0##*/}: $(grep -c 'unable to read' "$log") files of $commit are absent from $git_dir:" >&2
    sed -n 's/^error: unable to read sha1 file of \(.*\) ([0-9a-f]*)$/  \1/p' "$log" >&2
    sed -n 's/^error: unable to read sha1 file of \(.*\) ([0-9a-f]*)$/\1/p' "$log" \
      | git -C "$dest" update-index --skip-worktree --stdin
  fi
  git -C "$dest" update-index -q --refresh >/dev/null || true
  rm -f "$log"
}
