func repeatText(_ text: String, times: Int = "twice") -> String { // expect error: 1:46: default argument value of type 'String' cannot be converted to type 'Int'
    String(repeating: text, count: times)
}
