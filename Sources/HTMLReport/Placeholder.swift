// Placeholder until the HTMLReport target lands.
enum HTMLReportPlaceholder {}
