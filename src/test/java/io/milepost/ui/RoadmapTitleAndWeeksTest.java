package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.Settings;
import io.milepost.app.SettingsStore;
import io.milepost.chart.HeaderCell;
import io.milepost.chart.Language;
import io.milepost.chart.TierUnit;
import io.milepost.chart.Zoom;
import io.milepost.i18n.Messages;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import java.time.DayOfWeek;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/**
 * A planner gives the roadmap its Russian title in the roadmap's properties and reads it at the head of the window
 * once the data language is Russian; and a planner whose weeks begin on Sunday says so in Preferences.
 */
class RoadmapTitleAndWeeksTest extends PlannerSession {

    private static final String RENAMED = "Дорожная карта сотрудничества Пакистана и Беларуси (проект)";

    @Test
    void theRussianTitleIsEditedInThePropertiesShownInRussianAndUndoneByName() throws Exception {
        String before = shown().info().titleAlt();
        assertThat(before).startsWith("Дорожная карта");
        chooseMenu("Roadmap", "Roadmap properties…");
        // The properties show the title the file holds in each language.
        waitUntil(() -> titleAltField() != null && before.equals(titleAltField().getText()));
        TextField titleAlt = titleAltField();

        clickOn(titleAlt);
        interact(() -> titleAlt.setText(RENAMED));
        push(KeyCode.ENTER);

        waitUntil(() -> RENAMED.equals(shown().info().titleAlt()));
        assertThat(inTheFile().info().titleAlt()).isEqualTo(RENAMED);
        assertThat(inTheFile().info().title()).as("the English title is left alone").isEqualTo(shown().info().title());
        MainViewModel model = app.window().model();
        assertThat(model.undoTextProperty().get())
                .isEqualTo(Messages.text("edit.undoNamed", Messages.text("roadmapTitle.editor.renameAlt")))
                .isEqualTo("Undo Rename the roadmap in the second language");

        // The heading over the chart follows the data language, as the chart's labels do.
        Label heading = lookup("#roadmap-heading").queryAs(Label.class);
        assertThat(heading.getText()).isEqualTo(shown().info().title());
        interact(() -> chart().setOptions(chart().getOptions().withLanguage(Language.SECOND)));
        waitUntil(() -> RENAMED.equals(heading.getText()));
        interact(() -> chart().setOptions(chart().getOptions().withLanguage(Language.PRIMARY)));
        waitUntil(() -> shown().info().title().equals(heading.getText()));

        interact(model::undo);
        waitUntil(() -> before.equals(shown().info().titleAlt()));
        assertThat(inTheFile().info().titleAlt()).isEqualTo(before);
        waitUntil(() -> before.equals(titleAltField().getText()));
    }

    @Test
    void weeksBeginOnSundayOnceChosenInPreferences() throws Exception {
        interact(() -> chart().setOptions(chart().getOptions().withZoom(Zoom.WEEKS)));
        waitUntil(() -> !weekCells().isEmpty());
        assertThat(weekCells()).allSatisfy(c -> assertThat(c.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));

        chooseMenu("File", "Preferences…");
        @SuppressWarnings("unchecked")
        ComboBox<Object> weekStart = lookup("#prefs-week-start").queryAs(ComboBox.class);
        interact(() -> weekStart.getSelectionModel().select(1)); // Monday, Sunday, Saturday
        clickOn(Messages.text("button.ok"));

        waitUntil(() -> chart().getOptions().weekStart() == DayOfWeek.SUNDAY);
        waitUntil(() -> !weekCells().isEmpty()
                && weekCells().stream().allMatch(c -> c.start().getDayOfWeek() == DayOfWeek.SUNDAY));
        Settings kept = new SettingsStore(dir.resolve("home").resolve("settings.properties")).load();
        assertThat(kept.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(app.window().chart().getOptions().zoom()).as("the zoom stays").isEqualTo(Zoom.WEEKS);
    }

    @Test
    void atWeekZoomADraggedMilestoneLandsOnASundayAndAltRightStepsToTheNext() throws Exception {
        interact(() -> app.window().applySettings(app.window().settings().withWeekStart(DayOfWeek.SUNDAY)));
        Milestone signing = item("Environment MoU signed in Minsk");
        assertThat(signing.start()).isEqualTo(PlanDate.day(2025, 4, 11)); // a Friday
        interact(() -> {
            chart().setOptions(chart().getOptions().withZoom(Zoom.WEEKS));
            chart().reveal(signing.id());
            chart().setScrollX(Math.max(0, scale().xOf(signing.firstDay()) - 200));
        });
        waitUntil(() -> chart().boundsOf(signing.id()).isPresent()
                && chart().currentScene().timeScale().zoom() == Zoom.WEEKS
                && Math.abs(chart().currentScene().viewport().x() - Math.round(chart().getScrollX())) < 1);

        // Ten days later is Monday 21 April: the nearest start of a week, for this planner, is Sunday the 20th.
        double px = chart().getOptions().pxPerDay();
        drag(onScreen(signing, 0.5, 0.5), MouseButton.PRIMARY).moveBy(5 * px, 0).moveBy(5 * px, 0)
                .release(MouseButton.PRIMARY);
        waitUntil(() -> shown().milestone(signing.id()).orElseThrow().start().equals(PlanDate.day(2025, 4, 20)));
        assertThat(inTheFile(signing.id()).start()).isEqualTo(PlanDate.day(2025, 4, 20));

        waitUntil(() -> signing.id().equals(chart().getSelectedItem()));
        push(KeyCode.ALT, KeyCode.RIGHT);
        waitUntil(() -> shown().milestone(signing.id()).orElseThrow().start().equals(PlanDate.day(2025, 4, 27)));
    }

    private List<HeaderCell> weekCells() {
        return chart().currentScene().headerCells().stream().filter(c -> c.unit() == TierUnit.WEEK).toList();
    }

    /** The field of the roadmap's properties labelled "Title in the second language". */
    private TextField titleAltField() {
        String label = Messages.text("roadmapTitle.editor.titleAlt");
        return lookup("#roadmap-editor").tryQuery().flatMap(editor -> editor.lookupAll(".label").stream()
                .filter(n -> n instanceof Label l && label.equals(l.getText()) && l.getLabelFor() instanceof TextField)
                .map(n -> (TextField) ((Label) n).getLabelFor()).filter(RoadmapTitleAndWeeksTest::onShow)
                .findFirst()).orElse(null);
    }

    /** On the editor's page showing now (an agreement's page has a field of the same name). */
    private static boolean onShow(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
