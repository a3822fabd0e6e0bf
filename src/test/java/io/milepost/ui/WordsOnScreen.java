package io.milepost.ui;

import io.milepost.chart.ChartScene;
import io.milepost.chart.HeaderTier;
import io.milepost.chart.TextLabel;
import io.milepost.model.Agreement;
import io.milepost.model.Commission;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import io.milepost.model.SessionDetails;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Every word Milepost's windows show — labels, menus, tabs, column headings, prompts, tooltips, window titles and the
 * chart's own words — and the ones among them written in Latin letters that are neither the roadmap's data nor a
 * name or code that stays the same in every language. What the windows show is read with {@link #readWindows()};
 * other surfaces in the window's words (an exported report, the command line's help) are read with {@link #add}.
 */
public final class WordsOnScreen {

    /** Names and codes that are rightly written the same in Russian. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Milepost", "English", "PDF", "SVG", "PNG",
            "DOCX", "XLSX", "JSON", "CSV", "UTC", "iCalendar", "HTML", "XML", "MS", "Project", "Ctrl", "Esc", "Insert", "rrggbb", "en", "ru", "Letter", "Legal", "Tabloid", "US");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    private List<String> data;
    private final List<String> seen = new ArrayList<>();

    /** @param file the document, whose path and name the status bar and File menu show as they are */
    public WordsOnScreen(Roadmap roadmap, Path file) {
        Set<String> d = new LinkedHashSet<>();
        var info = roadmap.info();
        Stream.of(info.title(), info.subtitle(), info.partyA(), info.partyB(), info.description(), file.toString(),
                file.getFileName().toString(), String.valueOf(file.getParent())).forEach(d::add);
        for (Sector s : roadmap.sectors()) {
            Stream.of(s.name(), s.nameAlt(), s.color()).forEach(d::add);
        }
        for (Commission c : roadmap.commissions()) {
            Stream.of(c.name(), c.nameAlt(), c.coChairA(), c.coChairB(), c.description()).forEach(d::add);
        }
        for (Milestone m : roadmap.milestones()) {
            Stream.of(m.title(), m.titleAlt(), m.description(), m.leadAgencyA(), m.leadAgencyB(), m.expectedOutcome(),
                    m.remarks()).forEach(d::add);
            d.addAll(m.tags());
        }
        for (SessionDetails s : roadmap.sessions()) {
            Stream.of(s.venue(), s.decisions()).forEach(d::add);
        }
        for (Agreement a : roadmap.agreements()) {
            Stream.of(a.title(), a.titleAlt(), a.description()).forEach(d::add);
        }
        d.remove(null);
        d.removeIf(String::isBlank);
        // The longest first, so a title is taken out whole before a shorter name inside it.
        data = d.stream().map(String::strip).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Takes {@code text} as data too: another file's path a message names, shown as it is in every language. */
    public WordsOnScreen alsoData(String text) {
        List<String> more = new ArrayList<>(data);
        more.add(text.strip());
        more.sort(Comparator.comparingInt(String::length).reversed());
        data = List.copyOf(more);
        return this;
    }

    /** Reads every window that is showing, and the chart's scene. */
    WordsOnScreen readWindows() {
        for (Window w : Window.getWindows()) {
            if (!w.isShowing() || w.getScene() == null) {
                continue;
            }
            if (w instanceof Stage s) {
                seen.add(s.getTitle());
            }
            if (w.getScene().getRoot() != null) {
                read(w.getScene().getRoot());
            }
        }
        return this;
    }

    WordsOnScreen readChart(ChartScene scene) {
        for (TextLabel l : scene.labels()) {
            seen.add(l.text());
        }
        scene.groupHeaders().forEach(g -> seen.add(g.label()));
        for (HeaderTier tier : scene.timeScale().tiers(scene.viewport().x(),
                scene.viewport().x() + scene.viewport().width())) {
            tier.cells().forEach(c -> seen.add(c.label()));
        }
        return this;
    }

    public WordsOnScreen add(String text) {
        seen.add(text);
        return this;
    }

    public List<String> seen() {
        return seen;
    }

    /** What was seen with Latin words that are no data, name or code: English left in the window. */
    public List<String> english() {
        List<String> left = new ArrayList<>();
        for (String text : seen) {
            if (text != null && hasForeignWord(withoutData(text))) {
                left.add(text);
            }
        }
        return left.stream().distinct().toList();
    }

    private String withoutData(String text) {
        String t = text;
        for (String d : data) {
            if (t.contains(d)) {
                t = t.replace(d, " ");
            }
        }
        // A cut text ends in "…": what is left of it is data when some data starts the same way.
        int cut = t.indexOf('…');
        if (cut > 0) {
            String head = t.substring(0, cut).strip();
            int from = Math.max(head.lastIndexOf(" · "), head.lastIndexOf(": ")) + 1;
            String part = head.substring(Math.max(0, from)).strip();
            if (part.length() > 3 && data.stream().anyMatch(d -> d.contains(part))) {
                t = t.substring(0, Math.max(0, t.indexOf(part))) + t.substring(cut + 1);
            }
        }
        return t;
    }

    private static boolean hasForeignWord(String text) {
        Matcher m = LATIN_WORD.matcher(text);
        while (m.find()) {
            // Roman numerals are Latin letters in Russian too: "III кв. 2025".
            if (!SAME_IN_EVERY_LANGUAGE.contains(m.group()) && !m.group().matches("[IVX]+")) {
                return true;
            }
        }
        return false;
    }

    private void read(Node node) {
        if (node instanceof Labeled l) {
            seen.add(l.getText());
        }
        if (node instanceof TextInputControl t) {
            seen.add(t.getPromptText());
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            seen.add(c.getTooltip().getText());
        }
        if (node instanceof Control c && c.getContextMenu() != null) {
            c.getContextMenu().getItems().forEach(this::read);
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(this::read);
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                seen.add(tab.getText());
                if (tab.getContent() != null) {
                    read(tab.getContent());
                }
            }
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(this::read);
        }
        if (node instanceof TreeTableView<?> table) {
            table.getColumns().forEach(this::read);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(this::read);
        }
    }

    private void read(TableColumnBase<?, ?> column) {
        seen.add(column.getText());
        column.getColumns().forEach(this::read);
    }

    private void read(MenuItem item) {
        seen.add(item.getText() == null ? null : item.getText().replace("_", ""));
        if (item instanceof Menu menu) {
            menu.getItems().forEach(this::read);
        }
    }
}
