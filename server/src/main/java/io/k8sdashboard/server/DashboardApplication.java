package io.k8sdashboard.server;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API root: every core resource and every plugin route lives under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "K8s Dashboard v2", version = "1",
        description = "See, deploy and manage charts in a Kubernetes cluster, as the signed-in user."))
public class DashboardApplication extends Application {
}
