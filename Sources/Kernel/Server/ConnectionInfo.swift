import Foundation

/// The connection file a Jupyter front end writes for the kernel it starts: where to bind the five
/// channels and the key that signs every message.
public struct ConnectionInfo: Sendable, Equatable, Decodable {
    /// `tcp` (or `ipc`).
    public var transport: String
    /// The address to bind, such as `127.0.0.1`.
    public var ip: String
    /// Port of the shell channel (requests and replies).
    public var shellPort: Int
    /// Port of the IOPub channel (status, outputs).
    public var iopubPort: Int
    /// Port of the stdin channel (input requests; nbrun never asks for input).
    public var stdinPort: Int
    /// Port of the control channel (interrupt, shutdown).
    public var controlPort: Int
    /// Port of the heartbeat echo.
    public var hbPort: Int
    /// The HMAC key; empty means messages are not signed.
    public var key: String
    /// Must be `hmac-sha256`.
    public var signatureScheme: String

    enum CodingKeys: String, CodingKey {
        case transport, ip, key
        case shellPort = "shell_port", iopubPort = "iopub_port", stdinPort = "stdin_port"
        case controlPort = "control_port", hbPort = "hb_port", signatureScheme = "signature_scheme"
    }

    /// Why a connection file cannot be used.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        /// `nbrun: FILE: reason`.
        public var description: String
    }

    /// Reads and checks the connection file at `path`.
    /// - Throws: `Problem` when the file is unreadable, not a connection file, or asks for another scheme.
    public static func read(path: String) throws(Problem) -> ConnectionInfo {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Problem(description: "\(path): cannot read the connection file")
        }
        let info: ConnectionInfo
        do {
            info = try JSONDecoder().decode(ConnectionInfo.self, from: data)
        } catch {
            throw Problem(description: "\(path): not a Jupyter connection file (\(Self.reason(error)))")
        }
        guard info.signatureScheme == "hmac-sha256" else {
            throw Problem(description: "\(path): unsupported signature_scheme '\(info.signatureScheme)' (nbrun signs with hmac-sha256)")
        }
        return info
    }

    /// The ZeroMQ endpoint of `port` on the connection's address.
    public func endpoint(_ port: Int) -> String {
        transport == "ipc" ? "ipc://\(ip)-\(port)" : "\(transport)://\(ip):\(port)"
    }

    private static func reason(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _)?: "missing \(key.stringValue)"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            "wrong type for \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        default: "invalid JSON"
        }
    }
}
