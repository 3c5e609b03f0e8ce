let add: (inout Int) -> Void = { (v: inout Int) in v += 1 } // expect error: 1:11: an 'inout' parameter in a function type is not supported in notebooks
