// Found by scripts/fuzz.sh (2026-12-01, two inputs, each > 60 s): an unclosed quote made the bracket
// check skip the rest of the cell, so SwiftParser met 30 nested brackets and took minutes.
let label = "unclosed
let x = s[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]] // expect error: 4:22: brackets nested more than 12 deep are not supported
