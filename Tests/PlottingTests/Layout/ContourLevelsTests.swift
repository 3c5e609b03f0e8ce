import Foundation
import Testing
@testable import Plotting

/// Contour levels against matplotlib's own (`Goldens/contour_levels.json`, from real `contour`/`contourf`
/// calls), level validation, and the marching-squares geometry.
struct ContourLevelsTests {
    struct Case: Decodable {
        var count: Int
        var zmin, zmax: Double
        var filled, lines: [Double]
    }

    struct File: Decodable {
        var cases: [Case]
    }

    @Test func automaticLevelsMatchMatplotlib() throws {
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: Goldens.url("contour_levels.json")))
        #expect(file.cases.count == 7)
        for c in file.cases {
            let z = try Grid(rows: 2, cols: 2, values: [c.zmin, c.zmax, c.zmax, c.zmin])
            for (filled, theirs) in [(true, c.filled), (false, c.lines)] {
                let ours = try ContourLevels.resolve(requested: nil, count: c.count, z: z, filled: filled, function: "t")
                #expect(ours.count == theirs.count, "levels: \(c.count) on \(c.zmin)...\(c.zmax)")
                for (a, b) in zip(ours, theirs) { #expect(abs(a - b) <= 1e-12 * max(1, abs(b))) }
            }
        }
    }

    @Test func explicitLevelsAreChecked() throws {
        let z = try Grid(rows: 2, cols: 2, values: [0, 1, 2, 3])
        #expect(try ContourLevels.resolve(requested: [0.5, 1.5], count: 7, z: z, filled: true, function: "t") == [0.5, 1.5])
        #expect(throws: PlotError.invalidArgument(function: "contourf", message: "filled contours require at least 2 levels")) {
            try ContourLevels.resolve(requested: [1], count: 7, z: z, filled: true, function: "contourf")
        }
        #expect(throws: PlotError.invalidArgument(function: "contour", message: "contour levels must be increasing")) {
            try ContourLevels.resolve(requested: [2, 1], count: 7, z: z, filled: false, function: "contour")
        }
        #expect(throws: PlotError.self) { try ContourLevels.resolve(requested: [.nan], count: 7, z: z, filled: false, function: "t") }
        #expect(throws: PlotError.self) { try ContourLevels.resolve(requested: nil, count: 0, z: z, filled: false, function: "t") }
    }

    /// z = x on a 3x3 grid: the band 0.5...1.5 is the strip between x = 0.5 and x = 1.5, and the line at 0.5
    /// runs straight up x = 0.5.
    @Test func bandsAndLinesOfALinearField() throws {
        let x = try Grid(rows: 3, cols: 3, values: [0, 1, 2, 0, 1, 2, 0, 1, 2])
        let y = try Grid(rows: 3, cols: 3, values: [0, 0, 0, 1, 1, 1, 2, 2, 2])
        let tracer = ContourTracer(x: x, y: y, z: x)
        let bands = tracer.bands(levels: [0, 0.5, 1.5, 2])
        #expect(bands.count == 3)
        let areas = bands.map { $0.map(Self.area).reduce(0, +) }
        #expect(areas.map { abs($0) } == [1, 2, 1])
        // Every polygon turns the same way, so the non-zero fill rule joins them without seams.
        #expect(Set(bands.flatMap { $0 }.map { Self.area($0) > 0 }).count == 1)
        let segments = tracer.isoline(level: 0.5)
        #expect(segments.count == 2)
        #expect(segments.allSatisfy { $0.0.x == 0.5 && $0.1.x == 0.5 })
    }

    @Test func saddleCellsFollowTheCentreValue() throws {
        let x = try Grid(rows: 2, cols: 2, values: [0, 1, 0, 1])
        let y = try Grid(rows: 2, cols: 2, values: [0, 0, 1, 1])
        // Corners 1 and 0 high on one diagonal: the centre (0.5) is above 0.4, so the low corners are cut off.
        let high = try Grid(rows: 2, cols: 2, values: [1, 0, 0, 1])
        let segments = ContourTracer(x: x, y: y, z: high).isoline(level: 0.4)
        #expect(segments.count == 2)
        let lowCorners = [Point(x: 1, y: 0), Point(x: 0, y: 1)]
        for (a, b) in segments {
            let mid = Point(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2)
            #expect(lowCorners.contains { abs($0.x - mid.x) + abs($0.y - mid.y) < 0.7 })
        }
    }

    @Test func cellsWithMissingValuesAreLeftOut() throws {
        let x = try Grid(rows: 2, cols: 3, values: [0, 1, 2, 0, 1, 2])
        let y = try Grid(rows: 2, cols: 3, values: [0, 0, 0, 1, 1, 1])
        let z = try Grid(rows: 2, cols: 3, values: [0, 0.2, .nan, 0, 0.2, 0.3])
        let bands = ContourTracer(x: x, y: y, z: z).bands(levels: [0, 1])
        #expect(bands[0].map(Self.area).reduce(0, +).magnitude == 1)
    }

    /// Signed area (shoelace formula).
    static func area(_ polygon: [Point]) -> Double {
        zip(polygon, polygon.dropFirst() + polygon.prefix(1)).reduce(0) { $0 + ($1.0.x * $1.1.y - $1.1.x * $1.0.y) } / 2
    }
}
