package io.k8sdashboard.server.background;

import io.k8sdashboard.plugin.api.BackgroundWork;
import io.k8sdashboard.server.identity.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Work that outlives its request, run on the server's managed executor (Jakarta Concurrency,
 * Liberty feature {@code concurrent-3.0}: the application's class loader and naming context are
 * propagated to the worker) as the user who submitted it, at most
 * {@code dashboard.background.max-per-user} tasks per user; whatever still runs when the
 * application stops is cancelled.
 */
@ApplicationScoped
public class BackgroundWorkService {

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "dashboard.background.max-per-user", defaultValue = "4")
    int maxPerUser;

    private UserBoundedExecutor work;

    @PostConstruct
    void init() {
        work = new UserBoundedExecutor(executor, maxPerUser);
    }

    @PreDestroy
    void stop() {
        work.close();
    }

    /** A plugin's view: submits as the current request's user (401 without one). */
    public BackgroundWork forPlugins() {
        return new BackgroundWork() {
            @Override
            public <T> Future<T> submit(Callable<T> task) {
                return work.submit(CurrentUser.require(), task);
            }
        };
    }
}
