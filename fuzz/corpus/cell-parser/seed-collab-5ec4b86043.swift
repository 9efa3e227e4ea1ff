learn.fit(1e-2, 2, wds: wd, cycleLen: 1, cycleMult: 2)
