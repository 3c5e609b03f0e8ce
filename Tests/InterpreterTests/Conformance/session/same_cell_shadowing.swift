let a = 1
do {
    let a = "inner"
    print(a) // expect: inner
}
// cell
let a = 2.5
print(a) // expect: 2.5
