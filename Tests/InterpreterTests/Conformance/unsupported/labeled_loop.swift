outer: for i in 0..<2 { break outer } // expect error: 1:1: a labelled statement is not supported in notebooks
