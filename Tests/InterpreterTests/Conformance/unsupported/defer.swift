defer { print(1) } // expect error: 1:1: 'defer' is not supported in notebooks
