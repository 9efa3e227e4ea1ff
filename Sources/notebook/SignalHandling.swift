import CellCore
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM stop the run but keep the report: the first signal asks the running
/// cell to stop (`Interruption`), the runner marks the cells after it as not run, writes the report
/// and the command exits with 130. A second signal quits at once.
enum SignalHandling {
    static func install() {
        // A parent may start us with these signals blocked (the mask is inherited): unblock them.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for number in [SIGINT, SIGTERM] {
            signal(number) { _ in
                if Interruption.isRequested { _exit(130) }
                Interruption.request()
                let message: StaticString = "\nnotebook: interrupted; writing the report (interrupt again to quit at once)\n"
                _ = message.withUTF8Buffer { write(2, $0.baseAddress, $0.count) }
            }
        }
    }
}
