/// Whether ops record themselves for autodiff. On by default; `withNoGrad` turns it off for a
/// scope (PyTorch `torch.no_grad()`), e.g. for evaluation. Scoped per task (a task-local value),
/// so concurrent tests do not interfere.
public enum GradMode {
    @TaskLocal static var enabled: Bool = true

    /// True when ops currently record themselves for autodiff.
    public static var isEnabled: Bool { enabled }

    /// Runs `body` with recording off: results of ops inside do not require gradients.
    public static func withNoGrad<R>(_ body: () throws -> R) rethrows -> R {
        try $enabled.withValue(false, operation: body)
    }

    /// Runs `body` with recording set to `on` (PyTorch `torch.set_grad_enabled(on)` as a scope).
    public static func withGradEnabled<R>(_ on: Bool, _ body: () throws -> R) rethrows -> R {
        try $enabled.withValue(on, operation: body)
    }
}
