func f(_ x: some Equatable & Hashable) {} // expect error: 1:13: 'some'/'any' types is not supported in notebooks
