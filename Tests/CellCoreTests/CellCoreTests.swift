// The CellCore test suites, run one test at a time: sessions are not created from several
// threads at once in the application, and each cell already runs on a thread of its own.

import Testing

@Suite(.serialized) struct CellCoreTests {}
