enum Step: Int, CaseIterable { case one = 1, two, three }
let total = Step.allCases.map { $0.rawValue }.reduce(0, +)
print(total) // expect: 6
print(Step.allCases.map { "\($0)" }.joined(separator: "-")) // expect: one-two-three
