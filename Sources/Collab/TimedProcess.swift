#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process with a deadline: started in its own process group (so stopping it stops
/// everything it started: spark-submit's JVM, its Python driver, its workers), standard input
/// from /dev/null, standard output and error appended to one log file.
///
/// Used by the Spark engine so that no Spark call can hang a notebook, and by the scale
/// benchmark to measure a child's peak memory.
public struct TimedProcess: Sendable {
    /// How a run ended.
    public enum Outcome: Sendable, Equatable {
        /// Exited with this status.
        case exited(Int32)
        /// Killed by this signal (not by us).
        case signalled(Int32)
        /// Stopped by us: the deadline of this phase passed.
        case timedOut(phase: String)
    }

    /// The end of a run.
    public struct Result: Sendable, Equatable {
        public let outcome: Outcome
        /// Wall-clock seconds from start to end.
        public let seconds: Double
        /// Peak resident memory of the child process itself, in bytes (`wait4`'s `ru_maxrss`).
        public let peakResidentBytes: Int
    }

    /// A deadline that ends when `isDone()` first returns true (e.g. "the job has started").
    public struct Phase: Sendable {
        public let name: String
        public let seconds: Double
        public let isDone: @Sendable () -> Bool
        public init(name: String, seconds: Double, isDone: @escaping @Sendable () -> Bool) {
            self.name = name
            self.seconds = seconds
            self.isDone = isDone
        }
    }

    public let executable: String
    public let arguments: [String]
    public let environment: [String: String]
    public let logPath: String

    public init(executable: String, arguments: [String], environment: [String: String], logPath: String) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.logPath = logPath
    }

    /// Runs to the end or until a deadline: each phase's clock starts when the previous phase is
    /// done; `total` bounds the whole run. On a deadline the process group gets SIGTERM, then
    /// SIGKILL 5 s later.
    /// - Throws: ``ALSError/io(path:problem:)`` when the process cannot be started.
    /// - Parameters:
    ///   - phaseDone: told each phase's name and the seconds since the start when the phase is
    ///     done (called from this thread).
    ///   - checkCancellation: called every poll (20 ms); when it throws (a cell's timeout,
    ///     Ctrl-C), the process group is stopped as on a deadline and the error is rethrown.
    public func run(
        phases: [Phase] = [], total: Double,
        phaseDone: ((String, Double) -> Void)? = nil,
        checkCancellation: () throws -> Void = {}
    ) throws -> Result {
        let start = Self.now()
        let pid = try spawn()
        var phaseIndex = 0
        var phaseStart = start
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid {
                let outcome: Outcome = (status & 0x7f) == 0 ? .exited((status >> 8) & 0xff) : .signalled(status & 0x7f)
                return Result(outcome: outcome, seconds: Self.now() - start, peakResidentBytes: Int(usage.ru_maxrss) * 1024)
            }
            if waited < 0 && errno != EINTR {
                return Result(outcome: .exited(-1), seconds: Self.now() - start, peakResidentBytes: 0)
            }
            let now = Self.now()
            while phaseIndex < phases.count && phases[phaseIndex].isDone() {
                phaseDone?(phases[phaseIndex].name, now - start)
                phaseIndex += 1
                phaseStart = now
            }
            var expired: String? = nil
            if phaseIndex < phases.count && now - phaseStart > phases[phaseIndex].seconds {
                expired = phases[phaseIndex].name
            } else if now - start > total {
                expired = "finish"
            }
            if let phase = expired {
                let peak = Self.stop(group: pid)
                return Result(outcome: .timedOut(phase: phase), seconds: Self.now() - start, peakResidentBytes: peak)
            }
            do {
                try checkCancellation()
            } catch {
                _ = Self.stop(group: pid)
                throw error
            }
            usleep(20_000)
        }
    }

    /// SIGTERM to the group, SIGKILL after 5 s, then reaps the child; returns its peak memory.
    private static func stop(group pid: pid_t) -> Int {
        kill(-pid, SIGTERM)
        let deadline = now() + 5
        var status: Int32 = 0
        var usage = rusage()
        while now() < deadline {
            if wait4(pid, &status, WNOHANG, &usage) == pid {
                kill(-pid, SIGKILL)  // stragglers in the group
                return Int(usage.ru_maxrss) * 1024
            }
            usleep(20_000)
        }
        kill(-pid, SIGKILL)
        _ = wait4(pid, &status, 0, &usage)
        return Int(usage.ru_maxrss) * 1024
    }

    private func spawn() throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = (argv + [nil]).withUnsafeBufferPointer { argvBuffer -> Int32 in
            (envp + [nil]).withUnsafeBufferPointer { envBuffer -> Int32 in
                guard let argvBase = argvBuffer.baseAddress, let envBase = envBuffer.baseAddress else { return EINVAL }
                return posix_spawn(&pid, executable, &actions, &attributes, argvBase, envBase)
            }
        }
        guard code == 0 else {
            throw ALSError.io(path: executable, problem: "cannot start the process: \(String(cString: strerror(code)))")
        }
        return pid
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
