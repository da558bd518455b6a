package io.k8sdashboard.server.audit;

import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.server.validation.InputValidation;
import java.util.regex.Pattern;

/**
 * A validated request for a page of audit records: filters that must all match (each {@code null}
 * when absent), a page size and where the previous page ended.
 *
 * @param limit page size, 1 to {@link InputValidation#MAX_LIMIT}
 * @param continueToken the previous page's token ({@code m<n>}: the memory ring; {@code r<ms>-<seq>}: the Redis stream), or null
 */
public record AuditQuery(int limit, String continueToken, String user, String namespace, String kind, String verb,
        String outcome) {

    /** Page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 100;
    /**
     * A continue token: {@code m} and a ring sequence number, or {@code r} and a Redis stream id.
     * At most 18 digits per number, so that every token the pattern admits is a {@code long}
     * (19 nines are not: that was a 500 for the ring and a 503 for the stream).
     */
    public static final String CONTINUE_PATTERN = "^(?:m[0-9]{1,18}|r[0-9]{1,18}-[0-9]{1,18})$";
    /** User names as identity headers carry them: printable, no control characters. */
    public static final int MAX_USER = 256;
    private static final Pattern CONTINUE = Pattern.compile(CONTINUE_PATTERN);

    /** The query with every filter unset. */
    public static AuditQuery newest(int limit) {
        return new AuditQuery(limit, null, null, null, null, null, null);
    }

    /** Checks each parameter as it came in the URL; a bad one is a 400 naming it. */
    public static AuditQuery parse(String limit, String continueToken, String user, String namespace, String kind, String verb,
            String outcome) {
        Integer size = InputValidation.limit(limit);
        if (continueToken != null && !CONTINUE.matcher(continueToken).matches()) {
            throw new InvalidInputException("continue", "'" + InputValidation.abbreviate(continueToken)
                    + "' is not a continue token of this list: pass the previous page's token as it came");
        }
        if (user != null && (user.isEmpty() || user.length() > MAX_USER || user.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidInputException("user", "must be a user name of 1 to " + MAX_USER + " characters without control characters");
        }
        if (namespace != null) {
            InputValidation.namespace("namespace", namespace);
        }
        if (kind != null) {
            InputValidation.kind(kind);
        }
        if (verb != null && !AuditRecord.VERBS.contains(verb)) {
            throw new InvalidInputException("verb", "'" + InputValidation.abbreviate(verb) + "' is not one of " + AuditRecord.VERBS);
        }
        if (outcome != null && !AuditRecord.OUTCOMES.contains(outcome)) {
            throw new InvalidInputException("outcome", "'" + InputValidation.abbreviate(outcome) + "' is not one of " + AuditRecord.OUTCOMES);
        }
        return new AuditQuery(size == null ? DEFAULT_LIMIT : size, continueToken, user, namespace, kind, verb, outcome);
    }

    /** Whether {@code record} passes every filter set. */
    public boolean matches(AuditRecord record) {
        return (user == null || user.equals(record.user()))
                && (namespace == null || namespace.equals(record.namespace()))
                && (kind == null || kind.equals(record.kind()))
                && (verb == null || verb.equals(record.verb()))
                && (outcome == null || outcome.equals(record.outcome()));
    }

    /** Whether the token continues a page of the memory ring. */
    boolean continuesRing() {
        return continueToken != null && continueToken.startsWith("m");
    }
}
