import Foundation
print("apple".compare("banana") == .orderedAscending, "b".compare("a") == .orderedDescending, "x".compare("x") == .orderedSame)
print("ABC".caseInsensitiveCompare("abc") == .orderedSame, ["pear", "Apple", "fig"].sorted { $0.caseInsensitiveCompare($1) == .orderedAscending })
// expect: true true true
// expect: true ["Apple", "fig", "pear"]
