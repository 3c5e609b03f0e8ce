// Found by scripts/fuzz.sh (2026-12-02, over 5 s): a carriage return ends a `//` comment in Swift's
// lexer, but the bracket check read the comment on to the next line feed, so it missed the deep
// brackets after the carriage return and SwiftParser met 30 nested brackets.
let b = 1 // a comment that a carriage return endslet x = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
// expect error: 5:21: brackets nested more than 12 deep are not supported
