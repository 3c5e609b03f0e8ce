import CFreeType
import Foundation

/// DejaVu Sans through FreeType, found by fontconfig: the face cairo draws text with, and the font's pair
/// kerning as matplotlib's `FT2Font` applies it (FreeType's grid-fitted kerning at 8x horizontal
/// resolution, i.e. on a 1/8-pixel grid).
///
/// The only file that talks to FreeType and fontconfig. One instance lives for the process: cairo keeps
/// its glyph caches per FreeType face, so every figure shares them. cairo serialises its own use of
/// `drawingFace`; kerning sizes a second face of the same file under `lock`, so the two never interfere.
final class FreeTypeFont: @unchecked Sendable {
    /// The DejaVu Sans fontconfig resolves (`fonts-dejavu-core` on Debian), opened on first use so that a
    /// run without charts never starts fontconfig; nil when no font file can be found or opened.
    static let dejaVuSans = FreeTypeFont(family: "DejaVu Sans")

    /// The font file fontconfig chose.
    let file: String
    private let library: FT_Library
    private let drawingFace: FT_Face
    private let kerningFace: FT_Face
    private let lock = NSLock()

    /// Opens the best match fontconfig gives for `family`.
    init?(family: String) {
        guard let (file, index) = Self.match(family: family) else { return nil }
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else { return nil }
        var drawing: FT_Face?
        var kerning: FT_Face?
        guard FT_New_Face(library, file, index, &drawing) == 0, let drawing,
            FT_New_Face(library, file, index, &kerning) == 0, let kerning
        else {
            FT_Done_FreeType(library)
            return nil
        }
        self.file = file
        self.library = library
        self.drawingFace = drawing
        self.kerningFace = kerning
    }

    deinit {
        FT_Done_Face(kerningFace)
        FT_Done_Face(drawingFace)
        FT_Done_FreeType(library)
    }

    /// The FreeType face for cairo's `cairo_ft_font_face_create_for_ft_face` (an `FT_Face`, untyped so that no
    /// FreeType type crosses into the cairo file).
    var faceForCairo: UnsafeMutableRawPointer { UnsafeMutableRawPointer(drawingFace) }

    /// The kerning between each neighbouring pair of glyphs, in pixels at `size` pixels per em.
    ///
    /// Like matplotlib, the face is sized at 8x horizontal resolution and FreeType's default (grid-fitted)
    /// kerning is divided by 8, so kerning falls on a 1/8-pixel grid.
    /// - Parameter glyphs: glyph indices in this font, in text order.
    /// - Returns: `glyphs.count - 1` values (none for fewer than two glyphs); zeros where FreeType fails.
    func kerning(_ glyphs: [UInt32], size: Double) -> [Double] {
        guard glyphs.count > 1 else { return [] }
        lock.lock()
        defer { lock.unlock() }
        var request = FT_Size_RequestRec(
            type: FT_SIZE_REQUEST_TYPE_NOMINAL, width: FT_Long((size * 8 * 64).rounded()),
            height: FT_Long((size * 64).rounded()), horiResolution: 0, vertResolution: 0)
        guard FT_Request_Size(kerningFace, &request) == 0 else { return Array(repeating: 0, count: glyphs.count - 1) }
        return (1..<glyphs.count).map { i in
            var delta = FT_Vector()
            guard FT_Get_Kerning(kerningFace, glyphs[i - 1], glyphs[i], FT_UInt(FT_KERNING_DEFAULT.rawValue), &delta) == 0
            else { return 0 }
            return Double(delta.x) / 64 / 8
        }
    }

    /// The file and face index fontconfig's default configuration matches to `family`.
    private static func match(family: String) -> (file: String, index: FT_Long)? {
        let parsed = family.withCString { name in
            name.withMemoryRebound(to: FcChar8.self, capacity: family.utf8.count + 1) { FcNameParse($0) }
        }
        guard let pattern = parsed else { return nil }
        defer { FcPatternDestroy(pattern) }
        FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        guard let font = FcFontMatch(nil, pattern, &result) else { return nil }
        defer { FcPatternDestroy(font) }
        var file: UnsafeMutablePointer<FcChar8>?
        var index: Int32 = 0
        guard FcPatternGetString(font, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
        _ = FcPatternGetInteger(font, FC_INDEX, 0, &index)
        return (String(cString: file), FT_Long(index))
    }
}
