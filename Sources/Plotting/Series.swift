/// One named line of a line chart: points (x[i], y[i]) joined in order.
public struct Series: Sendable {
    /// Legend text (empty: not listed in the legend).
    public var name: String
    public var x: [Double]
    public var y: [Double]
    /// CSS colour (nil or invalid: the tab10 colour at the series' position).
    public var color: String?
    /// Draw a dot (6 px across) at every point, as matplotlib's `marker='o'`, so single values
    /// (one per epoch, say) stay visible along the line.
    public var markers: Bool

    public init(name: String = "", x: [Double], y: [Double], color: String? = nil, markers: Bool = false) {
        self.name = name
        self.x = x
        self.y = y
        self.color = color
        self.markers = markers
    }

    /// A series over x = 0, 1, 2, … (iterations, epochs), like `plt.plot(y)`.
    public init(name: String = "", y: [Double], color: String? = nil, markers: Bool = false) {
        self.init(name: name, x: (0..<y.count).map(Double.init), y: y, color: color, markers: markers)
    }
}
