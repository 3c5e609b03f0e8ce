switch (1, 2) {
case (let x, let x): print(x) // expect error: 2:6: invalid redeclaration of 'x'
}
