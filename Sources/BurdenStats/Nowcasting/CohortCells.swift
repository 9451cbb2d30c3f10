/// The cells of a triangle between consecutive snapshots of a grid, cohort by
/// cohort: what each cohort's count did from one snapshot to the next.
///
/// A cell of cohort c between snapshots a < b holds the days of c that were younger
/// than the maximum delay D at snapshot a (older days are complete by the model and
/// left out; what they still gained is counted in ``TriangleCounts/namedAfter(maximumDelay:snapshot:)``),
/// their count n at b and the increase x since a. A cell whose count is 0, whose days
/// had not begun by a, or whose count went down (x < 0, a correction of the list) says
/// nothing about the delays and is not kept; decreases are counted.
struct CohortCells {
    struct Cell {
        /// The snapshot indices a < b.
        var earlier: Int
        var later: Int
        /// The days of the cell (day numbers), first and last.
        var lower: Int
        var upper: Int
        /// The count at b and the increase since a.
        var count: Double
        var increase: Double
    }

    let cells: [Cell]
    /// Cells whose count went down, and the deaths they lost.
    let decreases: Int
    let removed: Int

    /// The cells between consecutive snapshots of `grid` (indices into the snapshots, ascending).
    init(counts: TriangleCounts, grid: [Int], maximumDelay: Int) {
        var cells: [Cell] = []
        var decreases = 0
        var removed = 0
        let lastDay = counts.firstDay + counts.dayCount - 1
        for (a, b) in zip(grid, grid.dropFirst()) {
            let earlierDay = counts.snapshotDays[a]
            for c in 0..<counts.cohortCount {
                let days = counts.cohortDays(c)
                let lower = max(days.lowerBound, earlierDay - maximumDelay + 1)
                let upper = min(days.upperBound, lastDay)
                guard lower <= upper, lower <= earlierDay else { continue }
                let n = counts.sum(snapshot: b, days: lower, upper)
                let x = n - counts.sum(snapshot: a, days: lower, upper)
                if x < 0 {
                    decreases += 1
                    removed -= x
                    continue
                }
                guard n > 0 else { continue }
                cells.append(Cell(earlier: a, later: b, lower: lower, upper: upper, count: Double(n), increase: Double(x)))
            }
        }
        self.cells = cells
        self.decreases = decreases
        self.removed = removed
    }
}
