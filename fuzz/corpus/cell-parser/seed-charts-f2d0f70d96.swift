let xs = [1.0, 2.0, 3.0, 4.0, 5.0]
let ys = [2.0, 3.5, 1.0, 4.5, 3.0]
scatter(x: xs, y: ys, labels: ["Tom & Jerry", "<script>", "\"quoted\" 'single'", "Amélie ✓", "東京物語"],
        colors: ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"],
        title: "Five films", xLabel: "factor 1", yLabel: "factor 2")
