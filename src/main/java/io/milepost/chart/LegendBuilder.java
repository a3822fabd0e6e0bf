package io.milepost.chart;

import io.milepost.model.MilestoneStatus;
import io.milepost.model.Sector;
import java.util.ArrayList;
import java.util.List;

/** The legend for what the chart's colours and shapes mean under the given options. */
final class LegendBuilder {

    private LegendBuilder() {
    }

    static List<LegendEntry> build(RowModel rows, ChartOptions options) {
        ChartTexts t = options.texts();
        List<LegendEntry> entries = new ArrayList<>();
        if (options.colorBy() == ColorBy.STATUS) {
            for (MilestoneStatus s : MilestoneStatus.values()) {
                entries.add(new LegendEntry(LegendSymbol.BAR, "bar.status." + s.name(), null, t.status(s)));
            }
        } else {
            List<Sector> sectors = rows.sectors();
            for (int i = 0; i < sectors.size(); i++) {
                Sector s = sectors.get(i);
                entries.add(new LegendEntry(LegendSymbol.BAR, "bar.sector." + i, s.color(),
                        options.language().name(s)));
            }
        }
        entries.add(new LegendEntry(LegendSymbol.DIAMOND, "legend.symbol", null, t.milestone()));
        entries.add(new LegendEntry(LegendSymbol.CIRCLE, "legend.symbol", null, t.meeting()));
        entries.add(new LegendEntry(LegendSymbol.SOFT_BAR, "legend.symbol", null, t.datedToPeriod()));
        if (options.showBaselines()) {
            entries.add(new LegendEntry(LegendSymbol.GHOST, "baseline", null, t.baseline()));
        }
        if (options.showLinks()) {
            entries.add(new LegendEntry(LegendSymbol.ARROW, "link", null, t.dependency()));
        }
        if (options.today() != null) {
            entries.add(new LegendEntry(LegendSymbol.LINE, "today", null, t.today()));
        }
        return List.copyOf(entries);
    }
}
