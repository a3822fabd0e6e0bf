package io.milepost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/**
 * A planner closes the roadmap: the window with no document offers only what works without one (new, open, the
 * recent files, preferences, help, quit), and the filter bar, Find and the details pane wait for a document.
 */
class TheEmptyWindowTest extends PlannerSession {

    /** What works with no document open. */
    private static final Set<String> WITHOUT_A_DOCUMENT = Set.of("menu-new", "menu-open", "menu-open-recent",
            "menu-preferences", "menu-quit", "menu-shortcuts", "menu-about");

    @Test
    void withNoDocumentOpenOnlyWhatWorksIsEnabledAndTheFilterBarWaits() throws Exception {
        Node bar = lookup("#filter-bar").query();
        assertThat(bar.isDisabled()).isFalse();

        chooseMenu("File", "Close");
        waitUntil(() -> app.window().model().sessionProperty().get() == null && chart().getRoadmap() == null);

        assertThat(bar.isDisabled()).as("the filter bar, with nothing to filter").isTrue();
        shortcut("Shortcut+F");
        assertThat(lookup("#filter-text").query().isFocused()).as("Find, with nothing to find").isFalse();
        assertThat(enabledMenuItems()).as("enabled means it works without a document")
                .allMatch(id -> WITHOUT_A_DOCUMENT.contains(id));
        press(KeyCode.F4).release(KeyCode.F4);
        assertThat(lookup("#detail-status").tryQuery()).as("no details pane of no item").isEmpty();

        interact(() -> app.window().open(file));
        waitUntil(() -> chart().getRoadmap() != null);
        assertThat(bar.isDisabled()).isFalse();
        shortcut("Shortcut+F");
        waitUntil(() -> lookup("#filter-text").query().isFocused());
        assertThat(enabledMenuItems()).contains("menu-close", "menu-details-pane", "menu-legend", "menu-print");
    }

    @Test
    void theCommissionsViewOfAClosedRoadmapNoLongerShowsItsSessions() throws Exception {
        chooseMenu("View", "Commissions and sessions");
        waitUntil(() -> !sessionRows().isEmpty());
        assertThat(sessionRows()).anyMatch(t -> t.startsWith("9th session of the Joint Ministerial Commission"));

        chooseMenu("File", "Close");
        waitUntil(() -> chart().getRoadmap() == null);

        waitUntil(() -> sessionRows().isEmpty());
        interact(() -> app.window().open(file));
        waitUntil(() -> !sessionRows().isEmpty());
    }

    /** The first cells of the commissions view's rows, as drawn. */
    private List<String> sessionRows() {
        return lookup("#commissions-view .tree-table-row-cell").queryAll().stream()
                .map(r -> r.lookupAll(".tree-table-cell").stream().findFirst()
                        .map(c -> ((javafx.scene.control.Labeled) c).getText()).orElse(null))
                .filter(t -> t != null && !t.isBlank()).toList();
    }

    /** The ids of the menus' items a click would carry out (the recent files' own entries are the recent menu's). */
    private List<String> enabledMenuItems() {
        List<String> ids = new ArrayList<>();
        MenuBar menus = lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu m : menus.getMenus()) {
            collect(m.getItems(), ids);
        }
        return ids;
    }

    private static void collect(List<MenuItem> items, List<String> ids) {
        for (MenuItem i : items) {
            if (i instanceof SeparatorMenuItem || i.isDisable()) {
                continue;
            }
            if (i instanceof Menu sub && !"menu-open-recent".equals(sub.getId())) {
                collect(sub.getItems(), ids);
            } else {
                ids.add(i.getId() == null ? i.getText() : i.getId());
            }
        }
    }

    private void shortcut(String keys) {
        interact(() -> lookup("#filter-bar").query().getScene().getAccelerators()
                .get(KeyCombination.keyCombination(keys)).run());
    }
}
