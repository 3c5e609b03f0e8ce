struct Box<T> { var x: T } // expect error: 1:11: a generic struct is not supported in notebooks
