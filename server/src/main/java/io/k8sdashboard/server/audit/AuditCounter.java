package io.k8sdashboard.server.audit;

/** Counts audit records by verb and outcome (the metric, or nothing in tests that do not look). */
@FunctionalInterface
public interface AuditCounter {

    AuditCounter NONE = (verb, outcome) -> {
    };

    void written(String verb, String outcome);
}
