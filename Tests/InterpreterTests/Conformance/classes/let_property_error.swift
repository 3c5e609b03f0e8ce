class C {
    let x = 0
}
let c = C()
c.x = 1 // expect error: 5:3: cannot assign to property: 'x' is a 'let' constant
