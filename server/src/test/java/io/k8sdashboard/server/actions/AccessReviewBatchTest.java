package io.k8sdashboard.server.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.k8sdashboard.plugin.api.InvalidInputException;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.access.FakeReviewer;
import io.k8sdashboard.server.identity.CurrentUser;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessReviewBatchTest {

    private final FakeReviewer reviewer = new FakeReviewer()
            .allow("list", "", "configmaps", "team-a")
            .allowNamed("patch", "", "configmaps", "team-a", "settings")
            .allow("update", "apps", "deployments/scale", "team-a")
            .allow("get", "", "nodes", "");
    private final AccessReviewBatch batch = new AccessReviewBatch(ActionFixtures.registry(), reviewer);

    @BeforeEach
    void signIn() {
        CurrentUser.bind(new CurrentUser.RequestIdentity(new UserIdentity("alice", null, List.of("team-a")), true));
    }

    @AfterEach
    void signOut() {
        CurrentUser.clear();
    }

    @Test
    void answersEachQuestionInOrder() {
        AccessReviews answers = batch.answer("""
                {"reviews":[
                  {"verb":"list","kind":"cm","namespace":"team-a"},
                  {"verb":"list","kind":"configmaps","namespace":"team-b"},
                  {"verb":"patch","kind":"configmaps","namespace":"team-a","name":"settings"},
                  {"verb":"patch","kind":"configmaps","namespace":"team-a","name":"other"},
                  {"verb":"update","kind":"deployments.apps","subresource":"scale","namespace":"team-a","name":"web"},
                  {"verb":"get","kind":"nodes"},
                  {"verb":"delete","kind":"nodes","name":"node-1"}
                ]}""");

        assertThat(answers.reviews()).extracting(AccessQuestion::allowed)
                .containsExactly(true, false, true, false, true, true, false);
        assertThat(answers.reviews().get(0).kind()).as("echoed as asked").isEqualTo("cm");
        assertThat(reviewer.asked).contains("update apps/deployments/scale team-a web");
    }

    @Test
    void anEmptyBatchIsAnEmptyAnswer() {
        assertThat(batch.answer("{\"reviews\":[]}").reviews()).isEmpty();
    }

    @Test
    void atMostOneHundredQuestions() {
        String hundred = "{\"reviews\":[" + String.join(",", java.util.Collections.nCopies(100, "{\"verb\":\"get\",\"kind\":\"nodes\"}")) + "]}";
        assertThat(batch.answer(hundred).reviews()).hasSize(100);

        String more = hundred.replace("]}", ",{\"verb\":\"get\",\"kind\":\"nodes\"}]}");
        assertThatThrownBy(() -> batch.answer(more))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reviews"));
    }

    @Test
    void badQuestionsAreA400NamingTheEntrysFieldAndNothingIsAsked() {
        record Case(String body, String field) {
        }
        for (Case c : List.of(
                new Case("", "body"),
                new Case("[]", "body"),
                new Case("{}", "reviews"),
                new Case("{\"reviews\":{}}", "reviews"),
                new Case("{\"reviews\":[1]}", "reviews[0]"),
                new Case("{\"reviews\":[{\"kind\":\"pods\"}]}", "reviews[0].verb"),
                new Case("{\"reviews\":[{\"verb\":\"get\",\"kind\":\"nodes\"},{\"verb\":\"GET\",\"kind\":\"nodes\"}]}", "reviews[1].verb"),
                new Case("{\"reviews\":[{\"verb\":\"get\"}]}", "reviews[0].kind"),
                new Case("{\"reviews\":[{\"verb\":\"get\",\"kind\":\"gizmos\"}]}", "reviews[0].kind"),
                new Case("{\"reviews\":[{\"verb\":\"get\",\"kind\":\"no such\"}]}", "reviews[0].kind"),
                new Case("{\"reviews\":[{\"verb\":\"get\",\"kind\":\"configmaps\",\"namespace\":\"\"}]}", "reviews[0].namespace"),
                new Case("{\"reviews\":[{\"verb\":\"get\",\"kind\":\"configmaps\",\"namespace\":7}]}", "reviews[0].namespace"),
                new Case("{\"reviews\":[{\"verb\":\"get\",\"kind\":\"nodes\",\"namespace\":\"team-a\"}]}", "reviews[0].namespace"),
                new Case("{\"reviews\":[{\"verb\":\"get\",\"kind\":\"configmaps\",\"name\":\"A B\"}]}", "reviews[0].name"),
                new Case("{\"reviews\":[{\"verb\":\"get\",\"kind\":\"configmaps\",\"name\":null}]}", "reviews[0].name"),
                new Case("{\"reviews\":[{\"verb\":\"get\",\"kind\":\"configmaps\",\"allowed\":\"x\"}]}", "reviews[0].allowed"),
                new Case("{\"reviews\":[{\"verb\":\"get\",\"kind\":\"deployments\",\"subresource\":\"sc/ale\"}]}", "reviews[0].subresource"))) {
            assertThatThrownBy(() -> batch.answer(c.body())).as(c.body())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(c.field()));
        }
        assertThat(reviewer.asked).isEmpty();
    }
}
