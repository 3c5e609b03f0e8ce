import Foundation
import Testing
@testable import Kernel

@Suite struct KernelSpecTests {
    @Test func kernelJSONStartsNBRunWithTheConnectionFile() throws {
        let json = KernelSpec(executable: "/opt/nbrun/bin/nbrun").json
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["argv"] as? [String] == ["/opt/nbrun/bin/nbrun", "kernel", "-f", "{connection_file}"])
        #expect(object["display_name"] as? String == "Swift (nbrun)")
        #expect(object["language"] as? String == "swift")
        #expect(object["interrupt_mode"] as? String == "message")
    }

    @Test func kernelJSONStartsTheLauncherWhenThereIsOne() throws {
        let json = KernelSpec(executable: "/opt/bin/nbrun", launcher: "/opt/bin/nbrun-kernel-launcher").json
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["argv"] as? [String] == ["/opt/bin/nbrun-kernel-launcher", "{connection_file}", "/opt/bin/nbrun"])
    }

    @Test func locationsFollowJupytersInstallRules() {
        #expect(KernelSpec.Location.prefix("/venv").directory().path == "/venv/share/jupyter/kernels/nbrun")
        #expect(KernelSpec.Location.user.directory(environment: ["HOME": "/home/a"]).path
            == "/home/a/.local/share/jupyter/kernels/nbrun")
        #expect(KernelSpec.Location.user.directory(environment: ["HOME": "/home/a", "JUPYTER_DATA_DIR": "/data"]).path
            == "/data/kernels/nbrun")
        #expect(KernelSpec.Location.system.directory().path == "/usr/local/share/jupyter/kernels/nbrun")
    }

    @Test func installWritesKernelJSON() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-spec-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let spec = KernelSpec(executable: "/usr/bin/nbrun")
        let directory = try spec.install(at: .prefix(prefix.path))
        let written = try String(contentsOf: directory.appendingPathComponent("kernel.json"), encoding: .utf8)
        #expect(written == spec.json)
    }
}

@Suite struct ConnectionInfoTests {
    private func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kernel-\(UUID().uuidString).json")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func readsAJupyterConnectionFile() throws {
        let path = try write("""
            {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
             "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "nbrun"}
            """)
        let info = try ConnectionInfo.read(path: path)
        #expect(info.endpoint(info.controlPort) == "tcp://127.0.0.1:5004")
        #expect(info.key == "abc")
    }

    @Test func badFilesAreNamedErrors() throws {
        let missingKey = try write(#"{"shell_port": 1, "ip": "127.0.0.1"}"#)
        #expect(throws: ConnectionInfo.Problem.self) { try ConnectionInfo.read(path: missingKey) }
        do {
            _ = try ConnectionInfo.read(path: try write("""
                {"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5,
                 "ip": "127.0.0.1", "key": "k", "transport": "tcp", "signature_scheme": "hmac-md5"}
                """))
            Issue.record("hmac-md5 was accepted")
        } catch {
            #expect("\(error)".hasSuffix("unsupported signature_scheme 'hmac-md5' (nbrun signs with hmac-sha256)"))
        }
        #expect(throws: ConnectionInfo.Problem.self) { try ConnectionInfo.read(path: "/no/such/connection.json") }
    }
}
