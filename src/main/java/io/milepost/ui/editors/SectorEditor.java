package io.milepost.ui.editors;

import io.milepost.i18n.Messages;
import io.milepost.app.edit.Change;
import io.milepost.app.edit.Edit;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javafx.scene.control.TextField;

/** The roadmap's sectors (its swimlanes): name in both languages, colour and place among the others. */
final class SectorEditor extends ListEditor<Sector> {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final TextField name;
    private final TextField nameAlt;
    private final TextField colour;
    private final TextField order;

    SectorEditor(RoadmapEditing model) {
        super(model, Messages.text("editor.sector.add"), Messages.text("editor.sector.none"));
        name = row(Messages.text("editor.name"), fields.text(Messages.text("editor.sector.nameWhat"), true, v -> edit(s -> new Sector(s.id(), v, s.nameAlt(),
                s.color(), s.order()), s -> Messages.text("edit.rename", s.name()))));
        nameAlt = row(Messages.text("editor.nameAlt"), fields.text("", false, v -> edit(s -> new Sector(s.id(),
                s.name(), v, s.color(), s.order()), s -> Messages.text("editor.edit.renameAlt", s.name()))));
        colour = row(Messages.text("editor.sector.colour"), fields.checked(v -> v.isBlank() || COLOUR.matcher(v.strip()).matches()
                ? null : Messages.text("editor.sector.notAColour", v.strip()), v -> edit(s -> new Sector(s.id(),
                s.name(), s.nameAlt(), v, s.order()), s -> Messages.text("editor.edit.colour", s.name()))));
        order = row(Messages.text("editor.sector.order"), fields.checked(v -> v.strip().matches("-?\\d{1,9}") ? null
                : Messages.text("editor.sector.notAnOrder"), v -> edit(s -> new Sector(s.id(), s.name(), s.nameAlt(),
                s.color(), Integer.parseInt(v.strip())), s -> Messages.text("editor.edit.order", s.name()))));
    }

    private void edit(java.util.function.UnaryOperator<Sector> change,
                      java.util.function.Function<Sector, String> name) {
        current().ifPresent(before -> {
            Sector after = change.apply(before);
            change(before, after, Edit.of(name.apply(before), Change.sector(before, after)));
        });
    }

    @Override
    List<Sector> items(Roadmap r) {
        return r.sectorsInOrder();
    }

    @Override
    UUID idOf(Sector s) {
        return s.id();
    }

    @Override
    String labelOf(Sector s) {
        return s.name();
    }

    @Override
    Sector newItem(Roadmap r) {
        int last = r.sectors().stream().mapToInt(Sector::order).max().orElse(0);
        return new Sector(UUID.randomUUID(), Messages.text("editor.sector.new"), null, null, last + 1);
    }

    @Override
    Edit addEdit(Roadmap r, Sector s) {
        return Edit.of(Messages.text("edit.add", s.name()), Change.sector(null, s));
    }

    @Override
    Edit deleteEdit(Roadmap r, Sector s) {
        return Edit.deleteSector(r, s);
    }

    @Override
    String whyNotDelete(Roadmap r, Sector s) {
        long n = r.milestones().stream().filter(m -> s.id().equals(m.sectorId())).count();
        return n == 0 ? null : Messages.text("editor.sector.notEmpty", s.name(), n);
    }

    @Override
    void fill(Roadmap r, Sector s) {
        name.setText(s.name());
        nameAlt.setText(s.nameAlt() == null ? "" : s.nameAlt());
        colour.setText(s.color() == null ? "" : s.color());
        order.setText(Integer.toString(s.order()));
    }
}
