package io.milepost.ui.editors;

import io.milepost.i18n.Messages;
import io.milepost.app.edit.Change;
import io.milepost.app.edit.Edit;
import io.milepost.model.Commission;
import io.milepost.model.CommissionKind;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.SessionDetails;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/**
 * The roadmap's commissions, working groups and high-level mechanisms: kind, names, a co-chair on each side, and
 * their sessions. A session is a meeting of the commission on the chart; here its number, venue and decisions are
 * edited, and Add session puts a new meeting on the chart with them.
 */
final class CommissionEditor extends ListEditor<Commission> {

    private final ChoiceBox<CommissionKind> kind;
    private final TextField name;
    private final TextField nameAlt;
    private final TextField coChairA;
    private final TextField coChairB;
    private final TextArea description;
    private final ListView<SessionDetails> sessions = new ListView<>();
    private final TextField number;
    private final TextField venue;
    private final TextArea decisions;

    CommissionEditor(RoadmapEditing model) {
        super(model, Messages.text("editor.commission.add"), Messages.text("editor.commission.none"));
        kind = row(Messages.text("editor.kind"), fields.choice(Arrays.asList(CommissionKind.values()), CommissionEditor::kindName,
                v -> edit(c -> new Commission(c.id(), v, c.name(), c.nameAlt(), c.coChairA(), c.coChairB(),
                        c.description()), c -> Messages.text("editor.edit.kind", c.name()))));
        name = row(Messages.text("editor.name"), fields.text(Messages.text("editor.commission.nameWhat"), true, v -> edit(c -> new Commission(c.id(), c.kind(),
                v, c.nameAlt(), c.coChairA(), c.coChairB(), c.description()), c -> Messages.text("edit.rename", c.name()))));
        nameAlt = row(Messages.text("editor.nameAlt"), fields.text("", false, v -> edit(c -> new Commission(c.id(),
                c.kind(), c.name(), v, c.coChairA(), c.coChairB(), c.description()),
                c -> Messages.text("editor.edit.renameAlt", c.name()))));
        coChairA = row(Messages.text("editor.commission.coChairA"), fields.text("", false, v -> edit(c -> new Commission(c.id(),
                c.kind(), c.name(), c.nameAlt(), v, c.coChairB(), c.description()),
                c -> Messages.text("editor.edit.coChair", c.name()))));
        coChairB = row(Messages.text("editor.commission.coChairB"), fields.text("", false, v -> edit(c -> new Commission(c.id(),
                c.kind(), c.name(), c.nameAlt(), c.coChairA(), v, c.description()),
                c -> Messages.text("editor.edit.coChair", c.name()))));
        description = row(Messages.text("editor.description"), fields.area(v -> edit(c -> new Commission(c.id(), c.kind(), c.name(),
                c.nameAlt(), c.coChairA(), c.coChairB(), v), c -> Messages.text("edit.description", c.name()))));

        sessions.setPrefHeight(150);
        sessions.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SessionDetails s, boolean isEmpty) {
                super.updateItem(s, isEmpty);
                setText(isEmpty || s == null ? null : sessionLabel(s));
            }
        });
        sessions.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> fillSession(now));
        Button addSession = new Button(Messages.text("editor.session.add"));
        addSession.setOnAction(e -> current().ifPresent(this::addSession));
        Button deleteSession = new Button(Messages.text("editor.session.delete"));
        deleteSession.disableProperty().bind(sessions.getSelectionModel().selectedItemProperty().isNull());
        deleteSession.setOnAction(e -> {
            SessionDetails s = sessions.getSelectionModel().getSelectedItem();
            Roadmap r = model.roadmapProperty().get();
            r.milestone(s.meetingId()).ifPresent(m -> model.apply(Edit.deleteMilestone(r, m)));
        });
        row(Messages.text("editor.sessions"), sessions);
        row("", new HBox(6, addSession, deleteSession));
        number = row(Messages.text("details.sessionNumber"), fields.checked(v -> v.isBlank() || v.strip().matches("[1-9]\\d{0,4}")
                ? null : Messages.text("edit.refuse.sessionNumberRange"), v -> {
                    if (v != null) {
                        editSession(s -> s.withNumber(Integer.parseInt(v.strip())), "editor.edit.sessionNumber");
                    }
                }));
        venue = row(Messages.text("details.venue"), fields.text("", false, v -> editSession(s -> s.withVenue(v), "editor.edit.sessionVenue")));
        decisions = row(Messages.text("details.decisions"), fields.area(v -> editSession(s -> s.withDecisions(v),
                "editor.edit.sessionDecisions")));
    }

    private static String kindName(CommissionKind k) {
        return Messages.ui().of("commissionKind", k);
    }

    private void edit(UnaryOperator<Commission> change, Function<Commission, String> editName) {
        current().ifPresent(before -> {
            Commission after = change.apply(before);
            change(before, after, Edit.of(editName.apply(before), Change.commission(before, after)));
        });
    }

    /** {@code editName}: the key of the edit's name, whose {0} is the session's number. */
    private void editSession(UnaryOperator<SessionDetails> change, String editName) {
        SessionDetails before = sessions.getSelectionModel().getSelectedItem();
        if (before == null) {
            return;
        }
        SessionDetails after = change.apply(before);
        if (!after.equals(before)) {
            model.apply(Edit.of(Messages.text(editName, before.number()), Change.session(before, after)));
        }
    }

    /** A new meeting of the commission on the chart, the session after its last, in the sector of its others. */
    private void addSession(Commission c) {
        Roadmap r = model.roadmapProperty().get();
        int next = r.sessionsOf(c.id()).stream().mapToInt(SessionDetails::number).max().orElse(0) + 1;
        Map<UUID, Long> bySector = r.milestones().stream().filter(m -> c.id().equals(m.commissionId()))
                .collect(Collectors.groupingBy(Milestone::sectorId, Collectors.counting()));
        UUID sector = bySector.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElseGet(() -> r.sectorsInOrder().isEmpty() ? null : r.sectorsInOrder().get(0).id());
        if (sector == null) {
            model.say(Messages.text("editor.session.noSector"));
            return;
        }
        int order = r.milestones().stream().mapToInt(Milestone::order).max().orElse(0) + 1;
        Milestone meeting = Milestone.builder().id(UUID.randomUUID()).kind(MilestoneKind.MEETING)
                .title(Messages.text("editor.session.title", next, c.name())).sectorId(sector).commissionId(c.id())
                .start(PlanDate.day(LocalDate.now()))
                .status(MilestoneStatus.PLANNED).order(order).build();
        SessionDetails details = new SessionDetails(meeting.id(), next, null, null);
        model.apply(new Edit(Messages.text("editor.edit.addSession", next, c.name()),
                List.of(Change.milestone(null, meeting), Change.session(null, details))));
    }

    private String sessionLabel(SessionDetails s) {
        Roadmap r = model.roadmapProperty().get();
        Milestone m = r == null ? null : r.milestone(s.meetingId()).orElse(null);
        return s.number() + ". " + (m == null ? "" : m.start().label(Messages.ui().locale()) + " · "
                + Messages.ui().of("status", m.status())) + (s.venue() == null ? "" : " · " + s.venue());
    }

    private void fillSession(SessionDetails s) {
        fields.filling(() -> {
            number.setText(s == null ? "" : Integer.toString(s.number()));
            venue.setText(s == null || s.venue() == null ? "" : s.venue());
            decisions.setText(s == null || s.decisions() == null ? "" : s.decisions());
        });
        number.setDisable(s == null);
        venue.setDisable(s == null);
        decisions.setDisable(s == null);
    }

    @Override
    List<Commission> items(Roadmap r) {
        return r.commissions();
    }

    @Override
    UUID idOf(Commission c) {
        return c.id();
    }

    @Override
    String labelOf(Commission c) {
        return c.name();
    }

    @Override
    Commission newItem(Roadmap r) {
        return new Commission(UUID.randomUUID(), CommissionKind.JOINT_WORKING_GROUP, Messages.text("editor.commission.new"), null,
                null, null, null);
    }

    @Override
    Edit addEdit(Roadmap r, Commission c) {
        return Edit.of(Messages.text("edit.add", c.name()), Change.commission(null, c));
    }

    @Override
    Edit deleteEdit(Roadmap r, Commission c) {
        return Edit.deleteCommission(r, c);
    }

    @Override
    void fill(Roadmap r, Commission c) {
        kind.setValue(c.kind());
        name.setText(c.name());
        nameAlt.setText(c.nameAlt() == null ? "" : c.nameAlt());
        coChairA.setText(c.coChairA() == null ? "" : c.coChairA());
        coChairB.setText(c.coChairB() == null ? "" : c.coChairB());
        description.setText(c.description() == null ? "" : c.description());
        UUID keep = sessions.getSelectionModel().getSelectedItem() == null ? null
                : sessions.getSelectionModel().getSelectedItem().meetingId();
        List<SessionDetails> list = r.sessionsOf(c.id()).stream()
                .sorted(Comparator.comparingInt(SessionDetails::number)).toList();
        sessions.getItems().setAll(list);
        list.stream().filter(s -> s.meetingId().equals(keep)).findFirst()
                .ifPresent(s -> sessions.getSelectionModel().select(s));
        fillSession(sessions.getSelectionModel().getSelectedItem());
    }
}
