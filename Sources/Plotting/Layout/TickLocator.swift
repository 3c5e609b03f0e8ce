import Foundation

/// matplotlib's default tick locator (`AutoLocator`, a `MaxNLocator` with steps 1, 2, 2.5, 5, 10).
///
/// Pure functions of the view interval and the axis length, so tests can pin the exact ticks matplotlib picks.
enum TickLocator {
    /// `AutoLocator`'s steps.
    static let autoSteps: [Double] = [1, 2, 2.5, 5, 10]
    /// A plain `MaxNLocator`'s default steps (contour levels use these).
    static let maxNSteps: [Double] = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]

    /// How many intervals fit on an axis: matplotlib's `get_tick_space`, clipped to 1...9.
    /// - Parameters:
    ///   - lengthInPoints: the axis length in points.
    ///   - fontSize: tick label size in points (10).
    ///   - horizontal: x axes leave 3 font sizes per tick, y axes 2.
    static func binCount(lengthInPoints: Double, fontSize: Double, horizontal: Bool) -> Int {
        let perTick = fontSize * (horizontal ? 3 : 2)
        let raw = (lengthInPoints / perTick).rounded(.down)
        guard raw.isFinite else { return 1 }
        return Int(min(max(raw, 1), 9))
    }

    /// The tick values for a view interval, including the one just outside each end (as matplotlib returns them).
    /// - Parameters:
    ///   - steps: the "nice" multiples of a power of ten allowed as tick spacing, from 1 to 10.
    ///   - minTicks: how many ticks must fall inside the interval (`min_n_ticks`).
    static func ticks(
        from lower: Double, to upper: Double, bins: Int, steps: [Double] = autoSteps, minTicks: Int = 2
    ) -> [Double] {
        let (vmin, vmax) = nonsingular(lower, upper)
        let (scale, offset) = scaleRange(vmin, vmax, bins: bins)
        let low = vmin - offset
        let high = vmax - offset
        let rawStep = (high - low) / Double(bins)
        // matplotlib's `_staircase`: the steps a decade lower and one step of the next decade too.
        let staircase = steps.dropLast().map { $0 * 0.1 } + steps + [10 * steps[1]]
        let scaled = staircase.map { $0 * scale }
        let firstLarge = scaled.firstIndex { $0 >= rawStep } ?? scaled.count - 1
        var result: [Double] = []
        for step in scaled[...firstLarge].reversed() {
            let best = (low / step).rounded(.down) * step
            let edge = EdgeInteger(step: step, offset: abs(offset))
            let first = edge.le(low - best)
            let last = edge.ge(high - best)
            guard last >= first, last - first < 10_000, abs(first) < 1e9, abs(last) < 1e9 else { continue }
            result = (Int(first)...Int(last)).map { Double($0) * step + best }
            let visible = result.filter { $0 >= low && $0 <= high }.count
            if visible >= minTicks { break }
        }
        return result.map { $0 + offset }
    }

    /// matplotlib's `scale_range`: the power of ten of a bin, and an offset for intervals far from zero.
    static func scaleRange(_ vmin: Double, _ vmax: Double, bins: Int) -> (scale: Double, offset: Double) {
        let dv = abs(vmax - vmin)
        let mean = (vmax + vmin) / 2
        var offset = 0.0
        if abs(mean) / dv >= 100 {
            offset = Double(signOf: mean, magnitudeOf: pow(10, log10(abs(mean)).rounded(.down)))
        }
        let scale = pow(10, log10(dv / Double(bins)).rounded(.down))
        return (scale, offset)
    }

    /// matplotlib's `nonsingular`: widens empty or tiny intervals so ticks and limits can be placed.
    /// - Parameters:
    ///   - expander: relative widening of a singular interval (the locator uses 1e-13, autoscaling 0.05).
    ///   - tiny: intervals shorter than this fraction of their magnitude count as singular.
    static func nonsingular(
        _ a: Double, _ b: Double, expander: Double = 1e-13, tiny: Double = 1e-14
    ) -> (Double, Double) {
        guard a.isFinite, b.isFinite else { return (-expander, expander) }
        var (vmin, vmax) = a <= b ? (a, b) : (b, a)
        let maxAbs = max(abs(vmin), abs(vmax))
        if maxAbs < (1e6 / tiny) * Double.leastNormalMagnitude {
            return (-expander, expander)
        }
        if vmax - vmin <= maxAbs * tiny {
            if vmax == 0, vmin == 0 { return (-expander, expander) }
            vmin -= expander * abs(vmin)
            vmax += expander * abs(vmax)
        }
        return (vmin, vmax)
    }

    /// matplotlib's `_Edge_integer`: floor/ceil of x/step that forgives floating-point noise.
    private struct EdgeInteger {
        var step: Double
        var offset: Double

        private func closeTo(_ ms: Double, _ edge: Double) -> Bool {
            var tol = 1e-10
            if offset > 0 {
                let digits = log10(offset / step)
                tol = min(0.4999, max(1e-10, pow(10, digits - 12)))
            }
            return abs(ms - edge) < tol
        }

        private func divmod(_ x: Double) -> (Double, Double) {
            let d = (x / step).rounded(.down)
            return (d, x - d * step)
        }

        func le(_ x: Double) -> Double {
            let (d, m) = divmod(x)
            return closeTo(m / step, 1) ? d + 1 : d
        }

        func ge(_ x: Double) -> Double {
            let (d, m) = divmod(x)
            return closeTo(m / step, 0) ? d : d + 1
        }
    }
}
