package io.milepost.ui.details;

import io.milepost.i18n.Languages;
import io.milepost.i18n.Messages;
import io.milepost.app.edit.MilestoneEdits;
import io.milepost.app.edit.Outcome;
import io.milepost.app.edit.SessionEdits;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.SessionDetails;
import io.milepost.model.WrittenDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;
import impl.org.controlsfx.skin.AutoCompletePopup;
import impl.org.controlsfx.skin.DecorationPane;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * The selected milestone, every field of it, editable beside the chart. Each committed field is one named undoable
 * edit made through {@code app.edit}, the same edits the chart and the table make; what the field would refuse is
 * shown at the field and never reaches the file. The pane follows the selection and the roadmap, so it shows the
 * state after an undo or redo too; in a read-only window every field is disabled.
 * <p>
 * It knows the window only through what it is given (the roadmap, how to make an edit, whether the window is
 * read-only), so it can sit in any window.
 */
public final class MilestoneDetailsPane extends BorderPane {

    private final ObservableValue<Roadmap> roadmap;
    private final Consumer<Outcome> make;
    private final FieldForm form;
    private final PredecessorsEditor predecessors;
    private final TagPicker tags;
    private final Label heading = new Label();
    private final Label days = new Label();
    private final Label empty = new Label(Messages.text("details.empty"));
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane();
    private final TextField title = new TextField();
    private final ChoiceBox<MilestoneKind> kind = new ChoiceBox<>();
    private final ChoiceBox<MilestoneStatus> status = new ChoiceBox<>();
    private final ChoiceBox<Choice> sector = new ChoiceBox<>();
    private final ChoiceBox<Choice> commission = new ChoiceBox<>();
    private final Label partyA = new Label(Messages.text("details.lead"));
    private final Label partyB = new Label(Messages.text("details.lead"));
    private final Label titleAlt = new Label(Messages.text("details.titleAlt"));
    private final List<Runnable> fillChoices = new ArrayList<>();
    private final List<Node> sessionRows = new ArrayList<>();
    private UUID shown;
    private boolean filling;

    public MilestoneDetailsPane(ObservableValue<Roadmap> roadmap, Consumer<Outcome> make,
                                ObservableBooleanValue readOnly, Runnable close) {
        this.roadmap = roadmap;
        this.make = make;
        this.form = new FieldForm(roadmap::getValue, () -> shown, make);
        this.predecessors = new PredecessorsEditor(roadmap::getValue, () -> shown, make);
        this.tags = new TagPicker(roadmap::getValue, () -> shown, make);
        setId("details-pane");
        getStyleClass().add("details-pane");
        // Wide enough for a link's title field and its Add side by side in Russian, each word whole.
        setPrefWidth(420);
        setMinWidth(300);
        // It scrolls: it must never make the window taller than the screen and push the status bar out of it.
        setMinHeight(0);
        scroll.setMinHeight(0);

        heading.getStyleClass().add("details-heading");
        heading.setWrapText(true);
        Button hide = new Button("×");
        hide.setId("close-details");
        hide.setFocusTraversable(false);
        hide.setOnAction(e -> close.run());
        HBox top = new HBox(8, heading, new Region(), hide);
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        top.setAlignment(Pos.TOP_LEFT);
        top.setPadding(new Insets(8, 8, 4, 10));
        setTop(top);

        buildForm();
        grid.disableProperty().bind(readOnly);
        // The fields' decorations get a layer of their own here. Without one, ControlsFX puts its layer above the
        // window's root the first time a field shows a reason, swapping the root of a live window.
        DecorationPane decorated = new DecorationPane();
        decorated.setRoot(grid);
        scroll.setContent(decorated);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        empty.setWrapText(true);
        empty.setPadding(new Insets(10));
        setCenter(empty);
        roadmap.addListener((o, old, r) -> show(shown));
    }

