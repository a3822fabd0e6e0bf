package io.milepost.chart;

/** Shortens text to a width with a trailing ellipsis. */
final class TextFit {

    static final String ELLIPSIS = "…";

    private TextFit() {
    }

    /** {@code text} if it fits, else its longest prefix that fits followed by "…", else "" when not even "…" fits. */
    static String elide(String text, double maxWidth, FontRole role, TextMeasurer m) {
        if (m.width(text, role) <= maxWidth) {
            return text;
        }
        if (m.width(ELLIPSIS, role) > maxWidth) {
            return "";
        }
        int lo = 0;
        int hi = text.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (m.width(cut(text, mid) + ELLIPSIS, role) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return cut(text, lo) + ELLIPSIS;
    }

    private static String cut(String text, int n) {
        // Never split a surrogate pair, or the ellipsis would follow half a character.
        if (n > 0 && Character.isHighSurrogate(text.charAt(n - 1))) {
            n--;
        }
        return text.substring(0, n).stripTrailing();
    }
}
