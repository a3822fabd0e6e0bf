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
                String label = room > 0 ? TextFit.elide(c.label(), room, role, f.measurer) : "";
                out.headerCells.add(new HeaderCell(t, tier.unit(), c.start(), c.x(), t * h, c.width(), h, label,
                        textX, style));
            }
        }
    }
}
