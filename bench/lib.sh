# Shared by the bench scripts (source it after setting $root to the repository).
# Sets $generator to the test-data generator gen_events.py, which lives in the shared
# folder beside the checkout (../shared/data/gen_events.py), or wherever GEN_EVENTS
# points. A git worktree (git worktree add) looks beside its main checkout too. The
# repository has no generator of its own, so without one of these it stops, saying so.
tally_find_generator() {
    local tried=() candidate common
    if [[ -n "${GEN_EVENTS:-}" ]]; then
        [[ -f "$GEN_EVENTS" ]] && { generator=$GEN_EVENTS; return 0; }
        echo "$(basename "$0"): GEN_EVENTS=$GEN_EVENTS: no such file" >&2
        return 66
    fi
    candidate="$root/../shared/data/gen_events.py"
    tried+=("$candidate")
    [[ -f "$candidate" ]] && { generator=$candidate; return 0; }
    common=$(git -C "$root" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
    if [[ -n "$common" && "$(dirname "$common")" != "$root" ]]; then
        candidate="$(dirname "$common")/../shared/data/gen_events.py"
        tried+=("$candidate")
        [[ -f "$candidate" ]] && { generator=$candidate; return 0; }
    fi
    echo "$(basename "$0"): the test-data generator gen_events.py is not there; looked for ${tried[*]}." >&2
    echo "  Put the project's shared folder beside the checkout (../shared), or set GEN_EVENTS=/path/to/gen_events.py." >&2
    return 66
}
tally_find_generator || exit $?

# numeric_columns FILE: tally's CSV without its last column, `estimate` (the display
# form, which DuckDB does not write); the columns before it are compared byte for byte.
numeric_columns() {
    sed -E 's/,("[^"]*"|[^,"]*)$//' "$1"
}
