package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.i18n.Messages;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A planner in Minsk reads dates and names in the Russian window whole: the table's dates beside the chart with
 * their year, the roadmap's period in Russian words, and the long names of its sectors within their list.
 */
class DatesAndListsInTheRussianWindowTest extends PlannerSession {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @BeforeEach
    void readInRussian() throws Exception {
        interact(() -> app.useUiLanguage(RUSSIAN));
        waitUntil(() -> "Мероприятие".equals(table().getColumns().get(0).getText()));
    }

    @AfterEach
    void backToEnglish() {
        Messages.useForUi(Locale.ENGLISH);
    }

    @Test
    void theStartColumnShowsWholeBesideTheChartSoAHalfYearKeepsItsYear() throws Exception {
        TreeTableColumn<RoadmapTable.Row, ?> start = table().getColumns().stream()
                .filter(c -> "column-start".equals(c.getId())).findFirst().orElseThrow();
        Node header = table().lookupAll(".column-header").stream().filter(n -> "column-start".equals(n.getId()))
                .findFirst().orElseThrow();
        waitUntil(() -> header.getLayoutBounds().getWidth() > 0 && start.getWidth() == start.getPrefWidth());

        Bounds shown = table().localToScene(table().getLayoutBounds());
        Bounds column = header.localToScene(header.getLayoutBounds());
        assertThat(column.getMaxX()).as("the start column ends inside the table's part of the window")
                .isLessThanOrEqualTo(shown.getMaxX());
        // And it is as wide as the widest start the window writes: "2-е полугодие 2025" is not cut to its half.
        javafx.scene.text.Text half = new javafx.scene.text.Text("2-е полугодие 2025");
        half.setFont(((javafx.scene.control.Labeled) table().lookup(".tree-table-cell")).getFont());
        assertThat(start.getWidth()).isGreaterThan(half.getLayoutBounds().getWidth());
    }

    @Test
    void theRoadmapsPeriodIsWrittenInRussianAndTypedBackInRussian() throws Exception {
        shortcut("Shortcut+Shift+P");
        waitUntil(() -> lookup("#roadmap-period-start").tryQuery().isPresent());
        DatePicker from = lookup("#roadmap-period-start").queryAs(DatePicker.class);
        DatePicker to = lookup("#roadmap-period-end").queryAs(DatePicker.class);
        assertThat(from.getEditor().getText()).isEqualTo("1 янв. 2025");
        assertThat(to.getEditor().getText()).isEqualTo("31 дек. 2027");

        clickOn(from.getEditor()).push(KeyCode.SHORTCUT, KeyCode.A).write("15 мар. 2025").push(KeyCode.ENTER);
        waitUntil(() -> shown().info().periodStart().equals(LocalDate.of(2025, 3, 15)));
        assertThat(inTheFile().info().periodStart()).isEqualTo(LocalDate.of(2025, 3, 15));
        waitUntil(() -> "15 мар. 2025".equals(from.getEditor().getText()));

        // A month is not a day: the field says so in Russian, with a day written the way the window writes days.
        clickOn(to.getEditor()).push(KeyCode.SHORTCUT, KeyCode.A).write("март 2027");
        waitUntil(() -> to.getTooltip() != null && to.getTooltip().getText().contains("не дата"));
        assertThat(to.getTooltip().getText()).contains("11 апр. 2025");
        assertThat(inTheFile().info().periodEnd()).isEqualTo(LocalDate.of(2027, 12, 31));

        // Closed with the refused text and opened again: the field holds what the roadmap holds, and no reason.
        push(KeyCode.ESCAPE);
        waitUntil(() -> to.getScene().getWindow() == null || !to.getScene().getWindow().isShowing());
        shortcut("Shortcut+Shift+P");
        waitUntil(() -> to.getScene().getWindow().isShowing());
        waitUntil(() -> "31 дек. 2027".equals(to.getEditor().getText()));
        assertThat(to.getTooltip()).isNull();
    }