    /** Shows the item ({@code null}: none), first committing what the planner was typing about the previous one. */
    public void show(UUID itemId) {
        Roadmap r = roadmap.getValue();
        if (!Objects.equals(itemId, shown)) {
            form.commitFocused();
            r = roadmap.getValue();
        }
        Optional<Milestone> m = r == null || itemId == null ? Optional.empty() : r.milestone(itemId);
        shown = m.map(Milestone::id).orElse(null);
        setCenter(m.isPresent() ? scroll : empty);
        heading.setText(m.map(Milestone::title).orElse(Messages.text("details.heading")));
        filling = true;
        try {
            if (r != null) {
                fillChoices.forEach(Runnable::run);
                partyA.setText(Messages.text("details.leadOf", orEmpty(r.info().partyA())));
                partyB.setText(Messages.text("details.leadOf", orEmpty(r.info().partyB())));
                String second = r.info().secondLanguage();
                titleAlt.setText(second == null ? Messages.text("details.titleAlt")
                        : Messages.text("details.titleIn", Languages.name(second)));
            }
            m.ifPresent(this::fillChoiceValues);
            boolean session = m.filter(SessionEdits::isSessionable).isPresent();
            for (Node n : sessionRows) {
                n.setVisible(session);
                n.setManaged(session);
            }
            days.setText(m.map(x -> Messages.text(x.ongoing() ? "details.days.ongoing" : "details.days.range.code",
                    day(x.firstDay()), day(x.lastDay()))).orElse(""));
        } finally {
            filling = false;
        }
        form.fill(m.orElse(null));
        tags.show(r, m.orElse(null));
        predecessors.show(r, shown);
    }

    /** The item shown, or {@code null}. */
    public UUID shownItem() {
        return shown;
    }

    /** Puts the caret in the title, all of it selected, for a new item's name to be typed over it. */
    public void focusTitle() {
        if (title.getScene() == null && getScene() != null) {
            // A pane just shown has no scroll-pane skin yet, so its fields are in no scene and cannot take the focus.
            applyCss();
        }
        title.requestFocus();
        title.selectAll();
        // Asked again once the event that opened the pane is done: a chart or table handling the same click or key
        // after this may take the focus back, and a pane shown for the first time gets its fields' skins only then.
        javafx.application.Platform.runLater(() -> {
            if (title.getScene() != null && isVisible()) {
                title.requestFocus();
                title.selectAll();
            }
        });
    }

    /** Commits the field being typed in (before the window acts on the item elsewhere). */
    public void commitPending() {
        form.commitFocused();
    }

