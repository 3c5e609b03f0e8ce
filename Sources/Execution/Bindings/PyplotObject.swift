import Interpreter
import NotebookFormat
import Plotting

/// `plt` as the interpreter sees it (DSL.md §6): pyplot's functions, with shown figures going to the cell's outputs.
final class PyplotObject: NativeObject {
    let pyplot: Pyplot
    private let collector: OutputCollector

    /// Binds `pyplot`; `show()` puts its PNG into `collector`.
    init(_ pyplot: Pyplot, collector: OutputCollector) {
        self.pyplot = pyplot
        self.collector = collector
    }

    var typeName: String { "Pyplot" }

    var description: String { "plt" }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        let function = "plt.\(name)"
        do {
            switch name {
            case "figure": try figure(Arguments(arguments, function: function, labels: ["figsize", "dpi"]))
            case "subplot": try subplot(Arguments(arguments, function: function))
            case "plot", "semilogy", "semilogx", "loglog":
                try plot(Arguments(arguments, function: function, labels: ["label", "linewidth", "color", "linestyle"]))
                if name == "semilogy" || name == "loglog" { try pyplot.yscale("log") }
                if name == "semilogx" || name == "loglog" { try pyplot.xscale("log") }
            case "subplots": return try subplots(Arguments(arguments, function: function, labels: ["figsize"]))
            case "scatter": try scatter(Arguments(arguments, function: function, labels: ["s", "color", "alpha", "label", "c", "cmap"]))
            case "hist": try hist(Arguments(arguments, function: function, labels: ["bins", "color", "alpha", "label"]))
            case "bar": try bar(Arguments(arguments, function: function, labels: ["color", "alpha", "label"]))
            case "axhline", "axvline": try referenceLine(name, arguments)
            case "title", "xlabel", "ylabel": try text(name, Arguments(arguments, function: function))
            case "legend": try legend(Arguments(arguments, function: function, labels: ["loc"]))
            case "grid": try grid(Arguments(arguments, function: function))
            case "xlim", "ylim": try limits(name, Arguments(arguments, function: function))
            case "tightLayout":
                try Arguments(arguments, function: function).expectPositional(0...0)
                pyplot.tightLayout()
            case "imshow", "contour", "contourf", "colorbar", "text", "annotate", "suptitle", "fillBetween", "errorbar",
                "yscale", "xscale":
                try chart(name, arguments)
            case "show":
                try Arguments(arguments, function: function).expectPositional(0...0)
                try showFigures()
            default: throw NativeError("value of type 'plt' has no member '\(name)'")
            }
        } catch let error as PlotError {
            throw NativeError(error.description)
        }
        return .void
    }

    /// Renders every open figure into the cell's outputs and closes them (`plt.show()`, and the end of a cell).
    /// - Throws: `PlotError` when a figure cannot be drawn.
    func showFigures() throws(PlotError) {
        for figure in try pyplot.show() {
            collector.show(PNGImage(data: figure.png, width: figure.width, height: figure.height))
        }
    }

    private func figure(_ args: Arguments) throws {
        try args.expectPositional(0...0)
        let size = try figsize(args)
        let dpi = try args.value("dpi").map { v throws(NativeError) in try ValueConversion.double(v, args.function, "dpi") }
        try pyplot.figure(figsize: size, dpi: dpi)
    }

    private func subplot(_ args: Arguments) throws {
        try args.expectPositional(3...3)
        try pyplot.subplot(ValueConversion.int(args.value(at: 0), args.function, "rows"),
                           ValueConversion.int(args.value(at: 1), args.function, "cols"),
                           ValueConversion.int(args.value(at: 2), args.function, "index"))
    }

    /// `plot(y)`, `plot(y, fmt)`, `plot(x, y)`, `plot(x, y, fmt)` — matplotlib's positional forms.
    private func plot(_ args: Arguments) throws {
        try args.expectPositional(1...3)
        var data: [[Double]] = []
        var format: String?
        for index in 0..<args.positionalCount {
            let value = try args.value(at: index)
            if case .string(let text) = value, index == args.positionalCount - 1, index > 0 {
                format = text
            } else {
                data.append(try ValueConversion.doubles(value, args.function))
            }
        }
        let label = try optionalString(args, "label")
        let color = try optionalString(args, "color")
        let linestyle = try optionalString(args, "linestyle")
        let width = try optionalDouble(args, "linewidth")
        switch data.count {
        case 1: try pyplot.plot(data[0], format: format, label: label, linewidth: width, color: color, linestyle: linestyle)
        case 2: try pyplot.plot(data[0], data[1], format: format, label: label, linewidth: width, color: color, linestyle: linestyle)
        default: throw NativeError("plt.plot: expected y, or x and y, before the format string")
        }
    }

    /// The `figsize:` argument as (width, height) in inches, if given.
    func figsize(_ args: Arguments) throws -> (Double, Double)? {
        guard let value = args.value("figsize") else { return nil }
        guard case .tuple(let tuple) = value, tuple.elements.count == 2 else {
            throw NativeError("\(args.function): figsize must be a (width, height) tuple in inches")
        }
        return (try ValueConversion.double(tuple.elements[0], args.function, "figsize"),
                try ValueConversion.double(tuple.elements[1], args.function, "figsize"))
    }

    private func scatter(_ args: Arguments) throws {
        try args.expectPositional(2...2)
        if let c = args.value("c") {
            guard args.value("color") == nil else { throw NativeError("plt.scatter: give either c: or color:, not both") }
            try pyplot.scatter(ValueConversion.doubles(args.value(at: 0), args.function),
                               ValueConversion.doubles(args.value(at: 1), args.function),
                               c: ValueConversion.doubles(c, args.function), cmap: optionalString(args, "cmap"),
                               s: optionalDouble(args, "s"), alpha: optionalDouble(args, "alpha"),
                               label: optionalString(args, "label"))
            return
        }
        guard args.value("cmap") == nil else { throw NativeError("plt.scatter: cmap: needs c: with a value per point") }
        try pyplot.scatter(ValueConversion.doubles(args.value(at: 0), args.function),
                           ValueConversion.doubles(args.value(at: 1), args.function),
                           s: optionalDouble(args, "s"), color: optionalString(args, "color"),
                           alpha: optionalDouble(args, "alpha"), label: optionalString(args, "label"))
    }

    private func hist(_ args: Arguments) throws {
        try args.expectPositional(1...1)
        let bins = try args.value("bins").map { v throws(NativeError) in try ValueConversion.int(v, args.function, "bins") } ?? 10
        try pyplot.hist(ValueConversion.doubles(args.value(at: 0), args.function), bins: bins,
                        color: optionalString(args, "color"), alpha: optionalDouble(args, "alpha"),
                        label: optionalString(args, "label"))
    }

    private func bar(_ args: Arguments) throws {
        try args.expectPositional(2...2)
        guard case .array(let labelValues) = try args.value(at: 0) else {
            throw NativeError("plt.bar: labels must be an array of strings")
        }
        var labels: [String] = []
        for value in labelValues {
            switch value {
            case .string(let text): labels.append(text)
            case .int(let number): labels.append(String(number))
            default: throw NativeError("plt.bar: labels must be strings or Ints, not '\(value.typeName)'")
            }
        }
        try pyplot.bar(labels, ValueConversion.doubles(args.value(at: 1), args.function),
                       color: optionalString(args, "color"), alpha: optionalDouble(args, "alpha"),
                       label: optionalString(args, "label"))
    }

    private func referenceLine(_ name: String, _ arguments: [NativeArgument]) throws {
        let axis = name == "axhline" ? "y" : "x"
        let args = try Arguments(arguments, function: "plt.\(name)", labels: [axis, "color", "linestyle", "linewidth"])
        try args.expectPositional(0...1)
        let position = args.value(axis) ?? args.optionalValue(at: 0) ?? .double(0)
        let value = try ValueConversion.double(position, args.function, axis)
        let color = try optionalString(args, "color")
        let style = try optionalString(args, "linestyle")
        let width = try optionalDouble(args, "linewidth")
        if name == "axhline" {
            try pyplot.axhline(y: value, color: color, linestyle: style, linewidth: width)
        } else {
            try pyplot.axvline(x: value, color: color, linestyle: style, linewidth: width)
        }
    }

    private func text(_ name: String, _ args: Arguments) throws {
        try args.expectPositional(1...1)
        let text = try ValueConversion.string(args.value(at: 0), args.function, "text")
        switch name {
        case "title": pyplot.title(text)
        case "xlabel": pyplot.xlabel(text)
        default: pyplot.ylabel(text)
        }
    }

    private func legend(_ args: Arguments) throws {
        try args.expectPositional(0...0)
        try pyplot.legend(loc: optionalString(args, "loc"))
    }

    private func grid(_ args: Arguments) throws {
        try args.expectPositional(0...1)
        let on = try args.optionalValue(at: 0).map { v throws(NativeError) in try ValueConversion.bool(v, args.function, "visible") } ?? true
        pyplot.grid(on)
    }

    private func limits(_ name: String, _ args: Arguments) throws {
        try args.expectPositional(2...2)
        let low = try ValueConversion.double(args.value(at: 0), args.function, "left")
        let high = try ValueConversion.double(args.value(at: 1), args.function, "right")
        if name == "xlim" { try pyplot.xlim(low, high) } else { try pyplot.ylim(low, high) }
    }

    func optionalString(_ args: Arguments, _ label: String) throws(NativeError) -> String? {
        try args.value(label).map { v throws(NativeError) in try ValueConversion.string(v, args.function, label) }
    }

    func optionalDouble(_ args: Arguments, _ label: String) throws(NativeError) -> Double? {
        try args.value(label).map { v throws(NativeError) in try ValueConversion.double(v, args.function, label) }
    }
}
