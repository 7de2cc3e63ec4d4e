#include "tally_build_info.h"

// Package.swift defines TALLY_COMMIT for this one file only, so a new commit
// recompiles this file and relinks; nothing else is rebuilt.
#ifndef TALLY_COMMIT
#define TALLY_COMMIT ""
#endif

const char *tally_build_commit(void) { return TALLY_COMMIT; }
