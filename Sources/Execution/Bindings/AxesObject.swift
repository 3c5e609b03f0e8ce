import Interpreter
import Plotting

/// One axes of `plt.subplots` (`axes[i]`): `plt`'s drawing and decoration functions under the same names,
/// drawing on this axes without changing `plt`'s current one (DSL.md §12).
final class AxesObject: NativeObject {
    private let plt: PyplotObject
    private let handle: AxesHandle

    /// The functions an axes has; figure-level ones (`figure`, `subplot`, `show`, …) stay on `plt`.
    static let methods: Set<String> = [
        "plot", "scatter", "hist", "bar", "axhline", "axvline", "title", "xlabel", "ylabel", "legend", "grid",
        "xlim", "ylim", "imshow", "contour", "contourf", "colorbar", "text", "annotate", "fillBetween", "errorbar",
        "semilogy", "yscale", "semilogx", "loglog", "xscale",
    ]

    /// Binds the axes `handle` of `plt`'s figures.
    init(plt: PyplotObject, handle: AxesHandle) {
        self.plt = plt
        self.handle = handle
    }

    var typeName: String { "Axes" }

    var description: String { "Axes(\(handle.axes))" }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        guard Self.methods.contains(name) else { throw NativeError("value of type 'Axes' has no member '\(name)'") }
        let selection = try select(plt.pyplot, handle, name)
        defer { plt.pyplot.restore(selection) }
        return try plt.callMethod(name, arguments, context: context)
    }
}

/// Selects the axes of `handle` for a call of `name` on an axes or figure object.
/// - Throws: `NativeError` when its figure was already shown.
private func select(_ pyplot: Pyplot, _ handle: AxesHandle, _ name: String) throws(NativeError) -> AxesSelection {
    do {
        return try pyplot.select(handle)
    } catch {
        throw NativeError("\(name): this axes' figure was already shown; draw on it before plt.show()")
    }
}

/// The figure of `plt.subplots` (`fig`): its title and layout.
final class FigureObject: NativeObject {
    private let plt: PyplotObject
    /// Any axes of the figure, to find it by.
    private let handle: AxesHandle

    /// Binds the figure of the axes `handle`.
    init(plt: PyplotObject, handle: AxesHandle) {
        self.plt = plt
        self.handle = handle
    }

    var typeName: String { "Figure" }

    var description: String { "Figure" }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        guard name == "suptitle" || name == "tightLayout" else {
            throw NativeError("value of type 'Figure' has no member '\(name)'")
        }
        let selection = try select(plt.pyplot, handle, name)
        defer { plt.pyplot.restore(selection) }
        return try plt.callMethod(name, arguments, context: context)
    }
}
