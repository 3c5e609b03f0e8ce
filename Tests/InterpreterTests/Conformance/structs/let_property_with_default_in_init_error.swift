struct M {
    let rows = 1
    init(n: Int) { rows = n } // expect error: 3:20: immutable value 'self.rows' may only be initialized once
}
