struct Cell { var row: Int }
let cells: Set = [Cell(row: 1)] // expect error: 2:18: generic struct 'Set' requires that 'Cell' conform to 'Hashable'
