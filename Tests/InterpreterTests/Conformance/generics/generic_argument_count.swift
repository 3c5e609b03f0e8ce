struct Pair<A, B> {
    let a: A
    let b: B
}
let p = Pair<Int>(a: 1, b: 2) // expect error: 5:13: generic type 'Pair' specialized with too few type parameters (got 1, but expected 2)
