package io.milepost.chart;

/**
 * Paper, orientation, margins and mode: everything about the sheet, in points. At 100 % one chart pixel is one
 * point, so the theme's 11 px text prints at 11 pt.
 *
 * @param margin white space on each edge
 */
public record PageSetup(Paper paper, boolean landscape, double margin, PrintMode mode) {

    /**
     * The smallest scale printed: at 0.6 the chart's smallest text (10 px) is 6 pt, still readable on paper. A chart
     * that would need less to fit one page is printed at this scale over more pages instead.
     */
    public static final double MIN_SCALE = 0.6;
    /** Half an inch. */
    public static final double DEFAULT_MARGIN = 36;

    public PageSetup {
        if (paper == null || mode == null) {
            throw new IllegalArgumentException("paper and mode are required");
        }
        if (!(margin >= 0) || 2 * margin >= Math.min(paper.width(), paper.height()) / 2) {
            throw new IllegalArgumentException("margin " + margin + " pt leaves no room on " + paper);
        }
    }

    public static PageSetup of(Paper paper, boolean landscape, PrintMode mode) {
        return new PageSetup(paper, landscape, DEFAULT_MARGIN, mode);
    }

    public double width() {
        return landscape ? paper.height() : paper.width();
    }

    public double height() {
        return landscape ? paper.width() : paper.height();
    }

    public PageSetup withMode(PrintMode m) {
        return new PageSetup(paper, landscape, margin, m);
    }
}
