struct P {
    var x: Int
}
print(P(x: 1) == P(x: 1)) // expect error: 4:15: referencing operator function '==' on 'Equatable' requires that 'P' conform to 'Equatable'
