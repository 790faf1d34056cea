import Testing
@testable import Datasets

@Suite struct PatchTokenizerTests {
    /// Reference: token l, element (c, dy, dx) by plain loops over the patch grid.
    func reference(_ img: [Float], h: Int, w: Int, c: Int, p: Int) -> [Float] {
        var out = [Float]()
        for py in 0..<(h / p) { for px in 0..<(w / p) {
            for ch in 0..<c { for dy in 0..<p { for dx in 0..<p {
                out.append(img[ch * h * w + (py * p + dy) * w + px * p + dx])
            } } }
        } }
        return out
    }

    @Test func fourByFourPatchTwo() {
        let img = (0..<16).map(Float.init)
        let t = PatchTokenizer(patchSize: 2)
        #expect(t.tokenCount(height: 4, width: 4) == 4 && t.tokenDimension(channels: 1) == 4)
        let tokens = t.tokens(of: img[...], height: 4, width: 4, channels: 1)
        #expect(tokens == [0, 1, 4, 5, 2, 3, 6, 7, 8, 9, 12, 13, 10, 11, 14, 15])
        #expect(tokens == reference(img, h: 4, w: 4, c: 1, p: 2))
    }

    @Test func fashionSizedAndMultichannel() {
        let t = PatchTokenizer(patchSize: 7)
        #expect(t.tokenCount(height: 28, width: 28) == 16 && t.tokenDimension(channels: 1) == 49)
        let img = (0..<784).map { Float(($0 * 13) % 101) }
        #expect(t.tokens(of: img[...], height: 28, width: 28, channels: 1) == reference(img, h: 28, w: 28, c: 1, p: 7))

        let t4 = PatchTokenizer(patchSize: 4)
        let rgb = (0..<(3 * 8 * 12)).map { Float(($0 * 7) % 53) }
        #expect(t4.tokenCount(height: 8, width: 12) == 6 && t4.tokenDimension(channels: 3) == 48)
        #expect(t4.tokens(of: rgb[...], height: 8, width: 12, channels: 3) == reference(rgb, h: 8, w: 12, c: 3, p: 4))
    }

    @Test func writesAtOffsetFromASlice() {
        let t = PatchTokenizer(patchSize: 2)
        let two = (0..<32).map(Float.init)                          // two 4×4 images
        var out = [Float](repeating: -1, count: 3 + 16)
        t.tokens(of: two[16..<32], height: 4, width: 4, channels: 1, into: &out, at: 3)
        #expect(Array(out[0..<3]) == [-1, -1, -1])
        #expect(Array(out[3...]) == reference(Array(two[16..<32]), h: 4, w: 4, c: 1, p: 2))
    }
}

extension PatchTokenizerTests {
    @Test func tokenMatrixStacksImages() {
        let data = LabeledImages(height: 4, width: 4, channels: 1, pixels: (0..<48).map(Float.init), labels: [0, 1, 2], classCount: 3)
        let t = PatchTokenizer(patchSize: 2)
        let m = t.tokenMatrix(of: data)
        #expect(m.rows == 12 && m.cols == 4)
        for i in 0..<3 {
            #expect(Array(m.data[(i * 16)..<((i + 1) * 16)]) == reference(Array(data.image(i)), h: 4, w: 4, c: 1, p: 2))
        }
    }
}
