import ArgumentParser
import Experiments
import Foundation
import Learning
import LinearAlgebra

extension Preset: ExpressibleByArgument {}
