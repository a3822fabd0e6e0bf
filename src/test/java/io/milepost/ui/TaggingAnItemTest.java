package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.edit.Names;
import io.milepost.model.Milestone;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A planner ticks tags the roadmap already uses in the details pane, unticks one, undoes, and adds a new tag typed
 * beside them (offered the roadmap's tags as it is typed); each change is one undo step "Set tags of 'title'".
 */
class TaggingAnItemTest extends DetailsPaneSession {

    @Test
    void twoTagsTickedAndOneUntickedAreAStepEachAndUndoGivesTheTickBack() throws Exception {
        Milestone m = shown().milestones().get(0);
        List<String> before = m.tags();
        // The first two tags of the list (it is sorted) that the item does not have yet: in view as the list opens.
        List<String> offered = shown().milestones().stream().flatMap(x -> x.tags().stream()).distinct()
                .filter(t -> !before.contains(t)).sorted(String.CASE_INSENSITIVE_ORDER).limit(2).toList();
        String firstTag = offered.get(0);
        String secondTag = offered.get(1);
        openDetailsOf(m);
        String step = "Set tags of '" + Names.title(m) + "'";

        reveal("#detail-tags");
        clickOn("#detail-tags");
        clickOnPopupEntry(firstTag);
        waitUntil(() -> tagsOf(m).contains(firstTag));
        clickOnPopupEntry(secondTag);
        waitUntil(() -> tagsOf(m).contains(secondTag));
        assertThat(inTheFile(m.id()).tags()).containsSequence(firstTag, secondTag).containsAll(before);
        assertThat(undoText()).isEqualTo("Undo " + step);

        clickOnPopupEntry(firstTag);
        waitUntil(() -> !tagsOf(m).contains(firstTag));
        assertThat(inTheFile(m.id()).tags()).contains(secondTag).doesNotContain(firstTag);
        push(KeyCode.ESCAPE);

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> tagsOf(m).contains(firstTag));
        assertThat(inTheFile(m.id()).tags()).contains(firstTag, secondTag);
        assertThat(undoText()).isEqualTo("Undo " + step);
        push(KeyCode.CONTROL, KeyCode.Z);
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> tagsOf(m).equals(before));
        assertThat(inTheFile(m.id()).tags()).isEqualTo(before);
    }

    @Test
    void aNewTagTypedBesideTheListIsAddedAndOfferedTheRoadmapsTags() throws Exception {
        Milestone m = shown().milestones().stream().filter(x -> !x.tags().contains("signing")).findFirst()
                .orElseThrow();
        openDetailsOf(m);

        reveal("#detail-new-tag");
        clickOn("#detail-new-tag");
        write("sign");
        clickOnPopupEntry("signing");
        clickOn("#detail-add-tag");
        waitUntil(() -> tagsOf(m).contains("signing"));
        assertThat(inTheFile(m.id()).tags()).contains("signing");

        type("#detail-new-tag", "halal-2026", KeyCode.ENTER);
        waitUntil(() -> tagsOf(m).contains("halal-2026"));
        assertThat(inTheFile(m.id()).tags()).endsWith("signing", "halal-2026");
        assertThat(undoText()).isEqualTo("Undo Set tags of '" + Names.title(m) + "'");
    }

    @Test
    void theTagsBoxWritesTheTagsOfEachItemChosenAndOfATagJustAdded() throws Exception {
        Milestone tagged = shown().milestones().stream().filter(x -> x.tags().size() >= 2).findFirst().orElseThrow();
        Milestone untagged = shown().milestones().stream().filter(x -> !x.equals(tagged)).findFirst().orElseThrow();
        interact(() -> app.window().model().make(io.milepost.app.edit.MilestoneEdits.setTags(shown(), untagged.id(),
                List.of())));
        waitUntil(() -> tagsOf(untagged).isEmpty());

        openDetailsOf(untagged);
        waitUntil(() -> "no tags".equals(tagsBoxText()));
        openDetailsOf(tagged);
        waitUntil(() -> tagsBoxText().contains(tagged.tags().get(0)));
        assertThat(tagsBoxText()).contains(tagged.tags().get(1)).doesNotContain("no tags");

        openDetailsOf(untagged);
        waitUntil(() -> "no tags".equals(tagsBoxText()));
        type("#detail-new-tag", "flood-2027", KeyCode.ENTER);
        waitUntil(() -> tagsOf(untagged).contains("flood-2027"));
        waitUntil(() -> tagsBoxText().contains("flood-2027"));
    }

    /** What the closed tags box shows: the item's tags, or "no tags". */
    private String tagsBoxText() {
        // The button cell of the box's combo (the popup's list has cells of its own).
        javafx.scene.control.ListCell<?> cell = lookup("#detail-tags").lookup(".list-cell")
                .match(n -> n.getParent() != null && n.getParent().getStyleClass().contains("combo-box"))
                .queryAs(javafx.scene.control.ListCell.class);
        return cell.getText() == null ? "" : cell.getText();
    }

    private List<String> tagsOf(Milestone m) {
        return shown().milestone(m.id()).orElseThrow().tags();
    }
}
