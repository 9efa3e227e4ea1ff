import Frames

/// Errors from the collaborative-filtering data pieces. Each case carries the offending name,
/// value or row; `description` says what was expected.
public enum CollabError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No column has this name; `available` lists the file's (or frame's) columns in order.
    case columnNotFound(String, available: [String], source: String)
    /// The file has no data rows (an empty file, or only a header).
    case emptyData(source: String)
    /// A rating field is not a number. `row` is the 0-based data row (the file's line is about
    /// `row + 2` when the header is line 1 and no field spans lines).
    case nonNumericRating(column: String, row: Int, found: String)
    /// A rating field is empty (or NaN).
    case missingRating(column: String, row: Int)
    /// A rating is ±infinity, or does not fit a Float.
    case nonFiniteRating(column: String, row: Int, value: Double)
    /// A user or item id field is empty.
    case missingID(column: String, row: Int)
    /// More distinct ids than an Int32 index can hold.
    case tooManyIDs(column: String, count: Int)
    /// An id that the dataset never saw (`kind` is "user" or "item").
    case unknownID(kind: String, id: CellValue)
    /// A validation index outside `0..<rowCount`.
    case validationIndexOutOfRange(Int, rowCount: Int)
    /// A validation index listed twice.
    case duplicateValidationIndex(Int)
    /// A batch size below 1.
    case invalidBatchSize(Int)
    /// A ``RandomSource`` returned something that is not a permutation of `0..<expected`.
    case invalidPermutation(expectedCount: Int, problem: String)
    /// A learning-rate schedule parameter out of its range (`expected` says which range).
    case invalidScheduleParameter(name: String, value: Int, expected: String)
    /// A model or learner parameter out of its range (`value` as text, `expected` the range).
    case invalidModelParameter(name: String, value: String, expected: String)
    /// The training loss of a batch became NaN or infinite: `epoch` from 0 (as the fit's table),
    /// `batch` from 1 of `batches`, with the learning rate it was computed at. Training stops
    /// before that batch's optimizer step.
    case nonFiniteLoss(epoch: Int, batch: Int, batches: Int, loss: Double, lr: Double)
    /// The validation loss after epoch `epoch` (from 0) is NaN or infinite.
    case nonFiniteValidationLoss(epoch: Int, loss: Double, lr: Double?)

    public var description: String {
        switch self {
        case .columnNotFound(let name, let available, let source):
            let list = available.map { "'\($0)'" }.joined(separator: ", ")
            return "\(source): expected a column named '\(name)'; the data has \(available.isEmpty ? "no columns" : list)"
        case .emptyData(let source):
            return "\(source): expected at least one rating row, but there are none"
        case .nonNumericRating(let column, let row, let found):
            return "expected a number in rating column '\(column)' at row \(row), found '\(found)'"
        case .missingRating(let column, let row):
            return "expected a rating in column '\(column)' at row \(row), found a missing value"
        case .nonFiniteRating(let column, let row, let value):
            return "expected a finite Float rating in column '\(column)' at row \(row), found \(value)"
        case .missingID(let column, let row):
            return "expected an id in column '\(column)' at row \(row), found a missing value"
        case .tooManyIDs(let column, let count):
            return "expected at most \(Int32.max) distinct ids in column '\(column)', found \(count)"
        case .unknownID(let kind, let id):
            return "expected \(kind == "item" ? "an" : "a") \(kind) id that appears in the data, got \(id)"
        case .validationIndexOutOfRange(let index, let rowCount):
            return "expected validation indices in 0..<\(rowCount), got \(index)"
        case .duplicateValidationIndex(let index):
            return "expected distinct validation indices, but \(index) appears twice"
        case .invalidBatchSize(let size):
            return "expected a batch size of at least 1, got \(size)"
        case .invalidPermutation(let expectedCount, let problem):
            return "expected a permutation of 0..<\(expectedCount) from the random source: \(problem)"
        case .invalidScheduleParameter(let name, let value, let expected):
            return "expected \(name) to be \(expected), got \(value)"
        case .invalidModelParameter(let name, let value, let expected):
            return "expected \(name) to be \(expected), got \(value)"
        case .nonFiniteLoss(let epoch, let batch, let batches, let loss, let lr):
            return "expected a finite training loss, but it became \(loss) at epoch \(epoch), batch \(batch) of \(batches) "
                + "(learning rate \(lr)); training stopped there: try a smaller learning rate"
        case .nonFiniteValidationLoss(let epoch, let loss, let lr):
            return "expected a finite validation loss, but it is \(loss) after epoch \(epoch)"
                + (lr.map { " (last learning rate \($0))" } ?? "") + "; training stopped there: try a smaller learning rate"
        }
    }
}
