// Type parameters constrained by more of Swift's protocols.
enum Attempt<T, E: Error> {
    case done(T)
    case failed(E)
}
enum LoadError: Error { case missing }
let attempts: [Attempt<Int, LoadError>] = [.done(3), .failed(LoadError.missing)]
for a in attempts {
    switch a {
    case .done(let v): print("done", v)
    case .failed(let e): print("failed", e)
    }
}
// expect: done 3
// expect: failed missing
func firstCase<C: CaseIterable>(_ type: C.Type) -> C? { C.allCases.first }
enum Phase: CaseIterable { case warmup, train }
print(firstCase(Phase.self) as Any) // expect: Optional(main.Phase.warmup)
func raw<R: RawRepresentable>(_ r: R) -> R.RawValue { r.rawValue }
enum Unit: String { case metres = "m" }
print(raw(Unit.metres)) // expect: m
func steps<S: Strideable>(from a: S, to b: S, by s: S.Stride) -> [S] { Array(stride(from: a, to: b, by: s)) }
print(steps(from: 0, to: 10, by: 4)) // expect: [0, 4, 8]
