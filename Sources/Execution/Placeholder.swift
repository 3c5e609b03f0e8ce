// Placeholder until the Execution target lands.
enum ExecutionPlaceholder {}
