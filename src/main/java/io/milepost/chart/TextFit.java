package io.milepost.chart;

import java.util.ArrayList;
import java.util.List;

/** Fits text to a width: shortened with a trailing ellipsis, or wrapped at spaces onto a few lines. */
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

    /**
     * {@code text} broken at spaces into lines no wider than {@code maxWidth}, at most {@code maxLines} of them: the
     * last line that is still too long, or a word wider than a line, is shortened with "…". Never empty: a blank text
     * is one empty line.
     */
    static List<String> wrap(String text, double maxWidth, int maxLines, FontRole role, TextMeasurer m) {
        List<String> lines = new ArrayList<>(maxLines);
        String rest = text.strip();
        while (lines.size() < maxLines - 1 && m.width(rest, role) > maxWidth) {
            int end = lastBreakThatFits(rest, maxWidth, role, m);
            if (end <= 0) {
                // One word wider than the line: it is shortened, and the words after it start the next line.
                int space = rest.indexOf(' ');
                if (space < 0) {
                    break;
                }
                lines.add(elide(rest.substring(0, space), maxWidth, role, m));
                rest = rest.substring(space).strip();
            } else {
                lines.add(rest.substring(0, end).stripTrailing());
                rest = rest.substring(end).strip();
            }
        }
        lines.add(elide(rest, maxWidth, role, m));
        return lines;
    }

    /** The end of the longest run of whole words from the start of {@code text} that fits, or 0 if none does. */
    private static int lastBreakThatFits(String text, double maxWidth, FontRole role, TextMeasurer m) {
        int best = 0;
        for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
            if (m.width(text.substring(0, i), role) > maxWidth) {
                break;
            }
            best = i;
        }
        return best;
    }

    private static String cut(String text, int n) {
        // Never split a surrogate pair, or the ellipsis would follow half a character.
        if (n > 0 && Character.isHighSurrogate(text.charAt(n - 1))) {
            n--;
        }
        return text.substring(0, n).stripTrailing();
    }
}
