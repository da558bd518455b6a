package io.k8sdashboard.server.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything unexpected: 500 with the request id to quote, the stack trace in the log only. */
@Provider
public class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnhandledExceptionMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable e) {
        String requestId = Problems.requestId(request).orElse("-");
        LOG.log(Level.SEVERE, "Unhandled error in request " + requestId, e);
        return Problems.response(500, "internal-error", "Internal server error", detail(requestId), null, request);
    }

    /** The client sees only this, never the exception's message or stack. */
    static String detail(String requestId) {
        return "Something went wrong on the server; quote request id " + requestId + " when reporting it";
    }
}
