func total(_ xs: Int...) -> Int { 0 } // expect error: 1:21: a variadic parameter is not supported in notebooks
