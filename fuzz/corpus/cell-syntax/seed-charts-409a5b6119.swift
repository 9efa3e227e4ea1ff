bar([String](), [Double](), title: "An empty bar chart")
