package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import io.milepost.app.AboutMilepost;
import io.milepost.app.NewDocument;
import io.milepost.app.SampleRoadmap;
import io.milepost.app.Settings;
import io.milepost.app.SettingsStore;
import io.milepost.chart.Palette;
import io.milepost.chart.Rgba;
import io.milepost.chart.Theme;
import io.milepost.chart.YearStart;
import io.milepost.chart.Zoom;
import io.milepost.i18n.Messages;
import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import io.milepost.ui.gantt.LegendCorner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A planner uses the window as any desktop program: Preferences that last, a dark theme, File → New, Save a Copy,
 * Close and Open Recent, the Help menu, a legend out of the way and refusals that go when read.
 */
class DesktopMannersTest extends PlannerSession {

    @AfterEach
    void backToTheLightThemeForTheNextTest() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private MainWindow window() {
        return app.window();
    }

    private Path settingsFile() {
        return dir.resolve("home").resolve("settings.properties");
    }

    @Test
    void preferencesChosenInTheDialogAreKeptAppliedToTheChartAndAgainAtTheNextStart() throws Exception {
        chooseMenu("File", "Preferences…");
        interact(() -> {
            select("#prefs-zoom", Zoom.WEEKS.ordinal() + 1); // after "the whole roadmap"
            select("#prefs-year-start", YearStart.JULY.ordinal());
        });
        clickOn(Messages.text("button.ok"));

        waitUntil(() -> chart().getOptions().zoom() == Zoom.WEEKS);
        assertThat(chart().getOptions().yearStart()).isEqualTo(YearStart.JULY);
        Settings kept = new SettingsStore(settingsFile()).load();
        assertThat(kept.zoom()).isEqualTo(Zoom.WEEKS);
        assertThat(kept.yearStart()).isEqualTo(YearStart.JULY);
        assertThat(kept.backupsToKeep()).isEqualTo(Settings.DEFAULT_BACKUPS);

        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = (MilepostApp) FxToolkit.setupApplication(MilepostApp.class, file.toString());
        waitUntil(() -> chart().getRoadmap() != null && chart().currentScene() != null);

        assertThat(chart().getOptions().zoom()).as("zoom at the next start").isEqualTo(Zoom.WEEKS);
        assertThat(chart().getOptions().yearStart()).as("fiscal year at the next start").isEqualTo(YearStart.JULY);
    }

    @SuppressWarnings("unchecked")
    private void select(String id, int index) {
        lookup(id).queryAs(ComboBox.class).getSelectionModel().select(index);
    }

    @Test
    void theDarkThemeDarkensTheChartAndPrintsStayLight() throws Exception {
        Rgba light = chart().themeProperty().getValue().color("background");

        interact(() -> window().applySettings(window().settings().withPalette(Palette.DARK)));
        waitUntil(() -> !chart().themeProperty().getValue().color("background").equals(light));

        assertThat(light).isEqualTo(Theme.light().color("background"));
        assertThat(chart().themeProperty().getValue().color("background"))
                .isEqualTo(Theme.dark().color("background"));
        assertThat(chart().getScene().getRoot().getStyleClass()).contains(AppTheme.DARK_CLASS);
        assertThat(new SettingsStore(settingsFile()).load().palette()).isEqualTo(Palette.DARK);
        assertThat(Theme.light().color("background")).as("prints and exports").isEqualTo(Rgba.WHITE);

        interact(() -> window().applySettings(window().settings().withPalette(Palette.LIGHT)));
        waitUntil(() -> chart().themeProperty().getValue().color("background").equals(light));
    }

    @Test
    void fileNewMakesAnEmptyRoadmapOrACopyOfTheSampleAndOpensItHere() throws Exception {
        chooseMenu("File", "New…");
        assertThat(lookup("#new-roadmap").tryQuery()).as("New asks what to start with").isPresent();
        assertThat(lookup(Messages.text("desk.new.sample")).tryQuery()).isPresent();
        // The file chooser that follows the answer is the platform's own (there is none headless); what the planner
        // answers there is a path, given below.
        clickOn(Messages.text("button.cancel"));

        Path empty = dir.resolve("empty.milepost");
        interact(() -> window().files().createNew(empty, NewDocument.Start.EMPTY));
        waitUntil(() -> isOpen(empty) && shown().milestones().isEmpty());
        assertThat(shown().info().title()).isEqualTo(Messages.text("desk.new.untitled"));
        try (RoadmapDocument doc = RoadmapDocument.open(empty, OpenMode.READ_ONLY)) {
            assertThat(doc.load().sectors()).isEmpty();
        }

        Path sample = dir.resolve("sample.milepost");
        interact(() -> window().files().createNew(sample, NewDocument.Start.SAMPLE));
        waitUntil(() -> isOpen(sample));
        Roadmap expected = SampleRoadmap.load();
        assertThat(shown().milestones()).hasSize(expected.milestones().size());
        assertThat(shown().sectors()).hasSize(expected.sectors().size());
    }

    private boolean isOpen(Path p) {
        var session = window().model().sessionProperty().get();
        return session != null && session.path().equals(p.toAbsolutePath().normalize()) && shown() != null;
    }

