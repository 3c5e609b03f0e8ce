import Interpreter
import Plotting

/// DSL.md §12's charts on `plt` (and, through `AxesObject`, on each axes of `plt.subplots`).
extension PyplotObject {
    /// `plt.subplots(rows, cols, figsize:)`: a new figure and its axes as `(fig, axes)`, `axes` a flat array.
    func subplots(_ args: Arguments) throws -> Value {
        try args.expectPositional(0...2)
        let rows = try args.optionalValue(at: 0).map { v throws(NativeError) in try ValueConversion.int(v, args.function, "rows") } ?? 1
        let cols = try args.optionalValue(at: 1).map { v throws(NativeError) in try ValueConversion.int(v, args.function, "cols") } ?? 1
        let handles = try pyplot.subplots(rows, cols, figsize: figsize(args))
        let figure = FigureObject(plt: self, handle: handles[0])
        let axes = handles.map { Value.native(AxesObject(plt: self, handle: $0)) }
        return .tuple(Tuple([.native(figure), .array(axes)]))
    }

    /// The §12 drawing and decoration calls, by name.
    func chart(_ name: String, _ arguments: [NativeArgument]) throws {
        let function = "plt.\(name)"
        switch name {
        case "imshow":
            let args = try Arguments(arguments, function: function, labels: ["cmap"])
            try args.expectPositional(1...1)
            try pyplot.imshow(ValueConversion.grid(args.value(at: 0), function, "image"), cmap: optionalString(args, "cmap"))
        case "contour", "contourf":
            try contour(Arguments(arguments, function: function, labels: ["levels", "cmap", "alpha", "linewidths"]), filled: name == "contourf")
        case "colorbar":
            try Arguments(arguments, function: function).expectPositional(0...0)
            try pyplot.colorbar()
        case "text":
            let args = try Arguments(arguments, function: function)
            try args.expectPositional(3...3)
            try pyplot.text(ValueConversion.double(args.value(at: 0), function, "x"),
                            ValueConversion.double(args.value(at: 1), function, "y"),
                            ValueConversion.string(args.value(at: 2), function, "text"))
        case "annotate":
            let args = try Arguments(arguments, function: function, labels: ["xy", "xytext"])
            try args.expectPositional(1...1)
            guard let xy = args.value("xy") else { throw NativeError("\(function): missing argument 'xy:' (the point annotated)") }
            try pyplot.annotate(ValueConversion.string(args.value(at: 0), function, "text"), xy: point(xy, function, "xy"),
                                xytext: args.value("xytext").map { v throws(NativeError) in try point(v, function, "xytext") })
        case "yscale", "xscale":
            let args = try Arguments(arguments, function: function)
            try args.expectPositional(1...1)
            let scale = try ValueConversion.string(args.value(at: 0), function, "scale")
            if name == "yscale" { try pyplot.yscale(scale) } else { try pyplot.xscale(scale) }
        case "suptitle":
            let args = try Arguments(arguments, function: function)
            try args.expectPositional(1...1)
            pyplot.suptitle(try ValueConversion.string(args.value(at: 0), function, "text"))
        case "fillBetween":
            let args = try Arguments(arguments, function: function, labels: ["color", "alpha", "label"])
            try args.expectPositional(3...3)
            try pyplot.fillBetween(ValueConversion.doubles(args.value(at: 0), function),
                                   ValueConversion.doubles(args.value(at: 1), function),
                                   ValueConversion.doubles(args.value(at: 2), function),
                                   color: optionalString(args, "color"), alpha: optionalDouble(args, "alpha"),
                                   label: optionalString(args, "label"))
        default:
            let args = try Arguments(arguments, function: function, labels: ["yerr", "color", "linewidth", "label"])
            try args.expectPositional(2...2)
            guard let yerr = args.value("yerr") else { throw NativeError("\(function): missing argument 'yerr:'") }
            let errors = try ValueConversion.number(yerr).map { [$0] } ?? ValueConversion.doubles(yerr, function)
            try pyplot.errorbar(ValueConversion.doubles(args.value(at: 0), function),
                                ValueConversion.doubles(args.value(at: 1), function), yerr: errors,
                                color: optionalString(args, "color"), linewidth: optionalDouble(args, "linewidth"),
                                label: optionalString(args, "label"))
        }
    }

    /// `contour(zz)` or `contour(xx, yy, zz)` with `levels:` a count or the levels themselves.
    private func contour(_ args: Arguments, filled: Bool) throws {
        guard args.positionalCount == 1 || args.positionalCount == 3 else {
            throw NativeError("\(args.function): expected z, or x, y and z, got \(args.positionalCount) arguments")
        }
        let three = args.positionalCount == 3
        let z = try ValueConversion.grid(args.value(at: three ? 2 : 0), args.function, "z")
        let x = three ? try ValueConversion.grid(args.value(at: 0), args.function, "x") : nil
        let y = three ? try ValueConversion.grid(args.value(at: 1), args.function, "y") : nil
        var count = 7
        var levels: [Double]?
        if let value = args.value("levels") {
            if case .int(let n) = value { count = n } else { levels = try ValueConversion.doubles(value, args.function) }
        }
        try pyplot.contour(x: x, y: y, z: z, levels: levels, count: count, filled: filled, cmap: optionalString(args, "cmap"),
                           alpha: optionalDouble(args, "alpha"), linewidth: optionalDouble(args, "linewidths"))
    }

    /// A point written as a tuple `(x, y)`.
    private func point(_ value: Value, _ function: String, _ parameter: String) throws(NativeError) -> (Double, Double) {
        guard case .tuple(let tuple) = value, tuple.elements.count == 2 else {
            throw NativeError("\(function): \(parameter) must be an (x, y) tuple")
        }
        return (try ValueConversion.double(tuple.elements[0], function, parameter),
                try ValueConversion.double(tuple.elements[1], function, parameter))
    }
}
