/// The names nbrun's runtime puts in scope, with the signature and the one-line doc that `inspect`
/// shows and `complete` offers (docs/language.md is the long form).
enum BuiltinCatalog {
    /// A built-in name: a global function, a type, a member.
    struct Entry: Equatable {
        var name: String
        var signature: String
        var doc: String
    }

    /// Global functions and the `plt` object.
    static let globals: [Entry] = [
        Entry(name: "print", signature: "func print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")",
              doc: "Writes the items' text to the cell's output, exactly as Swift prints them."),
        Entry(name: "abs", signature: "func abs(_ x: Double) -> Double", doc: "The absolute value of a number, or element-wise of a tensor."),
        Entry(name: "min", signature: "func min(_ a: T, _ b: T) -> T", doc: "The smaller of two values."),
        Entry(name: "max", signature: "func max(_ a: T, _ b: T) -> T", doc: "The larger of two values."),
        Entry(name: "stride", signature: "func stride(from: T, to: T, by: T) -> StrideTo<T>", doc: "The values from `from` up to (not including) `to`, stepping by `by`."),
        Entry(name: "zip", signature: "func zip(_ a: [A], _ b: [B]) -> [(A, B)]", doc: "Pairs of the elements of two sequences, as long as the shorter one."),
        Entry(name: "fatalError", signature: "func fatalError(_ message: String = \"\") -> Never", doc: "Stops the cell with a run-time error."),
        Entry(name: "precondition", signature: "func precondition(_ condition: Bool, _ message: String = \"\")", doc: "Stops the cell with a run-time error when the condition is false."),
        Entry(name: "assert", signature: "func assert(_ condition: Bool, _ message: String = \"\")", doc: "Stops the cell with a run-time error when the condition is false."),
        Entry(name: "sin", signature: "func sin(_ x: Tensor) -> Tensor", doc: "Sine, of a Double or element-wise of a tensor."),
        Entry(name: "cos", signature: "func cos(_ x: Tensor) -> Tensor", doc: "Cosine, of a Double or element-wise of a tensor."),
        Entry(name: "tan", signature: "func tan(_ x: Tensor) -> Tensor", doc: "Tangent, of a Double or element-wise of a tensor."),
        Entry(name: "exp", signature: "func exp(_ x: Tensor) -> Tensor", doc: "e to the power x, of a Double or element-wise of a tensor."),
        Entry(name: "log", signature: "func log(_ x: Tensor) -> Tensor", doc: "Natural logarithm, of a Double or element-wise of a tensor."),
        Entry(name: "sqrt", signature: "func sqrt(_ x: Tensor) -> Tensor", doc: "Square root, of a Double or element-wise of a tensor."),
        Entry(name: "square", signature: "func square(_ x: Tensor) -> Tensor", doc: "x * x, element-wise."),
        Entry(name: "tanh", signature: "func tanh(_ x: Tensor) -> Tensor", doc: "Hyperbolic tangent, element-wise."),
        Entry(name: "sigmoid", signature: "func sigmoid(_ x: Tensor) -> Tensor", doc: "1 / (1 + exp(-x)), element-wise."),
        Entry(name: "relu", signature: "func relu(_ x: Tensor) -> Tensor", doc: "max(x, 0), element-wise (relu'(0) = 0, as TensorFlow)."),
        Entry(name: "pow", signature: "func pow(_ a: Tensor, _ b: Tensor) -> Tensor", doc: "a to the power b, element-wise with broadcasting."),
        Entry(name: "matmul", signature: "func matmul(_ a: Tensor, _ b: Tensor) -> Tensor", doc: "The matrix product of two rank-2 tensors."),
        Entry(name: "transpose", signature: "func transpose(_ t: Tensor) -> Tensor", doc: "The tensor with its axes reversed."),
        Entry(name: "reshape", signature: "func reshape(_ t: Tensor, _ shape: [Int]) -> Tensor", doc: "The same elements in a new shape."),
        Entry(name: "reduceSum", signature: "func reduceSum(_ t: Tensor, axis: Int? = nil, keepDims: Bool = false) -> Tensor", doc: "The sum of the elements, over one axis or all."),
        Entry(name: "reduceMean", signature: "func reduceMean(_ t: Tensor, axis: Int? = nil, keepDims: Bool = false) -> Tensor", doc: "The mean of the elements, over one axis or all."),
        Entry(name: "reduceMax", signature: "func reduceMax(_ t: Tensor, axis: Int? = nil, keepDims: Bool = false) -> Tensor", doc: "The largest element, over one axis or all."),
        Entry(name: "addN", signature: "func addN(_ tensors: [Tensor]) -> Tensor", doc: "The element-wise sum of tensors of one shape."),
        Entry(name: "maximum", signature: "func maximum(_ a: Tensor, _ b: Tensor) -> Tensor", doc: "The larger of a and b, element-wise."),
        Entry(name: "minimum", signature: "func minimum(_ a: Tensor, _ b: Tensor) -> Tensor", doc: "The smaller of a and b, element-wise."),
        Entry(name: "softmax", signature: "func softmax(_ t: Tensor, axis: Int = -1) -> Tensor", doc: "exp(t) normalised to sum 1 along the axis."),
        Entry(name: "concat", signature: "func concat(_ tensors: [Tensor], axis: Int) -> Tensor", doc: "The tensors joined along an axis."),
        Entry(name: "cast", signature: "func cast(_ t: Tensor, to dtype: DType) -> Tensor", doc: "The tensor converted to another dtype (.float32, .float64, .int32, .bool)."),
        Entry(name: "stopGradient", signature: "func stopGradient(_ t: Tensor) -> Tensor", doc: "The same values, with no gradient flowing through."),
        Entry(name: "setSeed", signature: "func setSeed(_ seed: Int)", doc: "Seeds the random generator (each notebook starts from seed 0)."),
        Entry(name: "plt", signature: "let plt: Pyplot", doc: "matplotlib's pyplot: figures, plots and charts shown in the cell's output."),
        Entry(name: "Tensor", signature: "Tensor(_ value: Double | [Double] | [[Double]], dtype: DType = .float32)", doc: "An n-dimensional array of numbers with TensorFlow's semantics."),
        Entry(name: "Variable", signature: "Variable(_ initial: Tensor, name: String? = nil, trainable: Bool = true)", doc: "A mutable tensor that gradient tapes watch when it is read."),
        Entry(name: "GradientTape", signature: "GradientTape(persistent: Bool = false, watchAccessedVariables: Bool = true)", doc: "Records operations so that `gradient(target, source)` can differentiate them."),
    ]

    /// Members after `TypeName.`: static members, by type.
    static let staticMembers: [String: [Entry]] = [
        "Tensor": [
            Entry(name: "zeros", signature: "static func zeros(_ shape: [Int], dtype: DType = .float32) -> Tensor", doc: "A tensor of zeros."),
            Entry(name: "ones", signature: "static func ones(_ shape: [Int], dtype: DType = .float32) -> Tensor", doc: "A tensor of ones."),
            Entry(name: "linspace", signature: "static func linspace(_ start: Double, _ stop: Double, count: Int) -> Tensor", doc: "`count` evenly spaced values from start to stop, both included."),
            Entry(name: "randomNormal", signature: "static func randomNormal(_ shape: [Int], mean: Double = 0, stddev: Double = 1) -> Tensor", doc: "Normally distributed random values (seeded by setSeed)."),
            Entry(name: "randomUniform", signature: "static func randomUniform(_ shape: [Int], min: Double = 0, max: Double = 1) -> Tensor", doc: "Uniformly distributed random values (seeded by setSeed)."),
        ],
        "plt": [
            Entry(name: "figure", signature: "func figure(figsize: (Double, Double) = (6.4, 4.8))", doc: "Starts a new figure of the given size in inches."),
            Entry(name: "subplot", signature: "func subplot(_ rows: Int, _ cols: Int, _ index: Int)", doc: "Makes the index-th cell of a rows x cols grid the current axes."),
            Entry(name: "plot", signature: "func plot(_ x: Tensor, _ y: Tensor, _ format: String = \"\", label: String? = nil, linewidth: Double = 1.5)", doc: "Draws a line through the points."),
            Entry(name: "scatter", signature: "func scatter(_ x: Tensor, _ y: Tensor, alpha: Double = 1, label: String? = nil, s: Double = 20, color: String? = nil)", doc: "Draws a marker at each point."),
            Entry(name: "hist", signature: "func hist(_ values: Tensor, bins: Int = 10)", doc: "Draws a histogram of the values."),
            Entry(name: "bar", signature: "func bar(_ labels: [String], _ heights: [Double])", doc: "Draws a bar chart."),
            Entry(name: "axhline", signature: "func axhline(y: Double = 0, color: String? = nil, linestyle: String = \"-\")", doc: "Draws a horizontal line across the axes."),
            Entry(name: "axvline", signature: "func axvline(x: Double = 0, color: String? = nil, linestyle: String = \"-\")", doc: "Draws a vertical line across the axes."),
            Entry(name: "title", signature: "func title(_ text: String)", doc: "Sets the current axes' title."),
            Entry(name: "xlabel", signature: "func xlabel(_ text: String)", doc: "Sets the x axis label."),
            Entry(name: "ylabel", signature: "func ylabel(_ text: String)", doc: "Sets the y axis label."),
            Entry(name: "legend", signature: "func legend(loc: String = \"best\")", doc: "Shows a legend of the labelled series."),
            Entry(name: "grid", signature: "func grid(_ visible: Bool)", doc: "Turns the grid lines on or off."),
            Entry(name: "xlim", signature: "func xlim(_ low: Double, _ high: Double)", doc: "Sets the x axis range."),
            Entry(name: "ylim", signature: "func ylim(_ low: Double, _ high: Double)", doc: "Sets the y axis range."),
            Entry(name: "tightLayout", signature: "func tightLayout()", doc: "Fits the subplots and their labels into the figure."),
            Entry(name: "show", signature: "func show()", doc: "Puts the figure into the cell's output as a PNG and starts a new one."),
        ],
    ]

    /// Members after `value.`, by the value's type; `nil` key: Swift's everyday members of any value.
    static let instanceMembers: [String: [Entry]] = [
        "Tensor": [
            Entry(name: "shape", signature: "var shape: [Int]", doc: "The size of each axis."),
            Entry(name: "rank", signature: "var rank: Int", doc: "The number of axes."),
            Entry(name: "dtype", signature: "var dtype: DType", doc: "The element type (.float32, .float64, .int32, .bool)."),
            Entry(name: "scalar", signature: "var scalar: Double", doc: "The one element of a tensor with one element."),
            Entry(name: "scalars", signature: "var scalars: [Double]", doc: "All elements, row-major."),
            Entry(name: "reshaped", signature: "func reshaped(_ shape: [Int]) -> Tensor", doc: "The same elements in a new shape."),
            Entry(name: "transposed", signature: "func transposed() -> Tensor", doc: "The tensor with its axes reversed."),
            Entry(name: "sum", signature: "func sum(axis: Int? = nil, keepDims: Bool = false) -> Tensor", doc: "The sum of the elements, over one axis or all."),
            Entry(name: "mean", signature: "func mean(axis: Int? = nil, keepDims: Bool = false) -> Tensor", doc: "The mean of the elements, over one axis or all."),
        ],
        "Variable": [
            Entry(name: "value", signature: "var value: Tensor", doc: "The variable's current value."),
            Entry(name: "name", signature: "var name: String", doc: "The name given at creation."),
            Entry(name: "trainable", signature: "var trainable: Bool", doc: "Whether tapes watch the variable when it is read."),
            Entry(name: "shape", signature: "var shape: [Int]", doc: "The size of each axis."),
            Entry(name: "assign", signature: "func assign(_ value: Tensor)", doc: "Replaces the value (the shape must match)."),
            Entry(name: "assignAdd", signature: "func assignAdd(_ delta: Tensor)", doc: "Adds to the value in place."),
            Entry(name: "assignSub", signature: "func assignSub(_ delta: Tensor)", doc: "Subtracts from the value in place."),
        ],
        "GradientTape": [
            Entry(name: "record", signature: "func record<T>(_ body: () -> T) -> T", doc: "Runs the closure while the tape records, and returns its value."),
            Entry(name: "watch", signature: "func watch(_ tensor: Tensor)", doc: "Makes the tape follow a constant tensor."),
            Entry(name: "gradient", signature: "func gradient(_ target: Tensor, _ source: Tensor, unconnected: UnconnectedGradients = .none) -> Tensor?",
                  doc: "d target / d source; also for [sources] and [name: source]."),
            Entry(name: "jacobian", signature: "func jacobian(_ target: Tensor, _ source: Tensor) -> Tensor", doc: "The Jacobian, of shape target.shape + source.shape."),
        ],
        "Array": [
            Entry(name: "count", signature: "var count: Int", doc: "The number of elements."),
            Entry(name: "isEmpty", signature: "var isEmpty: Bool", doc: "Whether there are no elements."),
            Entry(name: "first", signature: "var first: Element?", doc: "The first element, if any."),
            Entry(name: "last", signature: "var last: Element?", doc: "The last element, if any."),
            Entry(name: "append", signature: "mutating func append(_ element: Element)", doc: "Adds an element at the end."),
            Entry(name: "map", signature: "func map<T>(_ transform: (Element) -> T) -> [T]", doc: "The results of the closure for each element."),
            Entry(name: "filter", signature: "func filter(_ isIncluded: (Element) -> Bool) -> [Element]", doc: "The elements for which the closure is true."),
            Entry(name: "reduce", signature: "func reduce<R>(_ initial: R, _ next: (R, Element) -> R) -> R", doc: "Combines the elements with the closure, from an initial value."),
            Entry(name: "sorted", signature: "func sorted(by: (Element, Element) -> Bool) -> [Element]", doc: "The elements in order."),
            Entry(name: "contains", signature: "func contains(_ element: Element) -> Bool", doc: "Whether the element is present."),
            Entry(name: "enumerated", signature: "func enumerated() -> [(offset: Int, element: Element)]", doc: "Pairs of index and element."),
            Entry(name: "indices", signature: "var indices: Range<Int>", doc: "The valid indices."),
            Entry(name: "joined", signature: "func joined(separator: String = \"\") -> String", doc: "The strings joined with a separator."),
            Entry(name: "min", signature: "func min() -> Element?", doc: "The smallest element, if any."),
            Entry(name: "max", signature: "func max() -> Element?", doc: "The largest element, if any."),
        ],
    ]

    /// Swift keywords a cell may start a statement with.
    static let keywords = ["break", "continue", "defer", "do", "else", "false", "for", "func", "guard", "if", "import", "in",
                           "let", "nil", "repeat", "return", "switch", "true", "var", "where", "while"]
}