    private void buildForm() {
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 10, 10, 10));
        grid.getColumnConstraints().addAll(new ColumnConstraints(125),
                new ColumnConstraints(160, 260, Double.MAX_VALUE, Priority.ALWAYS, null, true));
        int row = 0;
        kind.getItems().setAll(MilestoneKind.values());
        kind.setConverter(named(k -> Messages.ui().of("kind", k)));
        kind.setId("detail-kind");
        choose(kind, (r, id, v) -> MilestoneEdits.setKind(r, id, v));
        grid.addRow(row++, new Label(Messages.text("details.kind")), kind);
        grid.addRow(row++, new Label(Messages.text("details.title")), form.add(title, "title", MilestoneEdits::rename, Milestone::title));
        grid.addRow(row++, titleAlt, form.add(new TextField(), "title-alt",
                MilestoneEdits::setTitleAlt, m -> orEmpty(m.titleAlt())));
        sector.setId("detail-sector");
        fillChoices.add(() -> sector.getItems().setAll(roadmap.getValue().sectorsInOrder().stream()
                .map(s -> new Choice(s.id(), s.name())).toList()));
        choose(sector, (r, id, v) -> MilestoneEdits.setSector(r, id, v.id()));
        grid.addRow(row++, new Label(Messages.text("details.sector")), sector);
        commission.setId("detail-commission");
        fillChoices.add(() -> {
            List<Choice> cs = new ArrayList<>(List.of(Choice.NONE));
            roadmap.getValue().commissions().forEach(c -> cs.add(new Choice(c.id(), c.name())));
            commission.getItems().setAll(cs);
        });
        choose(commission, (r, id, v) -> MilestoneEdits.setCommission(r, id, v.id()));
        grid.addRow(row++, new Label(Messages.text("details.commission")), commission);
        TextField start = new TextField();
        // The prompt fits the field; every way of writing a date is in the tooltip.
        start.setPromptText(Messages.text("details.start.prompt.short"));
        start.setTooltip(new javafx.scene.control.Tooltip(Messages.text("details.start.prompt")));
        grid.addRow(row++, new Label(Messages.text("details.start")), form.add(start, "start",
                MilestoneEdits::setStart, m -> m.start().label(Messages.ui().locale())));
        TextField end = new TextField();
        end.setPromptText(Messages.text("details.end.prompt"));
        grid.addRow(row++, new Label(Messages.text("details.end")), form.add(end, "end", MilestoneEdits::setEnd,
                m -> WrittenDates.formatEnd(m, Messages.ui().locale())));
        days.setId("detail-days");
        days.getStyleClass().add("details-days");
        grid.addRow(row++, new Label(Messages.text("details.days.label")), days);
        status.getItems().setAll(MilestoneStatus.values());
        status.setConverter(named(s -> Messages.ui().of("status", s)));
        status.setId("detail-status");
        choose(status, (r, id, v) -> MilestoneEdits.setStatus(r, id, v));
        grid.addRow(row++, new Label(Messages.text("details.status")), status);
        grid.addRow(row++, new Label(Messages.text("details.percent")), form.add(new TextField(), "percent", MilestoneEdits::setPercent,
                m -> Integer.toString(m.percentComplete())));
        grid.addRow(row++, partyA, agency("lead-a", MilestoneEdits.Side.A, Milestone::leadAgencyA));
        grid.addRow(row++, partyB, agency("lead-b", MilestoneEdits.Side.B, Milestone::leadAgencyB));
        grid.addRow(row++, new Label(Messages.text("details.baselineStart")), form.add(new TextField(), "baseline-start",
                MilestoneEdits::setBaselineStart, m -> day(m.baselineStart())));
        grid.addRow(row++, new Label(Messages.text("details.baselineEnd")), form.add(new TextField(), "baseline-end",
                MilestoneEdits::setBaselineEnd, m -> day(m.baselineEnd())));
        grid.addRow(row++, new Label(Messages.text("details.description")), form.add(area(), "description", MilestoneEdits::setDescription,
                m -> orEmpty(m.description())));
        grid.addRow(row++, new Label(Messages.text("details.outcome")), form.add(area(), "expected-outcome",
                MilestoneEdits::setExpectedOutcome, m -> orEmpty(m.expectedOutcome())));
        grid.addRow(row++, new Label(Messages.text("details.remarks")), form.add(area(), "remarks", MilestoneEdits::setRemarks,
                m -> orEmpty(m.remarks())));
        row = sessionFields(row);
        grid.addRow(row++, new Label(Messages.text("details.tags")), tags);
        Label after = new Label(Messages.text("details.follows"));
        GridPane.setValignment(after, VPos.TOP);
        grid.addRow(row, after, predecessors);
        for (Node n : grid.getChildren()) {
            if (n instanceof Label l && GridPane.getColumnIndex(n) == 0) {
                l.setWrapText(true);
                GridPane.setValignment(l, VPos.TOP);
                l.setPadding(new Insets(4, 0, 0, 0));
            }
        }
    }

    /**
     * A commission's session is its meeting: for a meeting of a commission, the session's number, venue and
     * decisions, kept beside the meeting (its dates and status are the meeting's own, above).
     */
    private int sessionFields(int row) {
        Label heading = new Label(Messages.text("details.session"));
        heading.getStyleClass().add("details-section");
        sessionRows.add(heading);
        GridPane.setColumnSpan(heading, 2);
        grid.add(heading, 0, row++);
        row = sessionRow(row, Messages.text("details.sessionNumber"), form.add(new TextField(), "session-number", SessionEdits::setNumber,
                m -> session(m).map(s -> Integer.toString(s.number())).orElse("")));
        row = sessionRow(row, Messages.text("details.venue"), form.add(new TextField(), "session-venue", SessionEdits::setVenue,
                m -> session(m).map(s -> orEmpty(s.venue())).orElse("")));
        return sessionRow(row, Messages.text("details.decisions"), form.add(area(), "session-decisions", SessionEdits::setDecisions,
                m -> session(m).map(s -> orEmpty(s.decisions())).orElse("")));
    }

    private int sessionRow(int row, String name, Node field) {
        Label label = new Label(name);
        sessionRows.add(label);
        sessionRows.add(field);
        grid.addRow(row, label, field);
        return row + 1;
    }

    private Optional<SessionDetails> session(Milestone m) {
        Roadmap r = roadmap.getValue();
        return r == null ? Optional.empty() : r.sessionOf(m.id());
    }

    /** A lead agency, offered the agencies the roadmap already names on that side as the planner types. */
    private Node agency(String id, MilestoneEdits.Side side, Function<Milestone, String> value) {
        TextField field = new TextField();
        // The suggestions are looked up off the JavaFX thread and come a moment after the typing. A planner who typed
        // a name and pressed Tab at once had left the field by then: its popup opened anyway over the next field, took
        // that field's keys, and wrote a suggestion into a field whose typed text was already saved. A field that has
        // not the focus is offered nothing, and a popup that comes late all the same is closed.
        AtomicBoolean typing = new AtomicBoolean();
        AutoCompletionBinding<String> suggestions = TextFields.bindAutoCompletion(field, request -> {
            Roadmap r = roadmap.getValue();
            String typed = request.getUserText().strip().toLowerCase(Locale.ROOT);
            if (r == null || typed.isEmpty() || !typing.get()) {
                return List.of();
            }
            TreeSet<String> names = new TreeSet<>();
            for (Milestone m : r.milestones()) {
                String a = side == MilestoneEdits.Side.A ? m.leadAgencyA() : m.leadAgencyB();
                if (a != null && a.toLowerCase(Locale.ROOT).contains(typed) && !a.equalsIgnoreCase(typed.strip())) {
                    names.add(a);
                }
            }
            return names;
        });
        AutoCompletePopup<String> popup = suggestions.getAutoCompletionPopup();
        field.focusedProperty().addListener((o, was, now) -> {
            typing.set(now);
            if (!now) {
                popup.hide();
            }
        });
        // Closed once it is up: hiding a popup while it is being shown leaves JavaFX half-way.
        popup.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            if (!field.isFocused()) {
                popup.hide();
            }
        }));
        VBox cell = form.add(field, id, (r, item, text) -> MilestoneEdits.setLeadAgency(r, item, side, text),
                m -> orEmpty(value.apply(m)));
        // A suggestion taken (mouse, or Enter in the list) is the field's value at once, as Enter in the field is.
        suggestions.setOnAutoCompleted(e -> form.commit(field));
        return cell;
    }

    /** What choosing a value means as an edit. */
    @FunctionalInterface
    private interface ChoiceEditor<T> {
        Outcome edit(Roadmap r, UUID id, T value);
    }

    private <T> void choose(ChoiceBox<T> box, ChoiceEditor<T> editor) {
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((obs, old, v) -> {
            if (!filling && v != null && shown != null && roadmap.getValue() != null) {
                Outcome o = editor.edit(roadmap.getValue(), shown, v);
                make.accept(o);
                if (!(o instanceof Outcome.Apply)) {
                    // Refused (the reason is in the status bar): the box goes back to what the item holds.
                    Platform.runLater(() -> show(shown));
                }
            }
        });
    }

    private void fillChoiceValues(Milestone m) {
        Roadmap r = roadmap.getValue();
        kind.setValue(m.kind());
        status.setValue(m.status());
        sector.setValue(sector.getItems().stream().filter(c -> m.sectorId().equals(c.id())).findFirst()
                .orElse(r.sector(m.sectorId()).map(s -> new Choice(s.id(), s.name())).orElse(null)));
        commission.setValue(commission.getItems().stream().filter(c -> Objects.equals(m.commissionId(), c.id()))
                .findFirst().orElse(Choice.NONE));
    }

    private static TextArea area() {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(3);
        return a;
    }

    private static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null; // chosen, never typed
            }
        };
    }

    private static String day(LocalDate d) {
        return d == null ? "" : PlanDate.day(d).label(Messages.ui().locale());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
