enum Priority: Comparable { case low, medium, high }
print(Priority.low < .high, Priority.high < .medium) // expect: true false
print([Priority.high, .low, .medium].sorted()) // expect: [main.Priority.low, main.Priority.medium, main.Priority.high]
print([Priority.low, .high].max()!) // expect: high
print(Priority.medium >= .medium) // expect: true
