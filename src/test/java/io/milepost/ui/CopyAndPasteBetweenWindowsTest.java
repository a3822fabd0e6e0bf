package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.DocumentLocations;
import io.milepost.chart.RowModel;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A planner copies milestones in the Pakistan–Belarus roadmap and pastes them into another roadmap open in a second
 * window, through the system clipboard; a spreadsheet gets them as text; whatever else is on the clipboard is never
 * pasted as milestones.
 */
class CopyAndPasteBetweenWindowsTest extends DetailsPaneSession {

    private final Sector trade = new Sector(UUID.randomUUID(), "Trade", null, "#336699", 1);
    private Path otherFile;
    private Stage otherStage;
    private MainWindow other;

    @AfterEach
    void closeTheOtherWindowAndClearTheClipboard() {
        interact(() -> {
            if (other != null) {
                other.close();
                otherStage.close();
            }
            Clipboard.getSystemClipboard().clear();
        });
    }

    @Test
    void twoMilestonesCopiedInOneWindowArePastedIntoAnotherRoadmapAndUndoneInOneStep() throws Exception {
        List<UUID> two = twoInARowOneOfACommission();
        selectInTable(two);
        push(KeyCode.CONTROL, KeyCode.C);
        assertThat(app.window().model().messageProperty().get()).startsWith("Copied 2 milestone(s)");
        // A spreadsheet or a mail gets one tab-separated line per milestone.
        List<String> lines = clipboardText().lines().toList();
        assertThat(lines).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Milestone m = shown().milestone(two.get(i)).orElseThrow();
            assertThat(lines.get(i).split("\t", -1)).hasSize(7).startsWith(m.title())
                    .contains(m.percentComplete() + "%");
        }

        openTheOtherRoadmap();
        Roadmap otherBefore = inTheOtherFile();
        clickOn(otherStage.getScene().lookup("#roadmap-table"));
        interact(() -> other.chart().setSelectedItem(null));
        push(KeyCode.CONTROL, KeyCode.V);
        waitUntil(() -> other.chart().getRoadmap().milestones().size() == 3);

