package io.k8sdashboard.server.resources;

import static io.k8sdashboard.server.kinds.RegisteredKind.isSecret;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptions;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.NotFoundException;
import io.k8sdashboard.server.access.AccessReviewer;
import io.k8sdashboard.server.access.ReadableNamespaces;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kinds.KindTable;
import io.k8sdashboard.server.kinds.ObjectTrees;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kinds.ResourceRow;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.readmodel.ReadModel;
import io.k8sdashboard.server.readmodel.RowPage;
import io.k8sdashboard.server.readmodel.RowQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads objects of any served kind as the current user (impersonated in proxy mode), returning
 * cleaned JSON trees: managedFields stripped and Secret values never included. The one place the
 * REST API and {@link UserClusterReader} read through; every change goes through
 * {@link io.k8sdashboard.server.mutations.MutationService} instead.
 *
 * <p>Kubernetes API errors (403, 410...) propagate as fabric8
 * {@code KubernetesClientException}s and are mapped to problems with the same status.
 *
 * <p>"All namespaces" means the namespaces the user may read ({@link ReadableNamespaces}): a user
 * allowed to list a kind cluster-wide gets one LIST as before; any other user gets one LIST per
 * readable namespace, merged in namespace/name order, paged with a composite continue token
 * (namespace + that namespace's own token), or a 403 problem when no namespace is readable.
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

    private static final Comparator<ResourceRow> KUBECTL_ORDER = Comparator
            .comparing((ResourceRow row) -> row.namespace() == null ? "" : row.namespace())
            .thenComparing(row -> row.name() == null ? "" : row.name());

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
        String token = blankToNull(continueToken);
        TableView checked = view.checked();
        RegisteredKind kind = kinds.resolve(kindName);
        List<Column> columns = KindTable.columns(kind);
        TableView table = checked.validated(columns);
        if (readModel != null && readModel.shared()) {
            Set<String> namespaces = authorizedNamespaces(kind, ns);
            var memory = readModel.view(kind);
            if (memory.isPresent()) {
                RowPage page = memory.get().page(table.query(namespaces, selector, max, token));
                return table(kind, columns, page.rows(), page.continueToken(), page.resourceVersion());
            }
        }
        if (table.inMemory()) {
            RowPage page = ReadModel.pageOf(kind, fetchAll(kind, ns, selector), table.query(null, null, max, token));
            return table(kind, columns, page.rows(), page.continueToken(), null);
        }
        boolean secret = isSecret(kind.descriptor());
        List<String> fanOut = fanOutNamespaces(kind, ns);
        if (fanOut != null) {
            return fanOutPage(kind, columns, secret, fanOut, selector, max, token);
        }
        GenericKubernetesResourceList list = fetch(kind, ns, selector, max, token);
        // In the order a real API server lists (its storage keys: namespace, then name), whatever
        // the server behind us does, so that pages and the UI's table read the same every time.
        List<ResourceRow> rows = list.getItems().stream()
                .map(item -> KindTable.row(kind, columns, ObjectTrees.toTree(item, secret)))
                .sorted(KUBECTL_ORDER)
                .toList();
        String next = list.getMetadata() == null ? null : blankToNull(list.getMetadata().getContinue());
        String resourceVersion = list.getMetadata() == null ? null : list.getMetadata().getResourceVersion();
        return table(kind, columns, rows, next, resourceVersion);
    }

    private static ResourceTable table(RegisteredKind kind, List<Column> columns, List<ResourceRow> rows, String next,
            String resourceVersion) {
        return new ResourceTable(kind.resourceName(), columns.stream().map(ColumnInfo::of).toList(), rows, next, resourceVersion);
    }

    /** Every object of a kind (no paging), as cleaned trees. */
    public List<Map<String, Object>> listTrees(String kindName, String namespace, String labelSelector) {
        RegisteredKind kind = kinds.resolve(kindName);
        boolean secret = isSecret(kind.descriptor());
        String ns = validNamespace(namespace);
        String selector = InputValidation.labelSelector(labelSelector);
        if (readModel != null && readModel.shared()) {
            Set<String> namespaces = authorizedNamespaces(kind, ns);
            var memory = readModel.view(kind);
            if (memory.isPresent()) {
                return memory.get().objects(namespaces, selector).stream()
                        .map(item -> ObjectTrees.detached(ObjectTrees.toTree(item, secret))).toList();
            }
        }
        return fetchAll(kind, ns, selector).stream().map(item -> ObjectTrees.toTree(item, secret)).toList();
    }

    /** Every object of a kind from the API server as the user, over the namespaces the user may read. */
    private List<GenericKubernetesResource> fetchAll(RegisteredKind kind, String ns, String selector) {
        List<String> fanOut = fanOutNamespaces(kind, ns);
        List<GenericKubernetesResource> items = new ArrayList<>();
        if (fanOut == null) {
            items.addAll(fetch(kind, ns, selector, null, null).getItems());
        } else {
            for (String each : fanOut) {
                items.addAll(fetch(kind, each, selector, null, null).getItems());
            }
        }
        return items;
    }

    /**
     * The namespaces whose objects the current user may list, checked before
     * serving shared data: {@code null} for all of them (or a cluster-scoped kind).
     *
     * @throws DashboardException 403 when the user may not
     */
    private Set<String> authorizedNamespaces(RegisteredKind kind, String namespace) {
        var user = CurrentUser.require().user();
        KindDescriptor d = kind.descriptor();
        if (!d.namespaced() || namespace != null) {
            String where = d.namespaced() ? namespace : "";
            if (!reviewer.allowed(user, "list", d.group(), d.plural(), where)) {
                throw forbidden(user.name(), "list", kind, d.namespaced() ? namespace : null, null);
            }
            return d.namespaced() ? Set.of(namespace) : null;
        }
        List<String> fanOut = fanOutNamespaces(kind, null);
        return fanOut == null ? null : Set.copyOf(fanOut);
    }

    /**
     * Checks, before serving shared data, that the current user may get one object: asked with its
     * name, as the API server would for a GET (RBAC may allow named objects only).
     *
     * @throws DashboardException 403 when the user may not
     */
    private void authorizeGet(RegisteredKind kind, String namespace, String name) {
        var user = CurrentUser.require().user();
        KindDescriptor d = kind.descriptor();
        if (!reviewer.allowed(user, "get", d.group(), d.plural(), d.namespaced() ? namespace : "", name)) {
            throw forbidden(user.name(), "get", kind, d.namespaced() ? namespace : null, name);
        }
    }

    private static DashboardException forbidden(String user, String verb, RegisteredKind kind, String namespace, String name) {
        return new DashboardException(403, "forbidden", "Forbidden", "User \"" + user + "\" may not " + verb + " "
                + kind.resourceName() + (name == null ? "" : " \"" + name + "\"")
                + (namespace != null ? " in namespace \"" + namespace + "\"" : " at the cluster scope"));
    }

    /**
     * The namespaces to list one by one for an "all namespaces" request, or {@code null} when one
     * LIST serves it (a namespace given, a cluster-scoped kind, or a user who may list the kind
     * cluster-wide).
     *
     * @throws DashboardException 403 when the user may list the kind in no namespace at all
     */
    private List<String> fanOutNamespaces(RegisteredKind kind, String namespace) {
        if (namespace != null || !kind.descriptor().namespaced()) {
            return null;
        }
        var user = CurrentUser.require().user();
        ReadableNamespaces.Scope scope = readable.forList(user, kind.descriptor().group(), kind.descriptor().plural());
        if (scope.all()) {
            return null;
        }
        if (scope.namespaces().isEmpty()) {
            throw new DashboardException(403, "forbidden", "Forbidden",
                    "User \"" + user.name() + "\" may not list " + kind.resourceName() + " in any namespace");
        }
        return scope.namespaces();
    }

    /**
     * One page over several namespaces, in namespace then name order. Paging: each namespace is
     * listed with what is left of the limit; the page ends where a namespace had more (the token
     * is that namespace plus its own continue token) or where the limit is reached (the token is
     * the next namespace). A token resumes at the first readable namespace at or after its own,
     * so namespaces gained or lost between pages do not break paging. No single resourceVersion
     * describes such a page: it is {@code null}.
     */
    private ResourceTable fanOutPage(RegisteredKind kind, List<Column> columns, boolean secret, List<String> namespaces,
            String selector, Integer max, String token) {
        FanOutToken from = token == null ? null : FanOutToken.parse(token);
        List<GenericKubernetesResource> items = new ArrayList<>();
        String next = null;
        for (String ns : namespaces) {
            if (from != null && ns.compareTo(from.namespace()) < 0) {
                continue;
            }
            Integer remaining = max == null ? null : max - items.size();
            if (remaining != null && remaining <= 0) {
                next = new FanOutToken(ns, null).encode();
                break;
            }
            String inner = from != null && ns.equals(from.namespace()) ? from.inner() : null;
            GenericKubernetesResourceList page = fetch(kind, ns, selector, remaining, inner);
            items.addAll(page.getItems());
            String pageNext = page.getMetadata() == null ? null : blankToNull(page.getMetadata().getContinue());
            if (pageNext != null) {
                next = new FanOutToken(ns, pageNext).encode();
                break;
            }
        }
        List<ResourceRow> rows = items.stream()
                .map(item -> KindTable.row(kind, columns, ObjectTrees.toTree(item, secret)))
                .sorted(KUBECTL_ORDER)
                .toList();
        return table(kind, columns, rows, next, null);
    }

    /** The continue token of a page over several namespaces: where to resume. */
    record FanOutToken(String namespace, String inner) {
        static final String PREFIX = "ns1.";

        String encode() {
            String plain = namespace + "\n" + (inner == null ? "" : inner);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static FanOutToken parse(String token) {
            String invalid = "not a continue token of an all-namespaces list (start the list again)";
            if (!token.startsWith(PREFIX)) {
                throw new InvalidInputException("continue", invalid);
            }
            String plain;
            try {
                plain = new String(Base64.getUrlDecoder().decode(token.substring(PREFIX.length())), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("continue", invalid);
            }
            int newline = plain.indexOf('\n');
            if (newline < 0) {
                throw new InvalidInputException("continue", invalid);
            }
            String ns = InputValidation.namespace("continue", plain.substring(0, newline));
            return new FanOutToken(ns, blankToNull(plain.substring(newline + 1)));
        }
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
        Resource<GenericKubernetesResource> resource = resource(kind, namespace, name); // validates
        if (readModel != null && readModel.shared()) {
            authorizeGet(kind, namespace, name);
            var memory = readModel.view(kind);
            if (memory.isPresent()) {
                return memory.get().get(namespace, name)
                        .map(o -> ObjectTrees.detached(ObjectTrees.toTree(o, isSecret(kind.descriptor()))));
            }
        }
        GenericKubernetesResource object = resource.get();
        return Optional.ofNullable(object).map(o -> ObjectTrees.toTree(o, isSecret(kind.descriptor())));
    }

    private GenericKubernetesResourceList fetch(RegisteredKind kind, String namespace, String selector, Integer limit, String continueToken) {
        ListOptionsBuilder options = new ListOptionsBuilder();
        if (selector != null) {
            options.withLabelSelector(selector);
        }
        if (limit != null) {
            options.withLimit(limit.longValue());
        }
        if (continueToken != null) {
            options.withContinue(continueToken);
        }
        ListOptions listOptions = options.build();
        var op = operation(kind);
        try {
            if (!kind.descriptor().namespaced()) {
                return op.list(listOptions);
            }
            return namespace == null ? op.inAnyNamespace().list(listOptions) : op.inNamespace(namespace).list(listOptions);
        } catch (KubernetesClientException e) {
            // The selector was validated and served the first page: a 400 now is the token's.
            if (continueToken != null && e.getCode() == 400) {
                throw new InvalidInputException("continue", "the Kubernetes API rejected it (start the list again)"
                        + (e.getStatus() == null || e.getStatus().getMessage() == null ? "" : ": " + e.getStatus().getMessage()));
            }
            throw e;
        }
    }

    private Resource<GenericKubernetesResource> resource(RegisteredKind kind, String namespace, String name) {
        InputValidation.name("name", name);
        var op = operation(kind);
        if (!kind.descriptor().namespaced()) {
            return op.withName(name);
        }
        if (namespace == null) {
            throw new InvalidInputException("namespace", kind.resourceName() + " are namespaced: a namespace is required");
        }
        return op.inNamespace(InputValidation.namespace("namespace", namespace)).withName(name);
    }

    /** A generic operation for the kind, without a discovery round trip: the registry knows plural and scope. */
    private MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> operation(
            RegisteredKind kind) {
        KindDescriptor d = kind.descriptor();
        ResourceDefinitionContext context = new ResourceDefinitionContext.Builder()
                .withGroup(d.group()).withVersion(d.version()).withKind(d.kind()).withPlural(d.plural())
                .withNamespaced(d.namespaced()).build();
        KubernetesClient client = clients.forCurrentUser();
        return client.genericKubernetesResources(context);
    }

    private static String validNamespace(String namespace) {
        return namespace == null || namespace.isEmpty() ? null : InputValidation.namespace("namespace", namespace);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
