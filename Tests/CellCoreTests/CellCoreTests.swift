// The CellCore test suites. They run in parallel: sessions share no mutable state, and each does
// its parsing, checking and running on a large-stack thread of its own (Session.swift).

import Testing

@Suite struct CellCoreTests {}
