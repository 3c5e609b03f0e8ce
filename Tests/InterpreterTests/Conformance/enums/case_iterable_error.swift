enum Shape: CaseIterable { // expect error: 1:6: type 'Shape' does not conform to protocol 'CaseIterable'
    case circle(Double)
}
