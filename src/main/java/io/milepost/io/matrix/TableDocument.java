package io.milepost.io.matrix;

import java.util.List;

/**
 * A document that is one table of words: a title, a subtitle, the column headings, their widths, and rows in
 * sections, each section opened by a shaded row of its own. The implementation matrix and the progress report are
 * written as one.
 *
 * @param widths each column's width in twentieths of a point (DOCX's unit); A4 landscape holds about 15,000
 */
public record TableDocument(String title, String subtitle, List<String> headings, int[] widths,
                            List<Section> sections) {

    /** Rows under a heading, each as many words as there are columns. */
    public record Section(String heading, List<List<String>> rows) {
        public Section {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public TableDocument {
        headings = List.copyOf(headings);
        widths = widths.clone();
        sections = List.copyOf(sections);
        if (widths.length != headings.size()) {
            throw new IllegalArgumentException(headings.size() + " columns but " + widths.length + " widths");
        }
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }
}
