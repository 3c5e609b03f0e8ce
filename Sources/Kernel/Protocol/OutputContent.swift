import Foundation
import NotebookFormat

/// The contents of IOPub output messages, shaped like the outputs nbrun writes into its `.ipynb` files.
enum OutputContent {
    /// `display_data` of a chart: the PNG, a text stand-in and its pixel size.
    static func image(_ image: PNGImage) -> JSON {
        [
            "data": [
                "image/png": .string(Data(image.data).base64EncodedString()),
                "text/plain": .string("<Figure \(image.width)x\(image.height)>"),
            ],
            "metadata": ["image/png": ["width": .int(image.width), "height": .int(image.height)]],
            "transient": [:],
        ]
    }

    /// `error` content: the kind as `ename`, the message as `evalue`, and the located diagnostic
    /// (`In[3]:2:5: error: …`, the line, a caret) as the traceback.
    static func error(_ error: CellError, cellName: String) -> JSON {
        let traceback = error.formatted(file: cellName).split(separator: "\n", omittingEmptySubsequences: false)
        return [
            "ename": .string(error.kind.rawValue),
            "evalue": .string(error.message),
            "traceback": .array(traceback.map { .string(String($0)) }),
        ]
    }
}
