import Collab
import Tensors

/// The benchmark's embedded SGD learner: fastai's dot-product-with-biases model trained by
/// mini-batch SGD whose updates touch only the rows a batch uses ("row-sparse", allowed for the
/// scale benchmark; the lesson's learner uses dense optimizer sweeps). Shapes: B batch, F factors,
/// U users, I items.
///
///     prediction(u, i) = xᵤ·yᵢ + bᵤ + bᵢ + mean          (mean: the training mean)
///     loss = 1/B Σ (prediction − r)²  + wd/2 Σ_touched ‖row‖²
///
/// Per batch: gradients are accumulated per example into the touched rows (scatter-add: a row used
/// twice in one batch gets both contributions, as dense autograd would), then each touched row is
/// stepped once: row −= lr·(grad + wd·row). Rows start uniform in [0, 0.05) like fastai's
/// embeddings (`emb_init`), biases at 0.
struct RowSparseSGD {
    let factors: Int
    var users: [Float], items: [Float], userBias: [Float], itemBias: [Float]
    let mean: Float

    init(nUsers: Int, nItems: Int, factors: Int, mean: Float, seed: UInt64) {
        let random = RandomGenerator(seed: seed)
        func uniform(_ n: Int) -> [Float] { (0..<n).map { _ in random.nextFloat() * 0.05 } }
        self.factors = factors
        users = uniform(nUsers * factors)
        items = uniform(nItems * factors)
        userBias = [Float](repeating: 0, count: nUsers)
        itemBias = [Float](repeating: 0, count: nItems)
        self.mean = mean
    }

