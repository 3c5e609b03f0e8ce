enum Weekday { case mon, tue, wed }
extension Weekday: CaseIterable {}
extension Weekday: Comparable {}
print(Weekday.allCases) // expect: [main.Weekday.mon, main.Weekday.tue, main.Weekday.wed]
print(Weekday.wed > .mon) // expect: true
enum Token { case word(String), number(Int) }
extension Token: Equatable {}
print(Token.word("a") == .word("a")) // expect: true
