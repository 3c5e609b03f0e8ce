extension Int { func twice() -> Int { self * 2 } } // expect error: 1:11: an extension of the built-in type 'Int' is not supported in notebooks
