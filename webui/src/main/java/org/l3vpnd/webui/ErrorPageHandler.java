package org.l3vpnd.webui;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error handler for the errors it raises itself, before or around our handler (a
 * malformed request line, a URI it refuses): these too get the security headers and the site's
 * error page. Jetty's own message is not shown, as it may describe internals. Thread-safe.
 */
final class ErrorPageHandler implements Request.Handler {

    private final ErrorPages errors;

    ErrorPageHandler(ErrorPages errors) {
        this.errors = errors;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
        if (status < 400 || status > 599) {
            status = 500;
        }
        SecurityHeaders.apply(response.getHeaders());
        errors.page(status, "The server could not handle this request.").sendTo(request, response, callback);
        return true;
    }
}
