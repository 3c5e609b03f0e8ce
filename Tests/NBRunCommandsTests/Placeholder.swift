import Testing
@testable import NBRunCommands
