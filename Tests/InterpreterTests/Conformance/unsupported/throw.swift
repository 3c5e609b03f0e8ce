throw 1 // expect error: 1:1: 'throw' is not supported in notebooks
