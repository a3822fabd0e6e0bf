package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A planner edits the table in place, and opens an item from it in the details pane. */
class EditingInTheTableTest extends PlannerSession {

    private static final String AUDIT = "Formalise the audit MoU into an agreement";

    @Test
    void aCellOfTheSelectedRowEditsInPlaceAsOneNamedStepAndRefusesWhatIsNotADate() throws Exception {
        Milestone audit = item(AUDIT);
        Roadmap before = inTheFile();
        select(audit);

        clickOn(cellOf(audit.id(), "column-title"));
        waitUntil(() -> lookup(".tree-table-cell .text-field").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.A);
        write("Audit agreement");
        push(KeyCode.ENTER);
        waitUntil(() -> shown().milestone(audit.id()).orElseThrow().title().equals("Audit agreement"));
        assertThat(inTheFile(audit.id()).title()).isEqualTo("Audit agreement");
        assertThat(app.window().model().undoTextProperty().get()).isEqualTo("Undo Rename '" + AUDIT + "'");
        assertThat(tableTextOf(audit.id())).contains("Audit agreement");

        Roadmap renamed = inTheFile();
        clickOn(cellOf(audit.id(), "column-start"));
        waitUntil(() -> lookup(".tree-table-cell .text-field").tryQuery().isPresent());
        push(KeyCode.CONTROL, KeyCode.A);
        write("2025-13-01");
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().model().messageProperty().get())
                .isEqualTo("'2025-13-01' is not a date: there is no month 13.");
        assertThat(inTheFile()).isEqualTo(renamed);
        waitUntil(() -> tableTextOf(audit.id()).contains(audit.start().label()));

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> shown().milestone(audit.id()).orElseThrow().title().equals(AUDIT));
        assertThat(inTheFile()).isEqualTo(before);

        // F2 edits the focused cell of the selected row from the keyboard; Esc leaves it as it was.
        push(KeyCode.F2);
        waitUntil(() -> lookup(".tree-table-cell .text-field").tryQuery().isPresent());
        push(KeyCode.ESCAPE);
        waitUntil(() -> lookup(".tree-table-cell .text-field").tryQuery().isEmpty());
        assertThat(inTheFile()).isEqualTo(before);
    }

    @Test
    void enterOrADoubleClickOnARowOpensTheItemInTheDetailsPane() throws Exception {
        Milestone audit = item(AUDIT);
        select(audit);
        clickOn(cellOf(audit.id(), "column-start"));
        push(KeyCode.ESCAPE);
        push(KeyCode.ENTER);
        waitUntil(() -> lookup("#detail-title").tryQuery().isPresent());
        assertThat(lookup("#detail-title").queryAs(TextField.class).getText()).isEqualTo(AUDIT);

        push(KeyCode.F4);
        waitUntil(() -> lookup("#details-pane").tryQuery().isEmpty());
        Milestone training = item("Joint training of search-and-rescue teams");
        interact(() -> chart().reveal(training.id()));
        waitUntil(() -> tableRowOf(training.id()).isPresent());
        doubleClickOn(cellOf(training.id(), "column-start"));
        waitUntil(() -> lookup("#detail-title").tryQuery().isPresent());
        assertThat(lookup("#detail-title").queryAs(TextField.class).getText()).isEqualTo(training.title());
        assertThat(lookup(".tree-table-cell .text-field").tryQuery()).isEmpty();
    }

    @Test
    void shortColumnsFitTheirWidestText() {
        for (String[] c : new String[][] {{"column-percent", "100%"}, {"column-kind", "Milestone"},
                {"column-status", "In progress"}, {"column-start", "30 Sep 2025"}}) {
            TreeTableColumn<?, ?> column = table().getColumns().stream().filter(t -> c[0].equals(t.getId()))
                    .findFirst().orElseThrow();
            Text text = new Text(c[1]);
            text.setFont(lookup(".tree-table-cell").queryAs(TreeTableCell.class).getFont());
            assertThat(column.getWidth()).as(c[0]).isGreaterThan(text.getLayoutBounds().getWidth() + 12);
        }
    }

    private void select(Milestone m) throws Exception {
        interact(() -> {
            chart().setSelectedItem(m.id());
            chart().reveal(m.id());
        });
        waitUntil(() -> tableRowOf(m.id()).isPresent() && table().selectedItemId() != null);
    }

    private Node cellOf(UUID id, String columnId) {
        return tableRowOf(id).orElseThrow().lookupAll(".tree-table-cell").stream()
                .filter(n -> n instanceof TreeTableCell<?, ?> cell && cell.getTableColumn() != null
                        && columnId.equals(cell.getTableColumn().getId())).findFirst().orElseThrow();
    }
}
