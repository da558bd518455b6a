package io.k8sdashboard.server.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Seeds a small, realistic cluster: namespaces, nodes, workloads with their replica sets and pods
 * (one pod crash-looping, one pending), services, an ingress, config, one secret, storage, events,
 * RBAC, an HPA, a network policy and a CRD with custom objects. Used by the embedded demo cluster
 * and by integration tests that seed their own mock server.
 *
 * <p>Objects are written as YAML (readable, like the manifests they imitate) and created through
 * the given client. Creation times are spread over the past days relative to the clock; a mock
 * server keeps them only with {@link DemoCrudDispatcher} (the stock one stamps "now").
 */
public final class DemoClusterSeeder {

    /** What {@link #seed} creates: kubectl resource name to object count. */
    public static final Map<String, Integer> CONTENTS = contents();

    /** The namespaces created. */
    public static final List<String> NAMESPACES = List.of("default", "kube-system", "shop", "team-a", "team-b");

    /** The one Secret: its namespace, name, key and clear-text value (which must never be served). */
    public static final String SECRET_NAMESPACE = "shop";
    /** The Secret's name. */
    public static final String SECRET_NAME = "api-credentials";
    /** A key of the Secret. */
    public static final String SECRET_KEY = "DATABASE_PASSWORD";
    /** The clear-text value under {@link #SECRET_KEY}. */
    public static final String SECRET_VALUE = "demo-S3cr3t-never-shown";

    /** The pod that is crash-looping, namespace/name. */
    public static final String CRASHING_POD = "team-b/worker-6f7d9c8b5-x2k9p";
    /** The pod that is pending, namespace/name. */
    public static final String PENDING_POD = "team-a/frontend-5d8f7b6c4-q7w3e";

    /** The custom resource definition created, and its kind's resource name. */
    public static final String CRD_NAME = "widgets.example.com";

    private static final List<Workload> DEPLOYMENTS = List.of(
            new Workload("shop", "web", "nginx:1.27", 3, "7c9d8f6b5", List.of("h4k2j", "p9x7m", "t5r8w"), 240),
            new Workload("shop", "api", "ghcr.io/example/shop-api:2.3.1", 2, "6b8c7d9f4", List.of("a1b2c", "d3e4f"), 180),
            new Workload("team-a", "frontend", "ghcr.io/example/frontend:1.4.0", 2, "5d8f7b6c4", List.of("m8n2v", "q7w3e"), 60),
            new Workload("team-b", "worker", "ghcr.io/example/worker:0.9.2", 2, "6f7d9c8b5", List.of("k3j8h", "x2k9p"), 30),
            new Workload("kube-system", "coredns", "registry.k8s.io/coredns/coredns:v1.12.0", 2, "668d6bf9bc", List.of("7lzkq", "wpq5s"), 7 * 24 * 60));
    private static final List<String> NODES = List.of("node-1", "node-2", "node-3");

    private final Clock clock;

    /** A seeder using the system clock. */
    public DemoClusterSeeder() {
        this(Clock.systemUTC());
    }

    /** A seeder with a given clock (creation times are relative to it). */
    public DemoClusterSeeder(Clock clock) {
        this.clock = clock;
    }

    private static Map<String, Integer> contents() {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("namespaces", 5);
        c.put("nodes", 3);
        c.put("deployments.apps", 5);
        c.put("replicasets.apps", 5);
        c.put("statefulsets.apps", 1);
        c.put("daemonsets.apps", 1);
        c.put("pods", 11 + 1 + 3 + 1); // deployments, statefulset, daemonset, job
        c.put("jobs.batch", 1);
        c.put("cronjobs.batch", 1);
        c.put("services", 6);
        c.put("ingresses.networking.k8s.io", 1);
        c.put("configmaps", 3);
        c.put("secrets", 1);
        c.put("persistentvolumeclaims", 1);
        c.put("persistentvolumes", 1);
        c.put("events", 4);
        c.put("serviceaccounts", 4);
        c.put("roles.rbac.authorization.k8s.io", 1);
        c.put("rolebindings.rbac.authorization.k8s.io", 1);
        c.put("clusterroles.rbac.authorization.k8s.io", 1);
        c.put("clusterrolebindings.rbac.authorization.k8s.io", 1);
        c.put("horizontalpodautoscalers.autoscaling", 1);
        c.put("networkpolicies.networking.k8s.io", 1);
        c.put("customresourcedefinitions.apiextensions.k8s.io", 1);
        c.put("widgets.example.com", 2);
        return Map.copyOf(c);
    }

