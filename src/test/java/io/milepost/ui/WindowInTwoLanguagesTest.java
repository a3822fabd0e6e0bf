package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.edit.MilestoneEdits;
import io.milepost.chart.ChartRow;
import io.milepost.chart.HeaderTier;
import io.milepost.chart.Language;
import io.milepost.chart.RowModel;
import io.milepost.i18n.Messages;
import io.milepost.model.Milestone;
import io.milepost.model.Sector;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A planner in Minsk reads the window in Russian: every word Milepost writes itself is Russian, and the roadmap's
 * titles follow the data language chosen in the View menu.
 */
class WindowInTwoLanguagesTest extends PlannerSession {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @AfterEach
    void backToEnglish() {
        Messages.useForUi(Locale.ENGLISH);
    }

    @Test
    void switchingTheInterfaceAndDataLanguagesChangesHeadingsGroupNamesAndDates() throws Exception {
        Sector first = shown().sectorsInOrder().get(0);
        assertThat(table().getColumns().get(0).getText()).isEqualTo("Milestone");
        assertThat(groupLabels(chart().getRows())).contains(first.name());
        assertThat(headerLabels()).anyMatch(l -> l.matches("Q[1-4]( \\d{4})?"));

        interact(() -> app.useUiLanguage(RUSSIAN));
        waitUntil(() -> headerLabels().stream().anyMatch(l -> l.contains("кв.")));

        assertThat(table().getColumns().get(0).getText()).isEqualTo("Мероприятие");
        assertThat(headerLabels()).anyMatch(l -> l.matches("(IV|I{1,3}) кв\\.( \\d{4})?"));
        assertThat(headerLabels()).noneMatch(l -> l.matches("Q[1-4].*"));
        // The data language is still the primary one: group names stay as the roadmap writes them.
        assertThat(groupLabels(chart().getRows())).contains(first.name());

        chooseMenu("Вид", "Названия на языке: русский");
        waitUntil(() -> groupLabels(chart().getRows()).contains(first.nameAlt()));
        Milestone signed = shown().milestones().stream().filter(m -> m.titleAlt() != null).findFirst().orElseThrow();
        waitUntil(() -> chart().currentScene().labels().stream().anyMatch(l -> l.text().startsWith(
                signed.titleAlt().substring(0, 12))));

        // The document stayed open through the switch, and new edits are named in Russian.
        interact(() -> app.window().model().make(MilestoneEdits.rename(shown(), signed.id(), "Новое название")));
        assertThat(app.window().model().undoTextProperty().get())
                .startsWith("Отменить: переименование «" + signed.title().substring(0, 10));

        javafx.stage.Window stage = chart().getScene().getWindow();
        interact(() -> {
            stage.setWidth(1300);
            stage.setHeight(900);
        });
        interact(() -> app.useUiLanguage(java.util.Locale.ENGLISH));
        waitUntil(() -> table().getColumns().get(0).getText().equals("Milestone"));
        assertThat(chart().getScene().getWindow().getWidth()).as("the window keeps its size").isEqualTo(1300);
        assertThat(chart().getScene().getWindow().getHeight()).isEqualTo(900);
        assertThat(chart().getOptions().language()).isEqualTo(Language.SECOND);
        assertThat(groupLabels(chart().getRows())).contains(first.nameAlt());
    }

    @Test
    void theRussianWindowAndItsViewsShowNoEnglishOfTheirOwn() throws Exception {
        interact(() -> app.useUiLanguage(RUSSIAN));
        interact(() -> chart().setOptions(chart().getOptions().withLanguage(Language.SECOND)));
        Milestone item = shown().milestones().get(3);
        waitUntil(() -> groupLabels(chart().getRows()).contains(shown().sectorsInOrder().get(0).nameAlt()));
        interact(() -> chart().setSelectedItem(item.id()));
        press(KeyCode.F4).release(KeyCode.F4);
        waitUntil(() -> lookup("#detail-status").tryQuery().isPresent());

        shortcut("Shortcut+1");
        waitUntil(() -> lookup("#commissions-view").tryQuery().isPresent());
        shortcut("Shortcut+Shift+P");
        waitUntil(() -> lookup("#roadmap-editor").tryQuery().isPresent());
        // Last: the print preview is modal to the window.
        shortcut("Shortcut+P");
        waitUntil(() -> lookup("#print-summary").tryQuery().isPresent());

        WordsOnScreen words = new WordsOnScreen(shown(), file);
        interact(() -> words.readWindows().readChart(chart().currentScene()));

        assertThat(words.seen()).contains("Мероприятие", "Статус", "Комиссии и заседания", "Соглашения", "Обзор",
                "Направления", "Печать…", "Мероприятия по статусам");
        assertThat(words.english()).as("English words in the Russian window").isEmpty();
    }

    @Test
    void aDocumentFromANewerMilepostIsRefusedInRussian() throws Exception {
        interact(() -> app.useUiLanguage(RUSSIAN));
        Path newer = dir.resolve("from-a-newer-milepost.milepost");
        io.milepost.store.RoadmapDocument.create(newer, io.milepost.app.SampleRoadmap.load()).close();
        try (FileChannel ch = FileChannel.open(newer, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.allocate(4).putInt(0, 99), 60); // the header's schema version
        }

        interact(() -> app.window().open(newer));
        waitUntil(() -> lookup("#open-refused").tryQuery().isPresent());

        WordsOnScreen words = new WordsOnScreen(shown(), file).alsoData(newer.toString())
                .alsoData(newer.getFileName().toString());
        interact(words::readWindows);
        assertThat(words.seen()).anyMatch(t -> t != null && t.startsWith(newer + ": записан более новой версией "
                + "Milepost (версия схемы 99"));
        assertThat(words.english()).as("English words in the Russian refusal").isEmpty();
    }

    /** Does what the shortcut does in the main window, whichever window has the focus. */
    private void shortcut(String keys) {
        interact(() -> chart().getScene().getAccelerators().get(KeyCombination.keyCombination(keys)).run());
    }

    private List<String> headerLabels() {
        var scene = chart().currentScene();
        List<String> labels = new ArrayList<>();
        for (HeaderTier tier : scene.timeScale().tiers(scene.viewport().x(),
                scene.viewport().x() + scene.viewport().width())) {
            tier.cells().forEach(c -> labels.add(c.label()));
        }
        return labels;
    }

    private static List<String> groupLabels(RowModel rows) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < rows.rowCount(); i++) {
            ChartRow row = rows.row(i);
            if (row.group() != null && row.item() == null) {
                labels.add(row.group().label());
            }
        }
        return labels;
    }
}
