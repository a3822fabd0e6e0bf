package io.milepost.chart;

import java.util.Locale;

/** Paper sizes, in points (1/72 inch), portrait. */
public enum Paper {
    A4(595.28, 841.89),
    A3(841.89, 1190.55),
    A2(1190.55, 1683.78),
    A1(1683.78, 2383.94),
    A0(2383.94, 3370.39),
    LETTER(612, 792),
    LEGAL(612, 1008),
    TABLOID(792, 1224);

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Portrait width in points. */
    public double width() {
        return width;
    }

    /** Portrait height in points. */
    public double height() {
        return height;
    }

    /** "a4", "A3", "letter": any case; {@code IllegalArgumentException} naming the sizes known otherwise. */
    public static Paper parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown paper \"" + name + "\"; one of a4, a3, a2, a1, a0, letter, "
                    + "legal, tabloid", e);
        }
    }
}
