func g<T: Undefined>(_ x: T) {} // expect error: 1:11: cannot find type 'Undefined' in scope
