extension Double {
    enum Unit { case m } // expect error: 2:10: a type nested in an extension of 'Double' is not supported in notebooks
}