    /** Creates every object through {@code client} (which must be allowed to create them). */
    public void seed(KubernetesClient client) {
        for (String ns : NAMESPACES) {
            String labels = switch (ns) {
                case "shop" -> "{team: shop, env: prod}";
                case "team-a" -> "{team: a, env: dev}";
                case "team-b" -> "{team: b, env: dev}";
                default -> "{kubernetes.io/metadata.name: " + ns + "}";
            };
            create(client, """
                    apiVersion: v1
                    kind: Namespace
                    metadata: {name: %s, labels: %s, creationTimestamp: '%s'}
                    status: {phase: Active}
                    """.formatted(ns, labels, ago(ns.startsWith("kube") || ns.equals("default") ? 14 * 24 * 60 : 10 * 24 * 60)));
        }
        List<Runnable> groups = new ArrayList<>();
        for (int i = 0; i < NODES.size(); i++) {
            int index = i;
            groups.add(() -> createNode(client, NODES.get(index), index));
        }
        DEPLOYMENTS.forEach(w -> groups.add(() -> createDeployment(client, w)));
        groups.add(() -> createStatefulSet(client));
        groups.add(() -> createDaemonSet(client));
        groups.add(() -> createJobs(client));
        groups.add(() -> createNetworking(client));
        groups.add(() -> createConfig(client));
        groups.add(() -> createEvents(client));
        groups.add(() -> createRbac(client));
        groups.add(() -> createCustomResources(client));
        runConcurrently(groups);
    }

    /**
     * The groups are independent (owners' uids are derived from names, not read back), and each
     * create is a round trip: running them side by side makes the demo ready seconds sooner.
     */
    private static void runConcurrently(List<Runnable> groups) {
        ClassLoader loader = DemoClusterSeeder.class.getClassLoader();
        ExecutorService pool = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "demo-seeder");
            thread.setContextClassLoader(loader);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            groups.forEach(group -> done.add(pool.submit(group)));
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("seeding the demo cluster was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void createNode(KubernetesClient client, String name, int index) {
        String role = index == 0 ? "node-role.kubernetes.io/control-plane: ''" : "node-role.kubernetes.io/worker: ''";
        create(client, """
                apiVersion: v1
                kind: Node
                metadata:
                  name: %1$s
                  creationTimestamp: '%2$s'
                  labels: {kubernetes.io/hostname: %1$s, kubernetes.io/os: linux, kubernetes.io/arch: amd64, %3$s}
                spec: {podCIDR: 10.244.%4$d.0/24}
                status:
                  capacity: {cpu: '4', memory: 16Gi, pods: '110', ephemeral-storage: 100Gi}
                  allocatable: {cpu: 3800m, memory: 15Gi, pods: '110', ephemeral-storage: 95Gi}
                  addresses:
                  - {type: InternalIP, address: 10.0.0.1%4$d}
                  - {type: Hostname, address: %1$s}
                  conditions:
                  - {type: Ready, status: 'True', reason: KubeletReady, message: kubelet is posting ready status, lastTransitionTime: '%2$s'}
                  - {type: MemoryPressure, status: 'False', reason: KubeletHasSufficientMemory, lastTransitionTime: '%2$s'}
                  - {type: DiskPressure, status: 'False', reason: KubeletHasNoDiskPressure, lastTransitionTime: '%2$s'}
                  nodeInfo: {kubeletVersion: v1.34.0, containerRuntimeVersion: 'containerd://2.1.4', osImage: Debian GNU/Linux 12 (bookworm), kernelVersion: 6.1.0-40-amd64, architecture: amd64, operatingSystem: linux}
                """.formatted(name, ago(14 * 24 * 60), role, index + 1));
    }

