package io.k8sdashboard.server.resources;

import io.k8sdashboard.server.validation.InputValidation;
import static io.k8sdashboard.server.kinds.RegisteredKind.isSecret;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptions;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.server.access.ReadableNamespaces;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kinds.KindTable;
import io.k8sdashboard.server.kinds.ObjectTrees;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kinds.ResourceRow;
import io.k8sdashboard.server.kube.KubernetesClients;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads from the API server as the current user: strict mode, and whenever the read model cannot
 * serve a kind. "All namespaces" for a user not allowed to list a kind cluster-wide is one LIST
 * per namespace the user may read ({@link ReadableNamespaces}), merged in namespace/name order and
 * paged with a {@link FanOutToken}; a 403 problem when no namespace is readable.
 */
final class ApiServerReads {

    static final Comparator<ResourceRow> KUBECTL_ORDER = Comparator
            .comparing((ResourceRow row) -> row.namespace() == null ? "" : row.namespace())
            .thenComparing(row -> row.name() == null ? "" : row.name());

    private final KubernetesClients clients;
    private final ReadableNamespaces readable;

    ApiServerReads(KubernetesClients clients, ReadableNamespaces readable) {
        this.clients = clients;
        this.readable = readable;
    }

    /** One page of rows, in the order a real API server lists (namespace, then name). */
    ResourceTable page(RegisteredKind kind, List<Column> columns, String ns, String selector, Integer max, String token) {
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
        return ResourceTable.of(kind, columns, rows, next, resourceVersion);
    }

    /** Every object of a kind, over the namespaces the user may read. */
    List<GenericKubernetesResource> all(RegisteredKind kind, String ns, String selector) {
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
     * The namespaces to list one by one for an "all namespaces" request, or {@code null} when one
     * LIST serves it (a namespace given, a cluster-scoped kind, or a user who may list the kind
     * cluster-wide).
     *
     * @throws DashboardException 403 when the user may list the kind in no namespace at all
     */
    List<String> fanOutNamespaces(RegisteredKind kind, String namespace) {
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
        return ResourceTable.of(kind, columns, rows, next, null);
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

    /** One object's operation, its name and scope checked (a namespaced kind needs a namespace). */
    Resource<GenericKubernetesResource> resource(RegisteredKind kind, String namespace, String name) {
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
        return clients.forCurrentUser().genericKubernetesResources(context);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
