func bump(_ x: inout Int) { x += 1 } // expect error: 1:16: 'inout' is not supported in notebooks
