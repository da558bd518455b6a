package io.k8sdashboard.server.mutations;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.ServerSideApplicable;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.k8sdashboard.plugin.api.ClusterWriter;
import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kinds.ObjectTrees;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kube.KubernetesClients;
import io.k8sdashboard.server.problem.Problems;
import io.k8sdashboard.server.validation.InputValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The only path by which the dashboard changes a cluster: create, server-side apply (field
 * manager {@value #FIELD_MANAGER}), patch, delete and scale, each optionally a server-side dry run.
 * Always as the current user ({@link KubernetesClients#forCurrentUser()}: impersonating in proxy
 * mode, a 401 problem when no user is bound), never with the dashboard's own rights.
 *
 * <p>Every attempt first passes each {@link MutationGate} (the per-user rate limit), which may refuse it.
 * Every attempt, also dry runs and refusals, passes each {@link MutationObserver} once with its
 * outcome. Answers are cleaned object trees: managedFields stripped, Secret values never included.
 * Kubernetes' refusals propagate as fabric8 exceptions, mapped to problems with the same status.
 */
@ApplicationScoped
public class MutationService {

    /** The field manager of server-side apply. */
    public static final String FIELD_MANAGER = "k8s-dashboard";

    private static final Logger LOG = Logger.getLogger(MutationService.class.getName());

    @Inject
    KindRegistry registry;
    @Inject
    KubernetesClients clients;
    @Inject
    Instance<MutationObserver> observerBeans;
    @Inject
    Instance<MutationGate> gateBeans;
    @Inject
    Instance<HttpServletRequest> request;

    private List<MutationObserver> fixedObservers;
    private List<MutationGate> fixedGates;
    private volatile MutableKinds kinds;

    /** For CDI. */
    public MutationService() {
    }

    /** For tests: explicit observers, no request. */
    public MutationService(KindRegistry registry, KubernetesClients clients, List<MutationObserver> observers) {
        this(registry, clients, observers, List.of());
    }

    /** For tests: explicit observers and gates, no request. */
    public MutationService(KindRegistry registry, KubernetesClients clients, List<MutationObserver> observers,
            List<MutationGate> gates) {
        this.registry = registry;
        this.clients = clients;
        this.fixedObservers = List.copyOf(observers);
        this.fixedGates = List.copyOf(gates);
    }

    /**
     * Creates an object.
     *
     * @param kindName the kind named in the URL, or {@code null} to take it from the object
     * @param object the object (apiVersion, kind, metadata.name or generateName, and for a
     *               namespaced kind metadata.namespace)
     * @return the object created (or, for a dry run, as it would be)
     */
    public Map<String, Object> create(String kindName, Map<String, Object> object, boolean dryRun) {
        Target target = new Target(kindName);
        return attempt("create", target, dryRun, () -> {
            KindDescriptor kind = objectKind(target, kindName, object);
            Map<String, Object> metadata = ObjectBodies.metadata(object);
            target.name = ObjectBodies.name(metadata);
            if (target.name == null && !(metadata.get("generateName") instanceof String)) {
                throw new InvalidInputException("metadata.name", "the object needs metadata.name (or metadata.generateName)");
            }
            target.namespace = scope(kind, ObjectBodies.namespace(metadata), "metadata.namespace");
            GenericKubernetesResource created = operation(kind, target.namespace)
                    .resource(generic(object)).dryRun(dryRun).create();
            return tree(kind, created);
        });
    }

    /**
     * Server-side apply: creates the object or sets the fields it names, owned by
     * {@value #FIELD_MANAGER}.
     *
     * @param kindName the kind named in the URL, or {@code null} to take it from the object
     * @param namespace the namespace named in the URL ({@code null}: from the object)
     * @param name the name named in the URL ({@code null}: from the object)
     * @param force take over fields another manager owns instead of a 409
     */
    public Map<String, Object> apply(String kindName, String namespace, String name, Map<String, Object> object, boolean force,
            boolean dryRun) {
        Target target = new Target(kindName);
        target.namespace = namespace;
        target.name = name;
        return attempt("apply", target, dryRun, () -> {
            KindDescriptor kind = objectKind(target, kindName, object);
            Map<String, Object> metadata = ObjectBodies.metadata(object);
            String bodyName = ObjectBodies.name(metadata);
            if (bodyName == null && name == null) {
                throw new InvalidInputException("metadata.name", "the object needs metadata.name");
            }
            if (name != null && bodyName != null && !bodyName.equals(name)) {
                throw new InvalidInputException("metadata.name", "is '" + bodyName + "' but the URL names '" + name + "'");
            }
            target.name = name != null ? InputValidation.name("name", name) : bodyName;
            metadata.put("name", target.name);
            String bodyNamespace = ObjectBodies.namespace(metadata);
            if (namespace != null && bodyNamespace != null && !bodyNamespace.equals(namespace)) {
                throw new InvalidInputException("metadata.namespace", "is '" + bodyNamespace + "' but the URL names '" + namespace + "'");
            }
            target.namespace = scope(kind, namespace != null ? namespace : bodyNamespace,
                    namespace != null ? "namespace" : "metadata.namespace");
            if (target.namespace != null) {
                metadata.put("namespace", target.namespace);
            }
            ServerSideApplicable<GenericKubernetesResource> apply = operation(kind, target.namespace)
                    .resource(generic(object)).dryRun(dryRun).fieldManager(FIELD_MANAGER);
            return tree(kind, (force ? apply.forceConflicts() : apply).serverSideApply());
        });
    }

    /** Patches an object: merge (RFC 7386), JSON (RFC 6902) or strategic merge patch. */
    public Map<String, Object> patch(String kindName, String namespace, String name, ClusterWriter.PatchType type, String patch,
            boolean dryRun) {
        Target target = new Target(kindName, namespace, name);
        return attempt("patch", target, dryRun, () -> {
            if (patch == null || patch.isBlank()) {
                throw new InvalidInputException("body", "the patch must not be empty");
            }
            if (type == null) {
                throw new InvalidInputException("Content-Type", "names no patch type");
            }
            KindDescriptor kind = located(target);
            PatchType patchType = switch (type) {
                case MERGE -> PatchType.JSON_MERGE;
                case STRATEGIC_MERGE -> PatchType.STRATEGIC_MERGE;
                case JSON -> PatchType.JSON;
            };
            GenericKubernetesResource patched = operation(kind, target.namespace).withName(target.name).dryRun(dryRun)
                    .patch(PatchContext.of(patchType), patch);
            return tree(kind, patched);
        });
    }

    /**
     * Deletes an object.
     *
     * @return true if it existed (false is also recorded, as a 404)
     */
    public boolean delete(String kindName, String namespace, String name, ClusterWriter.DeleteOptions options) {
        Target target = new Target(kindName, namespace, name);
        Boolean deleted = attempt("delete", target, options.dryRun(), () -> {
            KindDescriptor kind = located(target);
            Resource<GenericKubernetesResource> resource = operation(kind, target.namespace).withName(target.name);
            // dryRun() and lockResourceVersion() narrow the fluent type, but return the same
            // operation class with the option set: it still offers the propagation policy.
            resource = (Resource<GenericKubernetesResource>) resource.dryRun(options.dryRun());
            if (options.resourceVersion() != null) {
                resource = (Resource<GenericKubernetesResource>) resource.lockResourceVersion(options.resourceVersion());
            }
            boolean existed = !resource.withPropagationPolicy(propagation(options.propagation())).delete().isEmpty();
            if (!existed) {
                throw new DashboardException(404, "resource-not-found", "Not found",
                        kind.resourceName() + " " + (target.namespace == null ? "" : target.namespace + "/") + target.name + " not found");
            }
            return Boolean.TRUE;
        }, e -> e instanceof DashboardException d && "resource-not-found".equals(d.problemType()) ? Boolean.FALSE : null);
        return deleted;
    }

    /** Sets the replicas through the {@code scale} subresource; answers the autoscaling/v1 Scale. */
    public Map<String, Object> scale(String kindName, String namespace, String name, int replicas, boolean dryRun) {
        Target target = new Target(kindName, namespace, name);
        return attempt("scale", target, dryRun, () -> {
            if (replicas < 0) {
                throw new InvalidInputException("replicas", "must be 0 or more, got " + replicas);
            }
            KindDescriptor kind = located(target);
            GenericKubernetesResource scale = operation(kind, target.namespace).withName(target.name).dryRun(dryRun)
                    .subresource("scale").patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"replicas\":" + replicas + "}}");
            return ObjectTrees.toTree(scale, false);
        });
    }

    /** What an attempt is about, filled in as it becomes known (for the record of a refusal too). */
    private static final class Target {
        String kind;
        String namespace;
        String name;

        Target(String kind) {
            this.kind = kind;
        }

        Target(String kind, String namespace, String name) {
            this.kind = kind;
            this.namespace = namespace;
            this.name = name;
        }
    }

    private <T> T attempt(String verb, Target target, boolean dryRun, Supplier<T> work) {
        return attempt(verb, target, dryRun, work, e -> null);
    }

    /**
     * Runs one attempt and tells the observers how it ended.
     *
     * @param absorb turns an expected failure into a result (still recorded with its status), or null to rethrow
     */
    private <T> T attempt(String verb, Target target, boolean dryRun, Supplier<T> work,
            java.util.function.Function<RuntimeException, T> absorb) {
        int status = successStatus(verb, dryRun);
        String reason = null;
        try {
            for (MutationGate gate : gates()) {
                gate.admit(verb);
            }
            return work.get();
        } catch (RuntimeException e) {
            status = FailureOutcomes.status(e);
            reason = FailureOutcomes.reason(e);
            T absorbed = absorb.apply(e);
            if (absorbed != null) {
                return absorbed;
            }
            throw e;
        } finally {
            notifyObservers(verb, target, dryRun, status, reason);
        }
    }

    /**
     * The status the REST API answers a successful attempt with, so that an audit record's status
     * is the one the client saw: 201 for a create (200 for its dry run: nothing was created), 204
     * for a delete, else 200.
     */
    static int successStatus(String verb, boolean dryRun) {
        return switch (verb) {
            case "create" -> dryRun ? 200 : 201;
            case "delete" -> 204;
            default -> 200;
        };
    }

    private void notifyObservers(String verb, Target target, boolean dryRun, int status, String reason) {
        var identity = CurrentUser.get();
        MutationAttempt attempt = new MutationAttempt(Clock.systemUTC().instant(), requestId(),
                identity.map(i -> i.user().name()).orElse(null), identity.map(i -> i.user().groups()).orElse(List.of()),
                verb, target.kind, target.namespace, target.name, dryRun, status, reason);
        for (MutationObserver observer : observers()) {
            try {
                observer.attempted(attempt);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Mutation observer " + observer.getClass().getName() + " failed: " + e.getMessage(), e);
            }
        }
    }

    private Iterable<MutationObserver> observers() {
        return fixedObservers != null ? fixedObservers : observerBeans;
    }

    private Iterable<MutationGate> gates() {
        return fixedGates != null ? fixedGates : gateBeans;
    }

    private String requestId() {
        if (request == null || !request.isResolvable()) {
            return null;
        }
        return Problems.requestId(request.get()).orElse(null);
    }

    /** The kind of an object to create or apply, which must be the URL's kind when one is named. */
    private KindDescriptor objectKind(Target target, String kindName, Map<String, Object> object) {
        if (kindName != null) {
            InputValidation.kind(kindName);
        }
        if (object == null) {
            throw new InvalidInputException("body", "must be a Kubernetes object");
        }
        KindDescriptor declared = kinds().byObject(ObjectBodies.apiVersion(object), ObjectBodies.kind(object));
        target.kind = declared.resourceName();
        if (kindName != null) {
            KindDescriptor named = kinds().byName(kindName);
            if (!named.group().equals(declared.group()) || !named.plural().equals(declared.plural())) {
                throw new InvalidInputException("kind", "the object is a " + declared.kind() + " (" + declared.resourceName()
                        + ") but the URL names " + named.resourceName());
            }
        }
        return declared;
    }

    /** The kind named in the URL, with name and namespace checked against its scope. */
    private KindDescriptor located(Target target) {
        InputValidation.kind(target.kind);
        InputValidation.name("name", target.name);
        if (target.namespace != null) {
            InputValidation.namespace("namespace", target.namespace);
        }
        KindDescriptor kind = kinds().byName(target.kind);
        target.kind = kind.resourceName();
        target.namespace = scope(kind, target.namespace, "namespace");
        return kind;
    }

    /** The namespace to use: required for namespaced kinds, refused for cluster-scoped ones. */
    private static String scope(KindDescriptor kind, String namespace, String field) {
        if (kind.namespaced() && namespace == null) {
            throw new InvalidInputException(field, kind.resourceName() + " are namespaced: a namespace is required");
        }
        if (!kind.namespaced() && namespace != null) {
            throw new InvalidInputException(field, kind.resourceName() + " are cluster-scoped: no namespace");
        }
        return namespace;
    }

    private MutableKinds kinds() {
        MutableKinds known = kinds;
        if (known == null) {
            known = new MutableKinds(registry, new ApiDiscovery(clients::system, Clock.systemUTC()));
            kinds = known;
        }
        return known;
    }

    private MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> all(
            KindDescriptor d) {
        ResourceDefinitionContext context = new ResourceDefinitionContext.Builder()
                .withGroup(d.group()).withVersion(d.version()).withKind(d.kind()).withPlural(d.plural())
                .withNamespaced(d.namespaced()).build();
        return clients.forCurrentUser().genericKubernetesResources(context);
    }

    private io.fabric8.kubernetes.client.dsl.NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList,
            Resource<GenericKubernetesResource>> operation(KindDescriptor kind, String namespace) {
        var all = all(kind);
        return namespace == null ? all : all.inNamespace(namespace);
    }

    private static GenericKubernetesResource generic(Map<String, Object> object) {
        try {
            return Serialization.jsonMapper().convertValue(object, GenericKubernetesResource.class);
        } catch (RuntimeException e) {
            throw new InvalidInputException("body", "is not a Kubernetes object: " + e.getMessage());
        }
    }

    private static Map<String, Object> tree(KindDescriptor kind, GenericKubernetesResource object) {
        return ObjectTrees.toTree(object, RegisteredKind.isSecret(kind));
    }

    private static DeletionPropagation propagation(ClusterWriter.Propagation propagation) {
        return switch (propagation) {
            case BACKGROUND -> DeletionPropagation.BACKGROUND;
            case FOREGROUND -> DeletionPropagation.FOREGROUND;
            case ORPHAN -> DeletionPropagation.ORPHAN;
        };
    }
}
