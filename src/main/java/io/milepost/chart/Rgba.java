package io.milepost.chart;

import java.util.Locale;

/** A colour: red, green, blue 0–255 and alpha 0–1. Not tied to any toolkit. */
public record Rgba(int red, int green, int blue, double alpha) {

    public static final Rgba BLACK = new Rgba(0, 0, 0, 1);
    public static final Rgba WHITE = new Rgba(255, 255, 255, 1);
    public static final Rgba TRANSPARENT = new Rgba(0, 0, 0, 0);

    public Rgba {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channels must be 0..255: " + red + ", " + green + ", " + blue);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be 0..1, was " + alpha);
        }
    }

    /** Reads "#rgb", "#rrggbb" or "#rrggbbaa" (the '#' optional). */
    public static Rgba parse(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        try {
            if (h.length() == 3) {
                return new Rgba(dup(h.charAt(0)), dup(h.charAt(1)), dup(h.charAt(2)), 1);
            }
            if (h.length() == 6 || h.length() == 8) {
                int r = Integer.parseInt(h.substring(0, 2), 16);
                int g = Integer.parseInt(h.substring(2, 4), 16);
                int b = Integer.parseInt(h.substring(4, 6), 16);
                double a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1;
                return new Rgba(r, g, b, a);
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("'" + hex + "' is not a colour: write #rrggbb");
    }

    /** Like {@link #parse} but {@code fallback} for null or unreadable text: a sector's colour is user data. */
    public static Rgba parseOr(String hex, Rgba fallback) {
        if (hex == null || hex.isBlank()) {
            return fallback;
        }
        try {
            return parse(hex.strip());
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static int dup(char c) {
        int v = Character.digit(c, 16);
        if (v < 0) {
            throw new NumberFormatException();
        }
        return v * 17;
    }

    public Rgba withAlpha(double a) {
        return new Rgba(red, green, blue, a);
    }

    /** "#rrggbb", or "#rrggbbaa" when not opaque. */
    public String hex() {
        String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
        return alpha >= 1 ? rgb : rgb + String.format(Locale.ROOT, "%02x", (int) Math.round(alpha * 255));
    }
}
