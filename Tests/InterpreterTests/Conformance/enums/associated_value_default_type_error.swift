enum Setting {
    case size(Int = "large") // expect error: 2:21: default argument value of type 'String' cannot be converted to type 'Int'
}
