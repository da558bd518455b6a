package io.k8sdashboard.server.resources;

import io.k8sdashboard.server.validation.InputValidation;
import static io.k8sdashboard.server.kinds.RegisteredKind.isSecret;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.NotFoundException;
import io.k8sdashboard.server.access.AccessReviewer;
import io.k8sdashboard.server.access.ReadableNamespaces;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kinds.KindTable;
import io.k8sdashboard.server.kinds.ObjectTrees;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.readmodel.ReadModel;
import io.k8sdashboard.server.readmodel.RowPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads objects of any served kind as the current user, returning cleaned JSON trees
 * (managedFields stripped, Secret values never included): the one place the REST API and
 * {@link UserClusterReader} read through. It checks the input, then serves from the shared read
 * model after {@link SharedReadAccess} allowed it, or else (strict mode, a kind whose watch is
 * unavailable) from the API server as the user ({@link ApiServerReads}). Every change goes
 * through {@link io.k8sdashboard.server.mutations.MutationService} instead.
 *
 * <p>Kubernetes API errors (403, 410...) propagate as fabric8 {@code KubernetesClientException}s
 * and are mapped to problems with the same status.
 */
@ApplicationScoped
public class ResourceService {

    @Inject
    KindRegistry kinds;
    @Inject
    KubernetesClients clients;
    @Inject
    ReadableNamespaces readable;
    @Inject
    AccessReviewer reviewer;
    @Inject
    ReadModel readModel;

    private volatile ApiServerReads apiServer;
    private volatile SharedReadAccess access;

    /** For CDI. */
    public ResourceService() {
    }

    /** For tests: a user who may read everything everywhere, every read from the API server (strict mode). */
    public ResourceService(KindRegistry kinds, KubernetesClients clients) {
        this(kinds, clients, (user, verb, group, resource, namespace) -> true, null);
    }

    /** For tests: strict mode (every read from the API server as the user). */
    public ResourceService(KindRegistry kinds, KubernetesClients clients, ReadableNamespaces readable) {
        this.kinds = kinds;
        this.clients = clients;
        this.readable = readable;
    }

    /** For tests: reads served from {@code readModel} (null: strict mode) after {@code reviewer}'s decisions. */
    public ResourceService(KindRegistry kinds, KubernetesClients clients, AccessReviewer reviewer, ReadModel readModel) {
        this.kinds = kinds;
        this.clients = clients;
        this.reviewer = reviewer;
        this.readable = new ReadableNamespaces(reviewer, clients);
        this.readModel = readModel;
    }

    /** The kinds served, with their columns. */
    public List<KindInfo> kinds() {
        return kinds.kinds().stream().map(KindInfo::of).toList();
    }

    /**
     * A page of a kind's objects as table rows.
     *
     * @param kindName kubectl-style kind name
     * @param namespace a namespace, or {@code null} for all namespaces (ignored for cluster-scoped kinds)
     * @param labelSelector a label selector or {@code null}
     * @param limit page size text (1..1000) or {@code null}
     * @param continueToken the previous page's continue token or {@code null}
     */
    public ResourceTable list(String kindName, String namespace, String labelSelector, String limit, String continueToken) {
        return list(kindName, namespace, labelSelector, new TableView(null, null, null), limit, continueToken);
    }

