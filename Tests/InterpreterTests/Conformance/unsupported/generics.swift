func id<T>(_ x: T) -> T { x } // expect error: 1:8: a generic function is not supported in notebooks
