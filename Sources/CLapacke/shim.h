// LAPACKE's C interface (Debian: liblapacke-dev puts lapacke.h in /usr/include).
// Only Sources/Collab/LinearAlgebra.swift imports this module.
#include <lapacke.h>
