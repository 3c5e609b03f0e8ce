// Placeholder until the Interpreter target lands.
enum InterpreterPlaceholder {}
