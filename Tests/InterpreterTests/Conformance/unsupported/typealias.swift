typealias Number = Int // expect error: 1:1: 'typealias' is not supported in notebooks
