let lrs = learn.sched!.lrs
expect(lrs.count == 3750 && lrs[0] == 1e-4 && lrs[62] == 1e-4 && lrs[1250] == 0.01)
(lrs[63], lrs[1249], lrs[3749])
