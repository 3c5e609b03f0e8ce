import Testing
@testable import Execution
