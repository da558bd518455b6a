package io.k8sdashboard.server.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own errors (unknown path, wrong method, unacceptable type) as problems, keeping their
 * status and the {@code Allow} header of a 405 (RFC 9110 requires it).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        HttpStatusProblem problem = HttpStatusProblem.of(status, request == null ? null : request.getRequestURI(),
                request == null ? null : request.getMethod());
        Response response = Problems.response(status, problem.type(), problem.title(), problem.detail(), null, request);
        String allow = original == null ? null : original.getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }
}