    private void createDeployment(KubernetesClient client, Workload w) {
        String rsName = w.name() + "-" + w.hash();
        int ready = (int) w.podSuffixes().stream().filter(s -> podState(w.namespace() + "/" + rsName + "-" + s) == PodState.RUNNING).count();
        String deployUid = create(client, """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: %1$s, namespace: %2$s, uid: %3$s, creationTimestamp: '%4$s', labels: {app: %1$s}, annotations: {deployment.kubernetes.io/revision: '1'}}
                spec:
                  replicas: %5$d
                  selector: {matchLabels: {app: %1$s}}
                  strategy: {type: RollingUpdate}
                  template:
                    metadata: {labels: {app: %1$s}}
                    spec:
                      containers:
                      - name: %1$s
                        image: %6$s
                        ports: [{containerPort: 8080}]
                        resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}}
                status: {replicas: %5$d, updatedReplicas: %5$d, readyReplicas: %7$d, availableReplicas: %7$d, observedGeneration: 1,
                  conditions: [{type: Available, status: '%8$s', reason: %9$s}, {type: Progressing, status: 'True', reason: NewReplicaSetAvailable}]}
                """.formatted(w.name(), w.namespace(), uid("deploy", w.namespace(), w.name()), ago(w.ageMinutes()), w.replicas(),
                w.image(), ready, ready == w.replicas() ? "True" : "False",
                ready == w.replicas() ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable"));
        String rsUid = create(client, """
                apiVersion: apps/v1
                kind: ReplicaSet
                metadata:
                  name: %1$s
                  namespace: %2$s
                  uid: %3$s
                  creationTimestamp: '%4$s'
                  labels: {app: %5$s, pod-template-hash: %6$s}
                  ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: %5$s, uid: %7$s, controller: true, blockOwnerDeletion: true}]
                spec:
                  replicas: %8$d
                  selector: {matchLabels: {app: %5$s, pod-template-hash: %6$s}}
                  template:
                    metadata: {labels: {app: %5$s, pod-template-hash: %6$s}}
                    spec: {containers: [{name: %5$s, image: %9$s}]}
                status: {replicas: %8$d, readyReplicas: %10$d, availableReplicas: %10$d}
                """.formatted(rsName, w.namespace(), uid("rs", w.namespace(), rsName), ago(w.ageMinutes()), w.name(), w.hash(),
                deployUid, w.replicas(), w.image(), ready));
        for (int i = 0; i < w.podSuffixes().size(); i++) {
            String podName = rsName + "-" + w.podSuffixes().get(i);
            createPod(client, w.namespace(), podName, w.name(), w.image(), "ReplicaSet", rsName, rsUid,
                    Map.of("app", w.name(), "pod-template-hash", w.hash()), NODES.get((i + w.name().length()) % NODES.size()),
                    w.ageMinutes() - 1);
        }
    }

    private enum PodState { RUNNING, CRASHING, PENDING, SUCCEEDED }

    private static PodState podState(String namespacedName) {
        if (namespacedName.equals(CRASHING_POD)) {
            return PodState.CRASHING;
        }
        if (namespacedName.equals(PENDING_POD)) {
            return PodState.PENDING;
        }
        return namespacedName.startsWith("team-b/nightly-report-") ? PodState.SUCCEEDED : PodState.RUNNING;
    }

    private void createPod(KubernetesClient client, String ns, String name, String container, String image, String ownerKind,
            String ownerName, String ownerUid, Map<String, String> labels, String node, long ageMinutes) {
        PodState state = podState(ns + "/" + name);
        String ownerApi = ownerKind.equals("Job") ? "batch/v1" : "apps/v1";
        String labelYaml = labels.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .reduce((a, b) -> a + ", " + b).map(s -> "{" + s + "}").orElse("{}");
        String podIp = "10.244." + (NODES.indexOf(node) + 1) + "." + (Math.abs(name.hashCode()) % 200 + 10);
        String status = switch (state) {
            case RUNNING -> """
                    status:
                      phase: Running
                      podIP: %1$s
                      hostIP: %2$s
                      startTime: '%3$s'
                      conditions: [{type: Ready, status: 'True'}, {type: ContainersReady, status: 'True'}, {type: PodScheduled, status: 'True'}]
                      containerStatuses: [{name: %4$s, image: %5$s, ready: true, started: true, restartCount: %6$d, state: {running: {startedAt: '%3$s'}}}]
                    """.formatted(podIp, hostIp(node), ago(ageMinutes), container, image, name.hashCode() % 3 == 0 ? 1 : 0);
            case CRASHING -> """
                    status:
                      phase: Running
                      podIP: %1$s
                      hostIP: %2$s
                      startTime: '%3$s'
                      conditions: [{type: Ready, status: 'False', reason: ContainersNotReady}, {type: PodScheduled, status: 'True'}]
                      containerStatuses:
                      - name: %4$s
                        image: %5$s
                        ready: false
                        started: false
                        restartCount: 17
                        state: {waiting: {reason: CrashLoopBackOff, message: back-off 5m0s restarting failed container}}
                        lastState: {terminated: {exitCode: 1, reason: Error, finishedAt: '%6$s'}}
                    """.formatted(podIp, hostIp(node), ago(ageMinutes), container, image, ago(3));
            case PENDING -> """
                    status:
                      phase: Pending
                      conditions: [{type: PodScheduled, status: 'False', reason: Unschedulable, message: '0/3 nodes are available: 3 Insufficient memory.'}]
                    """;
            case SUCCEEDED -> """
                    status:
                      phase: Succeeded
                      podIP: %1$s
                      hostIP: %2$s
                      startTime: '%3$s'
                      conditions: [{type: Ready, status: 'False', reason: PodCompleted}]
                      containerStatuses: [{name: %4$s, image: %5$s, ready: false, started: false, restartCount: 0, state: {terminated: {exitCode: 0, reason: Completed}}}]
                    """.formatted(podIp, hostIp(node), ago(ageMinutes), container, image);
        };
        create(client, """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: %1$s
                  namespace: %2$s
                  uid: %3$s
                  creationTimestamp: '%4$s'
                  labels: %5$s
                  ownerReferences: [{apiVersion: %6$s, kind: %7$s, name: %8$s, uid: %9$s, controller: true, blockOwnerDeletion: true}]
                spec:
                  %10$s
                  containers: [{name: %11$s, image: %12$s}]
                """.formatted(name, ns, uid("pod", ns, name), ago(ageMinutes), labelYaml, ownerApi, ownerKind, ownerName, ownerUid,
                state == PodState.PENDING ? "schedulerName: default-scheduler" : "nodeName: " + node, container, image) + status);
    }

    private static String hostIp(String node) {
        return "10.0.0.1" + (NODES.indexOf(node) + 1);
    }

    private void createStatefulSet(KubernetesClient client) {
        String uid = create(client, """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: postgres, namespace: shop, uid: %s, creationTimestamp: '%s', labels: {app: postgres}}
                spec:
                  replicas: 1
                  serviceName: postgres
                  selector: {matchLabels: {app: postgres}}
                  template:
                    metadata: {labels: {app: postgres}}
                    spec: {containers: [{name: postgres, image: 'postgres:17', ports: [{containerPort: 5432}]}]}
                  volumeClaimTemplates:
                  - metadata: {name: data}
                    spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 10Gi}}}
                status: {replicas: 1, readyReplicas: 1, currentReplicas: 1, updatedReplicas: 1}
                """.formatted(uid("sts", "shop", "postgres"), ago(9 * 24 * 60)));
        createPod(client, "shop", "postgres-0", "postgres", "postgres:17", "StatefulSet", "postgres", uid,
                Map.of("app", "postgres", "statefulset.kubernetes.io/pod-name", "postgres-0"), "node-2", 9 * 24 * 60 - 1);
        create(client, """
                apiVersion: v1
                kind: PersistentVolume
                metadata: {name: pv-shop-data-postgres-0, creationTimestamp: '%1$s'}
                spec:
                  capacity: {storage: 10Gi}
                  accessModes: [ReadWriteOnce]
                  persistentVolumeReclaimPolicy: Delete
                  storageClassName: standard
                  hostPath: {path: /var/lib/demo/pv-shop-data-postgres-0}
                  claimRef: {namespace: shop, name: data-postgres-0}
                status: {phase: Bound}
                """.formatted(ago(9 * 24 * 60)));
        create(client, """
                apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data-postgres-0, namespace: shop, creationTimestamp: '%1$s', labels: {app: postgres}}
                spec: {accessModes: [ReadWriteOnce], storageClassName: standard, volumeName: pv-shop-data-postgres-0, resources: {requests: {storage: 10Gi}}}
                status: {phase: Bound, accessModes: [ReadWriteOnce], capacity: {storage: 10Gi}}
                """.formatted(ago(9 * 24 * 60)));
    }

    private void createDaemonSet(KubernetesClient client) {
        String uid = create(client, """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata: {name: kube-proxy, namespace: kube-system, uid: %s, creationTimestamp: '%s', labels: {k8s-app: kube-proxy}}
                spec:
                  selector: {matchLabels: {k8s-app: kube-proxy}}
                  template:
                    metadata: {labels: {k8s-app: kube-proxy}}
                    spec: {containers: [{name: kube-proxy, image: 'registry.k8s.io/kube-proxy:v1.34.0'}]}
                status: {desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 3, updatedNumberScheduled: 3, numberAvailable: 3}
                """.formatted(uid("ds", "kube-system", "kube-proxy"), ago(14 * 24 * 60)));
        String[] suffixes = {"8xk2p", "c4n7r", "v9m3t"};
        for (int i = 0; i < NODES.size(); i++) {
            createPod(client, "kube-system", "kube-proxy-" + suffixes[i], "kube-proxy", "registry.k8s.io/kube-proxy:v1.34.0",
                    "DaemonSet", "kube-proxy", uid, Map.of("k8s-app", "kube-proxy"), NODES.get(i), 14 * 24 * 60 - 1);
        }
    }

    private void createJobs(KubernetesClient client) {
        String jobName = "nightly-report-29300400";
        String cronUid = create(client, """
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nightly-report, namespace: team-b, uid: %s, creationTimestamp: '%s'}
                spec:
                  schedule: '0 2 * * *'
                  jobTemplate:
                    spec:
                      template:
                        spec: {restartPolicy: OnFailure, containers: [{name: report, image: 'ghcr.io/example/report:1.0'}]}
                status: {lastScheduleTime: '%s', lastSuccessfulTime: '%s'}
                """.formatted(uid("cronjob", "team-b", "nightly-report"), ago(5 * 24 * 60), ago(8 * 60), ago(8 * 60 - 2)));
        String jobUid = create(client, """
                apiVersion: batch/v1
                kind: Job
                metadata:
                  name: %s
                  namespace: team-b
                  uid: %s
                  creationTimestamp: '%s'
                  labels: {job-name: %1$s}
                  ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: nightly-report, uid: %s, controller: true}]
                spec:
                  completions: 1
                  template:
                    spec: {restartPolicy: OnFailure, containers: [{name: report, image: 'ghcr.io/example/report:1.0'}]}
                status: {succeeded: 1, startTime: '%3$s', completionTime: '%s', conditions: [{type: Complete, status: 'True'}]}
                """.formatted(jobName, uid("job", "team-b", jobName), ago(8 * 60), cronUid, ago(8 * 60 - 2)));
        createPod(client, "team-b", jobName + "-4xq8z", "report", "ghcr.io/example/report:1.0", "Job", jobName, jobUid,
                Map.of("job-name", jobName), "node-3", 8 * 60);
    }

    private void createNetworking(KubernetesClient client) {
        service(client, "default", "kubernetes", "ClusterIP", "10.96.0.1", "{component: apiserver}", "null", 443, 6443, "");
        service(client, "kube-system", "kube-dns", "ClusterIP", "10.96.0.10", "{k8s-app: kube-dns}", "{k8s-app: kube-dns}", 53, 53, "");
        service(client, "shop", "web", "ClusterIP", "10.96.12.20", "{app: web}", "{app: web}", 80, 8080, "");
        service(client, "shop", "api", "ClusterIP", "10.96.12.21", "{app: api}", "{app: api}", 80, 8080, "");
        service(client, "shop", "web-public", "LoadBalancer", "10.96.12.22", "{app: web}", "{app: web}", 443, 8080,
                "status: {loadBalancer: {ingress: [{ip: 203.0.113.10}]}}");
        service(client, "team-a", "frontend", "NodePort", "10.96.40.5", "{app: frontend}", "{app: frontend}", 80, 8080, "");
        create(client, """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata: {name: web, namespace: shop, creationTimestamp: '%s', annotations: {nginx.ingress.kubernetes.io/ssl-redirect: 'true'}}
                spec:
                  ingressClassName: nginx
                  tls: [{hosts: [shop.example.com], secretName: shop-tls}]
                  rules:
                  - host: shop.example.com
                    http:
                      paths:
                      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}
                      - {path: /api, pathType: Prefix, backend: {service: {name: api, port: {number: 80}}}}
                status: {loadBalancer: {ingress: [{ip: 203.0.113.10}]}}
                """.formatted(ago(200)));
        create(client, """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: api-allow-web, namespace: shop, creationTimestamp: '%s'}
                spec:
                  podSelector: {matchLabels: {app: api}}
                  policyTypes: [Ingress]
                  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}], ports: [{protocol: TCP, port: 8080}]}]
                """.formatted(ago(170)));
        create(client, """
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: api, namespace: shop, creationTimestamp: '%s'}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
                  minReplicas: 2
                  maxReplicas: 5
                  metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}}]
                status: {currentReplicas: 2, desiredReplicas: 2, currentMetrics: [{type: Resource, resource: {name: cpu, current: {averageUtilization: 34}}}]}
                """.formatted(ago(175)));
    }

    private void service(KubernetesClient client, String ns, String name, String type, String clusterIp, String labels,
            String selector, int port, int targetPort, String status) {
        create(client, """
                apiVersion: v1
                kind: Service
                metadata: {name: %s, namespace: %s, creationTimestamp: '%s', labels: %s}
                spec:
                  type: %s
                  clusterIP: %s
                  selector: %s
                  ports: [{name: main, protocol: %s, port: %d, targetPort: %d%s}]
                %s
                """.formatted(name, ns, ago(ns.equals("shop") ? 235 : 14 * 24 * 60), labels, type, clusterIp, selector,
                port == 53 ? "UDP" : "TCP", port, targetPort, type.equals("NodePort") ? ", nodePort: 30080" : "", status));
    }

    private void createConfig(KubernetesClient client) {
        create(client, """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: web-config, namespace: shop, creationTimestamp: '%s', labels: {app: web}}
                data:
                  nginx.conf: |
                    server { listen 8080; location / { root /usr/share/nginx/html; } }
                  FEATURE_FLAGS: new-checkout,dark-mode
                """.formatted(ago(240)));
        create(client, """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: frontend-config, namespace: team-a, creationTimestamp: '%s'}
                data: {API_URL: 'http://api.shop.svc.cluster.local', LOG_LEVEL: debug}
                """.formatted(ago(60)));
        create(client, """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: coredns, namespace: kube-system, creationTimestamp: '%s'}
                data:
                  Corefile: |
                    .:53 { errors; health; kubernetes cluster.local in-addr.arpa ip6.arpa; forward . /etc/resolv.conf; cache 30 }
                """.formatted(ago(14 * 24 * 60)));
        String encoded = Base64.getEncoder().encodeToString(SECRET_VALUE.getBytes(StandardCharsets.UTF_8));
        // The last-applied annotation repeats the data, as kubectl apply leaves it on real Secrets.
        create(client, """
                apiVersion: v1
                kind: Secret
                type: Opaque
                metadata:
                  name: %1$s
                  namespace: %2$s
                  creationTimestamp: '%3$s'
                  labels: {app: api}
                  annotations:
                    kubectl.kubernetes.io/last-applied-configuration: '{"apiVersion":"v1","kind":"Secret","data":{"%4$s":"%5$s","API_KEY":"ZGVtby1hcGkta2V5"},"metadata":{"name":"%1$s","namespace":"%2$s"}}'
                data: {%4$s: %5$s, API_KEY: ZGVtby1hcGkta2V5}
                """.formatted(SECRET_NAME, SECRET_NAMESPACE, ago(180), SECRET_KEY, encoded));
        for (String ns : List.of("shop", "team-a", "team-b")) {
            create(client, """
                    apiVersion: v1
                    kind: ServiceAccount
                    metadata: {name: default, namespace: %s, creationTimestamp: '%s'}
                    """.formatted(ns, ago(10 * 24 * 60)));
        }
        create(client, """
                apiVersion: v1
                kind: ServiceAccount
                metadata: {name: api, namespace: shop, creationTimestamp: '%s', labels: {app: api}}
                """.formatted(ago(180)));
    }

    private void createEvents(KubernetesClient client) {
        event(client, "shop", "web-7c9d8f6b5-h4k2j.1", "Normal", "Scheduled", "Pod", "web-7c9d8f6b5-h4k2j",
                "Successfully assigned shop/web-7c9d8f6b5-h4k2j to node-2", 1, 239);
        event(client, "shop", "api.1", "Normal", "ScalingReplicaSet", "Deployment", "api",
                "Scaled up replica set api-6b8c7d9f4 to 2", 1, 180);
        event(client, "team-b", "worker-6f7d9c8b5-x2k9p.1", "Warning", "BackOff", "Pod", "worker-6f7d9c8b5-x2k9p",
                "Back-off restarting failed container worker in pod worker-6f7d9c8b5-x2k9p", 74, 2);
        event(client, "team-a", "frontend-5d8f7b6c4-q7w3e.1", "Warning", "FailedScheduling", "Pod", "frontend-5d8f7b6c4-q7w3e",
                "0/3 nodes are available: 3 Insufficient memory.", 12, 5);
    }

    private void event(KubernetesClient client, String ns, String name, String type, String reason, String kind, String object,
            String message, int count, long minutesAgo) {
        create(client, """
                apiVersion: v1
                kind: Event
                metadata: {name: %s, namespace: %s, creationTimestamp: '%s'}
                type: %s
                reason: %s
                message: '%s'
                count: %d
                firstTimestamp: '%s'
                lastTimestamp: '%s'
                source: {component: %s}
                involvedObject: {kind: %s, namespace: %2$s, name: %s}
                """.formatted(name, ns, ago(minutesAgo), type, reason, message, count, ago(minutesAgo + count), ago(minutesAgo),
                reason.equals("FailedScheduling") || reason.equals("Scheduled") ? "default-scheduler"
                        : kind.equals("Deployment") ? "deployment-controller" : "kubelet",
                kind, object));
    }

    private void createRbac(KubernetesClient client) {
        create(client, """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: pod-reader, namespace: shop, creationTimestamp: '%s'}
                rules: [{apiGroups: [''], resources: [pods, pods/log], verbs: [get, list, watch]}]
                """.formatted(ago(3 * 24 * 60)));
        create(client, """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: read-pods, namespace: shop, creationTimestamp: '%s'}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}
                subjects: [{kind: User, apiGroup: rbac.authorization.k8s.io, name: alice}]
                """.formatted(ago(3 * 24 * 60)));
        create(client, """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: dashboard-viewer, creationTimestamp: '%s'}
                rules: [{apiGroups: ['', apps, batch], resources: ['*'], verbs: [get, list, watch]}]
                """.formatted(ago(6 * 24 * 60)));
        create(client, """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRoleBinding
                metadata: {name: dashboard-viewers, creationTimestamp: '%s'}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: dashboard-viewer}
                subjects: [{kind: Group, apiGroup: rbac.authorization.k8s.io, name: viewers}]
                """.formatted(ago(6 * 24 * 60)));
    }

    private void createCustomResources(KubernetesClient client) {
        create(client, """
                apiVersion: apiextensions.k8s.io/v1
                kind: CustomResourceDefinition
                metadata: {name: widgets.example.com, creationTimestamp: '%s'}
                spec:
                  group: example.com
                  scope: Namespaced
                  names: {plural: widgets, singular: widget, kind: Widget, listKind: WidgetList, shortNames: [wd], categories: [all]}
                  versions:
                  - name: v1
                    served: true
                    storage: true
                    schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}
                    additionalPrinterColumns:
                    - {name: Color, type: string, jsonPath: .spec.color, description: The widget's color}
                    - {name: Size, type: integer, jsonPath: .spec.size}
                    - {name: Ready, type: string, jsonPath: '.status.conditions[?(@.type=="Ready")].status'}
                    - {name: Age, type: date, jsonPath: .metadata.creationTimestamp}
                """.formatted(ago(4 * 24 * 60)));
        ResourceDefinitionContext widgets = new ResourceDefinitionContext.Builder()
                .withGroup("example.com").withVersion("v1").withKind("Widget").withPlural("widgets").withNamespaced(true).build();
        for (String[] w : new String[][] {{"shop", "blue-widget", "blue", "3", "True"}, {"team-a", "red-widget", "red", "7", "False"}}) {
            GenericKubernetesResource widget = Serialization.unmarshal("""
                    apiVersion: example.com/v1
                    kind: Widget
                    metadata: {name: %s, namespace: %s, creationTimestamp: '%s', labels: {color: %s}}
                    spec: {color: %4$s, size: %s}
                    status: {conditions: [{type: Ready, status: '%s'}]}
                    """.formatted(w[1], w[0], ago(2 * 24 * 60), w[2], w[3], w[4]), GenericKubernetesResource.class);
            client.genericKubernetesResources(widgets).inNamespace(w[0]).resource(widget).create();
        }
    }

    /**
     * Creates an object and returns the uid the server gave it (owner references need it). The
     * creation time sent is kept only by servers using {@link DemoCrudDispatcher}; others stamp now.
     */
    /**
     * Creates one object as a generic (map-backed) resource. Typed models would make Jackson build
     * deserializers for fabric8's whole model graph on first use: seconds of start-up for the demo.
     */
    private static String create(KubernetesClient client, String yaml) {
        GenericKubernetesResource object = Serialization.unmarshal(yaml, GenericKubernetesResource.class);
        var resources = client.genericKubernetesResources(contextOf(object));
        var target = object.getMetadata().getNamespace() == null ? resources : resources.inNamespace(object.getMetadata().getNamespace());
        return target.resource(object).create().getMetadata().getUid();
    }

    private static ResourceDefinitionContext contextOf(GenericKubernetesResource object) {
        String apiVersion = object.getApiVersion();
        int slash = apiVersion.indexOf('/');
        String kind = object.getKind();
        String plural = switch (kind) {
            case "Ingress" -> "ingresses";
            case "NetworkPolicy" -> "networkpolicies";
            default -> kind.toLowerCase(java.util.Locale.ROOT) + "s";
        };
        boolean namespaced = !CLUSTER_SCOPED_KINDS.contains(kind);
        return new ResourceDefinitionContext.Builder()
                .withGroup(slash < 0 ? "" : apiVersion.substring(0, slash))
                .withVersion(slash < 0 ? apiVersion : apiVersion.substring(slash + 1))
                .withKind(kind).withPlural(plural).withNamespaced(namespaced).build();
    }

    private static final java.util.Set<String> CLUSTER_SCOPED_KINDS = java.util.Set.of("Namespace", "Node", "PersistentVolume",
            "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition");

    private String ago(long minutes) {
        return Instant.now(clock).minus(Duration.ofMinutes(minutes)).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String uid(String kind, String ns, String name) {
        return UUID.nameUUIDFromBytes((kind + "/" + ns + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private record Workload(String namespace, String name, String image, int replicas, String hash, List<String> podSuffixes,
            long ageMinutes) {
    }
}
