class Layer {
    required init(units: Int) {}
}
class Dense: Layer {
    init(units: Int) { super.init(units: units) } // expect error: 5:5: 'required' modifier must be present on all overrides of a required initializer
}
