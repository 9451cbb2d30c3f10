import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// The application: the router (its ``GuardMiddleware`` in front of every route),
/// listening where the settings say, refusing request heads over the size limits with
/// a problem document (``RequestHeadGuard``), closing connections silent for longer
/// than their idle timeout.
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
    var logger = Logger(label: "warburden")
    logger.logLevel = .warning
    let idle = settings.idleTimeout.components
    let decoder = HTTP1Channel.Configuration.DecoderConfiguration(
        maxHeaderFieldSize: settings.maximumHeaderFieldBytes, maxHeaderListSize: settings.maximumHeadBytes, maxHeaderFieldCount: 100)
    let http = HTTP1Channel.Configuration(
        additionalChannelHandlers: [RequestHeadGuard()], idleTimeout: TimeAmount.seconds(max(1, idle.seconds)), httpDecoderConfiguration: decoder)
    let port = services.port
    return Application(
        router: makeRouter(services: services),
        server: .http1(configuration: http),
        configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port), serverName: "warburden"),
        onServerRunning: { channel in
            let bound = channel.localAddress?.port ?? settings.port
            port.set(bound)
            await onServerRunning(bound)
        },
        logger: logger)
}

/// Runs the application until SIGTERM or SIGINT, then shuts it down: new connections
/// are refused and every request in progress is cancelled (an import stops at its
/// next read, its upload is answered 503 `stopping`); past
/// ``shutdownGrace`` whatever still runs is cancelled outright.
///
/// - Parameter application: the application of ``makeApplication(services:onServerRunning:)``.
/// - Throws: what the server throws when it cannot listen.
public func runUntilStopped(_ application: some ApplicationProtocol) async throws {
    var configuration = ServiceGroupConfiguration(
        services: [application], gracefulShutdownSignals: [.sigterm, .sigint], logger: application.logger)
    configuration.maximumGracefulShutdownDuration = shutdownGrace
    configuration.maximumCancellationDuration = shutdownGrace
    try await ServiceGroup(configuration: configuration).run()
}

/// How long a shutdown waits for the requests in progress, then for their cancellation.
public let shutdownGrace: Duration = .seconds(2)
