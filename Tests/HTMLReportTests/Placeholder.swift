import Testing
@testable import HTMLReport
