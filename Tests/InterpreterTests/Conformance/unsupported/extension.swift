extension Character { func twice() -> String { "" } } // expect error: 1:11: an extension of the built-in type 'Character' is not supported in notebooks
