import CCmark
// Placeholder until the cmark parser lands.
enum ParserPlaceholder {}
