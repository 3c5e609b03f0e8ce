#if DEBUG // expect error: 1:1: '#if' is not supported in notebooks
print(1)
#endif
