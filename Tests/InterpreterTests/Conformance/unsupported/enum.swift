enum Color { case red } // expect error: 1:1: 'enum' is not supported in notebooks
