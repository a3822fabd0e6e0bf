package io.milepost.io.matrix;

import io.milepost.chart.Language;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The roadmap as the table ministries circulate: one section per sector in the roadmap's order, one row per item —
 * number, action, lead agency of each side, timeline as written, expected outcome, status, remarks — in the data
 * language. The same table is written as PDF, DOCX and XLSX.
 *
 * @param title    the roadmap's title
 * @param subtitle parties and period
 */
public record ImplementationMatrix(String title, String subtitle, MatrixWords words, List<Section> sections) {

    /** One sector's rows. */
    public record Section(String area, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One item of the roadmap.
     *
     * @param number   "1.2": section and place within it
     * @param timeline as the plan wrote it ("Q3 2025", "from 2025, continuous")
     * @param start    first day, for sorting and filtering in a spreadsheet
     * @param end      last day as written
     */
    public record Row(String number, String area, String action, String leadA, String leadB, String timeline,
                      LocalDate start, LocalDate end, String outcome, MilestoneStatus status, String remarks) {
    }

    public ImplementationMatrix {
        sections = List.copyOf(sections);
    }

    /** Every row, section by section. */
    public List<Row> rows() {
        return sections.stream().flatMap(s -> s.rows().stream()).toList();
    }

    /**
     * The matrix of a roadmap.
     *
     * @param second  write second-language titles and sector names where the roadmap has them
     * @param include the items given a row: those of the chosen range and filter
     */
    public static ImplementationMatrix of(Roadmap roadmap, boolean second, MatrixWords words,
                                          Predicate<Milestone> include) {
        Map<UUID, List<Milestone>> bySector = roadmap.milestonesBySector();
        List<Section> sections = new ArrayList<>();
        for (Sector sector : roadmap.sectorsInOrder()) {
            String area = Language.of(second).name(sector);
            List<Milestone> items = new ArrayList<>(bySector.getOrDefault(sector.id(), List.of()));
            items.sort(Comparator.comparingInt(Milestone::order));
            List<Row> rows = new ArrayList<>();
            for (Milestone m : items) {
                if (!include.test(m)) {
                    continue;
                }
                String action = Language.of(second).title(m);
                rows.add(new Row((sections.size() + 1) + "." + (rows.size() + 1), area, action, text(m.leadAgencyA()),
                        text(m.leadAgencyB()), words.timeline(m), m.firstDay(), m.ongoing() ? null : m.lastDay(),
                        text(m.expectedOutcome()), m.status(), text(m.remarks())));
            }
            if (!rows.isEmpty()) {
                sections.add(new Section(area, rows));
            }
        }
        String parties = text(roadmap.info().partyA()) + " – " + text(roadmap.info().partyB());
        String subtitle = parties + " · " + roadmap.info().periodStart().getYear() + "–"
                + roadmap.info().periodEnd().getYear();
        return new ImplementationMatrix(Language.of(second).title(roadmap.info()), subtitle, words, sections);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
