package io.milepost.ui.details;

import io.milepost.app.edit.MilestoneEdits;
import io.milepost.app.edit.Outcome;
import io.milepost.i18n.Messages;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * An item's tags, chosen among the tags the roadmap already uses (ticked in a {@link CheckComboBox}), and a field to
 * add a new one, offered the roadmap's tags as the planner types so one tag is not written two ways. Each tick, untick
 * or Add is one named undoable edit ("Set tags of 'Business forum'").
 */
final class TagPicker extends VBox {

    private final Supplier<Roadmap> roadmap;
    private final Supplier<UUID> shown;
    private final Consumer<Outcome> make;
    private final CheckComboBox<String> box = new CheckComboBox<>();
    private final TextField newTag = new TextField();
    private boolean filling;

    TagPicker(Supplier<Roadmap> roadmap, Supplier<UUID> shown, Consumer<Outcome> make) {
        super(4);
        this.roadmap = roadmap;
        this.shown = shown;
        this.make = make;
        box.setId("detail-tags");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTitle(Messages.text("tags.none"));
        box.setTooltip(new Tooltip(Messages.text("tags.tooltip")));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> ticked());
        newTag.setId("detail-new-tag");
        newTag.setPromptText(Messages.text("tags.add.prompt"));
        newTag.setOnAction(e -> add());
        WholePrompt.keep(newTag);
        TextFields.bindAutoCompletion(newTag, request -> suggestions(request.getUserText()));
        Button add = new Button(Messages.text("tags.add"));
        add.setId("detail-add-tag");
        add.setOnAction(e -> add());
        add.disableProperty().bind(newTag.textProperty().isEmpty());
        // Its whole word, whatever the language: squeezed by the field beside it, it showed only "…".
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox adding = new HBox(6, newTag, add);
        HBox.setHgrow(newTag, Priority.ALWAYS);
        getChildren().addAll(box, adding);
    }

    /** Shows the item's tags ticked among all the roadmap's tags, without making an edit. */
    void show(Roadmap r, Milestone m) {
        filling = true;
        try {
            // The title before the ticks: the box writes its text only when the ticks change ("no tags" stayed over
            // an item's tags when the title was cleared after them).
            box.setTitle(m == null || m.tags().isEmpty() ? Messages.text("tags.none") : null);
            // Nothing to tick without an item: the roadmap's tags (a walk over every item) are not gathered for it.
            List<String> all = r == null || m == null ? List.of() : List.copyOf(allTags(r));
            if (!box.getItems().equals(all)) {
                box.getItems().setAll(all);
            }
            Set<String> on = m == null ? Set.of() : Set.copyOf(m.tags());
            for (String tag : all) {
                boolean ticked = box.getCheckModel().isChecked(tag);
                if (on.contains(tag) && !ticked) {
                    box.getCheckModel().check(tag);
                } else if (!on.contains(tag) && ticked) {
                    box.getCheckModel().clearCheck(tag);
                }
            }
            if (!box.getCheckModel().getCheckedIndices().isEmpty()) {
                // Ticks the planner made in the box are already there, so nothing above changed them: tick one again
                // for the box to write the item's tags in place of the "no tags" it showed while they were made.
                int first = box.getCheckModel().getCheckedIndices().get(0);
                box.getCheckModel().clearCheck(first);
                box.getCheckModel().check(first);
            }
        } finally {
            filling = false;
        }
    }

    private void ticked() {
        if (filling) {
            return;
        }
        Roadmap r = roadmap.get();
        Milestone m = r == null || shown.get() == null ? null : r.milestone(shown.get()).orElse(null);
        if (m == null) {
            return;
        }
        // The item's own order is kept: a tag ticked now goes last.
        Set<String> ticked = new LinkedHashSet<>(box.getCheckModel().getCheckedItems());
        List<String> tags = new ArrayList<>(m.tags().stream().filter(ticked::contains).toList());
        ticked.stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        make.accept(MilestoneEdits.setTags(r, m.id(), tags));
    }

    private void add() {
        Roadmap r = roadmap.get();
        String tag = newTag.getText() == null ? "" : newTag.getText().strip();
        Milestone m = r == null || shown.get() == null ? null : r.milestone(shown.get()).orElse(null);
        if (m == null || tag.isEmpty()) {
            return;
        }
        List<String> tags = new ArrayList<>(m.tags());
        tags.add(tag);
        newTag.clear();
        make.accept(MilestoneEdits.setTags(r, m.id(), tags));
    }

    private List<String> suggestions(String typed) {
        Roadmap r = roadmap.get();
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (r == null || t.isEmpty()) {
            return List.of();
        }
        return allTags(r).stream().filter(tag -> tag.toLowerCase(Locale.ROOT).contains(t)
                && !tag.equalsIgnoreCase(t)).toList();
    }

    private static TreeSet<String> allTags(Roadmap r) {
        TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Milestone m : r.milestones()) {
            tags.addAll(m.tags());
        }
        return tags;
    }
}
