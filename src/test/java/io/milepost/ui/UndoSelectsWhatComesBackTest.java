package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A planner takes a step back and sees at once what came back: an item deleted and then undone is selected again, in
 * the table and on the chart, and the details pane shows it; an item added, undone and redone likewise.
 */
class UndoSelectsWhatComesBackTest extends DetailsPaneSession {

    private static final String TRAINING = "Joint training of search-and-rescue teams";

    @Test
    void anUndoneDeleteComesBackSelectedAndShownInTheDetailsPane() throws Exception {
        Milestone training = item(TRAINING);
        Roadmap before = inTheFile();
        openDetailsOf(training);

        chooseMenu("Edit", "Delete…");
        waitUntil(() -> lookup("#confirm-delete").tryQuery().isPresent());
        clickOn("Delete");
        waitUntil(() -> shown().milestone(training.id()).isEmpty());
        assertThat(chart().getSelectedItem()).isNull();
        assertThat(lookup("#detail-title").tryQuery()).as("the pane shows no item").isEmpty();

        assertThat(undoText()).isEqualTo("Undo Delete '" + TRAINING + "'");
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> training.id().equals(chart().getSelectedItem()));
        assertThat(inTheFile()).isEqualTo(before);
        assertThat(selectedInTable()).containsExactly(training.id());
        assertThat(lookup(".details-heading").queryAs(Label.class).getText()).isEqualTo(TRAINING);
        assertThat(field("#detail-title").getText()).isEqualTo(TRAINING);
    }

    @Test
    void aRedoneAddComesBackSelectedAndShownInTheDetailsPane() throws Exception {
        Milestone training = item(TRAINING);
        interact(() -> chart().setSelectedItem(training.id()));
        int count = shown().milestones().size();

        chooseMenu("Edit", "Add milestone");
        waitUntil(() -> shown().milestones().size() == count + 1);
        UUID added = chart().getSelectedItem();
        assertThat(shown().milestone(added).orElseThrow().title()).isEqualTo("New milestone");

        assertThat(undoText()).isEqualTo("Undo Add 'New milestone'");
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> shown().milestone(added).isEmpty());
        interact(() -> chart().setSelectedItem(training.id()));

        assertThat(redoText()).isEqualTo("Redo Add 'New milestone'");
        push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> added.equals(chart().getSelectedItem()));
        assertThat(inTheFile(added).title()).isEqualTo("New milestone");
        assertThat(selectedInTable()).containsExactly(added);
        assertThat(field("#detail-title").getText()).isEqualTo("New milestone");
    }

    /** The items whose rows are selected in the table, top to bottom. */
    private List<UUID> selectedInTable() {
        return table().getSelectionModel().getSelectedItems().stream().map(TreeItem::getValue)
                .filter(row -> row != null && !row.isGroup()).map(row -> row.milestone().id()).toList();
    }
}
