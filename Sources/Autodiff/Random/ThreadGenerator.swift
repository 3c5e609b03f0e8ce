#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension RandomGenerator {
    /// The calling thread's generator, created from seed 0 on the thread's first use.
    ///
    /// `setSeed` and the random tensor creators use this one, not `shared`: a notebook session runs all
    /// its cells on one evaluation thread of its own, so two notebooks running at the same time (a
    /// course built with several jobs) each get their own sequence, the same as when run alone.
    public static var current: RandomGenerator {
        if let stored = pthread_getspecific(threadKey) {
            return Unmanaged<RandomGenerator>.fromOpaque(stored).takeUnretainedValue()
        }
        let generator = RandomGenerator(seed: 0)
        pthread_setspecific(threadKey, Unmanaged.passRetained(generator).toOpaque())
        return generator
    }

    /// The thread-specific slot; its destructor releases a finished thread's generator.
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { stored in
            #if os(Linux)
                guard let stored else { return }
            #endif
            Unmanaged<RandomGenerator>.fromOpaque(stored).release()
        }
        return key
    }()
}
