import Foundation
import Testing

@testable import Plotting

/// The seed figures against nbrun's own reviewed renderings (`Goldens/<name>_nbrun.png`), tightly
/// enough that a missing line, legend or title fails; `SeedFigureTests` keeps the looser
/// comparison with matplotlib for fidelity.
///
/// `scripts/regenerate-chart-goldens.sh` rewrites the goldens (it sets `PLOTTING_WRITE_GOLDENS=1`);
/// review them as pictures before committing.
@Suite struct ChartRegressionTests {
    static let names = ["linear_regression", "polynomial", "gallery"]

    private static func render(_ name: String, changing change: ((inout Figure) -> Void)? = nil) throws -> [UInt8] {
        let plt = Pyplot()
        try SeedFigureTests.build(name, plt)
        if let change, var figure = plt.openFigure {
            change(&figure)
            plt.openFigure = figure
        }
        return try #require(try plt.show().first).png
    }

    private static func difference(_ png: [UInt8], from name: String) throws -> ImageDifference? {
        let golden = try PNGCodec.decode(try Goldens.bytes("\(name)_nbrun.png"))
        return ImageDifference(try PNGCodec.decode(png), golden)
    }

    @Test(arguments: names)
    func matchesItsReviewedRendering(name: String) throws {
        let png = try Self.render(name)
        if ProcessInfo.processInfo.environment["PLOTTING_WRITE_GOLDENS"] == "1" {
            try Data(png).write(to: Goldens.sourceFolder.appendingPathComponent("\(name)_nbrun.png"), options: .atomic)
        }
        let difference = try #require(try Self.difference(png, from: name), "the size differs from the golden's")
        print("\(name): \(difference) against its reviewed rendering")
        #expect(difference.isWithinRegressionBound, "\(name): \(difference)")
    }

    /// A change to one element of a figure, which the comparison must notice.
    struct Mutation: CustomTestStringConvertible, Sendable {
        let figure: String
        let what: String
        let change: @Sendable (inout Figure) -> Void
        var testDescription: String { "\(figure): \(what)" }
    }

    static let mutations: [Mutation] = [
        Mutation(figure: "polynomial", what: "the residuals' axhline removed") { figure in
            figure.axes[2].series.removeAll { if case .reference = $0 { true } else { false } }
        },
        Mutation(figure: "linear_regression", what: "the legend removed") { $0.axes[1].legend = nil },
        Mutation(figure: "linear_regression", what: "the title changed") { $0.axes[1].title = "Linear Regression Results" },
        Mutation(figure: "polynomial", what: "the first subplot's title changed") { $0.axes[0].title = "Training Curve" },
        Mutation(figure: "gallery", what: "the grid turned off") { figure in
            for i in figure.axes.indices { figure.axes[i].grid = false }
        },
    ]

    @Test(arguments: mutations)
    func noticesAChangedElement(mutation: Mutation) throws {
        let png = try Self.render(mutation.figure, changing: mutation.change)
        // A size change is noticed too (the comparison then has no result).
        if let difference = try Self.difference(png, from: mutation.figure) {
            print("\(mutation.testDescription): \(difference)")
            #expect(!difference.isWithinRegressionBound, "\(mutation.testDescription) went unnoticed: \(difference)")
        }
    }
}
