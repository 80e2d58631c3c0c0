package org.careercompass.commons.problem;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Statuses the HTTP layer produces before any resource runs (a body over the size limit: 413, and any other failure
 * routed without a body) answer with the same problem details as the rest of the API instead of an empty body.
 */
@ApplicationScoped
public class HttpLayerProblems {

    /**
     * The request target and header sizes this API accepts. Netty's own limits (quarkus.http.limits.*) are set above
     * these in every service, so a request over them reaches this handler and gets a problem body; only one beyond
     * Netty's limits still gets Netty's empty 414/431.
     */
    static final int MAX_REQUEST_TARGET = 16 * 1024;
    static final int MAX_HEADER_BYTES = 20 * 1024;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    io.quarkus.runtime.configuration.MemorySize maxBody;

    void install(@Observes Router router) {
        // Runs before the body is read: a declared length over the limit is refused here, as a problem
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (ctx.request().uri().length() > MAX_REQUEST_TARGET) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                ctx.fail(414);
                return;
            }
            if (headerBytes(ctx) > MAX_HEADER_BYTES) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                ctx.fail(431);
                return;
            }
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                try {
                    if (Long.parseLong(length.trim()) > maxBody.asLongValue()) {
                        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                        ctx.fail(413);
                        return;
                    }
                } catch (NumberFormatException e) {
                    ctx.fail(400);
                    return;
                }
            }
            ctx.next();
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(this::problem);
    }

    private static int headerBytes(RoutingContext ctx) {
        int bytes = 0;
        for (var header : ctx.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    void problem(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (ctx.response().headWritten() || ctx.response().ended() || status < 400) {
            ctx.next();
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
        case 413 -> "The request body is larger than this service accepts";
        case 414 -> "The request line is longer than this service accepts";
        case 431 -> "The request headers are larger than this service accepts";
        default -> status >= 500 ? "The server failed to process the request" : "The request was refused";
        };
        URI instance = ProblemMappers.instance(ctx.normalizedPath());
        JsonObject body = new JsonObject().put("type", type.uri().toString()).put("title", type.title())
                .put("status", status).put("detail", detail);
        if (instance != null) {
            body.put("instance", instance.toString());
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body.encode());
    }
}
