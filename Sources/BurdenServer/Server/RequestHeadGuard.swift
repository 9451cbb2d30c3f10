import Hummingbird
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Answers a request that the HTTP parser refused — a request line or headers over
/// the size limit (431, `head_too_large`), or bytes that are not HTTP (400,
/// `bad_request`) — with a problem document, then closes the connection; without it
/// such a request gets an empty 400. A request that comes while an earlier one on the
/// same connection is still being answered is left to the server's own handling
/// (an empty 400), so that two answers never interleave.
///
/// It sits in each connection's pipeline after the HTTP codec, where the parser's
/// errors pass on their way to the server.
final class RequestHeadGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// The heads read whose answer has not been written to its end.
    private var unanswered = 0

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) { unanswered += 1 }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) { unanswered -= 1 }
        context.write(data, promise: promise)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let error = error as? HTTPParserError, unanswered == 0 else {
            context.fireErrorCaught(error)
            return
        }
        let problem =
            error == .headerOverflow
            ? ServerError(.headTooLarge, "the request line or its headers are longer than the server accepts")
            : ServerError(.badRequest, "the request is not HTTP/1.1 as the server reads it")
        let body = ProblemDocument(problem, instance: nil).body
        var headers = problem.headers
        headers[.contentLength] = String(body.readableBytes)
        headers[.xContentTypeOptions] = "nosniff"
        context.write(wrapOutboundOut(.head(HTTPResponse(status: .init(code: problem.code.status), headerFields: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(body)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }
}
