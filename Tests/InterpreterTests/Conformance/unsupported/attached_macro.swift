@attached(member) macro M() = #externalMacro(module: "A", type: "B") // expect error: 1:1: a macro is not supported in notebooks
