/// Where attainment against target falls, so that 95 % does not look as
/// alarming as 80 %: on target at or above `onTarget`, to watch from `watch`,
/// behind below it. From `playbook.yaml`'s `attainment_bands` (in percent).
public struct AttainmentBands: Sendable, Equatable {
    public enum Band: String, Sendable {
        case onTarget = "on-target"
        case watch
        case behind
    }

    /// Ratios (1.0 is 100 %).
    public var watch: Double
    public var onTarget: Double

    public static let standard = AttainmentBands(watch: 0.9, onTarget: 1.0)

    public init(watch: Double, onTarget: Double) {
        self.watch = watch
        self.onTarget = onTarget
    }

    public func band(_ attainment: Double) -> Band {
        attainment >= onTarget ? .onTarget : attainment >= watch ? .watch : .behind
    }
}
