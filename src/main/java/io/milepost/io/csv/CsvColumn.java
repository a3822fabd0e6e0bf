package io.milepost.io.csv;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a milestones CSV, in the order they are written. Dates appear twice: as the plan wrote them
 * ({@code start}, {@code end}: "Q3 2025") and as ISO days ({@code firstDay}, {@code lastDay}), which a spreadsheet
 * sorts and filters; {@code timeline} is the whole period as a planner reads it. On import the derived columns
 * ({@code firstDay}, {@code lastDay}, {@code timeline}) are read only where the plan's own dates are empty.
 */
enum CsvColumn {
    ID("id"), KIND("kind"), TITLE("title"), TITLE_ALT("titleAlt"), SECTOR("sector"), COMMISSION("commission"),
    START("start"), END("end"), ONGOING("ongoing"), FIRST_DAY("firstDay"), LAST_DAY("lastDay"),
    TIMELINE("timeline"), STATUS("status"), PERCENT_COMPLETE("percentComplete"), LEAD_AGENCY_A("leadAgencyA"),
    LEAD_AGENCY_B("leadAgencyB"), BASELINE_START("baselineStart"), BASELINE_END("baselineEnd"),
    DESCRIPTION("description"), EXPECTED_OUTCOME("expectedOutcome"), REMARKS("remarks"), TAGS("tags"),
    ORDER("order");

    /** Tags share one cell, separated by this (a semicolon and a space, so that "&amp;" stays one tag). */
    static final String TAG_SEPARATOR = "; ";

    final String header;

    CsvColumn(String header) {
        this.header = header;
    }

    /**
     * The column a header names: the exact name, or the same letters in any case with spaces, dashes and
     * underscores ("Lead agency A", "percent_complete", "TITLE").
     */
    static Optional<CsvColumn> byHeader(String header) {
        String key = normalise(header);
        for (CsvColumn c : values()) {
            if (normalise(c.header).equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String header) {
        return header.strip().replaceAll("[\\s_\\-]+", "").toLowerCase(Locale.ROOT);
    }
}
