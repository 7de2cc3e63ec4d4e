// Placeholder until the report module lands (issue 5).
