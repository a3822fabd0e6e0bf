package io.milepost.io.json;

/** Input text made safe to quote in a message: short, on one line, control characters shown as escapes. */
final class Quote {

    static final int MAX_CHARS = 60;

    private Quote() {
    }

    /** {@code 'Q5 2025'}, or the first {@value #MAX_CHARS} characters and an ellipsis. */
    static String of(String text) {
        return of(text, '\'');
    }

    static String of(String text, char quote) {
        StringBuilder sb = new StringBuilder().append(quote);
        int n = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (text.length() > MAX_CHARS) {
            sb.append('…');
        }
        return sb.append(quote).toString();
    }
}
