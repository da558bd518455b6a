package io.k8sdashboard.server.actions;

import io.k8sdashboard.plugin.api.ActionRequest;
import io.k8sdashboard.plugin.api.ActionResult;
import io.k8sdashboard.plugin.api.ClusterReader;
import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.NotFoundException;
import io.k8sdashboard.plugin.api.PluginContext;
import io.k8sdashboard.plugin.api.RequiredAccess;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.access.AccessReviewer;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.plugins.PluginHost;
import io.k8sdashboard.server.validation.InputValidation;
import io.k8sdashboard.server.audit.AuditLog;
import io.k8sdashboard.server.audit.AuditRecord;
import io.k8sdashboard.server.mutations.FailureOutcomes;
import io.k8sdashboard.server.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Runs a plugin action for the signed-in user, checking everything the host promises first, in
 * this order: the form of every input (400 naming it), the kind (404), the action (404), the body
 * against the action's parameters (400 naming the field), the action's {@link RequiredAccess} on
 * the target object (a SelfSubjectAccessReview as the user with the object's name, cached; 403),
 * that the object exists for the user (404). Only then is the plugin's code called: a refused
 * user never reaches it.
 *
 * <p>Every attempt, also a dry run and any refusal above, writes one audit record (verb
 * {@code action}, with the plugin and action ids) once its outcome is known. The writes the action
 * makes through its {@code ClusterWriter} are mutations with their own records (same request id).
 */
@ApplicationScoped
public class ActionRunner {

    /** An action id: kebab-case, like a DNS label. */
    public static final String ID_PATTERN = "^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$";
    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    @Inject
    KindRegistry kinds;
    @Inject
    ActionCatalogue actions;
    @Inject
    AccessReviewer reviewer;
    @Inject
    ClusterReader reader;
    @Inject
    PluginHost host;
    @Inject
    AuditLog audit;
    @Inject
    Instance<HttpServletRequest> request;

    private Function<String, PluginContext> contexts;

    /** For CDI. */
    public ActionRunner() {
    }

    /** For tests. */
    ActionRunner(KindRegistry kinds, ActionCatalogue actions, AccessReviewer reviewer, ClusterReader reader,
            Function<String, PluginContext> contexts) {
        this(kinds, actions, reviewer, reader, contexts, null);
    }

    /** For tests: with an audit log. */
    ActionRunner(KindRegistry kinds, ActionCatalogue actions, AccessReviewer reviewer, ClusterReader reader,
            Function<String, PluginContext> contexts, AuditLog audit) {
        this.audit = audit;
        this.kinds = kinds;
        this.actions = actions;
        this.reviewer = reviewer;
        this.reader = reader;
        this.contexts = contexts;
    }

    /**
     * Runs action {@code id} on one object.
     *
     * @param namespace the namespace path segment: a namespace, or {@code _} for cluster-scoped kinds
     * @param dryRun the {@code dryRun} query parameter: {@code true}, {@code false} or {@code null}
     * @param body the request body (JSON object of parameters; empty for none)
     */
    public ActionOutcome run(String kindName, String namespace, String name, String id, String dryRun, String body) {
        Attempt attempt = new Attempt(kindName, "_".equals(namespace) ? null : namespace, name, id, "true".equals(dryRun));
        int status = 200;
        String reason = null;
        try {
            return checkAndRun(attempt, kindName, namespace, name, id, dryRun, body);
        } catch (RuntimeException e) {
            status = FailureOutcomes.status(e);
            reason = FailureOutcomes.reason(e);
            throw e;
        } finally {
            record(attempt, status, reason);
        }
    }

    /** What an attempt is about, filled in as it becomes known (for the audit record of a refusal too). */
    private static final class Attempt {
        String kind;
        final String namespace;
        final String name;
        final String action;
        final boolean dryRun;
        String plugin;

        Attempt(String kind, String namespace, String name, String action, boolean dryRun) {
            this.kind = clip(kind);
            this.namespace = clip(namespace);
            this.name = clip(name);
            this.action = clip(action);
            this.dryRun = dryRun;
        }

        /** Input as the client sent it, at most 100 characters (it may be invalid: it is also recorded when refused). */
        private static String clip(String value) {
            return value == null ? null : InputValidation.abbreviate(value);
        }
    }

    private ActionOutcome checkAndRun(Attempt attempt, String kindName, String namespace, String name, String id, String dryRun,
            String body) {
        InputValidation.kind(kindName);
        String ns = "_".equals(namespace) ? null : InputValidation.namespace("namespace", namespace);
        InputValidation.name("name", name);
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidInputException("id", "'" + InputValidation.abbreviate(id) + "' is not an action id (lowercase letters, digits and '-')");
        }
        boolean dry = InputValidation.flag("dryRun", dryRun);
        JsonNode input = ActionInput.parse(body);

        RegisteredKind kind = kinds.resolve(kindName);
        attempt.kind = kind.resourceName();
        KindDescriptor d = kind.descriptor();
        if (d.namespaced() && ns == null) {
            throw new InvalidInputException("namespace", kind.resourceName() + " are namespaced: name the namespace, not _");
        }
        if (!d.namespaced() && ns != null) {
            throw new InvalidInputException("namespace", kind.resourceName() + " are cluster-scoped: use _ as namespace");
        }
        PluginAction action = actions.find(kind.resourceName(), id).orElseThrow(() -> new NotFoundException("unknown-action",
                "No action '" + id + "' on " + kind.resourceName()));
        attempt.plugin = action.pluginId();
        Map<String, Object> parameters = ActionInput.check(action.parameters(), input);

        UserIdentity user = CurrentUser.require().user();
        RequiredAccess access = action.access();
        String resource = access.subresource().isEmpty() ? access.resource() : access.resource() + "/" + access.subresource();
        if (!reviewer.allowed(user, access.verb(), access.group(), resource, d.namespaced() ? ns : "", name)) {
            throw new DashboardException(403, "forbidden", "Forbidden", "User \"" + user.name() + "\" may not " + access.verb()
                    + " " + resource + (access.group().isEmpty() ? "" : "." + access.group()) + " \"" + name + "\""
                    + (ns == null ? " at the cluster scope" : " in namespace \"" + ns + "\"")
                    + ", which action '" + id + "' needs");
        }
        if (reader.get(kind.resourceName(), ns, name).isEmpty()) {
            throw new NotFoundException("resource-not-found", kind.resourceName() + " " + (ns == null ? "" : ns + "/") + name + " not found");
        }

        ActionResult result = action.action().execute(new ActionRequest(ns, name, parameters, dry), context(action.pluginId()));
        if (result == null) {
            throw new DashboardException(502, "action-failed", "Action failed", "Action '" + id + "' of plugin "
                    + action.pluginId() + " returned no result");
        }
        return new ActionOutcome(id, kind.resourceName(), ns, name, dry, result.message(), result.operationId(), action.pluginId());
    }

    private void record(Attempt attempt, int status, String reason) {
        if (audit == null) {
            return;
        }
        var identity = CurrentUser.get();
        audit.write(AuditRecord.ofAction(Clock.systemUTC().instant(), requestId(),
                identity.map(i -> i.user().name()).orElse(null), identity.map(i -> i.user().groups()).orElse(List.of()),
                attempt.kind, attempt.namespace, attempt.name, attempt.dryRun, status, reason, attempt.plugin, attempt.action));
    }

    private String requestId() {
        if (request == null || !request.isResolvable()) {
            return null;
        }
        return Problems.requestId(request.get()).orElse(null);
    }

    private PluginContext context(String pluginId) {
        return contexts != null ? contexts.apply(pluginId) : host.pluginContext(pluginId);
    }
}
