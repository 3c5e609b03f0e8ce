import CCairo

/// The only file that talks to cairo: rasterizes a laid-out figure, measures text with FreeType's font face,
/// and decodes PNG in memory. Encoding is `PNGEncoder`'s: libpng with settings for charts (cairo's own
/// libpng path, with libpng's defaults, took three quarters of a figure's render time).
///
/// All cairo handles live inside one function call (Swift 6 strict concurrency: no C pointers in globals).
enum CairoBackend {
    /// Lays out and rasterizes `figure`, returning PNG bytes (8-bit RGB, no timestamp: identical bytes
    /// for the same figure on the same machine).
    /// - Throws: `PlotError.renderFailed` when the figure has no valid size or cairo cannot allocate the image.
    static func renderPNG(_ figure: Figure) throws(PlotError) -> RenderedFigure {
        let measurer = CairoTextMeasurer()
        let layout = try FigureLayout(figure: figure, measurer: measurer)
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(layout.width), Int32(layout.height)) else {
            throw .renderFailed("cairo could not create a \(layout.width)x\(layout.height) image")
        }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw .renderFailed("cairo could not allocate a \(layout.width)x\(layout.height) image")
        }
        guard let cr = cairo_create(surface) else { throw .renderFailed("cairo could not create a context") }
        defer { cairo_destroy(cr) }
        cairo_translate(cr, layout.offsetX, layout.offsetY)
        CairoCanvas.configureFont(cr)
        FigureRenderer.render(layout, pointScale: figure.pointScale, on: CairoCanvas(cr))
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { throw .renderFailed("cairo image has no pixels") }
        let png = try PNGEncoder.encode(
            pixels: UnsafeRawPointer(data), width: layout.width, height: layout.height,
            stride: Int(cairo_image_surface_get_stride(surface)))
        return RenderedFigure(png: png, width: layout.width, height: layout.height)
    }

    /// Decodes PNG bytes to straight (non-premultiplied) RGBA rows.
    static func decode(_ png: [UInt8]) throws(PlotError) -> (width: Int, height: Int, rgba: [UInt8]) {
        let source = ByteSource(png)
        let surface: OpaquePointer? = withExtendedLifetime(source) {
            cairo_image_surface_create_from_png_stream({ context, data, length in
                guard let context, let data else { return CAIRO_STATUS_READ_ERROR }
                let source = Unmanaged<ByteSource>.fromOpaque(context).takeUnretainedValue()
                return source.read(into: data, count: Int(length)) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
            }, Unmanaged.passUnretained(source).toOpaque())
        }
        guard let surface else { throw .invalidPNG("cairo returned no surface") }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw .invalidPNG(String(cString: cairo_status_to_string(status))) }
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let format = cairo_image_surface_get_format(surface)
        guard format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24,
            let data = cairo_image_surface_get_data(surface)
        else { throw .invalidPNG("unsupported pixel format") }
        let opaque = format == CAIRO_FORMAT_RGB24
        var rgba = [UInt8](repeating: 0, count: width * height * 4)
        rgba.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let row = UnsafeRawPointer(data.advanced(by: y * stride)).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let pixel = row[x]
                    let a = opaque ? 255 : UInt32(pixel >> 24)
                    let i = (y * width + x) * 4
                    out[i] = unpremultiply((pixel >> 16) & 0xFF, a)
                    out[i + 1] = unpremultiply((pixel >> 8) & 0xFF, a)
                    out[i + 2] = unpremultiply(pixel & 0xFF, a)
                    out[i + 3] = UInt8(a)
                }
            }
        }
        return (width, height, rgba)
    }
}

/// Undoes cairo's premultiplied alpha for one channel.
private func unpremultiply(_ c: UInt32, _ a: UInt32) -> UInt8 {
    if a == 255 { return UInt8(c) }
    if a == 0 { return 0 }
    return UInt8(min(255, (c * 255 + a / 2) / a))
}

/// Feeds PNG bytes to cairo's reader.
private final class ByteSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        guard count <= bytes.count - offset else { return false }
        bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return }
            buffer.update(from: base.advanced(by: offset), count: count)
        }
        offset += count
        return true
    }
}

