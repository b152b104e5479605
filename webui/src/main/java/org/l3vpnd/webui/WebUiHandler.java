package org.l3vpnd.webui;

import java.util.List;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.l3vpnd.engine.config.ConfigService;
import org.l3vpnd.engine.vrf.VrfView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes a request to its page and sends the reply. Runs on Jetty's request threads; thread-safe
 * (every page is immutable and reads immutable snapshots or lock-free views).
 */
final class WebUiHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(WebUiHandler.class);

    private final ErrorPages errors;
    private final OverviewPage overview;
    private final VrfListPage vrfList;
    private final VrfPage vrfPage;
    private final SnmpPage snmp;
    private final StyleSheet style = new StyleSheet();

    WebUiHandler(ConfigService config, VrfView vrfs, ErrorPages errors, Layout layout) {
        this.errors = errors;
        this.overview = new OverviewPage(config, vrfs, layout);
        this.vrfList = new VrfListPage(config, vrfs, layout);
        this.vrfPage = new VrfPage(config, vrfs, layout, errors);
        this.snmp = new SnmpPage(config, layout);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        SecurityHeaders.apply(response.getHeaders());
        Reply reply;
        String method = request.getMethod();
        if (HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method)) {
            reply = renderSafely(request);
        } else {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            reply = errors.page(HttpStatus.METHOD_NOT_ALLOWED_405,
                    "This interface is read-only: it answers GET and HEAD only.");
        }
        reply.sendTo(request, response, callback);
        return true;
    }

    private Reply renderSafely(Request request) {
        try {
            return render(request);
        } catch (RuntimeException e) {
            // The page is rendered whole before anything is sent, so a clean 500 is still possible.
            LOG.warn("webui.page.failed path={}", request.getHttpURI().getPath(), e);
            return errors.page(HttpStatus.INTERNAL_SERVER_ERROR_500, "The page could not be rendered.");
        }
    }

    private Reply render(Request request) {
        String rawPath = request.getHttpURI().getPath();
        Optional<List<String>> segments = UiPaths.segments(rawPath);
        if (segments.isEmpty()) {
            return errors.badRequest("The path is not valid UTF-8 with percent escapes.");
        }
        Fields query;
        try {
            query = Request.extractQueryParameters(request);
        } catch (RuntimeException e) {
            return errors.badRequest("The query string is not valid.");
        }
        List<String> path = segments.get();
        if (path.isEmpty()) {
            return overview.render();
        }
        String first = path.get(0);
        if (path.size() == 1) {
            switch (first) {
                case "vrfs" -> {
                    String name = query.getValue(UiPaths.NAME_PARAM);
                    return name == null ? vrfList.render() : vrfPage.render(name, query.getValue(UiPaths.AFTER_PARAM));
                }
                case "snmp" -> {
                    return snmp.render();
                }
                case "health" -> {
                    return Reply.text(HttpStatus.OK_200, "ok");
                }
                case "style.css" -> {
                    return style.render();
                }
                default -> {
                }
            }
        } else if (path.size() == 2 && first.equals("vrfs")) {
            return vrfPage.render(path.get(1), query.getValue(UiPaths.AFTER_PARAM));
        }
        return errors.notFound("There is no page at " + rawPath + ".");
    }
}
