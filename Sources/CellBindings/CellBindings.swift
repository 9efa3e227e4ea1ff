// The domain modules of the cell language, in load order (a module may use the declarations of
// those before it). Each file of this module binds one domain through CellCore's registry API
// (Sources/CellCore/Library/Registry.swift): Swift declarations plus host implementations by key.

import CellCore

public enum CellBindings {
    /// Every domain module, in load order.
    public static var modules: [LibraryModule] {
        [
            CheckBindings.module, FrameBindings.module, TensorBindings.module, NNBindings.module, OptimBindings.module,
            MetricsBindings.module, CollabBindings.module, ALSBindings.module, PlotBindings.module,
        ]
    }

    /// Whether fits and ALS jobs report their progress on standard error (`notebook run --quiet`
    /// turns it off; the report still gets each fit's table).
    public static var showsProgress: Bool {
        get { FitProgressBar.isEnabled }
        set { FitProgressBar.isEnabled = newValue }
    }
}
