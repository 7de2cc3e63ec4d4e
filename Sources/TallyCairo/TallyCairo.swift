import CCairo
// Placeholder until the Cairo module lands (issue 4).
