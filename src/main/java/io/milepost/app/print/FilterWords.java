package io.milepost.app.print;

import io.milepost.chart.Language;
import io.milepost.chart.MilestoneFilter;
import io.milepost.i18n.DateWords;
import io.milepost.i18n.Messages;
import io.milepost.model.Roadmap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A filter in words for the header of each printed page, so a reader of "only at-risk items" knows the sheet is not
 * the whole roadmap: "Status: At risk, Delayed · Sector: Trade · Text: “halal”".
 */
public final class FilterWords {

    private FilterWords() {
    }

    /** The filter in the language of {@code words}; empty when it lets everything through. */
    public static String describe(MilestoneFilter filter, Roadmap roadmap, Language language, Messages words) {
        if (filter.isNone()) {
            return "";
        }
        DateWords day = DateWords.in(words.locale());
        List<String> parts = new ArrayList<>();
        if (!filter.statuses().isEmpty()) {
            parts.add(words.get("print.filter.status", filter.statuses().stream().sorted()
                    .map(s -> words.of("status", s)).collect(Collectors.joining(", "))));
        }
        if (!filter.sectors().isEmpty()) {
            parts.add(words.get("print.filter.sector", roadmap.sectorsInOrder().stream()
                    .filter(s -> filter.sectors().contains(s.id())).map(language::name)
                    .collect(Collectors.joining(", "))));
        }
        if (filter.commission() != null) {
            roadmap.commissions().stream().filter(c -> c.id().equals(filter.commission())).findFirst()
                    .ifPresent(c -> parts.add(words.get("print.filter.commission", language.name(c))));
        }
        if (filter.leadAgency() != null) {
            parts.add(words.get("print.filter.lead", filter.leadAgency()));
        }
        if (filter.overdueOn() != null) {
            parts.add(words.get("print.filter.overdue", day.day(filter.overdueOn())));
        }
        if (filter.from() != null || filter.to() != null) {
            parts.add(words.get("print.filter.range", date(filter.from(), day), date(filter.to(), day)));
        }
        if (!filter.text().isEmpty()) {
            parts.add(words.get("print.filter.text", filter.text()));
        }
        return String.join(" · ", parts);
    }

    private static String date(LocalDate d, DateWords day) {
        return d == null ? "…" : day.day(d);
    }

}
