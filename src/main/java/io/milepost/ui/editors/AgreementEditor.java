package io.milepost.ui.editors;

import io.milepost.i18n.Messages;
import io.milepost.app.edit.Change;
import io.milepost.app.edit.Edit;
import io.milepost.model.Agreement;
import io.milepost.model.AgreementKind;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

/**
 * The agreements and memoranda of the roadmap: kind, titles, sector, the day signed, where each stands on its way
 * from a signed MoU to an agreement in force, and the milestones that carry it (ticked in a list).
 */
final class AgreementEditor extends ListEditor<Agreement> {

    /** "No sector" in the sector choice: a sector-less agreement is allowed. */
    private static final Sector NO_SECTOR = new Sector(new UUID(0, 0), "—", null, null, 0);

    private final ChoiceBox<AgreementKind> kind;
    private final TextField title;
    private final TextField titleAlt;
    private final ChoiceBox<Sector> sector;
    private final DatePicker signed;
    private final ChoiceBox<AgreementStatus> status;
    private final TextArea description;
    private final CheckListView<Milestone> carriers = new CheckListView<>();
    private boolean fillingCarriers;

    AgreementEditor(RoadmapEditing model) {
        super(model, Messages.text("editor.agreement.add"), Messages.text("editor.agreement.none"));
        kind = row(Messages.text("editor.kind"), fields.choice(Arrays.asList(AgreementKind.values()), AgreementEditor::kindName,
                v -> edit(a -> new Agreement(a.id(), v, a.title(), a.titleAlt(), a.sectorId(), a.signed(),
                        a.status(), a.description(), a.milestoneIds()), a -> Messages.text("editor.edit.kind", a.title()))));
        title = row(Messages.text("editor.title"), fields.text(Messages.text("editor.agreement.titleWhat"), true, v -> edit(a -> new Agreement(a.id(), a.kind(),
                v, a.titleAlt(), a.sectorId(), a.signed(), a.status(), a.description(), a.milestoneIds()),
                a -> Messages.text("edit.rename", a.title()))));
        titleAlt = row(Messages.text("editor.titleAlt"), fields.text("", false, v -> edit(a -> new Agreement(a.id(),
                a.kind(), a.title(), v, a.sectorId(), a.signed(), a.status(), a.description(), a.milestoneIds()),
                a -> Messages.text("editor.edit.renameAlt", a.title()))));
        sector = row(Messages.text("editor.sector"), fields.choice(List.of(), s -> s.name(), v -> edit(a -> new Agreement(a.id(), a.kind(),
                a.title(), a.titleAlt(), v == NO_SECTOR ? null : v.id(), a.signed(), a.status(), a.description(),
                a.milestoneIds()), a -> Messages.text("editor.edit.sector", a.title()))));
        signed = row(Messages.text("editor.agreement.signed"), fields.day(true, d -> d.getYear() >= 1900 && d.getYear() <= 2200,
                Messages.text("editor.agreement.signedRange"), v -> edit(a -> new Agreement(a.id(), a.kind(), a.title(),
                        a.titleAlt(), a.sectorId(), v, a.status(), a.description(), a.milestoneIds()),
                        a -> Messages.text("editor.edit.signed", a.title()))));
        status = row(Messages.text("editor.agreement.status"), fields.choice(Arrays.asList(AgreementStatus.values()),
                AgreementEditor::statusName, v -> edit(a -> new Agreement(a.id(), a.kind(), a.title(), a.titleAlt(),
                        a.sectorId(), a.signed(), v, a.description(), a.milestoneIds()),
                        a -> Messages.text("editor.edit.stage", a.title(), statusName(v)))));
        description = row(Messages.text("editor.description"), fields.area(v -> edit(a -> new Agreement(a.id(), a.kind(), a.title(),
                a.titleAlt(), a.sectorId(), a.signed(), a.status(), v, a.milestoneIds()),
                a -> Messages.text("edit.description", a.title()))));
        carriers.setPrefHeight(200);
        carriers.setCellFactory(CheckBoxListCell.forListView(carriers::getItemBooleanProperty,
                new StringConverter<Milestone>() {
                    @Override
                    public String toString(Milestone m) {
                        return m == null ? "" : m.title();
                    }

                    @Override
                    public Milestone fromString(String s) {
                        return null;
                    }
                }));
        carriers.getCheckModel().getCheckedItems().addListener((ListChangeListener<Milestone>) c -> {
            if (!fillingCarriers) {
                List<UUID> ids = new ArrayList<>(carriers.getCheckModel().getCheckedItems().stream()
                        .map(Milestone::id).toList());
                edit(a -> new Agreement(a.id(), a.kind(), a.title(), a.titleAlt(), a.sectorId(), a.signed(),
                        a.status(), a.description(), keepOrder(a.milestoneIds(), ids)),
                        a -> Messages.text("editor.edit.carriers", a.title()));
            }
        });
        row(Messages.text("editor.agreement.carriers"), carriers);
    }

    /** The ticked milestones, those already listed first in their order, then new ones as ticked. */
    private static List<UUID> keepOrder(List<UUID> before, List<UUID> ticked) {
        List<UUID> out = new ArrayList<>(before.stream().filter(ticked::contains).toList());
        ticked.stream().filter(id -> !out.contains(id)).forEach(out::add);
        return out;
    }

    static String kindName(AgreementKind k) {
        return Messages.ui().of("agreementKind", k);
    }

    static String statusName(AgreementStatus s) {
        return Messages.ui().of("agreementStatus", s);
    }

    private void edit(UnaryOperator<Agreement> change, Function<Agreement, String> editName) {
        current().ifPresent(before -> {
            Agreement after = change.apply(before);
            change(before, after, Edit.of(editName.apply(before), Change.agreement(before, after)));
        });
    }

    @Override
    List<Agreement> items(Roadmap r) {
        return r.agreements();
    }

    @Override
    UUID idOf(Agreement a) {
        return a.id();
    }

    @Override
    String labelOf(Agreement a) {
        return a.title();
    }

    @Override
    Agreement newItem(Roadmap r) {
        return new Agreement(UUID.randomUUID(), AgreementKind.MOU, Messages.text("editor.agreement.new"), null, null,
                LocalDate.now(), AgreementStatus.SIGNED_MOU, null, List.of());
    }

    @Override
    Edit addEdit(Roadmap r, Agreement a) {
        return Edit.of(Messages.text("edit.add", a.title()), Change.agreement(null, a));
    }

    @Override
    Edit deleteEdit(Roadmap r, Agreement a) {
        return Edit.deleteAgreement(r, a);
    }

    @Override
    void fill(Roadmap r, Agreement a) {
        kind.setValue(a.kind());
        title.setText(a.title());
        titleAlt.setText(a.titleAlt() == null ? "" : a.titleAlt());
        List<Sector> sectors = new ArrayList<>();
        sectors.add(NO_SECTOR);
        sectors.addAll(r.sectorsInOrder());
        sector.getItems().setAll(sectors);
        sector.setValue(a.sectorId() == null ? NO_SECTOR : r.sector(a.sectorId()).orElse(NO_SECTOR));
        signed.setValue(a.signed());
        signed.getEditor().setText(signed.getConverter().toString(a.signed()));
        status.setValue(a.status());
        description.setText(a.description() == null ? "" : a.description());
        fillingCarriers = true;
        try {
            carriers.getItems().setAll(r.milestones());
            carriers.getCheckModel().clearChecks();
            for (UUID id : a.milestoneIds()) {
                r.milestone(id).ifPresent(m -> carriers.getCheckModel().check(m));
            }
        } finally {
            fillingCarriers = false;
        }
    }
}
