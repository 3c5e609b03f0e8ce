// Placeholder until the NBRunCommands target lands.
enum NBRunCommandsPlaceholder {}