/// Measures DejaVu Sans through cairo's FreeType font face on a 1x1 scratch surface, caching per string and size.
///
/// Advances come from the same slightly hinted font the canvas draws with (whole-pixel advances, as in
/// matplotlib's Agg metrics) plus the font's pair kerning; ink heights from a fully hinted one, which snaps ascenders and descenders
/// to whole pixels the way FreeType's autohinter does for matplotlib.
final class CairoTextMeasurer: TextMeasurer {
    private var cache: [String: TextExtents] = [:]

    func extents(of text: String, size: Double) -> TextExtents {
        let key = "\(size)\u{0}\(text)"
        if let hit = cache[key] { return hit }
        var advance = cairo_text_extents_t()
        var ink = cairo_text_extents_t()
        var kern = 0.0
        if let surface = cairo_image_surface_create(CAIRO_FORMAT_A8, 1, 1) {
            if let cr = cairo_create(surface) {
                CairoCanvas.configureFont(cr)
                cairo_set_font_size(cr, size)
                cairo_text_extents(cr, text, &advance)
                CairoCanvas.withKernedGlyphs(cr, text, at: Point(x: 0, y: 0), size: size) { _, _, shift in kern = shift }
                CairoCanvas.configureFont(cr, hintStyle: CAIRO_HINT_STYLE_FULL)
                cairo_set_font_size(cr, size)
                cairo_text_extents(cr, text, &ink)
                cairo_destroy(cr)
            }
            cairo_surface_destroy(surface)
        }
        let result = TextExtents(
            width: advance.x_advance + kern, ascent: max(0, -ink.y_bearing).rounded(),
            descent: max(0, ink.height + ink.y_bearing).rounded())
        cache[key] = result
        return result
    }
}

/// The `Canvas` that draws with a cairo context owned by `CairoBackend.renderPNG`.
private final class CairoCanvas: Canvas {
    private let cr: OpaquePointer
    private var fontSize = -1.0

    init(_ cr: OpaquePointer) { self.cr = cr }

