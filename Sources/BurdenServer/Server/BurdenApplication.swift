import Hummingbird
import Logging

/// The application: the router wrapped in ``GuardedResponder``, listening where the
/// settings say, closing connections silent for longer than their idle timeout.
///
/// - Parameters:
///   - services: the workspace, settings and caches.
///   - onServerRunning: called with the port once the server listens (the port the
///     system chose when the settings ask for port 0).
/// - Returns: the application, to run or to test (`app.test(.router)`).
public func makeApplication(
    services: ServerServices, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    let settings = services.settings
    let responder = GuardedResponder(inner: makeRouter(services: services).buildResponder(), timeLimit: settings.requestTimeLimit)
    var logger = Logger(label: "warburden")
    logger.logLevel = .warning
    let idle = settings.idleTimeout.components
    return Application(
        responder: responder,
        server: .http1(configuration: .init(idleTimeout: .seconds(max(1, idle.seconds)))),
        configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port), serverName: "warburden"),
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? settings.port) },
        logger: logger)
}
