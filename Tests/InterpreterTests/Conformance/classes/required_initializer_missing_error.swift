class Layer {
    required init(units: Int) {}
}
class Dense: Layer {
    init(bias: Bool) { super.init(units: 1) }
} // expect error: 6:1: 'required' initializer 'init(units:)' must be provided by subclass of 'Layer'
