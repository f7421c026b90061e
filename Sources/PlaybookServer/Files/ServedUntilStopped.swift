import Hummingbird
import Logging
import ServiceLifecycle

/// Both servers' last step: their services run until SIGINT or SIGTERM,
/// stopped in reverse order. False (the reason said) when they cannot start.
enum ServedUntilStopped {
    static func run(
        _ services: [any Service], logger: Logger, host: String, port: Int, say: @Sendable (String) -> Void
    ) async -> Bool {
        let group = ServiceGroup(configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
            return true
        } catch {
            say("cannot serve on \(host):\(port): \(error)")
            return false
        }
    }
}
