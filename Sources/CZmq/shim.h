// libzmq (Debian's libzmq3-dev), used only by Sources/Kernel/ZMQ.swift.
#include <zmq.h>
