// Ran out of memory: the string doubles in 27 iterations, before the time limit is ever read.
var s = "x"
while true { s += s } // expect runtime error: 3:16: string of 134217728 bytes is too large
