struct D: CustomDebugStringConvertible { var x = 1 } // expect error: 1:8: type 'D' does not conform to protocol 'CustomDebugStringConvertible'
