package io.milepost.chart;

/**
 * Named zoom levels. The scale itself is continuous ({@link TimeScale#pxPerDay()}); a level names the band a
 * pixels-per-day value falls in, which decides the header tiers and what a drag snaps to.
 */
public enum Zoom {
    DAYS(32), WEEKS(12), MONTHS(3.5), QUARTERS(1.0), YEARS(0.3);

    /** Below this a quarter is narrower than its "Q1" label; above it a day is wider than most screens care for. */
    public static final double MIN_PX_PER_DAY = 0.2;
    public static final double MAX_PX_PER_DAY = 200;

    private final double pxPerDay;

    Zoom(double pxPerDay) {
        this.pxPerDay = pxPerDay;
    }

    /** The level's own scale, chosen so the smaller header tier reads comfortably. */
    public double pxPerDay() {
        return pxPerDay;
    }

    /** The level whose band holds {@code pxPerDay}; the bounds sit between neighbouring defaults. */
    public static Zoom of(double pxPerDay) {
        if (pxPerDay >= 20) {
            return DAYS;
        }
        if (pxPerDay >= 6) {
            return WEEKS;
        }
        if (pxPerDay >= 1.8) {
            return MONTHS;
        }
        if (pxPerDay >= 0.55) {
            return QUARTERS;
        }
        return YEARS;
    }

    /** One level closer (more pixels per day); DAYS stays DAYS. */
    public Zoom in() {
        return this == DAYS ? DAYS : values()[ordinal() - 1];
    }

    /** One level further out; YEARS stays YEARS. */
    public Zoom out() {
        return this == YEARS ? YEARS : values()[ordinal() + 1];
    }

    public static double clamp(double pxPerDay) {
        if (Double.isNaN(pxPerDay)) {
            throw new IllegalArgumentException("pixels per day is not a number");
        }
        return Math.max(MIN_PX_PER_DAY, Math.min(MAX_PX_PER_DAY, pxPerDay));
    }
}
