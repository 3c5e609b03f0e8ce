struct S {
    func g() throws -> Int { 2 }
}
let s = S()
print(s.g()) // expect error: 5:7: call can throw but is not marked with 'try'