    /// One epoch over `train` in the order `order` (indices into the rows), batches of `batch`.
    /// Returns the epoch's mean training loss (MSE before each step).
    ///
    /// Gradients go to a compact per-batch buffer (one slot per touched row, ≤ B slots, which
    /// stays in cache) instead of a full-size gradient table: `userSlot[u]` is u's slot in this
    /// batch or -1.
    mutating func epoch(_ train: RatingRows, order: [Int32], batch: Int, lr: Float, wd: Float) -> Double {
        let nUsers = userBias.count, nItems = itemBias.count, f = factors
        // Scratch as raw buffers: no copy-on-write or exclusivity checks in the hot loop.
        let gx = UnsafeMutablePointer<Float>.allocate(capacity: batch * f)
        let gy = UnsafeMutablePointer<Float>.allocate(capacity: batch * f)
        let gbu = UnsafeMutablePointer<Float>.allocate(capacity: batch)
        let gbi = UnsafeMutablePointer<Float>.allocate(capacity: batch)
        let userSlot = UnsafeMutablePointer<Int32>.allocate(capacity: nUsers)
        let itemSlot = UnsafeMutablePointer<Int32>.allocate(capacity: nItems)
        let touchedUsers = UnsafeMutablePointer<Int32>.allocate(capacity: batch)
        let touchedItems = UnsafeMutablePointer<Int32>.allocate(capacity: batch)
        userSlot.initialize(repeating: -1, count: nUsers)
        itemSlot.initialize(repeating: -1, count: nItems)
        defer {
            gx.deallocate(); gy.deallocate(); gbu.deallocate(); gbi.deallocate()
            userSlot.deallocate(); itemSlot.deallocate(); touchedUsers.deallocate(); touchedItems.deallocate()
        }
        let mean = self.mean
        var lossSum = 0.0
        train.userIdx.withUnsafeBufferPointer { uIdx in
            train.itemIdx.withUnsafeBufferPointer { iIdx in
                train.ratings.withUnsafeBufferPointer { r in
                    order.withUnsafeBufferPointer { order in
                        users.withUnsafeMutableBufferPointer { xs in
                            items.withUnsafeMutableBufferPointer { ys in
                                userBias.withUnsafeMutableBufferPointer { bus in
                                    itemBias.withUnsafeMutableBufferPointer { bis in
                                        guard let x = xs.baseAddress, let y = ys.baseAddress, let bu = bus.baseAddress, let bi = bis.baseAddress,
                                            let uIdx = uIdx.baseAddress, let iIdx = iIdx.baseAddress, let r = r.baseAddress,
                                            let order = order.baseAddress
                                        else { return }
                                        // This batch's examples gathered first (independent loads the CPU overlaps), then
                                        // the rows of the example `ahead` positions on touched early (a software prefetch).
                                        let bu_ = UnsafeMutablePointer<Int32>.allocate(capacity: batch)
                                        let bi_ = UnsafeMutablePointer<Int32>.allocate(capacity: batch)
                                        let br_ = UnsafeMutablePointer<Float>.allocate(capacity: batch)
                                        defer { bu_.deallocate(); bi_.deallocate(); br_.deallocate() }
                                        let ahead = 6
                                        var sink: Float = 0
                                        var start = 0
                                        while start < train.count {
                                            let end = Swift.min(start + batch, train.count)
                                            let count = end - start
                                            for j in 0..<count {
                                                let n = Int(order[start + j])
                                                bu_[j] = uIdx[n]
                                                bi_[j] = iIdx[n]
                                                br_[j] = r[n]
                                            }
                                            let scale = 2 / Float(count)
                                            var nu = 0, ni = 0
                                            for j in 0..<count {
                                                if j + ahead < count {
                                                    let xa = x + Int(bu_[j + ahead]) * f, ya = y + Int(bi_[j + ahead]) * f
                                                    var k = 0
                                                    while k < f { sink += xa[k] + ya[k]; k += 16 }
                                                }
                                                let u = Int(bu_[j]), i = Int(bi_[j])
                                                let rating = br_[j]
                                                let xu = x + u * f, yi = y + i * f
                                                let dot = Self.dot(xu, yi, f)
                                                let error = dot + bu[u] + bi[i] + mean - rating
                                                lossSum += Double(error * error)
                                                let g = scale * error
                                                var su = Int(userSlot[u])
                                                if su < 0 {
                                                    su = nu; userSlot[u] = Int32(nu); touchedUsers[nu] = Int32(u); nu += 1
                                                    (gx + su * f).update(repeating: 0, count: f)
                                                    gbu[su] = 0
                                                }
                                                var si = Int(itemSlot[i])
                                                if si < 0 {
                                                    si = ni; itemSlot[i] = Int32(ni); touchedItems[ni] = Int32(i); ni += 1
                                                    (gy + si * f).update(repeating: 0, count: f)
                                                    gbi[si] = 0
                                                }
                                                let gxu = gx + su * f, gyi = gy + si * f
                                                Self.axpy(g, yi, gxu, f)
                                                Self.axpy(g, xu, gyi, f)
                                                gbu[su] += g
                                                gbi[si] += g
                                            }
                                            for t in 0..<nu {
                                                let u = Int(touchedUsers[t])
                                                let xu = x + u * f, gxu = gx + t * f
                                                for k in 0..<f { xu[k] -= lr * (gxu[k] + wd * xu[k]) }
                                                bu[u] -= lr * gbu[t]
                                                userSlot[u] = -1
                                            }
                                            for t in 0..<ni {
                                                let i = Int(touchedItems[t])
                                                let yi = y + i * f, gyi = gy + t * f
                                                for k in 0..<f { yi[k] -= lr * (gyi[k] + wd * yi[k]) }
                                                bi[i] -= lr * gbi[t]
                                                itemSlot[i] = -1
                                            }
                                            start = end
                                        }
                                        if sink.isNaN { lossSum += 0 }  // keeps the prefetch loads
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return lossSum / Double(Swift.max(train.count, 1))
    }

    /// Σ a[k]·b[k] over k < n, eight lanes at a time (then the tail).
    @inline(__always)
    static func dot(_ a: UnsafeMutablePointer<Float>, _ b: UnsafeMutablePointer<Float>, _ n: Int) -> Float {
        var lanes = SIMD8<Float>()
        var k = 0
        while k + 8 <= n {
            let va = UnsafeRawPointer(a + k).loadUnaligned(as: SIMD8<Float>.self)
            let vb = UnsafeRawPointer(b + k).loadUnaligned(as: SIMD8<Float>.self)
            lanes += va * vb
            k += 8
        }
        var sum = lanes.sum()
        while k < n { sum += a[k] * b[k]; k += 1 }
        return sum
    }

    /// y[k] += alpha·x[k] over k < n, eight lanes at a time (then the tail).
    @inline(__always)
    static func axpy(_ alpha: Float, _ x: UnsafeMutablePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        let va = SIMD8<Float>(repeating: alpha)
        var k = 0
        while k + 8 <= n {
            let vx = UnsafeRawPointer(x + k).loadUnaligned(as: SIMD8<Float>.self)
            var vy = UnsafeRawPointer(y + k).loadUnaligned(as: SIMD8<Float>.self)
            vy += va * vx
            UnsafeMutableRawPointer(y + k).storeBytes(of: vy, as: SIMD8<Float>.self)
            k += 8
        }
        while k < n { y[k] += alpha * x[k]; k += 1 }
    }

    /// RMSE on `rows`, accumulated in Double.
    func rmse(_ rows: RatingRows) -> Double {
        let f = factors
        var sum = 0.0
        for n in 0..<rows.count {
            let u = Int(rows.userIdx[n]), i = Int(rows.itemIdx[n])
            var dot: Float = 0
            for k in 0..<f { dot += users[u * f + k] * items[i * f + k] }
            let d = Double(dot + userBias[u] + itemBias[i] + mean) - Double(rows.ratings[n])
            sum += d * d
        }
        return (sum / Double(Swift.max(rows.count, 1))).squareRoot()
    }
}
