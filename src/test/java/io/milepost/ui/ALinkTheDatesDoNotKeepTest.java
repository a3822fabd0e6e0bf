package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.DocumentCheck;
import io.milepost.i18n.Messages;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A planner moves an item to start before the item it follows has finished. The plan may really be so, so the date is
 * recorded; but the details pane says at the link, in the window's language, what `milepost check` says of it, on both
 * items' panes, until the dates keep the link again.
 */
class ALinkTheDatesDoNotKeepTest extends DetailsPaneSession {

    /** It follows the formalisation of the environmental MoU, which finishes in the second half of 2026. */
    private static final String SIGNED = "Agreement on environmental protection signed";

    @AfterEach
    void backToEnglish() {
        Messages.useForUi(Locale.ENGLISH);
    }

    @Test
    void anItemStartingBeforeTheOneItFollowsFinishesIsRecordedWithAWarningAtTheLinkUntilPutRight() throws Exception {
        Milestone signed = item(SIGNED);
        Dependency link = shown().dependencies().stream().filter(d -> d.successorId().equals(signed.id()))
                .findFirst().orElseThrow();
        assertThat(link.type()).isEqualTo(DependencyType.FS);
        Milestone followed = shown().milestone(link.predecessorId()).orElseThrow();
        openDetailsOf(signed);
        assertThat(lookup("#details-pane .predecessor-name").queryAs(Label.class).getText())
                .as("the item followed, named whole").isEqualTo(followed.title());
        assertThat(warnings()).isEmpty();

        type("#detail-start", "Jan 2026", KeyCode.ENTER);
        waitUntil(() -> shown().milestone(signed.id()).orElseThrow().start().equals(PlanDate.month(2026, 1)));
        String warning = "'" + SIGNED + "' starts (Jan 2026) before '" + followed.title() + "' finishes ("
                + followed.finish().label() + ") (FS)";
        waitUntil(() -> warnings().equals(List.of(warning)));
        assertThat(reasonAt("start")).as("recorded, not refused").isEmpty();
        assertThat(inTheFile(signed.id()).start()).isEqualTo(PlanDate.month(2026, 1));
        assertThat(follows(inTheFile(), followed.id(), signed.id())).isTrue();
        assertThat(DocumentCheck.run(file).warnings()).singleElement().asString().endsWith(": " + warning);

        // The item followed says it too: its dates are half of the link.
        interact(() -> chart().setSelectedItem(followed.id()));
        waitUntil(() -> field("#detail-title").getText().equals(followed.title()));
        assertThat(warnings()).containsExactly(warning);

        interact(() -> chart().setSelectedItem(signed.id()));
        waitUntil(() -> field("#detail-title").getText().equals(SIGNED));
        type("#detail-start", "Mar 2027", KeyCode.ENTER);
        waitUntil(() -> shown().milestone(signed.id()).orElseThrow().start().equals(PlanDate.month(2027, 3)));
        assertThat(warnings()).isEmpty();
        assertThat(DocumentCheck.run(file).warnings()).isEmpty();

        // In Russian, the same warning in Russian words.
        interact(() -> app.useUiLanguage(Locale.forLanguageTag("ru")));
        waitUntil(() -> table().getColumns().get(0).getText().equals("Мероприятие"));
        openDetailsOf(signed);
        type("#detail-start", "2026-01-15", KeyCode.ENTER);
        waitUntil(() -> warnings().size() == 1);
        assertThat(warnings().get(0)).startsWith("«" + SIGNED + "» начинается (15 янв. 2026) раньше, чем «"
                + followed.title() + "» заканчивается (").endsWith("(ОН)");
    }

    /** The warnings the pane shows at links, top to bottom. */
    private List<String> warnings() {
        return lookup("#details-pane .link-warning").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && l.getScene() != null).map(Label::getText).toList();
    }
}
