/// Shapes for point markers, so series stay distinguishable in greyscale.
public enum MarkerShape: Int, Sendable, Equatable, CaseIterable {
    case circle, square, triangle, diamond, cross
}
