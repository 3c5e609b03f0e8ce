struct P { var x: Int } // expect error: 1:1: 'struct' is not supported in notebooks
