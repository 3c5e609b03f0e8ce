extension Int { func twice() -> Int { self * 2 } } // expect error: 1:1: 'extension' is not supported in notebooks
