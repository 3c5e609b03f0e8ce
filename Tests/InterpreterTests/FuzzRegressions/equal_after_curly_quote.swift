// Trapped swift-syntax's diagnostics generator: "A Fix-It must have at least one change associated with it".
let m ‘= 1
// expect error: 2:7: invalid character in source file
