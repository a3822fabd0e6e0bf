package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Agreement;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Commission;
import io.milepost.model.Sector;
import io.milepost.model.SessionDetails;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A planner keeps the roadmap's commissions, sessions, agreements and sectors from the Roadmap menu: each committed
 * field is in the file at once and one named step of undo; what breaks a rule is shown at the field and not saved.
 */
class EditingTheRoadmapsOtherItemsTest extends PlannerSession {

    @Test
    void theNinthSessionsDecisionsAnAgreementsStatusAndASectorsColourAreEditedAndUndone() throws Exception {
        // Commissions and sessions: the 9th JMC session's decisions.
        chooseMenu("Roadmap", "Commissions and sessions…");
        waitUntil(() -> lookup("#roadmap-editor").tryQuery().isPresent());
        Commission jmc = shown().commissions().stream().filter(c -> c.name().startsWith("Joint Ministerial"))
                .findFirst().orElseThrow();
        clickOn(jmc.name());
        SessionDetails ninth = shown().sessionsOf(jmc.id()).stream().filter(s -> s.number() == 9).findFirst()
                .orElseThrow();
        ListView<SessionDetails> sessions = visibleListOf(SessionDetails.class);
        interact(() -> sessions.getSelectionModel().select(ninth));
        TextArea decisions = visible(TextArea.class, 1);
        clickOn(decisions).push(KeyCode.SHORTCUT, KeyCode.A).write("Agreed to meet in Islamabad in March 2027.");
        push(KeyCode.CONTROL, KeyCode.TAB); // leaving the field commits it (Tab alone would be typed)
        waitUntil(() -> "Agreed to meet in Islamabad in March 2027.".equals(
                shown().sessionOf(ninth.meetingId()).orElseThrow().decisions()));
        assertThat(inTheFile().sessionOf(ninth.meetingId()).orElseThrow().decisions())
                .isEqualTo("Agreed to meet in Islamabad in March 2027.");
        assertThat(app.window().model().undoTextProperty().get()).isEqualTo("Undo Record the decisions of session 9");

        // Agreements: the environment MoU enters into force.
        page(3); // Agreements
        Agreement mou = shown().agreements().stream().filter(a -> a.status() == AgreementStatus.BEING_FORMALISED)
                .findFirst().orElseThrow();
        ListView<Agreement> agreements = visibleListOf(Agreement.class);
        interact(() -> agreements.getSelectionModel().select(mou));
        @SuppressWarnings("unchecked")
        ChoiceBox<AgreementStatus> status = (ChoiceBox<AgreementStatus>) lookup(n -> n instanceof ChoiceBox<?> c
                && c.isVisible() && c.getItems().contains(AgreementStatus.IN_FORCE)).query();
        interact(() -> status.setValue(AgreementStatus.IN_FORCE));
        waitUntil(() -> shown().agreements().stream().anyMatch(a -> a.id().equals(mou.id())
                && a.status() == AgreementStatus.IN_FORCE));
        assertThat(inTheFile().agreements()).filteredOn(a -> a.id().equals(mou.id()))
                .extracting(Agreement::status).containsExactly(AgreementStatus.IN_FORCE);

        // Sectors: a colour that is not one is refused at the field, then corrected.
        page(1); // Sectors
        assertThat(reasonLineShown()).as("no reason before anything is typed").isFalse();
        Sector halal = shown().sectors().stream().filter(s -> s.name().startsWith("Halal")).findFirst().orElseThrow();
        ListView<Sector> sectors = visibleListOf(Sector.class);
        interact(() -> sectors.getSelectionModel().select(halal));
        TextField colour = visible(TextField.class, 2);
        clickOn(colour).push(KeyCode.SHORTCUT, KeyCode.A).write("green").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inTheFile().sector(halal.id()).orElseThrow().color()).isEqualTo(halal.color());
        assertThat(colour.getStyleClass()).as("the field shows the problem").contains("field-invalid");
        assertThat(colour.getTooltip().getText()).isEqualTo("'green' is not a colour: write it as #2e7d32");
        clickOn(colour).push(KeyCode.SHORTCUT, KeyCode.A).write("#6d4c41").push(KeyCode.ENTER);
        waitUntil(() -> "#6d4c41".equals(shown().sector(halal.id()).orElseThrow().color()));
        assertThat(inTheFile().sector(halal.id()).orElseThrow().color()).isEqualTo("#6d4c41");
        assertThat(reasonLineShown()).as("the corrected colour takes its reason away").isFalse();

        // Undo takes the three steps back, newest first, each by its name.
        WaitForAsyncUtils.waitForFxEvents();
        MainViewModel model = app.window().model();
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Set the colour of '" + halal.name() + "'");
        interact(model::undo);
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Set '" + mou.title() + "' to In force");
        interact(model::undo);
        interact(model::undo);
        assertThat(inTheFile().sector(halal.id())).contains(halal);
        assertThat(inTheFile().agreements()).contains(mou);
        assertThat(inTheFile().sessionOf(ninth.meetingId())).contains(ninth);
        interact(model::redo);
        assertThat(inTheFile().sessionOf(ninth.meetingId()).orElseThrow().decisions())
                .isEqualTo("Agreed to meet in Islamabad in March 2027.");
    }

    /** Turns the editor to a page by its tab (the main window has other controls with the same words). */
    private void page(int index) {
        javafx.scene.control.TabPane tabs = lookup("#roadmap-editor").queryAs(javafx.scene.control.TabPane.class);
        interact(() -> tabs.getSelectionModel().select(index));
    }

    @SuppressWarnings("unchecked")
    private <T> ListView<T> visibleListOf(Class<T> type) {
        // Within the editor: the main window's filter bar lists sectors too.
        return (ListView<T>) lookup("#roadmap-editor").query().lookupAll("*").stream()
                .filter(n -> n instanceof ListView<?> l && isShowing(l) && !l.getItems().isEmpty()
                        && type.isInstance(l.getItems().get(0))).findFirst().orElseThrow();
    }

    /** The {@code index}-th visible control of a type on the editor's page showing now. */
    private <T extends Node> T visible(Class<T> type, int index) throws Exception {
        // A page just chosen is laid out at the next pulse: until then its fields have no size.
        waitUntil(() -> showing(type, index).isPresent());
        return showing(type, index).orElseThrow();
    }

    private <T extends Node> java.util.Optional<T> showing(Class<T> type, int index) {
        return lookup("#roadmap-editor").query().lookupAll("*").stream()
                .filter(type::isInstance).map(type::cast)
                .filter(n -> n.isVisible() && n.getParent() != null && isShowing(n)).skip(index).findFirst();
    }

    private static boolean isShowing(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null && n.localToScene(n.getBoundsInLocal()).getWidth() > 0;
    }

    /** Whether the line under the editor's form that says why an input was refused shows anything. */
    private boolean reasonLineShown() {
        return lookup(".field-reason").queryAll().stream().anyMatch(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()
                && n.localToScreen(0, 0) != null && !((javafx.scene.control.Label) n).getText().isEmpty());
    }
}
