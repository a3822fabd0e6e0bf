package io.milepost.chart;

import io.milepost.model.Agreement;
import io.milepost.model.Commission;
import io.milepost.model.Milestone;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;

/**
 * Which title to show: the primary one, or the second-language one ({@code titleAlt}/{@code nameAlt}) where given.
 * The one place that says so: the chart, the table, the views and the printed matrix all ask here.
 */
public enum Language {
    PRIMARY, SECOND;

    /** The second-language text when this is {@link #SECOND} and the item has one, else the primary text. */
    public String pick(String primary, String second) {
        return this == SECOND && second != null && !second.isBlank() ? second : primary;
    }

    public String title(Milestone m) {
        return pick(m.title(), m.titleAlt());
    }

    public String name(Sector s) {
        return pick(s.name(), s.nameAlt());
    }

    public String name(Commission c) {
        return pick(c.name(), c.nameAlt());
    }

    public String title(Agreement a) {
        return pick(a.title(), a.titleAlt());
    }

    /** The roadmap's own title: on page headers, the window's heading and every export. */
    public String title(RoadmapInfo i) {
        return pick(i.title(), i.titleAlt());
    }

    /** The roadmap's subtitle, or {@code null} when it has none in either language. */
    public String subtitle(RoadmapInfo i) {
        return pick(i.subtitle(), i.subtitleAlt());
    }

    /** {@link #SECOND} when asked for, else {@link #PRIMARY}. */
    public static Language of(boolean second) {
        return second ? SECOND : PRIMARY;
    }
}
