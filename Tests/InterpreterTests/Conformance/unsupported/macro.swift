print(#line) // expect error: 1:7: a macro is not supported in notebooks
