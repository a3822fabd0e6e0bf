package io.milepost.chart;

import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Which milestones a planner wants to see: "at-risk items of the trade sector with 'halal' in them". Part of the
 * {@link ChartOptions}, so the chart's rows, the table built from them and anything else laid out from the same
 * options show exactly the same items. Immutable; {@link #NONE} lets everything through.
 *
 * @param text        words that must each occur (ignoring case) in the title in either language, the description,
 *                    a lead agency or a tag; blank for any
 * @param sectors     the sectors shown; empty for all
 * @param statuses    the statuses shown; empty for all
 * @param commission  only items of this commission, or {@code null} for any
 * @param leadAgency  only items led by this agency on either side (ignoring case), or {@code null} for any
 * @param overdueOn   only items overdue on this day (their end has passed and they are neither done nor
 *                    cancelled), or {@code null} for any; a day, not the clock, so the filter decides the same twice
 * @param from        only items that run on or after this day, or {@code null}
 * @param to          only items that run on or before this day, or {@code null}
 * @param changedSince only items changed on or after this day, or {@code null} for any; which those are is
 *                    {@code changed}, read from the document's record of changes by whoever sets the filter
 * @param changed     the items changed since {@code changedSince}
 */
public record MilestoneFilter(String text, Set<UUID> sectors, Set<MilestoneStatus> statuses, UUID commission,
                              String leadAgency, LocalDate overdueOn, LocalDate from, LocalDate to,
                              LocalDate changedSince, Set<UUID> changed) {

    public static final MilestoneFilter NONE = new MilestoneFilter(null, null, null, null, null, null, null, null,
            null, null);

    public MilestoneFilter {
        text = text == null ? "" : text.strip();
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        leadAgency = leadAgency == null || leadAgency.isBlank() ? null : leadAgency.strip();
        changed = changedSince == null || changed == null ? Set.of() : Set.copyOf(changed);
    }

    /** True when the filter lets every milestone through. */
    public boolean isNone() {
        return equals(NONE);
    }

    /** Overdue on the given day: its end has passed and it is neither done nor cancelled; ongoing items never are. */
    public static boolean isOverdue(Milestone m, LocalDate day) {
        return !m.ongoing() && m.lastDay().isBefore(day) && m.status() != MilestoneStatus.DONE
                && m.status() != MilestoneStatus.CANCELLED;
    }

    public boolean matches(Milestone m) {
        if (!sectors.isEmpty() && !sectors.contains(m.sectorId())) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(m.status())) {
            return false;
        }
        if (commission != null && !commission.equals(m.commissionId())) {
            return false;
        }
        if (leadAgency != null && !leadAgency.equalsIgnoreCase(strip(m.leadAgencyA()))
                && !leadAgency.equalsIgnoreCase(strip(m.leadAgencyB()))) {
            return false;
        }
        if (changedSince != null && !changed.contains(m.id())) {
            return false;
        }
        if (overdueOn != null && !isOverdue(m, overdueOn)) {
            return false;
        }
        // An ongoing item runs on past whatever end the plan wrote, so it reaches any later day.
        if (from != null && !m.ongoing() && m.lastDay().isBefore(from)) {
            return false;
        }
        if (to != null && m.firstDay().isAfter(to)) {
            return false;
        }
        return text.isEmpty() || matchesWords(m);
    }

    /** How many of the roadmap's milestones the filter lets through. */
    public int count(Roadmap roadmap) {
        int n = 0;
        for (Milestone m : roadmap.milestones()) {
            if (matches(m)) {
                n++;
            }
        }
        return n;
    }

    private boolean matchesWords(Milestone m) {
        StringBuilder all = new StringBuilder();
        for (String s : List.of(nz(m.title()), nz(m.titleAlt()), nz(m.description()), nz(m.leadAgencyA()),
                nz(m.leadAgencyB()))) {
            all.append(s).append('\n');
        }
        m.tags().forEach(t -> all.append(t).append('\n'));
        String haystack = all.toString().toLowerCase(Locale.ROOT);
        // Every word must occur somewhere: "halal standards" narrows, as a search box does, rather than widens.
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(haystack::contains);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    public MilestoneFilter withText(String v) {
        return new MilestoneFilter(v, sectors, statuses, commission, leadAgency, overdueOn, from, to,
                changedSince, changed);
    }

    public MilestoneFilter withSectors(Set<UUID> v) {
        return new MilestoneFilter(text, v, statuses, commission, leadAgency, overdueOn, from, to,
                changedSince, changed);
    }

    public MilestoneFilter withStatuses(Set<MilestoneStatus> v) {
        return new MilestoneFilter(text, sectors, v, commission, leadAgency, overdueOn, from, to,
                changedSince, changed);
    }

    public MilestoneFilter withCommission(UUID v) {
        return new MilestoneFilter(text, sectors, statuses, v, leadAgency, overdueOn, from, to,
                changedSince, changed);
    }

    public MilestoneFilter withLeadAgency(String v) {
        return new MilestoneFilter(text, sectors, statuses, commission, v, overdueOn, from, to,
                changedSince, changed);
    }

    public MilestoneFilter withOverdueOn(LocalDate v) {
        return new MilestoneFilter(text, sectors, statuses, commission, leadAgency, v, from, to,
                changedSince, changed);
    }

    public MilestoneFilter withDates(LocalDate f, LocalDate t) {
        return new MilestoneFilter(text, sectors, statuses, commission, leadAgency, overdueOn, f, t,
                changedSince, changed);
    }

    /** Only the items changed since a day, given as the ids the document recorded; {@code null} for any. */
    public MilestoneFilter withChangedSince(LocalDate since, Set<UUID> ids) {
        return new MilestoneFilter(text, sectors, statuses, commission, leadAgency, overdueOn, from, to, since, ids);
    }
}
