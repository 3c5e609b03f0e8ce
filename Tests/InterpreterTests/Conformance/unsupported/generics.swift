typealias Grid<T> = [[T]] // expect error: 1:15: a generic typealias is not supported in notebooks
