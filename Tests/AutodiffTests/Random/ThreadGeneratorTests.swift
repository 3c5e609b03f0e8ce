import Foundation
import Synchronization
import Testing

@testable import Autodiff

@Suite struct ThreadGeneratorTests {
    /// Draws `rounds` batches on a new thread, pausing between them so other threads' draws interleave.
    private func drawOnNewThread(seed: Int?, rounds: Int, start: DispatchSemaphore) -> [Double] {
        let result = Mutex<[Double]>([])
        let done = DispatchSemaphore(value: 0)
        Thread {
            start.wait()
            if let seed { setSeed(seed) }
            for _ in 0..<rounds {
                let values = (try? Tensor.randomUniform([4], dtype: .float64).doubles) ?? []
                result.withLock { $0 += values }
                usleep(200)
            }
            done.signal()
        }.start()
        done.wait()
        return result.withLock { $0 }
    }

    @Test func eachThreadHasItsOwnSequenceStartingFromSeedZero() throws {
        let reference = RandomGenerator(seed: 0).uniforms(4 * 20)
        let seeded = RandomGenerator(seed: 7).uniforms(4 * 20)
        let start = DispatchSemaphore(value: 0)
        let first = Mutex<[Double]>([])
        let second = Mutex<[Double]>([])
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            first.withLock { $0 = drawOnNewThread(seed: nil, rounds: 20, start: start) }
        }
        DispatchQueue.global().async(group: group) {
            second.withLock { $0 = drawOnNewThread(seed: 7, rounds: 20, start: start) }
        }
        start.signal()
        start.signal()
        group.wait()
        #expect(first.withLock { $0 } == reference)
        #expect(second.withLock { $0 } == seeded)
    }
}
