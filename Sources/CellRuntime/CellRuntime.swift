// CellRuntime: runs the cells of a notebook (DESIGN.md, "The cell language", "Builtins", "Speed").
//
// What this module offers:
//
//   Session(baseDirectory:seed:registry:)    one notebook run: shared globals, seeded random, paths  Session.swift
//     .run([Stmt]) -> CellRunResult          outputs (.stream / .display) in order, plus the RuntimeError if any
//     .resolvePath(_:) / .random / .reseed(_:)
//   Value                                    the run-time value (Int, Double, String, arrays … host objects)  Value.swift
//   HostObject, HostBaseClass                how other modules plug their types in                 HostObject.swift
//   BuiltinRegistry, BuiltinTable,           one table per domain: functions, methods and properties
//   BuiltinFunction, BuiltinProperty,        by type name, each with signature and doc; arguments are
//   BuiltinArguments, BuiltinContext         checked by one binder (Builtins/ArgumentBinding.swift)
//   CoreBuiltins, CollectionBuiltins         print, math, conversions; Array/Dictionary/String/Range members
//   DisplayValue, DisplayTable, Display      what a value shows as (text, table, html, svg)           Display.swift
//   RuntimeError, BuiltinError               located errors phrased as what was expected              RuntimeError.swift
//   SeededRandom                             xoshiro256** seeded by SplitMix64                        Random.swift
//
// How a cell runs: CompileContext resolves every local name to a frame slot (or a captured box, or
// a late-bound global); Interpreter*.swift compile statements and expressions into Swift closures
// once per cell; the closures run over Frames. Operators live in Arithmetic.swift, loose type
// checks in TypeCheck.swift, assignment targets in Interpreter+LValues.swift.
