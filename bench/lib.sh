# Shared by the bench scripts (source it after setting $root to the repository).
# Sets $generator to the project's test-data generator, gen_events.py, which lives in
# the shared folder beside the repository (or wherever GEN_EVENTS points).
generator="${GEN_EVENTS:-$root/../shared/data/gen_events.py}"
[[ -f "$generator" ]] || generator=/work/shared/data/gen_events.py
[[ -f "$generator" ]] || { echo "$(basename "$0"): test-data generator gen_events.py not found; set GEN_EVENTS=/path/to/gen_events.py" >&2; exit 66; }
