// LAPACKE's C interface (Debian: liblapacke-dev puts lapacke.h in /usr/include) and OpenBLAS'
// CBLAS (cblas.h in /usr/include/x86_64-linux-gnu). Imported by Collab's
// SingularValueDecomposition.swift (LAPACK) and ALSNormalEquations.swift (BLAS + LAPACK) only.
#include <lapacke.h>
#include <cblas.h>
