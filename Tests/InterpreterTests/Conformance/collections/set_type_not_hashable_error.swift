struct Cell { var row: Int }
let cells = Set<Cell>() // expect error: 2:13: type 'Cell' does not conform to protocol 'Hashable'
