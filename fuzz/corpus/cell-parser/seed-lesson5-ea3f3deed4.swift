learn.sched.plotLR()