    /// Selects DejaVu Sans through FreeType (`FreeTypeFont`), with advances hinted to whole pixels as
    /// matplotlib's Agg text has them. Without a font file, cairo's toy API picks what fontconfig has.
    static func configureFont(_ cr: OpaquePointer, hintStyle: cairo_hint_style_t = CAIRO_HINT_STYLE_SLIGHT) {
        if let font = FreeTypeFont.dejaVuSans,
            let face = nbrun_cairo_ft_font_face_create(font.faceForCairo, 0)
        {
            cairo_set_font_face(cr, face)
            cairo_font_face_destroy(face)
        } else {
            cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        }
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_ON)
            cairo_font_options_set_hint_style(options, hintStyle)
            cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
            cairo_set_font_options(cr, options)
            cairo_font_options_destroy(options)
        }
    }

    func fill(_ path: Path, color: Color) {
        setColor(color)
        addPath(path, dx: 0, dy: 0)
        cairo_fill(cr)
    }

    func fillAliased(_ path: Path, color: Color) {
        cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE)
        fill(path, color: color)
        cairo_set_antialias(cr, CAIRO_ANTIALIAS_DEFAULT)
    }

    func stroke(_ path: Path, style: StrokeStyle) {
        applyStroke(style)
        if style.dash.isEmpty, style.color.alpha == 1, path.elements.count > 256, let pieces = path.polylines {
            strokeInPieces(pieces, style: style)
        } else {
            addPath(path, dx: 0, dy: 0)
            cairo_stroke(cr)
        }
        cairo_set_dash(cr, nil, 0, 0)
    }

    /// Strokes long opaque solid polylines 16 segments at a time with round caps. cairo's stroker slows
    /// down superlinearly on long self-overlapping paths (a noisy 10,000-point curve took 450 ms, in
    /// pieces 60 ms); the round caps of neighbouring pieces union to the round join a single stroke would
    /// draw. The true ends get their square caps as small filled rectangles.
    private func strokeInPieces(_ pieces: [[Point]], style: StrokeStyle) {
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        for points in pieces where points.count > 1 {
            var i = 0
            while i < points.count - 1 {
                let end = min(points.count - 1, i + 16)
                cairo_move_to(cr, points[i].x, points[i].y)
                for j in (i + 1)...end { cairo_line_to(cr, points[j].x, points[j].y) }
                cairo_stroke(cr)
                i = end
            }
            if style.cap == .square {
                fillSquareCap(at: points, reversed: false, width: style.width)
                fillSquareCap(at: points, reversed: true, width: style.width)
            }
        }
    }

    /// Fills the part of a projecting cap that sticks out beyond the round cap at one end of a polyline.
    private func fillSquareCap(at points: [Point], reversed: Bool, width: Double) {
        let ordered = reversed ? Array(points.reversed()) : points
        guard let end = ordered.first, let next = ordered.dropFirst().first(where: { $0 != end }) else { return }
        let length = ((end.x - next.x) * (end.x - next.x) + (end.y - next.y) * (end.y - next.y)).squareRoot()
        let ux = (end.x - next.x) / length * width / 2
        let uy = (end.y - next.y) / length * width / 2
        cairo_move_to(cr, end.x - uy, end.y + ux)
        cairo_line_to(cr, end.x + ux - uy, end.y + uy + ux)
        cairo_line_to(cr, end.x + ux + uy, end.y + uy - ux)
        cairo_line_to(cr, end.x + uy, end.y - ux)
        cairo_close_path(cr)
        cairo_fill(cr)
    }

    /// Markers sit on pixel centres (the renderer snaps them), so they all rasterize alike: the marker is
    /// drawn once into a small stamp and the stamp is composited at each centre, which is an order of
    /// magnitude faster than filling and stroking every marker and gives the same pixels.
    func markers(_ shape: Path, at centers: [Point], fill: Color?, stroke: StrokeStyle?) {
        guard !centers.isEmpty else { return }
        let half = Int((shape.extent + (stroke?.width ?? 0) / 2 + 2).rounded(.up))
        let side = Int32(2 * half + 1)
        guard let stamp = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, side, side) else { return }
        defer { cairo_surface_destroy(stamp) }
        guard cairo_surface_status(stamp) == CAIRO_STATUS_SUCCESS, let stampContext = cairo_create(stamp) else { return }
        CairoCanvas(stampContext).drawMarker(shape, at: Point(x: Double(half) + 0.5, y: Double(half) + 0.5), fill: fill, stroke: stroke)
        cairo_destroy(stampContext)
        cairo_surface_flush(stamp)
        for c in centers {
            let x = (c.x - 0.5).rounded() - Double(half)
            let y = (c.y - 0.5).rounded() - Double(half)
            cairo_set_source_surface(cr, stamp, x, y)
            cairo_paint(cr)
        }
    }

    private func drawMarker(_ shape: Path, at c: Point, fill: Color?, stroke: StrokeStyle?) {
        if let stroke { applyStroke(stroke) }
        addPath(shape, dx: c.x, dy: c.y)
        if let fill {
            setColor(fill)
            if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke {
            setColor(stroke.color)
            cairo_stroke(cr)
        }
    }

    func text(_ text: PlacedText, color: Color) {
        if text.size != fontSize {
            cairo_set_font_size(cr, text.size)
            fontSize = text.size
        }
        setColor(color)
        for line in text.lines {
            if text.vertical {
                cairo_save(cr)
                cairo_translate(cr, line.origin.x, line.origin.y)
                cairo_rotate(cr, -Double.pi / 2)
                showKerned(line.text, at: Point(x: 0, y: 0), size: text.size)
                cairo_restore(cr)
            } else {
                showKerned(line.text, at: line.origin, size: text.size)
            }
        }
        cairo_new_path(cr)
    }

    func image(_ rgba: [UInt8], width: Int, height: Int, in rect: Rect) {
        guard width > 0, height > 0, rgba.count == width * height * 4, rect.width > 0, rect.height > 0 else { return }
        // cairo wants native-endian premultiplied ARGB words.
        var argb = [UInt32](repeating: 0, count: width * height)
        for i in argb.indices {
            let a = UInt32(rgba[4 * i + 3])
            func premultiplied(_ c: UInt8) -> UInt32 { (UInt32(c) * a + 127) / 255 }
            argb[i] = a << 24 | premultiplied(rgba[4 * i]) << 16 | premultiplied(rgba[4 * i + 1]) << 8 | premultiplied(rgba[4 * i + 2])
        }
        argb.withUnsafeMutableBytes { bytes in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self),
                let source = cairo_image_surface_create_for_data(base, CAIRO_FORMAT_ARGB32, Int32(width), Int32(height), Int32(width * 4))
            else { return }
            defer { cairo_surface_destroy(source) }
            cairo_save(cr)
            cairo_rectangle(cr, rect.minX, rect.minY, rect.width, rect.height)
            cairo_clip(cr)
            cairo_translate(cr, rect.minX, rect.minY)
            cairo_scale(cr, rect.width / Double(width), rect.height / Double(height))
            cairo_set_source_surface(cr, source, 0, 0)
            if let pattern = cairo_get_source(cr) { cairo_pattern_set_filter(pattern, CAIRO_FILTER_NEAREST) }
            cairo_paint(cr)
            cairo_restore(cr)
        }
    }

    func clip(to rect: Rect?) {
        cairo_reset_clip(cr)
        guard let rect else { return }
        cairo_rectangle(cr, rect.minX, rect.minY, rect.width, rect.height)
        cairo_clip(cr)
    }

    private func showKerned(_ text: String, at origin: Point, size: Double) {
        Self.withKernedGlyphs(cr, text, at: origin, size: size) { glyphs, count, _ in
            cairo_show_glyphs(cr, glyphs, count)
        }
    }

    /// Lays `text` out as glyphs from `origin` (user space) with FreeType's pair kerning added, and hands
    /// them to `body` with the total kerning shift; the glyphs are freed afterwards.
    static func withKernedGlyphs(
        _ cr: OpaquePointer, _ text: String, at origin: Point, size: Double,
        _ body: (UnsafeMutablePointer<cairo_glyph_t>, Int32, Double) -> Void
    ) {
        guard let font = cairo_get_scaled_font(cr) else { return }
        var glyphs: UnsafeMutablePointer<cairo_glyph_t>?
        var count: Int32 = 0
        let status = cairo_scaled_font_text_to_glyphs(font, origin.x, origin.y, text, -1, &glyphs, &count, nil, nil, nil)
        guard status == CAIRO_STATUS_SUCCESS, let glyphs else { return }
        defer { cairo_glyph_free(glyphs) }
        var shift = 0.0
        if count > 1, let font = FreeTypeFont.dejaVuSans {
            let indices = (0..<Int(count)).map { UInt32(truncatingIfNeeded: glyphs[$0].index) }
            for (i, kern) in font.kerning(indices, size: size).enumerated() {
                shift += kern
                glyphs[i + 1].x += shift
            }
        }
        body(glyphs, count, shift)
    }

    private func setColor(_ c: Color) {
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
    }

    private func applyStroke(_ style: StrokeStyle) {
        setColor(style.color)
        cairo_set_line_width(cr, style.width)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        switch style.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        }
        if style.dash.isEmpty {
            cairo_set_dash(cr, nil, 0, 0)
        } else {
            cairo_set_dash(cr, style.dash, Int32(style.dash.count), 0)
        }
    }

    private func addPath(_ path: Path, dx: Double, dy: Double) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case let .move(p): cairo_move_to(cr, p.x + dx, p.y + dy)
            case let .line(p): cairo_line_to(cr, p.x + dx, p.y + dy)
            case .close: cairo_close_path(cr)
            case let .circle(center, radius):
                cairo_new_sub_path(cr)
                cairo_arc(cr, center.x + dx, center.y + dy, radius, 0, 2 * Double.pi)
                cairo_close_path(cr)
            case let .roundedRect(rect, radius):
                addRoundedRect(rect.minX + dx, rect.minY + dy, rect.width, rect.height, radius)
            }
        }
    }

    private func addRoundedRect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ r: Double) {
        guard r > 0 else {
            cairo_rectangle(cr, x, y, w, h)
            return
        }
        let half = Double.pi / 2
        cairo_new_sub_path(cr)
        cairo_arc(cr, x + w - r, y + r, r, -half, 0)
        cairo_arc(cr, x + w - r, y + h - r, r, 0, half)
        cairo_arc(cr, x + r, y + h - r, r, half, 2 * half)
        cairo_arc(cr, x + r, y + r, r, 2 * half, 3 * half)
        cairo_close_path(cr)
    }
}
