# Shared by the bench scripts (source it after setting $root to the repository).
# Sets $generator to the test-data generator: GEN_EVENTS if set; else gen_events.py in
# the shared folder beside the checkout (../shared/data/gen_events.py; a git worktree
# looks beside its main checkout too), which the published benchmark figures use; else
# the project's own bench/make_events.py, so a fresh clone runs `make test` on its own.
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
    candidate="$root/bench/make_events.py"
    [[ -f "$candidate" ]] && { generator=$candidate; return 0; }
    echo "$(basename "$0"): no test-data generator: looked for ${tried[*]} and $candidate." >&2
    echo "  Restore bench/make_events.py from git, or set GEN_EVENTS=/path/to/a/generator.py (--rows N --seed S --out FILE)." >&2
    return 66
}
tally_find_generator || exit $?

# numeric_columns FILE: tally's CSV without its last two columns, `estimate` (the
# display form) and `covered` (the days of a partly covered period), which DuckDB does
# not write; the columns before them are compared byte for byte.
numeric_columns() {
    sed -E 's/,("[^"]*"|[^,"]*),("[^"]*"|[^,"]*)$//' "$1"
}
