// SwiftParser took exponential time on nested brackets: twenty levels did not parse in minutes.
let x = [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]] // expect error: 2:21: brackets nested more than 12 deep are not supported
