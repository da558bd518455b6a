package io.k8sdashboard.server.actions;

import io.fabric8.kubernetes.client.utils.Serialization;
import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.NotFoundException;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.access.AccessReviewer;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.validation.InputValidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Answers a batch of access questions for the signed-in user, so the UI can show only what the
 * user may do: each question is a SelfSubjectAccessReview made as the user (through
 * {@link AccessReviewer}, so answers are cached like every other decision), asked with the
 * object's name when one is given (RBAC {@code resourceNames} rules apply). Every question is
 * checked before any is asked: a malformed one, or a kind the dashboard does not serve, is a 400
 * naming its field ({@code reviews[3].kind}); more than {@value #MAX_REVIEWS} is a 400 naming
 * {@code reviews}.
 */
@ApplicationScoped
public class AccessReviewBatch {

    /** Largest batch. */
    public static final int MAX_REVIEWS = 100;
    /** An RBAC verb ({@code get}, {@code deletecollection}) or {@code *}. */
    public static final String VERB_PATTERN = "^(?:\\*|[a-z]{1,40})$";
    /** A subresource ({@code scale}, {@code status}, {@code log}). */
    public static final String SUBRESOURCE_PATTERN = "^[a-z]{1,40}$";
    private static final Pattern VERB = Pattern.compile(VERB_PATTERN);
    private static final Pattern SUBRESOURCE = Pattern.compile(SUBRESOURCE_PATTERN);

    @Inject
    KindRegistry kinds;
    @Inject
    AccessReviewer reviewer;

    /** For CDI. */
    public AccessReviewBatch() {
    }

    /** For tests. */
    AccessReviewBatch(KindRegistry kinds, AccessReviewer reviewer) {
        this.kinds = kinds;
        this.reviewer = reviewer;
    }

    /** The questions of {@code body} (JSON text), answered in order. */
    public AccessReviews answer(String body) {
        List<Question> questions = parse(body);
        UserIdentity user = CurrentUser.require().user();
        List<AccessQuestion> answers = new ArrayList<>(questions.size());
        for (Question q : questions) {
            var d = q.kind().descriptor();
            String resource = q.asked().subresource() == null ? d.plural() : d.plural() + "/" + q.asked().subresource();
            String namespace = q.asked().namespace() == null ? "" : q.asked().namespace();
            boolean allowed = reviewer.allowed(user, q.asked().verb(), d.group(), resource, namespace, q.asked().name());
            answers.add(q.asked().answered(allowed));
        }
        return new AccessReviews(answers);
    }

    private record Question(AccessQuestion asked, RegisteredKind kind) {
    }

    private List<Question> parse(String body) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : Serialization.jsonMapper().readTree(body);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "not JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object {\"reviews\": [...]}");
        }
        JsonNode reviews = tree.get("reviews");
        if (reviews == null || !reviews.isArray()) {
            throw new InvalidInputException("reviews", "must be an array of {verb, kind, namespace, name}");
        }
        if (reviews.size() > MAX_REVIEWS) {
            throw new InvalidInputException("reviews", "at most " + MAX_REVIEWS + " questions at once, got " + reviews.size());
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            questions.add(question("reviews[" + i + "]", reviews.get(i)));
        }
        return questions;
    }

    private Question question(String at, JsonNode entry) {
        if (!entry.isObject()) {
            throw new InvalidInputException(at, "must be an object {verb, kind, namespace, name}");
        }
        String verb = text(entry, at, "verb", true);
        if (!VERB.matcher(verb).matches()) {
            throw new InvalidInputException(at + ".verb", "'" + InputValidation.abbreviate(verb) + "' is not an RBAC verb (like get, list, patch, or *)");
        }
        String kindName = text(entry, at, "kind", true);
        try {
            InputValidation.kind(kindName);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(at + ".kind", "'" + InputValidation.abbreviate(kindName) + "' is not a kind name (like pods or deployments.apps)");
        }
        RegisteredKind kind;
        try {
            kind = kinds.resolve(kindName);
        } catch (NotFoundException e) {
            throw new InvalidInputException(at + ".kind", e.getMessage());
        }
        String subresource = text(entry, at, "subresource", false);
        if (subresource != null && !SUBRESOURCE.matcher(subresource).matches()) {
            throw new InvalidInputException(at + ".subresource", "'" + InputValidation.abbreviate(subresource) + "' is not a subresource (like scale)");
        }
        String namespace = text(entry, at, "namespace", false);
        if (namespace != null) {
            InputValidation.namespace(at + ".namespace", namespace);
            if (!kind.descriptor().namespaced()) {
                throw new InvalidInputException(at + ".namespace", kind.resourceName() + " are cluster-scoped: leave namespace out");
            }
        }
        JsonNode allowed = entry.get("allowed");
        if (allowed != null && !allowed.isBoolean()) {
            // Part of the answer, ignored in a question; but what the schema forbids is refused.
            throw new InvalidInputException(at + ".allowed", "must be true or false (it is ignored in questions)");
        }
        String name = text(entry, at, "name", false);
        if (name != null) {
            InputValidation.name(at + ".name", name);
        }
        return new Question(new AccessQuestion(verb, kindName, subresource, namespace, name, null), kind);
    }

    /** A string field; absent gives null (null itself is no string: a 400 like any other wrong type). */
    private static String text(JsonNode entry, String at, String field, boolean required) {
        JsonNode value = entry.get(field);
        if (value == null) {
            if (required) {
                throw new InvalidInputException(at + "." + field, "is required");
            }
            return null;
        }
        if (!value.isString()) {
            throw new InvalidInputException(at + "." + field, "must be a string");
        }
        return value.stringValue();
    }
}
