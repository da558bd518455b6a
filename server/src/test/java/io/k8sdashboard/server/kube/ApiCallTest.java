package io.k8sdashboard.server.kube;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiCallTest {

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v1/namespaces/shop/pods, list, pods",
        "GET, /api/v1/namespaces/shop/pods/web-1, get, pods",
        "GET, /api/v1/pods?watch=true&resourceVersion=5, watch, pods",
        "GET, /api/v1/namespaces, list, namespaces",
        "GET, /api/v1/namespaces/shop, get, namespaces",
        "GET, /apis/apps/v1/namespaces/shop/deployments, list, deployments",
        "PATCH, /apis/apps/v1/namespaces/shop/deployments/web, patch, deployments",
        "PUT, /apis/apps/v1/namespaces/shop/deployments/web/scale, update, deployments",
        "POST, /api/v1/namespaces/shop/configmaps, create, configmaps",
        "DELETE, /api/v1/namespaces/shop/configmaps/a, delete, configmaps",
        "DELETE, /api/v1/namespaces/shop/configmaps, deletecollection, configmaps",
        "GET, /apis/apiextensions.k8s.io/v1/customresourcedefinitions, list, customresourcedefinitions",
        "GET, /api/v1/nodes/node-1, get, nodes",
        "GET, /version, get, version",
        "GET, /apis/example.com/v1, get, discovery",
        "GET, /healthz, list, other",
    })
    void classifiesVerbAndResource(String method, String url, String verb, String resource) {
        assertThat(ApiCall.classify(method, URI.create("https://k8s:6443" + url))).isEqualTo(new ApiCall(verb, resource));
    }

    @Test
    void interceptorCountsRealRequestsByStatus() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        try (MockCluster mock = MockCluster.empty((call, code) -> counts.merge(call.verb() + " " + call.resource() + " " + code, 1, Integer::sum))) {
            mock.client().namespaces().list();
            mock.client().namespaces().withName("missing").get();
            assertThat(counts).containsEntry("list namespaces 200", 1).containsEntry("get namespaces 404", 1);
        }
    }
}
