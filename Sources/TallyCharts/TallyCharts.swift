// Placeholder until the chart module lands (issue 4).
