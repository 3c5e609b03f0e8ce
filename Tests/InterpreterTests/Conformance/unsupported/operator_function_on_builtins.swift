func + (a: [Double], b: [Double]) -> [Double] { a } // expect error: 1:6: an operator function on built-in types is not supported in notebooks
