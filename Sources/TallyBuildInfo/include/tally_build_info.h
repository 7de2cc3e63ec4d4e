#ifndef TALLY_BUILD_INFO_H
#define TALLY_BUILD_INFO_H

/// The git commit tally was built from, as `make` passes it (TALLY_COMMIT in the
/// environment of `swift build`, read by Package.swift), or "" when built without it.
const char *tally_build_commit(void);

#endif
