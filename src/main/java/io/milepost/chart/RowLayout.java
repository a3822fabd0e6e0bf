package io.milepost.chart;

import io.milepost.model.DatePrecision;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import java.time.LocalDate;

/** Lays out one visible row at a time: its bars or marker, baseline ghost, labels and row-label cell. */
final class RowLayout {

    /** Text in the row-label column starts this far in; items under a group header a step further. */
    static final double LABEL_INDENT = 4;
    static final double LABEL_STEP = 12;
    /** How far a label's plate reaches past its text. */
    static final double PLATE_PAD = 2;

    private static final String[] STATUS_STYLES = statusStyles();

    private final Frame f;
    private final SceneBuilder out;
    private final LabelPlacer placer;
    private final boolean bySector;
    private final String[] sectorStyles;
    /** Each row holds one item: its labels have the chart's width, less what the viewport hides. */
    private final LabelPlacer.Room room;

    RowLayout(Frame f, SceneBuilder out) {
        this.f = f;
        this.out = out;
        this.placer = new LabelPlacer(f.measurer);
        // A printed or exported page (it has a label column) is all that is ever seen of its part of the chart, and
        // the next sheet starts its titles afresh: a title right of its item ends at the sheet's edge, shortened
        // with "…", rather than running on to be cut there mid-word. On screen it runs on into what scrolls in.
        double labelsEnd = f.options.labelColumnWidth() > 0 ? Math.min(f.endX, f.viewport.right()) : f.endX;
        this.room = LabelPlacer.Room.between(0, labelsEnd).inView(f.viewport.x(), f.viewport.right());
        this.bySector = f.options.colorBy() == ColorBy.SECTOR;
        // Built per frame, not per row: a roadmap has a dozen sectors and a frame a few dozen rows.
        this.sectorStyles = new String[f.rows.sectors().size()];
        for (int i = 0; i < sectorStyles.length; i++) {
            sectorStyles[i] = "bar.sector." + i;
        }
    }

