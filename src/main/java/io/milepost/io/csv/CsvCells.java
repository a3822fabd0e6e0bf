package io.milepost.io.csv;

/**
 * Keeps a spreadsheet from running a cell as a formula. A text cell that starts with {@code = + - @}, a tab or a
 * carriage return — or with an apostrophe, so that the rule can be undone exactly — is written with an apostrophe in
 * front, which spreadsheets show as text and do not display; the reader takes one leading apostrophe off again.
 */
final class CsvCells {

    private CsvCells() {
    }

    static boolean isDangerous(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
    }

    static String neutralise(String cell) {
        return isDangerous(cell) ? "'" + cell : cell;
    }

    static String restore(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
