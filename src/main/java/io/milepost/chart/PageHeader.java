package io.milepost.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The head of a printed sheet or an exported picture: the roadmap's title, wrapped at spaces onto as many as
 * {@value #TITLE_LINES} lines so that a long title (the Russian ones run to ninety letters) is read whole on A4,
 * and under it one line of parties, dates and filter, shortened with "…" when even that is too wide.
 */
final class PageHeader {

    /** Past this many lines a title is shortened on the last one: the chart needs the sheet more. */
    static final int TITLE_LINES = 3;

    private final List<String> title;
    private final String subtitle;
    private final double titleHeight;
    private final double lineHeight;

    private PageHeader(List<String> title, String subtitle, double titleHeight, double lineHeight) {
        this.title = List.copyOf(title);
        this.subtitle = subtitle;
        this.titleHeight = titleHeight;
        this.lineHeight = lineHeight;
    }

    /** The header of {@code texts} fitted to {@code width}. */
    static PageHeader of(PageTexts texts, double width, TextMeasurer m) {
        return new PageHeader(TextFit.wrap(texts.title(), width, TITLE_LINES, FontRole.PAGE_TITLE, m),
                TextFit.elide(texts.subtitle(), width, FontRole.PAGE_TEXT, m), m.height(FontRole.PAGE_TITLE),
                m.height(FontRole.PAGE_TEXT));
    }

    /** From the top of the first title line to the foot of the subtitle. */
    double height() {
        return title.size() * titleHeight + lineHeight;
    }

    /** The title's lines and the subtitle, left-aligned at {@code left} from {@code top} down. */
    List<PageText> texts(double left, double top) {
        List<PageText> out = new ArrayList<>(title.size() + 1);
        for (int i = 0; i < title.size(); i++) {
            out.add(new PageText(title.get(i), left, top + (i + 0.5) * titleHeight, FontRole.PAGE_TITLE,
                    TextAlign.LEFT));
        }
        out.add(new PageText(subtitle, left, top + title.size() * titleHeight + lineHeight / 2, FontRole.PAGE_TEXT,
                TextAlign.LEFT));
        return out;
    }
}
