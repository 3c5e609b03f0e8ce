enum Plain { case a = 1 } // expect error: 1:23: enum case cannot have a raw value if the enum does not have a raw type