        Roadmap pasted = inTheOtherFile();
        List<Milestone> copies = pasted.milestones().stream().filter(m -> otherBefore.milestone(m.id()).isEmpty())
                .toList();
        assertThat(copies).extracting(Milestone::title).containsExactly(titleOf(two.get(0)), titleOf(two.get(1)));
        assertThat(copies).allMatch(m -> m.sectorId().equals(trade.id()) && m.commissionId() == null
                && !two.contains(m.id()));
        assertThat(other.model().messageProperty().get()).startsWith("Pasted 2 milestone(s).")
                .contains("came from sectors this roadmap does not have").contains("went into 'Trade'")
                .contains("pasted without a commission");
        assertThat(other.model().undoTextProperty().get()).isEqualTo("Undo Add 2 milestones");
        assertThat(shown().milestones()).as("the first roadmap is as it was").hasSize(inTheFile().milestones().size());

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> other.chart().getRoadmap().milestones().size() == 1);
        assertThat(inTheOtherFile()).isEqualTo(otherBefore);
    }

    @Test
    void brokenMilestonesOnTheClipboardAreNotPastedAndTheStatusBarSaysWhy() throws Exception {
        selectInTable(List.of(twoInARowOneOfACommission().get(0)));
        int count = shown().milestones().size();
        inTheFile();
        byte[] fileBefore = Files.readAllBytes(file);
        interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(MilestoneClipboard.FORMAT, ByteBuffer.wrap(
                "{\"format\":\"milepost-milestones\",\"version\":1,\"milestones\":[{\"title\":"
                        .getBytes(StandardCharsets.UTF_8)))));

        chooseMenu("Edit", "Paste milestones");

        waitUntil(() -> !app.window().model().messageProperty().get().isEmpty());
        assertThat(app.window().model().messageProperty().get())
                .startsWith("Not pasted: the copied milestones are not valid JSON")
                .endsWith("Nothing was changed.");
        assertThat(shown().milestones()).hasSize(count);
        inTheFile();
        assertThat(Files.readAllBytes(file)).isEqualTo(fileBefore);
    }

    @Test
    void textFromAnotherProgramLeavesPasteDisabled() throws Exception {
        selectInTable(List.of(twoInARowOneOfACommission().get(0)));
        int count = shown().milestones().size();
        interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT,
                "Halal trade forum\t2025-04\t2025-05\tPlanned\t0%\tTDAP\tMinistry of Trade\n")));

        clickOn("Edit");
        waitUntil(() -> pasteMenuItem().isDisable());
        push(KeyCode.ESCAPE);
        push(KeyCode.CONTROL, KeyCode.V);

        assertThat(pasteMenuItem().isDisable()).isTrue();
        assertThat(shown().milestones()).hasSize(count);
        assertThat(inTheFile().milestones()).hasSize(count);
    }

    /** A second window, as File → Open in another Milepost would show it, on a roadmap of one sector and one item. */
    private void openTheOtherRoadmap() throws Exception {
        otherFile = dir.resolve("other.milepost");
        Milestone fair = Milestone.builder().kind(MilestoneKind.ACTIVITY).title("Trade fair").sectorId(trade.id())
                .start(PlanDate.month(2025, 6)).status(MilestoneStatus.PLANNED).order(1).build();
        Roadmap roadmap = new Roadmap(new RoadmapInfo(UUID.randomUUID(), "Another roadmap", null, "A", "B",
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31), null, "en", null), List.of(trade), List.of(),
                List.of(), List.of(fair), List.of(), List.of());
        RoadmapDocument.create(otherFile, roadmap).close();
        interact(() -> {
            otherStage = new Stage();
            other = new MainWindow(otherStage, DocumentLocations.forThisUser());
            other.show();
            other.open(otherFile);
        });
        waitUntil(() -> other.chart().getRoadmap() != null && other.chart().currentScene() != null);
    }

    private Roadmap inTheOtherFile() throws Exception {
        var session = other.model().sessionProperty().get();
        if (session != null) {
            session.flush();
        }
        try (RoadmapDocument doc = RoadmapDocument.open(otherFile, OpenMode.READ_ONLY)) {
            return doc.load();
        }
    }

    private String clipboardText() {
        AtomicReference<String> text = new AtomicReference<>();
        interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        return text.get();
    }

    private String titleOf(UUID id) {
        return shown().milestone(id).orElseThrow().title();
    }

    /** Two items next to each other in the table, at least one of them a commission's. */
    private List<UUID> twoInARowOneOfACommission() {
        RowModel rows = chart().getRows();
        for (int i = 0; i + 1 < rows.rowCount(); i++) {
            if (rows.row(i).item() != null && rows.row(i + 1).item() != null
                    && (rows.row(i).item().commissionId() != null || rows.row(i + 1).item().commissionId() != null)) {
                return List.of(rows.row(i).item().id(), rows.row(i + 1).item().id());
            }
        }
        throw new AssertionError("the sample roadmap has a commission's item next to another item");
    }

    /** Clicks the first item's row, then Shift+Down to each next one, as a planner selects rows in a run. */
    private void selectInTable(List<UUID> ids) throws Exception {
        interact(() -> chart().reveal(ids.get(0)));
        waitUntil(() -> tableRowOf(ids.get(0)).isPresent());
        TreeTableRow<?> row = tableRowOf(ids.get(0)).orElseThrow();
        Bounds b = row.localToScreen(row.getBoundsInLocal());
        clickOn(new Point2D(b.getMinX() + 40, b.getCenterY()));
        waitUntil(() -> ids.get(0).equals(chart().getSelectedItem()));
        for (int i = 1; i < ids.size(); i++) {
            press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        }
        waitUntil(() -> table().getSelectionModel().getSelectedItems().size() == ids.size());
    }

    private MenuItem pasteMenuItem() {
        return lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-paste".equals(i.getId())).findFirst()
                .orElseThrow();
    }
}
