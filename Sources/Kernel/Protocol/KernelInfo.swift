/// What `kernel_info_reply` says about nbrun and its language (COURSE.md §3).
public enum KernelInfo {
    /// The implementation's version.
    public static let version = "0.1.0"

    /// `language_info`: Swift, with the `.swift` extension Jupyter's editors highlight.
    public static let languageInfo: JSON = [
        "name": "swift",
        "version": "6.0",
        "mimetype": "text/x-swift",
        "file_extension": ".swift",
        "codemirror_mode": "swift",
        "pygments_lexer": "swift",
    ]

    /// The whole reply content.
    static let content: JSON = [
        "status": "ok",
        "protocol_version": .string(MessageHeader.protocolVersion),
        "implementation": "nbrun",
        "implementation_version": .string(version),
        "language_info": languageInfo,
        "banner": "nbrun: Swift cells with tensors, GradientTape and plt",
        "help_links": [],
        "debugger": false,
    ]
}
