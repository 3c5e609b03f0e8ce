var v: Int { 3 } // expect error: 1:12: a computed property is not supported in notebooks
