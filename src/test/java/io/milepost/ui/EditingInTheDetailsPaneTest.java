package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.WrittenDates;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A planner edits an item in the details pane beside the chart: each committed field is one named step of Edit →
 * Undo, written to the file at once; what a field refuses is shown at the field and never reaches the file.
 */
class EditingInTheDetailsPaneTest extends DetailsPaneSession {

    private static final String AUDIT = "Formalise the audit MoU into an agreement";
    private static final String NINTH = "9th session of the Joint Ministerial Commission, Islamabad";
    private static final String TRAINING = "Joint training of search-and-rescue teams";

    @Test
    void aLagTypedForOneItemIsNotOfferedForTheNext() throws Exception {
        Milestone audit = item(AUDIT);
        Milestone training = item(TRAINING);
        openDetailsOf(audit);
        type("#add-predecessor-lag", "30", null);
        assertThat(field("#add-predecessor-lag").getText()).isEqualTo("30");

        interact(() -> chart().setSelectedItem(training.id()));

        waitUntil(() -> field("#add-predecessor-lag").getText().isEmpty());
    }

    @Test
    void fieldsCommitAsNamedStepsRefusalsStayAtTheFieldAndEveryStepUndoesAndRedoes() throws Exception {
        Milestone audit = item(AUDIT);
        Milestone training = item(TRAINING);
        Roadmap before = inTheFile();
        openDetailsOf(audit);

        type("#detail-start", "2025-13-01", KeyCode.ENTER);
        assertThat(reasonAt("start")).isEqualTo("'2025-13-01' is not a date: there is no month 13.");
        assertThat(inTheFile()).isEqualTo(before);
        assertThat(undoText()).isEqualTo("Undo");

        type("#detail-start", "Q3 2025", KeyCode.ENTER);
        waitUntil(() -> shown().milestone(audit.id()).orElseThrow().start().equals(PlanDate.quarter(2025, 3)));
        assertThat(reasonAt("start")).isEmpty();
        assertThat(inTheFile(audit.id()).start()).isEqualTo(PlanDate.quarter(2025, 3));
        assertThat(undoText()).isEqualTo("Undo Set start of '" + AUDIT + "' to Q3 2025");
        assertThat(tableTextOf(audit.id())).contains("Q3 2025");

        type("#detail-end", "2024", KeyCode.ENTER);
        assertThat(reasonAt("end")).isEqualTo("It would end (2024) before it starts (Q3 2025).");
        assertThat(inTheFile(audit.id()).end()).isEqualTo(audit.end());

        chooseIn("#detail-status", "At risk");
        waitUntil(() -> shown().milestone(audit.id()).orElseThrow().status() == MilestoneStatus.AT_RISK);
        assertThat(inTheFile(audit.id()).status()).isEqualTo(MilestoneStatus.AT_RISK);
        assertThat(undoText()).isEqualTo("Undo Set status of '" + AUDIT + "' to At risk");

        type("#detail-title", "Audit agreement", KeyCode.TAB);
        waitUntil(() -> shown().milestone(audit.id()).orElseThrow().title().equals("Audit agreement"));
        assertThat(inTheFile(audit.id()).title()).isEqualTo("Audit agreement");
        assertThat(undoText()).isEqualTo("Undo Rename '" + AUDIT + "'");
        assertThat(lookup(".details-heading").queryAs(Label.class).getText()).isEqualTo("Audit agreement");

        type("#add-predecessor-item", "search-and-rescue", null);
        clickOnPopupEntry(TRAINING);
        assertThat(field("#add-predecessor-item").getText()).isEqualTo(TRAINING);
        reveal("#add-predecessor");
        clickOn("#add-predecessor");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reasonAt("predecessor")).isEmpty();
        waitUntil(() -> follows(shown(), training.id(), audit.id()));
        assertThat(follows(inTheFile(), training.id(), audit.id())).isTrue();
        assertThat(undoText()).isEqualTo("Undo Link '" + TRAINING + "' → 'Audit agreement'");
        assertThat(lookup(".predecessor-line").queryAll()).hasSize(predecessorsOf(audit.id()));

