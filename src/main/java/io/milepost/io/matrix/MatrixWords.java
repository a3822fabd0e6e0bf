package io.milepost.io.matrix;

import io.milepost.i18n.Messages;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The matrix's own words in the data language, from the message bundles: column headings and status names.
 *
 * @param partyA the first party's name, for "Lead agency (Pakistan)"
 */
public record MatrixWords(Locale locale, String partyA, String partyB) {

    public MatrixWords {
        locale = locale == null ? Locale.ENGLISH : locale;
        partyA = partyA == null || partyA.isBlank() ? "1" : partyA;
        partyB = partyB == null || partyB.isBlank() ? "2" : partyB;
    }

    private Messages words() {
        return Messages.in(locale);
    }

    /** Headings of the columns, left to right: No., area, action, lead A, lead B, timeline, start, end, outcome,
     * status, remarks. */
    public List<String> headings() {
        Messages w = words();
        return List.of(w.get("matrix.number"), w.get("matrix.area"), w.get("matrix.action"),
                w.get("matrix.lead", partyA), w.get("matrix.lead", partyB), w.get("matrix.timeline"),
                w.get("matrix.start"), w.get("matrix.end"), w.get("matrix.outcome"), w.get("matrix.status"),
                w.get("matrix.remarks"));
    }

    public String status(MilestoneStatus s) {
        return words().of("status", s);
    }

    /** Every status name, for a list-validated cell. */
    public List<String> statuses() {
        return Arrays.stream(MilestoneStatus.values()).map(this::status).toList();
    }

    /**
     * The timeline as the plan wrote it, in the data language: "Q3 2025", "from 2025, continuous"; in Russian
     * "III кв. 2025", "с 2025, постоянно".
     */
    public String timeline(Milestone m) {
        return m.timelineLabel(locale);
    }

    /** "Implementation matrix". */
    public String heading() {
        return words().get("matrix.heading");
    }

    /** "Page 2 / 6". */
    public String page(int number, int count) {
        return words().get("page.number", number, count);
    }
}
