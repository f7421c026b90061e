import ServiceLifecycle

/// Runs beside the HTTP server: keeps the pages' event streams alive, and
/// ends them when the server is asked to stop (an open stream would otherwise
/// keep it waiting for ever).
struct LiveReloadService: Service {
    let hub: ReloadHub

    func run() async throws {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(15))
                    hub.heartbeat()
                }
            }
            try? await gracefulShutdown()
            hub.closeAll()
            group.cancelAll()
        }
    }
}
