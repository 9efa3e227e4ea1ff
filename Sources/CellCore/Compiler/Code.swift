// Compiled code: closures over a frame, specialised by the static type of what they compute.
// Int, Double and Bool expressions return the unboxed host value; everything else a `Value`.

typealias IntCode = (Frame) throws -> Int
typealias DoubleCode = (Frame) throws -> Double
typealias BoolCode = (Frame) throws -> Bool
typealias ValueCode = (Frame) throws -> Value
/// A statement: runs, then says where control goes (`Flow`).
typealias StmtCode = (Frame) throws -> Flow
/// An lvalue's modify accessor: gives `body` in-place access to the storage (the container is
/// moved out of its slot while `body` runs, so it stays uniquely referenced).
typealias ModifyCode = (Frame, (inout Value) throws -> Void) throws -> Void

enum Code {
    case int(IntCode)
    case double(DoubleCode)
    case bool(BoolCode)
    case value(ValueCode)

    var value: ValueCode {
        switch self {
        case .int(let f): return { .int(try f($0)) }
        case .double(let f): return { .double(try f($0)) }
        case .bool(let f): return { .bool(try f($0)) }
        case .value(let f): return f
        }
    }

    var int: IntCode {
        switch self {
        case .int(let f): return f
        case .value(let f): return { try f($0).asInt }
        default: preconditionFailure("interpreter bug: code of another type used as Int")
        }
    }

    var double: DoubleCode {
        switch self {
        case .double(let f): return f
        case .value(let f): return { try f($0).asDouble }
        default: preconditionFailure("interpreter bug: code of another type used as Double")
        }
    }

    var bool: BoolCode {
        switch self {
        case .bool(let f): return f
        case .value(let f): return { try f($0).asBool }
        default: preconditionFailure("interpreter bug: code of another type used as Bool")
        }
    }
}
