// Trapped swift-syntax's diagnostics generator: invalid UTF-8 (read as U+FFFD) just before an `=`.
let m �= Int.min
print(m)
// expect error: 2:7: invalid character in source file
