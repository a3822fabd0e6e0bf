package io.milepost.ui.editors;

import io.milepost.i18n.Messages;
import io.milepost.app.edit.Change;
import io.milepost.app.edit.Edit;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The roadmap's own properties: title and subtitle (each also in the second language), the two parties, its period,
 * description and languages.
 */
final class RoadmapInfoEditor extends GridPane {

    private final RoadmapEditing model;
    private final Fields fields = new Fields();
    private final TextField title;
    private final TextField titleAlt;
    private final TextField subtitle;
    private final TextField subtitleAlt;
    private final TextField partyA;
    private final TextField partyB;
    private final DatePicker periodStart;
    private final DatePicker periodEnd;
    private final TextArea description;
    private final TextField primaryLanguage;
    private final TextField secondLanguage;
    private int rows;

    RoadmapInfoEditor(RoadmapEditing model) {
        this.model = model;
        setHgap(8);
        setVgap(6);
        setPadding(new Insets(12));
        title = row(Messages.text("editor.title"), fields.text(Messages.text("editor.roadmap.titleWhat"), true,
                v -> edit(i -> i.withTitle(v), Messages.text("editor.roadmap.rename"))));
        titleAlt = row(Messages.text("roadmapTitle.editor.titleAlt"), fields.text("", false,
                v -> edit(i -> i.withTitleAlt(v), Messages.text("roadmapTitle.editor.renameAlt"))));
        subtitle = row(Messages.text("editor.roadmap.subtitle"), fields.text("", false,
                v -> edit(i -> i.withSubtitle(v), Messages.text("editor.roadmap.editSubtitle"))));
        subtitleAlt = row(Messages.text("roadmapTitle.editor.subtitleAlt"), fields.text("", false,
                v -> edit(i -> i.withSubtitleAlt(v), Messages.text("roadmapTitle.editor.editSubtitleAlt"))));
        partyA = row(Messages.text("editor.roadmap.partyA"), fields.text("", false,
                v -> edit(i -> i.withParties(v, i.partyB()), Messages.text("editor.roadmap.editPartyA"))));
        partyB = row(Messages.text("editor.roadmap.partyB"), fields.text("", false,
                v -> edit(i -> i.withParties(i.partyA(), v), Messages.text("editor.roadmap.editPartyB"))));
        periodStart = row(Messages.text("editor.roadmap.from"), fields.day(false, this::startFits,
                Messages.text("editor.roadmap.startBeforeEnd"),
                v -> edit(i -> i.withPeriod(v, i.periodEnd()), Messages.text("editor.roadmap.editPeriod"))));
        periodEnd = row(Messages.text("editor.roadmap.to"), fields.day(false, this::endFits,
                Messages.text("editor.roadmap.endAfterStart"),
                v -> edit(i -> i.withPeriod(i.periodStart(), v), Messages.text("editor.roadmap.editPeriod"))));
        periodStart.setId("roadmap-period-start");
        periodEnd.setId("roadmap-period-end");
        description = row(Messages.text("editor.description"), fields.area(
                v -> edit(i -> i.withDescription(v), Messages.text("editor.roadmap.describe"))));
        primaryLanguage = row(Messages.text("editor.roadmap.language"), fields.checked(v -> v.strip()
                .matches("[a-z]{2,3}") ? null : Messages.text("editor.roadmap.languageCode"),
                v -> edit(i -> i.withLanguages(v, i.secondLanguage()), Messages.text("editor.roadmap.editLanguage"))));
        secondLanguage = row(Messages.text("editor.roadmap.secondLanguage"), fields.checked(v -> v.isBlank()
                || v.strip().matches("[a-z]{2,3}") ? null : Messages.text("editor.roadmap.languageCode"),
                v -> edit(i -> i.withLanguages(i.primaryLanguage(), v),
                        Messages.text("editor.roadmap.editSecondLanguage"))));
        disableProperty().bind(model.readOnlyProperty());
        model.roadmapProperty().addListener((o, was, now) -> refresh());
        refresh();
        RoadmapEditor.whenWindowOpens(this, this::refresh);
    }

    /**
     * The editor as a tab's page: in a scroll pane (the tab pane sets its content's disable state, and the editor
     * binds its own inside), with the reason for refused input under it.
     */
    static javafx.scene.Node page(RoadmapEditing model) {
        RoadmapInfoEditor editor = new RoadmapInfoEditor(model);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(editor);
        scroll.setFitToWidth(true);
        return new javafx.scene.layout.BorderPane(scroll, null, null, ListEditor.problemLine(editor.fields), null);
    }

    private boolean startFits(LocalDate d) {
        Roadmap r = model.roadmapProperty().get();
        return r != null && d.getYear() >= 1900 && d.isBefore(r.info().periodEnd());
    }

    private boolean endFits(LocalDate d) {
        Roadmap r = model.roadmapProperty().get();
        return r != null && d.getYear() <= 2200 && d.isAfter(r.info().periodStart());
    }

    private <N extends javafx.scene.Node> N row(String label, N field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(200);
        add(l, 0, rows);
        add(field, 1, rows++);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }

    private void edit(UnaryOperator<RoadmapInfo> change, String name) {
        Roadmap r = model.roadmapProperty().get();
        if (r == null) {
            return;
        }
        RoadmapInfo before = r.info();
        RoadmapInfo after = change.apply(before);
        if (!after.equals(before)) {
            model.apply(Edit.of(name, new Change.OfInfo(before, after)));
        }
    }

    private void refresh() {
        Roadmap r = model.roadmapProperty().get();
        if (r == null) {
            return;
        }
        RoadmapInfo i = r.info();
        fields.filling(() -> {
            title.setText(i.title());
            titleAlt.setText(orEmpty(i.titleAlt()));
            subtitle.setText(orEmpty(i.subtitle()));
            subtitleAlt.setText(orEmpty(i.subtitleAlt()));
            partyA.setText(orEmpty(i.partyA()));
            partyB.setText(orEmpty(i.partyB()));
            periodStart.setValue(i.periodStart());
            periodStart.getEditor().setText(periodStart.getConverter().toString(i.periodStart()));
            periodEnd.setValue(i.periodEnd());
            periodEnd.getEditor().setText(periodEnd.getConverter().toString(i.periodEnd()));
            description.setText(orEmpty(i.description()));
            primaryLanguage.setText(orEmpty(i.primaryLanguage()));
            secondLanguage.setText(orEmpty(i.secondLanguage()));
        });
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