    private static String[] statusStyles() {
        MilestoneStatus[] all = MilestoneStatus.values();
        String[] keys = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            keys[i] = "bar.status." + all[i].name();
        }
        return keys;
    }

    void layout(ChartRow row) {
        if (row.isGroupHeader()) {
            group(row);
        } else {
            item(row);
        }
        if (f.options.labelColumnWidth() > 0) {
            rowLabel(row);
        }
    }

    private void group(ChartRow row) {
        RowGroup g = row.group();
        int r = row.index();
        Bar summary = null;
        if (!g.isEmpty()) {
            double x0 = f.scale.xOf(g.firstDay());
            double x1 = f.scale.xOf(g.lastDay().plusDays(1));
            double right = g.openEnd() ? Math.max(x1, f.endX) : x1;
            summary = new Bar(null, r, BarKind.SUMMARY, x0, f.rowTop(r) + f.summaryInset,
                    Math.max(right - x0, ItemShape.MIN_BAR_WIDTH), f.summaryHeight, "group.summary",
                    bySector ? g.color() : null, 0,
                    false, false, g.openEnd(), "");
            summary = BarShapes.dress(summary);
            LabelPlacer.Placed p = placer.place(g.label(), FontRole.GROUP_LABEL, summary.x(), summary.right(), false,
                    room);
            if (p != null) {
                out.labels.add(new TextLabel(null, g.key(), p.text(), p.x(), f.rowCentre(r), p.width(),
                        p.placement(), p.elided(), "label.group", FontRole.GROUP_LABEL,
                        plate(p, f.rowCentre(r), FontRole.GROUP_LABEL, "group.row")));
            }
        }
        out.groupHeaders.add(new GroupHeader(g.key(), g.label(), r, f.rowTop(r), f.rowHeight, g.collapsed(),
                g.itemCount(), summary));
    }

    private void item(ChartRow row) {
        Milestone m = row.item();
        int r = row.index();
        ItemShape shape = ItemShape.of(m, f);
        String style = styleOf(m);
        String color = bySector ? sectorColor(m) : null;
        double top = f.rowTop(r);
        double cy = f.rowCentre(r);
        Bar bar = null;
        if (m.kind() == MilestoneKind.ACTIVITY) {
            double progress = Math.max(0, Math.min(100, m.percentComplete())) / 100.0
                    * (shape.writtenRight - shape.barX);
            bar = new Bar(m.id(), r, BarKind.ACTIVITY, shape.barX, top + f.barInset, shape.barWidth, f.barHeight,
                    style, color, Math.min(progress, shape.barWidth), m.start().precision() != DatePrecision.DAY,
                    !m.ongoing() && m.finish().precision() != DatePrecision.DAY, m.ongoing(),
                    m.timelineLabel(f.options.locale()));
            bar = BarShapes.dress(bar);
            out.bars.add(bar);
        } else {
            if (shape.isBar) {
                out.bars.add(BarShapes.dress(new Bar(m.id(), r, BarKind.WINDOW, shape.barX, top + f.windowInset,
                        shape.barWidth, f.windowHeight, style, color, 0, m.start().precision() != DatePrecision.DAY,
                        !m.ongoing() && m.finish().precision() != DatePrecision.DAY, m.ongoing(),
                        m.timelineLabel(f.options.locale()))));
            }
            MarkerShape ms = m.kind() == MilestoneKind.MEETING ? MarkerShape.CIRCLE : MarkerShape.DIAMOND;
            double half = ms == MarkerShape.CIRCLE ? f.barHeight / 2 : f.markerHalf;
            out.markers.add(new Marker(m.id(), r, ms, shape.cx, cy, half, style, color));
        }
        if (f.options.showBaselines()) {
            baseline(m, r, shape);
        }
        labels(m, r, shape, bar);
    }

    private void labels(Milestone m, int r, ItemShape shape, Bar bar) {
        String text = titleOf(m);
        if (bar == null && m.start().precision() != DatePrecision.DAY) {
            // A marker's window is too thin to write in: say how the plan dated it beside the title instead.
            text = text + " · " + m.timelineLabel(f.options.locale());
        }
        double cy = f.rowCentre(r);
        int i = r - f.firstRow;
        LabelPlacer.Room around = room.clearing(out.linkClearLeft[i], out.linkClearRight[i]);
        LabelPlacer.Placed p = bar == null
                ? placer.place(text, FontRole.BAR_LABEL, shape.left, shape.right, false, around)
                : placer.place(text, FontRole.BAR_LABEL, shape.left, shape.right, bar.x() + BarShapes.clearStart(bar),
                        bar.right() - BarShapes.clearEnd(bar), around);
        if (p != null) {
            String style = p.placement() == LabelPlacement.INSIDE ? "label.inside" : "label.bar";
            out.labels.add(new TextLabel(m.id(), null, p.text(), p.x(), cy, p.width(), p.placement(), p.elided(),
                    style, FontRole.BAR_LABEL, plate(p, cy, FontRole.BAR_LABEL, "background")));
        }
        boolean titleInside = p != null && p.placement() == LabelPlacement.INSIDE;
        if (bar != null && !titleInside && (bar.fuzzyStart() || bar.fuzzyEnd())) {
            String date = bar.dateLabel();
            double w = f.measurer.width(date, FontRole.DATE_LABEL);
            // Centred in what is seen of the bar, as a title inside it is, so a sheet's edge never cuts it.
            double seenLeft = Math.max(bar.x(), f.viewport.x());
            double seen = Math.min(bar.right(), f.viewport.right()) - seenLeft;
            if (w + 2 * LabelPlacer.PAD <= seen) {
                out.labels.add(new TextLabel(m.id(), null, date, seenLeft + (seen - w) / 2, cy, w,
                        LabelPlacement.INSIDE, false, "label.date", FontRole.DATE_LABEL, null));
            }
        }
    }

    /**
     * Under a label beside its item, a plate of what lies behind it, reaching {@value #PLATE_PAD} past the text; the
     * placer has kept that clear of the item and its links. Text inside a bar has none.
     */
    private Plate plate(LabelPlacer.Placed p, double cy, FontRole role, String behind) {
        if (p.placement() == LabelPlacement.INSIDE) {
            return null;
        }
        double h = f.measurer.height(role) + 2;
        return new Plate(p.x() - PLATE_PAD, cy - h / 2, p.width() + 2 * PLATE_PAD, h, behind);
    }

    private void baseline(Milestone m, int r, ItemShape shape) {
        if (!m.hasBaseline()) {
            return;
        }
        LocalDate bs = m.baselineStart() != null ? m.baselineStart() : m.firstDay();
        LocalDate be = m.baselineEnd() != null ? m.baselineEnd() : m.lastDay();
        if (bs.equals(m.firstDay()) && be.equals(m.lastDay())) {
            return;
        }
        double x0 = f.scale.xOf(bs);
        double x1 = f.scale.xOf(be.plusDays(1));
        double y = f.rowTop(r) + f.barInset + f.barHeight + f.baselineGap;
        if (m.kind() == MilestoneKind.ACTIVITY) {
            out.baselines.add(new Baseline(m.id(), r, x0, y, Math.max(x1 - x0, ItemShape.MIN_BAR_WIDTH),
                    f.baselineHeight, false));
        } else {
            double cx = (x0 + x1) / 2;
            double half = f.baselineHeight;
            out.baselines.add(new Baseline(m.id(), r, cx - half, y, 2 * half, f.baselineHeight, true));
        }
    }

    private void rowLabel(ChartRow row) {
        int r = row.index();
        double width = f.options.labelColumnWidth();
        double indent = LABEL_INDENT + row.depth() * LABEL_STEP;
        String text;
        // Measured in the font it is drawn in: a group's row in the group font, an item's in the row font.
        FontRole role = row.isGroupHeader() ? FontRole.GROUP_LABEL : FontRole.ROW_LABEL;
        RowLabel label;
        if (row.isGroupHeader()) {
            text = TextFit.elide(row.group().label(), width - indent - LABEL_INDENT, role, f.measurer);
            label = new RowLabel(r, f.rowTop(r), f.rowHeight, indent, text, "rowlabel.group", null,
                    row.group().key(), row.group().collapsed());
        } else {
            text = TextFit.elide(titleOf(row.item()), width - indent - LABEL_INDENT, role, f.measurer);
            label = new RowLabel(r, f.rowTop(r), f.rowHeight, indent, text, "rowlabel.item", row.item().id(),
                    null, false);
        }
        out.rowLabels.add(label);
    }

    private String titleOf(Milestone m) {
        return f.options.language().title(m);
    }

    String styleOf(Milestone m) {
        if (bySector) {
            int i = f.rows.sectorIndex(m.sectorId());
            return i < 0 ? "bar.sector.none" : sectorStyles[i];
        }
        return STATUS_STYLES[m.status().ordinal()];
    }

    private String sectorColor(Milestone m) {
        int i = f.rows.sectorIndex(m.sectorId());
        return i < 0 ? null : f.rows.sectors().get(i).color();
    }
}
