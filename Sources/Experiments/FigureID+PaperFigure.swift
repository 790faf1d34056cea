import Claims

extension FigureID {
    /// The experiment unit (`Figures/FigureN.swift`: sweeps and synthetic claims); nil for the
    /// long-tail figure, whose runs `LongTailReport` makes and whose claims `LongTailClaims` checks.
    public var paperFigure: (any PaperFigure)? {
        switch self {
        case .fig1: Figure1()
        case .fig2: Figure2()
        case .fig3: Figure3()
        case .fig4: Figure4()
        case .fig5: Figure5()
        case .fig6: Figure6()
        case .longTail: nil
        case .fig9: Figure9()
        }
    }
}
