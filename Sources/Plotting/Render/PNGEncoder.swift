import CPNG

/// Writes chart images as PNG with libpng and zlib, with settings chosen for charts.
///
/// Charts are mostly flat colour, where cheap settings lose little: see `Settings.charts` and the
/// measurements behind it in `docs/png-encoding.md`. The output carries no timestamp, so the same pixels
/// give the same bytes.
enum PNGEncoder {
    /// zlib and PNG filter settings for one encoding.
    struct Settings: Equatable {
        /// zlib's compression level, 0 (store) ... 9 (smallest).
        var level: Int32
        /// zlib's strategy (`Z_DEFAULT_STRATEGY`, `Z_RLE`, `Z_FILTERED`, ...).
        var strategy: Int32
        /// The PNG row filters libpng may choose from (`PNG_FILTER_*` bits).
        var filters: Int32

        /// Level 1 with the Up filter only: most chart rows repeat the row above and filter to zeros, and
        /// one fixed filter spares libpng its per-row trial of five. Measured on the seed figure (see
        /// `docs/png-encoding.md`) this is as fast as `Z_RLE` and a quarter smaller.
        static let charts = Settings(level: 1, strategy: Z_DEFAULT_STRATEGY, filters: PNG_FILTER_UP)
        /// libpng's own defaults (zlib level 6, all five filters), as cairo writes PNG.
        static let libpngDefault = Settings(
            level: Z_DEFAULT_COMPRESSION, strategy: Z_DEFAULT_STRATEGY, filters: PNG_FILTER_NONE | PNG_FILTER_SUB | PNG_FILTER_UP | PNG_FILTER_AVG | PNG_FILTER_PAETH)
    }

    /// Encodes pixels stored as native-endian 32-bit words `0xXXRRGGBB` (cairo's RGB24 layout) as 8-bit RGB.
    /// - Parameters:
    ///   - pixels: the first byte of the image.
    ///   - width, height: size in pixels (at least 1 each).
    ///   - stride: bytes from one row to the next.
    ///   - settings: compression settings; charts use the default.
    /// - Throws: `PlotError.renderFailed` when libpng fails (it does so only when out of memory).
    static func encode(
        pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int, settings: Settings = .charts
    ) throws(PlotError) -> [UInt8] {
        let sink = ByteSink()
        sink.bytes.reserveCapacity(width * height / 8 + 1024)
        let written = withExtendedLifetime(sink) {
            nbrun_png_write_rgb24(
                pixels.assumingMemoryBound(to: UInt8.self), UInt32(width), UInt32(height), stride,
                settings.level, settings.strategy, settings.filters,
                { png, data, length in
                    guard let png, let data, let context = png_get_io_ptr(png) else { return }
                    let sink = Unmanaged<ByteSink>.fromOpaque(context).takeUnretainedValue()
                    sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: length))
                }, Unmanaged.passUnretained(sink).toOpaque())
        }
        guard written == 1 else { throw .renderFailed("libpng could not encode a \(width)x\(height) image") }
        return sink.bytes
    }
}

/// Collects the bytes libpng writes.
private final class ByteSink {
    var bytes: [UInt8] = []
}
