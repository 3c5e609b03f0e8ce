for word in ["hi", "hello", "hey"] {
    switch word {
    case "hi": print("short") // expect: short
    case let w where w.count > 3: print("long", w) // expect: long hello
    default: print("other") // expect: other
    }
}
