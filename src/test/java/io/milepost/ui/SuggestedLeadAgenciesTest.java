package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.model.Milestone;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import impl.org.controlsfx.skin.AutoCompletePopup;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A planner fills the lead agencies in the details pane, where the agencies the roadmap already names are suggested
 * as she types. The suggestions come a moment after the typing: a field she has already left gets none, and what a
 * field shows once she has left it is what is saved.
 */
class SuggestedLeadAgenciesTest extends DetailsPaneSession {

    private static final String AUDIT = "Formalise the audit MoU into an agreement";
    private static final String CLIMATE = "Ministry of Climate Change and Environmental Coordination";
    private static final String NATURAL = "Ministry of Natural Resources and Environmental Protection";

    @Test
    void aFieldLeftAtOnceGetsNoSuggestionsAndShowsWhatIsSaved() throws Exception {
        Milestone audit = item(AUDIT);
        openDetailsOf(audit);

        type("#detail-lead-a", "Ministry of Clim", KeyCode.TAB);
        waitUntil(() -> "Ministry of Clim".equals(shown().milestone(audit.id()).orElseThrow().leadAgencyA()));
        // Long enough for the suggestions, looked up off the JavaFX thread, to have come back.
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(suggestionsShowing()).isFalse();
        assertThat(field("#detail-lead-a").getText()).isEqualTo("Ministry of Clim");

        // The next field takes her keys; there she waits for the list, and Tab takes the suggestion it highlights,
        // which is what the field then shows and what is saved. The field she left keeps what she typed.
        assertThat(WaitForAsyncUtils.asyncFx(() -> field("#detail-lead-b").isFocused()).get()).isTrue();
        write("Ministry of Nat");
        waitUntil(SuggestedLeadAgenciesTest::popupOpen);
        push(KeyCode.TAB);
        waitUntil(() -> NATURAL.equals(shown().milestone(audit.id()).orElseThrow().leadAgencyB()));
        assertThat(suggestionsShowing()).isFalse();
        Milestone saved = shown().milestone(audit.id()).orElseThrow();
        assertThat(field("#detail-lead-a").getText()).isEqualTo(saved.leadAgencyA()).isEqualTo("Ministry of Clim");
        assertThat(field("#detail-lead-b").getText()).isEqualTo(saved.leadAgencyB());
        assertThat(inTheFile(audit.id()).leadAgencyA()).isEqualTo("Ministry of Clim");
    }

    @Test
    void aSuggestionChosenWithTheKeyboardIsSavedWhole() throws Exception {
        Milestone audit = item(AUDIT);
        openDetailsOf(audit);

        type("#detail-lead-a", "of Clim", null);
        waitUntil(SuggestedLeadAgenciesTest::popupOpen);
        push(KeyCode.DOWN);
        push(KeyCode.ENTER);
        waitUntil(() -> CLIMATE.equals(shown().milestone(audit.id()).orElseThrow().leadAgencyA()));
        assertThat(field("#detail-lead-a").getText()).isEqualTo(CLIMATE);
        assertThat(inTheFile(audit.id()).leadAgencyA()).isEqualTo(CLIMATE);
        assertThat(suggestionsShowing()).isFalse();
    }

    /** Whether a suggestions popup (ControlsFX's, under a field) is open. */
    private boolean suggestionsShowing() throws Exception {
        return WaitForAsyncUtils.asyncFx(SuggestedLeadAgenciesTest::popupOpen).get();
    }

    private static boolean popupOpen() {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w instanceof AutoCompletePopup<?>);
    }
}
