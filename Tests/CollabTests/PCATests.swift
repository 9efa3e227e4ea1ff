import Testing

@testable import Collab

// Reference values: golden/sklearn_pca.py (scikit-learn 1.9.1, PCA(svd_solver='full')).
@Suite struct PCATests {
    static let tolerance = 1e-6

    static func close(_ a: [Double], _ b: [Double], _ tol: Double = tolerance) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tol }
    }

    /// 8 samples × 5 features.
    static let a: [Double] = [
        2.5, 2.4, 0.5, 1.0, -1.2,
        0.5, 0.7, 1.5, -0.3, 0.8,
        2.2, 2.9, 0.1, 1.1, -0.4,
        1.9, 2.2, 0.9, 0.4, 0.3,
        3.1, 3.0, -0.6, 2.0, -1.5,
        2.3, 2.7, 0.3, 0.9, 0.0,
        2.0, 1.6, 1.2, 0.2, 0.6,
        1.0, 1.1, 1.7, -0.5, 1.1,
    ]

    /// Eᵀ for a 12×5 E with E[i][j] = ((7i + 3j) mod 11 − 5)/10 + 0.01·i·j: 5 samples × 12 features,
    /// the lesson's `PCA(3).fit(movie_emb.T)` shape in miniature.
    static let b: [Double] = {
        var out = [Double](repeating: 0, count: 60)
        for i in 0..<12 {
            for j in 0..<5 { out[j * 12 + i] = Double((i * 7 + j * 3) % 11 - 5) / 10 + 0.01 * Double(i * j) }
        }
        return out
    }()

    @Test func eightByFiveMatchesSklearn() throws {
        let p = try PCA(nComponents: 3).fit(Self.a, nSamples: 8, nFeatures: 5)
        #expect(
            Self.close(
                p.components,
                [
                    -0.4368194394932387, -0.4470512554751566, 0.41597295074600893, -0.4472503445366017, 0.48607364238194223,
                    0.26375911721558926, 0.595660548304859, -0.04844526558440132, -0.07976835108207846, 0.7529340646344211,
                    0.7709378288273283, -0.1514111128939599, 0.5528597280050527, -0.23968105993854832, -0.14010228275132,
                ]))
        #expect(Self.close(p.explainedVariance, [3.2848519831282026, 0.16532281869079188, 0.07780821838015448]))
        #expect(Self.close(p.explainedVarianceRatio, [0.9222486265676295, 0.04641571165488994, 0.021845283411654724]))
        #expect(Self.close(p.singularValues, [4.795202173203693, 1.075760071221991, 0.7380091657026228]))
        #expect(Self.close(p.mean, [1.9375, 2.075, 0.7, 0.6, -0.0375]))
        let projected = try p.transform(Array(Self.a[0..<10]))
        #expect(
            Self.close(
                projected,
                [
                    -1.2181579299772234, -0.555549955820617, 0.34086845114681474,
                    2.385013766724496, -0.5345694022789131, -0.3593677741655845,
                ]))
    }

    @Test func transposedEmbeddingCaseMatchesSklearn() throws {
        #expect(Self.close(Array(Self.b[12..<16]), [-0.2, 0.51, 0.12, -0.27], 1e-15))  // the script's X
        let p = try PCA(nComponents: 3).fit(Self.b, nSamples: 5, nFeatures: 12)
        #expect(
            Self.close(
                p.components,
                [
                    0.43887128828362365, -0.2981346417911877, 0.08380096923529985, 0.11516531161427465,
                    -0.27688427873227056, 0.10505133229421702, -0.08995198302126116, -0.2556339156733535,
                    0.4955389231074027, -0.06870161996234411, 0.1404686040590788, 0.5167892861663198,
                    0.050871409424995136, -0.03049224051412297, -0.369310317864748, 0.28542919747653056,
                    -0.00598366317790806, -0.3448017405285313, 0.5041521387499086, 0.01852491415830746,
                    0.11622761565490376, 0.5286607160861237, -0.30395411163483893, 0.14073619299111975,
                    0.015627635324515422, -0.1479417545176366, -0.10451866212491381, 0.6218275288156296,
                    -0.22709184998329376, -0.18366875759057597, -0.26445115663114355, -0.3062419454489529,
                    -0.19543928591724435, -0.3436012520968017, -0.3155855833666742, -0.27458938138290473,
                ]))
        #expect(Self.close(p.explainedVariance, [0.6342578830240995, 0.47516130944492846, 0.2675070060915815]))
        #expect(Self.close(p.explainedVarianceRatio, [0.3937044587362505, 0.2949480505555112, 0.16605028311085138]))
        #expect(Self.close(p.singularValues, [1.592806181585317, 1.3786389076838481, 1.0344215892789197]))
        #expect(Self.close(p.mean, [-0.12, 0.16, 0, 0.06, 0.12, -0.04, 0.24, 0.08, 0.14, 0.2, 0.26, 0.1]))
        #expect(
            Self.close(
                try p.transform(Array(Self.b[0..<24])),
                [
                    -0.7956046464428801, 0.3629354836776915, 0.6666760860753649,
                    -0.3984647586242605, -0.8532113109295303, -0.014987613729327387,
                ]))
        // Each component is a unit vector over the features.
        for c in 0..<3 {
            let row = try #require(p.component(c))
            #expect(abs(row.reduce(0) { $0 + $1 * $1 } - 1) < 1e-12)
        }
        #expect(p.component(3) == nil)
    }

    @Test func sampleBasedSignsMatchSklearn14Rule() throws {
        // svd_flip(u_based_decision=True) flips components 0 and 1 of A and 1 and 2 of B.
        let pa = try PCA(nComponents: 3, signRule: .sampleBased).fit(Self.a, nSamples: 8, nFeatures: 5)
        #expect(
            Self.close(
                Array(pa.components[0..<5]),
                [0.4368194394932387, 0.4470512554751566, -0.41597295074600893, 0.4472503445366017, -0.48607364238194223]))
        #expect(
            Self.close(
                Array(pa.components[5..<10]),
                [-0.26375911721558926, -0.595660548304859, 0.04844526558440132, 0.07976835108207846, -0.7529340646344211]))
        #expect(
            Self.close(
                Array(pa.components[10..<15]),
                [0.7709378288273283, -0.1514111128939599, 0.5528597280050527, -0.23968105993854832, -0.14010228275132]))
        let pb = try PCA(nComponents: 3, signRule: .sampleBased).fit(Self.b, nSamples: 5, nFeatures: 12)
        #expect(Self.close(Array(pb.components[0..<3]), [0.43887128828362365, -0.2981346417911877, 0.08380096923529985]))
        #expect(Self.close(Array(pb.components[12..<15]), [-0.050871409424995136, 0.03049224051412297, 0.369310317864748]))
        #expect(Self.close(Array(pb.components[24..<27]), [-0.015627635324515422, 0.1479417545176366, 0.10451866212491381]))
    }

    @Test func floatInputGivesTheSameAnswerWithinFloatPrecision() throws {
        let p = try PCA(nComponents: 2).fit(Self.a.map(Float.init), nSamples: 8, nFeatures: 5)
        #expect(Self.close(p.singularValues, [4.795202173203693, 1.075760071221991], 1e-5))
    }

    @Test func badInputsAreErrors() {
        #expect(throws: PCAError.shapeMismatch(count: 39, nSamples: 8, nFeatures: 5)) {
            try PCA(nComponents: 3).fit(Array(Self.a.dropLast()), nSamples: 8, nFeatures: 5)
        }
        #expect(throws: PCAError.invalidComponentCount(6, max: 5)) {
            try PCA(nComponents: 6).fit(Self.a, nSamples: 8, nFeatures: 5)
        }
        #expect(throws: PCAError.invalidComponentCount(0, max: 5)) {
            try PCA(nComponents: 0).fit(Self.a, nSamples: 8, nFeatures: 5)
        }
        #expect(throws: PCAError.tooFewSamples(nSamples: 1, nFeatures: 5)) {
            try PCA(nComponents: 1).fit([1, 2, 3, 4, 5] as [Double], nSamples: 1, nFeatures: 5)
        }
        var withNaN = Self.a
        withNaN[13] = .nan
        #expect(throws: PCAError.nonFiniteValue(sample: 2, feature: 3)) {
            try PCA(nComponents: 2).fit(withNaN, nSamples: 8, nFeatures: 5)
        }
    }

    @Test func transformChecksTheWidth() throws {
        let p = try PCA(nComponents: 2).fit(Self.a, nSamples: 8, nFeatures: 5)
        #expect(throws: PCAError.self) { try p.transform([1, 2, 3] as [Double]) }
        #expect(try p.transform([Double]()) == [])
    }
}