    /**
     * A page of a kind's objects as table rows, filtered by name and sorted by any column. Served
     * from the read model after checking the user's right (SelfSubjectAccessReview, cached); in
     * strict mode, or while the kind's watch is unavailable, read from the API server as the user
     * (filtered and sorted in memory when a name filter or sort is asked).
     *
     * @param view name filter and sort, validated here
     */
    public ResourceTable list(String kindName, String namespace, String labelSelector, TableView view, String limit,
            String continueToken) {
        // Every parameter's form is checked before the kind is looked up, so malformed input is a
        // 400 naming it whatever the kind; only the sort column depends on the kind.
        InputValidation.kind(kindName);
        String ns = validNamespace(namespace);
        String selector = InputValidation.labelSelector(labelSelector);
        Integer max = InputValidation.limit(limit);
        String token = ApiServerReads.blankToNull(continueToken);
        TableView checked = view.checked();
        RegisteredKind kind = kinds.resolve(kindName);
        List<Column> columns = KindTable.columns(kind);
        TableView table = checked.validated(columns);
        if (shared()) {
            Set<String> namespaces = access().namespaces(kind, ns);
            var memory = readModel.view(kind);
            if (memory.isPresent()) {
                RowPage page = memory.get().page(table.query(namespaces, selector, max, token));
                return ResourceTable.of(kind, columns, page.rows(), page.continueToken(), page.resourceVersion());
            }
        }
        if (table.inMemory()) {
            RowPage page = ReadModel.pageOf(kind, apiServer().all(kind, ns, selector), table.query(null, null, max, token));
            return ResourceTable.of(kind, columns, page.rows(), page.continueToken(), null);
        }
        return apiServer().page(kind, columns, ns, selector, max, token);
    }

    /** Every object of a kind (no paging), as cleaned trees. */
    public List<Map<String, Object>> listTrees(String kindName, String namespace, String labelSelector) {
        RegisteredKind kind = kinds.resolve(kindName);
        boolean secret = isSecret(kind.descriptor());
        String ns = validNamespace(namespace);
        String selector = InputValidation.labelSelector(labelSelector);
        if (shared()) {
            Set<String> namespaces = access().namespaces(kind, ns);
            var memory = readModel.view(kind);
            if (memory.isPresent()) {
                return memory.get().objects(namespaces, selector).stream()
                        .map(item -> ObjectTrees.detached(ObjectTrees.toTree(item, secret))).toList();
            }
        }
        return apiServer().all(kind, ns, selector).stream().map(item -> ObjectTrees.toTree(item, secret)).toList();
    }

    /**
     * One object as a cleaned tree.
     *
     * @param namespace the namespace; {@code null} for cluster-scoped kinds
     * @throws NotFoundException 404 "resource-not-found" when it does not exist (or the user may
     *         not know it exists: the API server answers 404 then too)
     */
    public Map<String, Object> get(String kindName, String namespace, String name) {
        return find(kindName, namespace, name).orElseThrow(() -> new NotFoundException("resource-not-found",
                kindName + " " + (namespace == null ? "" : namespace + "/") + name + " not found"));
    }

    /** One object as a cleaned tree, empty when it does not exist. */
    public Optional<Map<String, Object>> find(String kindName, String namespace, String name) {
        InputValidation.kind(kindName);
        InputValidation.name("name", name);
        if (namespace != null) {
            InputValidation.namespace("namespace", namespace);
        }
        RegisteredKind kind = kinds.resolve(kindName);
        Resource<GenericKubernetesResource> resource = apiServer().resource(kind, namespace, name); // validates
        if (shared()) {
            access().checkGet(kind, namespace, name);
            var memory = readModel.view(kind);
            if (memory.isPresent()) {
                return memory.get().get(namespace, name)
                        .map(o -> ObjectTrees.detached(ObjectTrees.toTree(o, isSecret(kind.descriptor()))));
            }
        }
        GenericKubernetesResource object = resource.get();
        return Optional.ofNullable(object).map(o -> ObjectTrees.toTree(o, isSecret(kind.descriptor())));
    }

    private boolean shared() {
        return readModel != null && readModel.shared();
    }

    private ApiServerReads apiServer() {
        ApiServerReads reads = apiServer;
        if (reads == null) {
            reads = new ApiServerReads(clients, readable);
            apiServer = reads;
        }
        return reads;
    }

    private SharedReadAccess access() {
        SharedReadAccess checks = access;
        if (checks == null) {
            checks = new SharedReadAccess(reviewer, apiServer());
            access = checks;
        }
        return checks;
    }

    private static String validNamespace(String namespace) {
        return namespace == null || namespace.isEmpty() ? null : InputValidation.namespace("namespace", namespace);
    }
}
