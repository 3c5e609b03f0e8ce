func f() {
    struct Inner { var x: Int } // expect error: 2:5: a type declared inside a function or block is not supported in notebooks
}
