package io.inkwell.web.errors;

import io.inkwell.web.site.SiteHeaders;
import io.inkwell.web.site.SiteView;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;

/**
 * The page Tomcat writes for requests it refuses before the application sees them (a malformed URL, an
 * encoded slash, a request line over the header limit): the site's error design and the site's security
 * headers, instead of Tomcat's own report. Errors the application handled have their page already, and
 * are left alone.
 */
public final class SiteErrorReportValve extends ErrorReportValve {

    private final ContainerErrorPage page = ContainerErrorPage.load();
    private final Supplier<SiteView> site;
    private final Supplier<MessageSource> messages;

    /**
     * @param site     the site's settings as pages show them ({@code CurrentSite::view})
     * @param messages the interface's words, which the page says in the site's language
     */
    public SiteErrorReportValve(Supplier<SiteView> site, Supplier<MessageSource> messages) {
        this.site = site;
        this.messages = messages;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            SiteHeaders.writeTo(request, response);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(page.forStatus(status, site.get(), messages.get()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException clientGone) {
            // Nothing more can be said to a client whose connection is gone.
        }
    }
}
