import ArgumentParser
import Foundation
import Learning
import LinearAlgebra

extension Preset: ExpressibleByArgument {}
