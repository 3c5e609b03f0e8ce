func f() {
    protocol P {} // expect error: 2:5: a protocol declared inside a function or block is not supported in notebooks
}
