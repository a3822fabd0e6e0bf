package io.milepost.app.report;

import io.milepost.chart.Language;
import io.milepost.i18n.DateWords;
import io.milepost.i18n.Messages;
import io.milepost.io.matrix.TableDocument;
import io.milepost.model.Commission;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneChange;
import io.milepost.model.MilestoneChange.What;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link SessionProgress} in words, as the table a secretariat puts on the next session's agenda: one row per item
 * that changed, each field's change said once from what it was at the last session to what it is now.
 */
public final class ProgressReport {

    /** No., item, what changed, status now, timeline now: widths for A4 landscape in DOCX's twentieths of a point. */
    private static final int[] WIDTHS = {700, 5200, 5400, 1700, 2398};

    private final Messages words;
    private final Language language;

    /**
     * @param words  the language the report is written in
     * @param second write second-language titles where the roadmap has them
     */
    public ProgressReport(Messages words, boolean second) {
        this.words = words;
        this.language = Language.of(second);
    }

    public TableDocument table(SessionProgress progress, String roadmapTitle) {
        DateWords dates = DateWords.in(words.locale());
        Commission c = progress.commission();
        String name = language.name(c);
        String previous = progress.previous() == null ? words.get("report.noPreviousSession", dates.day(progress.since()))
                : words.get("report.sincePreviousSession", number(progress.previous()),
                        progress.previous().meeting().start().label(words.locale()));
        String next = progress.next() == null ? words.get("report.noNextSession")
                : progress.next().awaitsNewDate(progress.asOf())
                ? words.get("report.nextSessionPostponed", number(progress.next()))
                : words.get("report.nextSession", number(progress.next()),
                        progress.next().meeting().start().label(words.locale()));
        List<List<String>> rows = new ArrayList<>();
        for (SessionProgress.Item item : progress.items()) {
            rows.add(List.of(Integer.toString(rows.size() + 1), title(item), changes(item.changes()),
                    item.now() == null ? words.get("report.deleted") : words.of("status", item.now().status()),
                    item.now() == null ? "" : timeline(item.now())));
        }
        List<TableDocument.Section> sections = rows.isEmpty()
                ? List.of(new TableDocument.Section(words.get("report.nothingChanged"), List.of()))
                : List.of(new TableDocument.Section(name, rows));
        return new TableDocument(words.get("report.title", name), roadmapTitle + " · " + previous + " · " + next,
                List.of(words.get("report.column.number"), words.get("report.column.item"),
                        words.get("report.column.changes"), words.get("report.column.status"),
                        words.get("report.column.timeline")), WIDTHS, sections);
    }

    private String number(SessionProgress.Session s) {
        return s.details() == null ? "" : Integer.toString(s.details().number());
    }

    private String title(SessionProgress.Item item) {
        Milestone m = item.now();
        if (m == null) {
            return item.title();
        }
        return language.title(m);
    }

    /** Each field once, from its first "before" to its last "after"; a field changed and changed back is left out. */
    String changes(List<MilestoneChange> changes) {
        Map<What, String[]> byField = new LinkedHashMap<>();
        for (MilestoneChange c : changes) {
            byField.computeIfAbsent(c.what(), w -> new String[] {c.before(), c.after()})[1] = c.after();
        }
        List<String> said = new ArrayList<>();
        if (byField.containsKey(What.ADDED)) {
            said.add(words.get("report.change.added"));
        }
        for (Map.Entry<What, String[]> e : byField.entrySet()) {
            String was = e.getValue()[0];
            String is = e.getValue()[1];
            if (e.getKey() == What.ADDED || e.getKey() == What.DELETED || was.equals(is)) {
                continue;
            }
            said.add(switch (e.getKey()) {
                case TITLE -> words.get("report.change.title", was, is);
                case STATUS -> words.get("report.change.status", status(was), status(is));
                case PERCENT -> words.get("report.change.percent", was, is);
                case START -> words.get("report.change.start", date(was), date(is));
                case END -> words.get("report.change.end", date(was), date(is));
                default -> "";
            });
        }
        if (byField.containsKey(What.DELETED)) {
            said.add(words.get("report.change.deleted"));
        }
        return String.join("\n", said);
    }

    private String status(String name) {
        for (MilestoneStatus s : MilestoneStatus.values()) {
            if (s.name().equals(name)) {
                return words.of("status", s);
            }
        }
        return name;
    }

    private String date(String code) {
        if (code.isEmpty()) {
            return words.get("report.withStart");
        }
        if (code.equals(MilestoneChange.ONGOING)) {
            return words.get("report.ongoing");
        }
        try {
            return PlanDate.parse(code).label(words.locale());
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private String timeline(Milestone m) {
        String start = m.start().label(words.locale());
        if (m.ongoing()) {
            return start + " – " + words.get("report.ongoing");
        }
        return m.end() == null || m.end().equals(m.start()) ? start : start + " – " + m.end().label(words.locale());
    }
}