    @Test
    void theLongestSectorNameStaysWithinTheSectorsList() throws Exception {
        shortcut("Shortcut+Shift+S");
        waitUntil(() -> lookup("#roadmap-editor").tryQuery().isPresent());
        TabPane tabs = lookup("#roadmap-editor").queryAs(TabPane.class);
        ListView<?> list = (ListView<?>) tabs.getSelectionModel().getSelectedItem().getContent().lookup(".list-view");
        String longest = shown().sectorsInOrder().stream().map(Sector::name)
                .max(Comparator.comparingInt(String::length)).orElseThrow();
        waitUntil(() -> cellShowing(list, longest) != null);

        ListCell<?> cell = cellShowing(list, longest);
        Bounds inList = list.localToScene(list.getLayoutBounds());
        Node text = cell.lookup(".text");
        Bounds words = text.localToScene(text.getLayoutBounds());
        assertThat(words.getMaxX()).as("'" + longest + "' ends inside the list").isLessThanOrEqualTo(inList.getMaxX());
        assertThat(((javafx.scene.text.Text) text).getText()).isEqualTo(longest);

        // The agreements' names run to three lines and more: each cell is as tall as its name needs.
        shortcut("Shortcut+Shift+A");
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 3);
        ListView<?> agreements = (ListView<?>) tabs.getSelectionModel().getSelectedItem().getContent()
                .lookup(".list-view");
        waitUntil(() -> agreements.lookupAll(".list-cell").stream().anyMatch(c -> ((ListCell<?>) c).getText() != null
                && c.lookup(".text") != null));
        for (Node n : agreements.lookupAll(".list-cell")) {
            ListCell<?> c = (ListCell<?>) n;
            if (c.getText() != null && c.isVisible() && c.lookup(".text") instanceof javafx.scene.text.Text drawn) {
                assertThat(drawn.getText()).as("the agreement '" + c.getText() + "'").isEqualTo(c.getText());
            }
        }
    }

    @Test
    void theCommissionsViewShowsEachSessionsDatesWhole() throws Exception {
        shortcut("Shortcut+1");
        waitUntil(() -> lookup("#commissions-view").tryQuery().isPresent());
        javafx.scene.control.TreeTableView<?> view = lookup("#commissions-view")
                .queryAs(javafx.scene.control.TreeTableView.class);
        javafx.scene.control.TreeTableColumn<?, ?> when = view.getColumns().get(1);
        assertThat(when.getText()).isEqualTo("Срок");
        waitUntil(() -> !datesShown(view, when).isEmpty());

        // What each cell of the dates and the statuses draws is the whole of its text: nothing is cut to "…".
        for (javafx.scene.control.TreeTableColumn<?, ?> column : List.of(when, view.getColumns().get(2))) {
            for (javafx.scene.control.TreeTableCell<?, ?> cell : datesShown(view, column)) {
                javafx.scene.text.Text drawn = (javafx.scene.text.Text) cell.lookup(".text");
                assertThat(drawn.getText()).as(column.getText() + ": '" + cell.getText() + "'")
                        .isEqualTo(cell.getText());
            }
        }
        assertThat(datesShown(view, when)).extracting(javafx.scene.control.Labeled::getText)
                .anyMatch(t -> t.contains("–"));
    }

    @Test
    void theProgressReportsDialogIsTitledWithoutTheMenusDots() throws Exception {
        javafx.scene.control.MenuItem export = menuItem(lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class)
                .getMenus(), "menu-export-progress");
        assertThat(export.getText()).endsWith("…");
        javafx.application.Platform.runLater(export::fire); // the dialog waits for an answer: not from this thread

        waitUntil(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.Stage st
                && st.getTitle() != null && st.getTitle().startsWith("Ход выполнения")));
        String title = javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.Stage st
                && st.getTitle() != null && st.getTitle().startsWith("Ход выполнения"))
                .map(w -> ((javafx.stage.Stage) w).getTitle()).findFirst().orElseThrow();
        assertThat(title).isEqualTo("Ход выполнения с последнего заседания (DOCX)").doesNotEndWith("…");
        push(KeyCode.ESCAPE);
    }

    private static javafx.scene.control.MenuItem menuItem(List<? extends javafx.scene.control.MenuItem> items, String id) {
        for (javafx.scene.control.MenuItem i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof javafx.scene.control.Menu m) {
                javafx.scene.control.MenuItem found = menuItem(m.getItems(), id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<javafx.scene.control.TreeTableCell<?, ?>> datesShown(javafx.scene.control.TreeTableView<?> view,
            javafx.scene.control.TreeTableColumn<?, ?> column) {
        return view.lookupAll(".tree-table-cell").stream()
                .<javafx.scene.control.TreeTableCell<?, ?>>map(n -> (javafx.scene.control.TreeTableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() == column && c.isVisible() && c.getText() != null
                        && !c.getText().isBlank() && c.lookup(".text") != null)
                .toList();
    }

    private static ListCell<?> cellShowing(ListView<?> list, String text) {
        return list.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> text.equals(c.getText()) && c.isVisible() && c.getWidth() > 0).findFirst().orElse(null);
    }

    private void shortcut(String keys) {
        interact(() -> chart().getScene().getAccelerators().get(KeyCombination.keyCombination(keys)).run());
    }
}
