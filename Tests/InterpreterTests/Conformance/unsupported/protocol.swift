protocol Shape { associatedtype Unit } // expect error: 1:18: 'associatedtype' is not supported in notebooks
