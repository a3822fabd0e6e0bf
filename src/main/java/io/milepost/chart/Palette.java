package io.milepost.chart;

/**
 * The two sets of chart colours, both in {@link Theme}: light (the screen's default, and every print and export, so
 * paper is never dark) and dark (the screen under a dark application theme).
 */
public enum Palette {
    LIGHT, DARK;

    /** The chart colours of this palette. */
    public Theme theme() {
        return this == DARK ? Theme.dark() : Theme.light();
    }
}
