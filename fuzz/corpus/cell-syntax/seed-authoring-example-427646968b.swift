expect(meanSquaredError(slope: slope, intercept: intercept) < meanSquaredError(slope: 0, intercept: 0),
       "training lowers the loss")
expect(steps < 200 || abs(slope - trueSlope) < 0.8, "the slope is near 2 after 200 steps")
