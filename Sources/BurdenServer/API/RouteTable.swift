import Hummingbird

/// The routes as they are added to the router, by path, so that every path answers
/// the methods it does not take with 405 and an `Allow` header (the router alone
/// answers them 404, as if the path did not exist). `HEAD` is taken wherever `GET` is.
struct RouteTable {
    private let router: Router<BasicRequestContext>
    private var methods: [(path: String, methods: [HTTPRequest.Method])] = []

    /// A table that adds its routes to `router`.
    init(router: Router<BasicRequestContext>) {
        self.router = router
    }

    /// Adds a route.
    mutating func on(
        _ path: String, _ method: HTTPRequest.Method,
        _ handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response
    ) {
        router.on(RouterPath(path), method: method, use: handler)
        if let index = methods.firstIndex(where: { $0.path == path }) {
            methods[index].methods.append(method)
        } else {
            methods.append((path, [method]))
        }
    }

    /// Adds the 405 answers: to every method of HTTP that a path does not take.
    func answerOtherMethods() {
        let every: [HTTPRequest.Method] = [.get, .head, .post, .put, .delete, .patch, .options, .trace]
        for (path, taken) in methods {
            let allowed = taken.contains(.get) ? [HTTPRequest.Method.get, .head] + taken.filter { $0 != .get } : taken
            let names = allowed.map(\.rawValue)
            for method in every where !allowed.contains(method) {
                router.on(RouterPath(path), method: method) { request, _ -> Response in
                    throw ServerError(
                        .methodNotAllowed,
                        "\(QueryValues.shown(request.uri.path)) does not take \(request.method); it takes \(names.joined(separator: ", "))",
                        allowedMethods: names)
                }
            }
        }
    }
}
