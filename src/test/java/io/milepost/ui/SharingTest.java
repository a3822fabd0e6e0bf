package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.edit.Change;
import io.milepost.app.edit.Edit;
import io.milepost.app.exchange.DocumentImport;
import io.milepost.app.merge.DivergedCopies;
import io.milepost.io.json.RoadmapJsonReader;
import io.milepost.io.json.RoadmapJsonWriter;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import io.milepost.ui.share.ExportChoices;
import io.milepost.ui.share.MergeViewModel;
import io.milepost.ui.share.ShareMenu;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Worker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two planners share the roadmap from the window: one sends a JSON copy and later imports the other's edited copy,
 * settles the conflicts field by field and undoes the import in one step; a broken file is explained and changes
 * nothing; a spreadsheet's CSV goes through the mapping step; every exchange format is exported.
 */
class SharingTest extends PlannerSession {

    private ShareMenu share;
    private final DivergedCopies copies = new DivergedCopies();

    @BeforeEach
    void theShareMenuOfTheWindow() {
        MainViewModel model = app.window().model();
        share = new ShareMenu(() -> chart().getScene().getWindow(), model, model.sessionProperty()::get,
                chart()::getRoadmap, chart()::getOptions, path -> { }, chart().roadmapProperty().isNull());
    }

    @Test
    void importingTheirDivergedCopyShowsTheConflictsAndAppliesThePicksAsOneUndoStep() throws Exception {
        Path sent = dir.resolve("to-minsk.json");
        await(interactFor(() -> share.exportTo("json", new ExportChoices("minsk", false, false), sent)));
        // Islamabad goes on editing its copy in the window; Minsk edits its own and sends it back.
        MainViewModel model = app.window().model();
        interact(() -> model.apply(new Edit("Islamabad's edits", List.of(
                Change.milestone(copies.renamed, copies.ours.milestone(copies.renamed.id()).orElseThrow()),
                Change.milestone(copies.progressed,
                        copies.ours.milestone(copies.progressed.id()).orElseThrow())))));
        Roadmap beforeImport = inTheFile();
        Path received = dir.resolve("from-minsk.json");
        Files.writeString(received, new RoadmapJsonWriter().write(copies.theirs));

        interact(() -> share.importFrom(received, "minsk"));
        waitUntil(() -> lookup("#merge-changes").tryQuery().isPresent());
        assertThat(rowText(DivergedCopies.OUR_TITLE, "Title")).contains(DivergedCopies.OUR_TITLE)
                .contains(DivergedCopies.THEIR_TITLE);
        assertThat(lookup("#merge-apply").queryButton().isDisabled()).isTrue();
        clickOn(pickIn(DivergedCopies.OUR_TITLE, "Title", "pick-theirs"));
        clickOn(pickIn(DivergedCopies.OUR_TITLE, "Remarks", "pick-mine"));
        assertThat(lookup("#merge-apply").queryButton().isDisabled()).isFalse();
        clickOn("#merge-apply");

        waitUntil(() -> shown().milestone(DivergedCopies.ADDED_ID).isPresent());
        Roadmap merged = inTheFile();
        Milestone renamed = merged.milestone(copies.renamed.id()).orElseThrow();
        assertThat(renamed.title()).isEqualTo(DivergedCopies.THEIR_TITLE);
        assertThat(renamed.remarks()).isEqualTo(copies.renamed.remarks());
        assertThat(merged.milestone(copies.restated.id()).orElseThrow().status()).isEqualTo(copies.theirStatus);
        assertThat(merged.milestone(copies.progressed.id())).isEqualTo(copies.ours.milestone(copies.progressed.id()));
        assertThat(merged.milestone(copies.removed.id())).isEmpty();
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Import from-minsk.json (4 changes)");

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> shown().milestone(DivergedCopies.ADDED_ID).isEmpty());
        assertThat(inTheFile()).isEqualTo(beforeImport);
    }

    @Test
    void aBrokenJsonFileIsExplainedLineByLineAndTheDocumentIsLeftByteForByte() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"milepost\", \"version\": 1, \"roadmap\": {\"title\": ");
        byte[] before = Files.readAllBytes(file);

        interact(() -> share.importFrom(broken, "minsk"));
        waitUntil(() -> lookup("#share-problems").tryQuery().isPresent());

        ListView<?> problems = lookup("#share-problems").queryAs(ListView.class);
        assertThat(problems.getItems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString())
                .startsWith("broken.json").doesNotContain("Exception").doesNotContain("\tat "));
        assertThat(lookup("#merge-changes").tryQuery()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aSpreadsheetsCsvIsMappedColumnByColumnThenUpdatesByIdAndAdds() throws Exception {
        Milestone known = shown().milestones().get(3);
        String sector = shown().sector(known.sectorId()).orElseThrow().name();
        Path csv = dir.resolve("from-excel.csv");
        Files.writeString(csv, "Ref,Activity,Workstream,Begins,Colour of the row\n"
                + known.id() + ",Renamed in the spreadsheet," + sector + "," + known.start().code() + ",red\n"
                + ",Seminar on halal standards," + sector + ",2026-03-01,green\n");

        interact(() -> share.importFrom(csv, "partner"));
        waitUntil(() -> lookup("#csv-map-0").tryQuery().isPresent());
        assertThat(lookup("#csv-map-import").queryButton().isDisabled()).isTrue();
        choose("#csv-map-0", "id");
        choose("#csv-map-1", "title");
        choose("#csv-map-2", "sector");
        choose("#csv-map-3", "start");
        clickOn("#csv-map-import");
        waitUntil(() -> lookup("#merge-changes").tryQuery().isPresent());
        clickOn("#merge-apply");

        waitUntil(() -> shown().milestones().stream().anyMatch(m -> m.title().equals("Seminar on halal standards")));
        Roadmap after = inTheFile();
        assertThat(after.milestone(known.id()).orElseThrow().title()).isEqualTo("Renamed in the spreadsheet");
        assertThat(after.milestones()).hasSize(shown().milestones().size());
        assertThat(after.milestones().size()).isEqualTo(copies.base.milestones().size() + 1);
    }

    @Test
    void everyExchangeFormatIsExportedFromTheWindowAndTheCalendarParses() throws Exception {
        for (String format : List.of("json", "csv", "ics", "html", "mspdi")) {
            Path out = dir.resolve("roadmap." + format);
            await(interactFor(() -> share.exportTo(format, new ExportChoices("minsk", true, false), out)));
            assertThat(Files.size(out)).as(format).isPositive();
        }
        assertThat(new RoadmapJsonReader().read(dir.resolve("roadmap.json"))).isEqualTo(inTheFile());
        byte[] csv = Files.readAllBytes(dir.resolve("roadmap.csv"));
        assertThat(new byte[] {csv[0], csv[1], csv[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                Files.readString(dir.resolve("roadmap.ics"), StandardCharsets.UTF_8)));
        assertThat(calendar.getComponents("VEVENT")).isNotEmpty();
        assertThat(Files.readString(dir.resolve("roadmap.html"))).contains("<svg");
    }

    @Test
    void theWindowsFilterNarrowsTheCsv() throws Exception {
        Milestone one = shown().milestones().get(0);
        interact(() -> chart().setOptions(chart().getOptions().withFilter(
                io.milepost.chart.MilestoneFilter.NONE.withSectors(java.util.Set.of(one.sectorId())))));
        Path out = dir.resolve("one-sector.csv");

        await(interactFor(() -> share.exportTo("csv", new ExportChoices("partner", false, true), out)));

        long inSector = shown().milestones().stream().filter(m -> m.sectorId().equals(one.sectorId())).count();
        assertThat(Files.readAllLines(out)).hasSize((int) inSector + 1);
    }

    @Test
    void aPlanFromAnotherToolBecomesANewRoadmapWithItsReport() throws Exception {
        Path plan = dir.resolve("plan.xml");
        await(interactFor(() -> share.exportTo("mspdi", ExportChoices.DEFAULT, plan)));
        Path created = dir.resolve("from-ms-project.milepost");

        List<Optional<Worker<DocumentImport.Report>>> task = new ArrayList<>();
        interact(() -> task.add(share.importPlanAs(plan, created)));
        waitUntil(() -> task.get(0).orElseThrow().getState() == Worker.State.SUCCEEDED);

        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        try (RoadmapDocument doc = RoadmapDocument.open(created, OpenMode.READ_ONLY)) {
            assertThat(doc.load().milestones()).hasSize(shown().milestones().size());
        }
    }

    /** The text of the merge dialog's line for the item's field. */
    private String rowText(String item, String field) {
        TreeTableRow<?> row = mergeRow(item, field);
        return row.lookupAll(".tree-table-cell").stream().map(c -> ((javafx.scene.control.Labeled) c).getText())
                .filter(t -> t != null).reduce("", (a, b) -> a + " | " + b);
    }

    private javafx.scene.Node pickIn(String item, String field, String styleClass) {
        return mergeRow(item, field).lookup("." + styleClass);
    }

    private TreeTableRow<?> mergeRow(String item, String field) {
        return lookup("#merge-changes .tree-table-row-cell").queryAllAs(TreeTableRow.class).stream()
                .filter(r -> r.getItem() instanceof MergeViewModel.Row row && row.label().equals(item)
                        && row.field().equals(field) && r.isVisible())
                .<TreeTableRow<?>>map(r -> r).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void choose(String combo, String value) {
        ComboBox<String> box = lookup(combo).queryAs(ComboBox.class);
        interact(() -> box.setValue(value));
    }

    private <T> Worker<T> interactFor(java.util.function.Supplier<Worker<T>> start) {
        List<Worker<T>> started = new ArrayList<>();
        interact(() -> started.add(start.get()));
        return started.get(0);
    }

    private void await(Worker<?> task) throws Exception {
        waitUntil(() -> task.getState() == Worker.State.SUCCEEDED || task.getState() == Worker.State.FAILED);
        List<String> outcome = new ArrayList<>();
        interact(() -> outcome.add(task.getState() + " " + task.getException()));
        assertThat(outcome).containsExactly("SUCCEEDED null");
    }
}
