learn.sched.plotLoss()
