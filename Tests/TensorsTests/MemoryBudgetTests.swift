import Testing

@testable import Tensors

@Suite struct MemoryBudgetTests {
    @Test func anAllocationPastTheBudgetNamesItselfAndItsSize() throws {
        let shape = try Shape([30000, 30000])
        #expect(throws: TensorError.self) {
            try MemoryBudget.reserve(shape.count, op: "zeros", shape: shape, budget: 8 << 30, resident: { 6 << 30 })
        }
        do {
            try MemoryBudget.reserve(shape.count, op: "zeros", shape: shape, budget: 8 << 30, resident: { 6 << 30 })
        } catch {
            #expect(
                error.description
                    == "zeros: allocating a tensor of shape [30000, 30000] (3.35 GiB) would take the session from 6.0 GiB "
                    + "past its memory budget of 8.0 GiB; expected smaller tensors, or a larger budget (notebook run --memory-budget)")
        }
        // Within the budget, and small allocations are not checked at all.
        try MemoryBudget.reserve(shape.count, op: "zeros", shape: shape, budget: 16 << 30, resident: { 6 << 30 })
        try MemoryBudget.reserve(1000, op: "zeros", shape: try Shape([1000]), budget: 0, resident: { 1 << 40 })
    }

    @Test func residentAndPhysicalMemoryAreRead() {
        #expect(MemoryBudget.residentBytes() > 1 << 20)
        #expect(MemoryBudget.physicalMemory() > MemoryBudget.residentBytes())
        #expect(MemoryBudget.defaultBudget() < MemoryBudget.physicalMemory())
    }
}