        // The other way round would make a loop: refused with its reason, nothing written.
        interact(() -> chart().setSelectedItem(training.id()));
        type("#add-predecessor-item", "Audit agreement", null);
        clickOnPopupEntry("Audit agreement");
        reveal("#add-predecessor");
        clickOn("#add-predecessor");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reasonAt("predecessor")).isEqualTo("Not linked: '" + TRAINING
                + "' already leads to 'Audit agreement', so this link would make a loop.");
        assertThat(follows(inTheFile(), audit.id(), training.id())).isFalse();
        Roadmap edited = inTheFile();

        List<String> names = List.of("Link '" + TRAINING + "' → 'Audit agreement'", "Rename '" + AUDIT + "'",
                "Set status of '" + AUDIT + "' to At risk", "Set start of '" + AUDIT + "' to Q3 2025");
        for (String name : names) {
            assertThat(undoText()).isEqualTo("Undo " + name);
            push(KeyCode.CONTROL, KeyCode.Z);
            waitUntil(() -> redoText().equals("Redo " + name));
        }
        assertThat(inTheFile()).isEqualTo(before);
        interact(() -> chart().setSelectedItem(audit.id()));
        assertThat(field("#detail-start").getText()).isEqualTo(audit.start().label());
        assertThat(field("#detail-title").getText()).isEqualTo(AUDIT);

        for (int i = names.size() - 1; i >= 0; i--) {
            push(KeyCode.CONTROL, KeyCode.Y);
            String name = names.get(i);
            waitUntil(() -> undoText().equals("Undo " + name));
        }
        assertThat(inTheFile()).isEqualTo(edited);
        assertThat(field("#detail-title").getText()).isEqualTo("Audit agreement");
        assertThat(field("#detail-start").getText()).isEqualTo("Q3 2025");
    }

    @Test
    void escapeInADateFieldTakesBackWhatWasTypedAndItsReasonAndWritesNothing() throws Exception {
        Milestone audit = item(AUDIT);
        Roadmap before = inTheFile();
        openDetailsOf(audit);

        type("#detail-start", "2025-13-01", KeyCode.ENTER);
        assertThat(reasonAt("start")).isEqualTo("'2025-13-01' is not a date: there is no month 13.");
        push(KeyCode.ESCAPE);
        assertThat(field("#detail-start").getText()).isEqualTo(audit.start().label());
        assertThat(reasonAt("start")).isEmpty();
        assertThat(lookup("#reason-start").query().isVisible()).isFalse();

        // Not yet committed: the reason shows as it is typed, and Escape takes both back.
        type("#detail-end", "2024", null);
        assertThat(reasonAt("end")).isEqualTo("It would end (2024) before it starts (" + audit.start().label() + ").");
        push(KeyCode.ESCAPE);
        assertThat(field("#detail-end").getText()).isEqualTo(WrittenDates.formatEnd(audit, Locale.ENGLISH));
        assertThat(reasonAt("end")).isEmpty();
        assertThat(field("#detail-end").isFocused()).as("the planner goes on in the same field").isTrue();
        assertThat(lookup("#details-pane").query().isVisible()).isTrue();

        // Leaving the field afterwards commits nothing: what it shows is what the item holds.
        push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(undoText()).isEqualTo("Undo");
        assertThat(inTheFile()).isEqualTo(before);
    }

    @Test
    void aCommissionsMeetingShowsItsSessionWhoseDecisionsAreEditedAndWhichStaysAMeeting() throws Exception {
        Milestone ninth = item(NINTH);
        Roadmap before = inTheFile();
        String decided = before.sessionOf(ninth.id()).orElseThrow().decisions();
        openDetailsOf(ninth);
        reveal("#detail-session-decisions");
        assertThat(field("#detail-session-number").getText()).isEqualTo("9");
        assertThat(field("#detail-session-venue").getText()).isEqualTo("Islamabad");

        reveal("#detail-session-decisions");
        clickOn("#detail-session-decisions");
        push(KeyCode.CONTROL, KeyCode.A);
        write("Agreed a trade road map.");
        push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> "Agreed a trade road map.".equals(shown().sessionOf(ninth.id()).orElseThrow().decisions()));
        assertThat(inTheFile().sessionOf(ninth.id()).orElseThrow().decisions()).isEqualTo("Agreed a trade road map.");
        assertThat(undoText()).startsWith("Undo Change decisions of '9th session of the Joint Ministerial");

        chooseIn("#detail-kind", "Activity");
        waitUntil(() -> lookup("#detail-kind").queryAs(ChoiceBox.class).getValue()
                == MilestoneKind.MEETING);
        assertThat(app.window().model().messageProperty().get())
                .isEqualTo("It is session 9 of Joint Ministerial Commission on Trade and Economic Cooperation: a session stays a meeting of its commission.");
        assertThat(inTheFile(ninth.id()).kind()).isEqualTo(MilestoneKind.MEETING);

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> undoText().equals("Undo"));
        assertThat(inTheFile()).isEqualTo(before);
        assertThat(lookup("#detail-session-decisions").queryAs(TextArea.class).getText())
                .isEqualTo(decided == null ? "" : decided);
    }
}
