package io.milepost.chart;

import java.util.List;

/** The time header's cells, with labels kept inside the visible part of each cell. */
final class HeaderLayout {

    static final double PAD = 4;

    private HeaderLayout() {
    }

    static void layout(Frame f, List<HeaderTier> tiers, SceneBuilder out) {
        double h = f.options.headerRowHeight();
        for (int t = 0; t < tiers.size(); t++) {
            HeaderTier tier = tiers.get(t);
            FontRole role = tier.major() ? FontRole.HEADER_MAJOR : FontRole.HEADER_MINOR;
            String style = tier.major() ? "header.cell.major" : "header.cell.minor";
            for (HeaderTier.Cell c : tier.cells()) {
                // A year cut by the left edge still says which year it is: its label slides along with the edge.
                double textX = Math.max(c.x(), f.visibleX0) + PAD;
                double room = Math.min(c.right(), f.visibleX1) - PAD - textX;
                String label = fit(c, room, role, f.measurer);
                out.headerCells.add(new HeaderCell(t, tier.unit(), c.start(), c.x(), t * h, c.width(), h, label,
                        textX, style));
            }
        }
    }

    /**
     * The cell's label if it fits {@code room}, else its short label if that fits; else, for a label with no short
     * form, the label shortened with "…". Nothing where only "…" would be left, which says nothing (a printed
     * sheet's edge cuts cells that narrow), nor where a short label would have to be cut: "II…" of "III" misleads.
     */
    static String fit(HeaderTier.Cell c, double room, FontRole role, TextMeasurer m) {
        if (room <= 0) {
            return "";
        }
        if (m.width(c.label(), role) <= room) {
            return c.label();
        }
        if (m.width(c.shortLabel(), role) <= room) {
            return c.shortLabel();
        }
        String fitted = c.shortLabel().equals(c.label()) ? TextFit.elide(c.label(), room, role, m) : "";
        return fitted.equals(TextFit.ELLIPSIS) ? "" : fitted;
    }
}
