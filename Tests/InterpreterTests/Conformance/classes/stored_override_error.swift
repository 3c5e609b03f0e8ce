class A {
    var x = 0
}
class B: A {
    var x = 1 // expect error: 5:9: cannot override with a stored property 'x'
}