    @Test
    void aCopyOpensWithTheSameCountsAndNeverReplacesTheOpenFileOrAnotherProgramsFile() throws Exception {
        Path copy = dir.resolve("copy.milepost");
        assertThat(interactAndGet(() -> window().files().saveCopy(copy))).isTrue();
        Roadmap original = shown();
        try (RoadmapDocument doc = RoadmapDocument.open(copy, OpenMode.READ_ONLY)) {
            Roadmap copied = doc.load();
            assertThat(copied.milestones()).hasSize(original.milestones().size());
            assertThat(copied.sectors()).hasSize(original.sectors().size());
            assertThat(copied.commissions()).hasSize(original.commissions().size());
            assertThat(copied.agreements()).hasSize(original.agreements().size());
        }
        assertThat(isOpen(file)).as("the window goes on with the open document").isTrue();

        byte[] before = Files.readAllBytes(file);
        assertThat(interactAndGet(() -> window().files().saveCopy(file))).isFalse();
        assertThat(message()).contains(file.getFileName().toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        Path foreign = dir.resolve("someone-elses.db");
        byte[] notOurs = "SQLite format 3\0 another program's database".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(foreign, notOurs);
        assertThat(interactAndGet(() -> window().files().saveCopy(foreign))).isFalse();
        assertThat(Files.readAllBytes(foreign)).isEqualTo(notOurs);

        // The refusal is read; the planner's next key puts it away.
        clickOn(chart());
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> message().isEmpty());
    }

    private String message() {
        return window().model().messageProperty().get();
    }

    private <T> T interactAndGet(java.util.concurrent.Callable<T> action) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(action).get();
    }

    @Test
    void closeLeavesTheWindowEmptyAndOpenRecentBringsTheRoadmapBack() throws Exception {
        chooseMenu("File", "Close");
        waitUntil(() -> window().model().sessionProperty().get() == null);
        assertThat(lookup("#empty-state").tryQuery()).isPresent();
        assertThat(chart().getRoadmap()).isNull();
        assertThat(lookup("#roadmap-heading").queryAs(Label.class).getText())
                .isEqualTo(Messages.text("desk.closed.heading"));

        clickOn("#empty-recent");
        clickOn(file.getFileName() + "  —  " + file.getParent());

        waitUntil(() -> isOpen(file) && chart().currentScene() != null && chart().currentScene().rowCount() > 0);
        assertThat(lookup("#empty-state").tryQuery()).isEmpty();
    }

    @Test
    void theShortcutsDialogListsEveryAcceleratorOfTheMenusUndoIncludedAndNoneTwice() throws Exception {
        chooseMenu("Help", "Keyboard Shortcuts");
        @SuppressWarnings("unchecked")
        TableView<ShortcutsDialog.Shortcut> table = lookup("#shortcuts-table").queryAs(TableView.class);
        String undoKeys = KeyCombination.keyCombination("Shortcut+Z").getDisplayText();

        assertThat(table.getItems()).anySatisfy(s -> {
            assertThat(s.action()).startsWith("Undo");
            assertThat(s.keys()).isEqualTo(undoKeys);
        });
        assertThat(table.getItems()).extracting(ShortcutsDialog.Shortcut::keys)
                .contains(KeyCombination.keyCombination("Shortcut+Shift+N").getDisplayText(),
                        KeyCombination.keyCombination("Shortcut+Alt+S").getDisplayText(),
                        KeyCombination.keyCombination("Shortcut+W").getDisplayText());
        List<String> keys = table.getItems().stream().map(ShortcutsDialog.Shortcut::keys).toList();
        Set<String> seen = new HashSet<>();
        assertThat(keys.stream().filter(k -> !seen.add(k)).toList()).as("keys given to two actions").isEmpty();
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aboutShowsTheVersionAndTheLicencesOfTheLibrariesAndFonts() throws Exception {
        chooseMenu("Help", "About Milepost");

        String version = lookup("#about-version").queryAs(Label.class).getText();
        assertThat(version).isEqualTo(Messages.text("help.about.version", AboutMilepost.version()));
        assertThat(AboutMilepost.version()).as("the build's own version").doesNotStartWith("(").contains(".");
        assertThat(lookup("#about-libraries").queryAs(TableView.class).getItems()).hasSizeGreaterThan(5);
        assertThat(AboutMilepost.fontLicence()).contains("DejaVu").contains("Bitstream");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void theLegendMovesToTheCornerThePlannerChooses() throws Exception {
        assertThat(chart().getLegendCorner()).isEqualTo(LegendCorner.BOTTOM_RIGHT);

        chooseMenu("View", "Legend Corner", "Top left");

        waitUntil(() -> chart().getLegendCorner() == LegendCorner.TOP_LEFT);
        assertThat(chart().isLegendVisible()).isTrue();
    }

    @Test
    void choosingTheWindowsLanguageCallsTheRebuildHookWithTheLanguage() throws Exception {
        List<Locale> asked = new java.util.ArrayList<>();
        try {
            interact(() -> {
                window().setOnUiLanguage(asked::add);
                window().applySettings(window().settings().withUiLanguage(Locale.forLanguageTag("ru")));
            });
            assertThat(asked).containsExactly(Locale.forLanguageTag("ru"));
            assertThat(Messages.ui().russian()).isTrue();
            assertThat(new SettingsStore(settingsFile()).load().uiLanguage()).isEqualTo(Locale.forLanguageTag("ru"));
        } finally {
            Messages.useForUi(Locale.ENGLISH);
        }
    }
}
