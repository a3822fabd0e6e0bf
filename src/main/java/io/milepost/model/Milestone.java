package io.milepost.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of the roadmap: an activity (a bar), a milestone (a single date) or a meeting.
 *
 * @param titleAlt        the title in the roadmap's second language, or {@code null}
 * @param commissionId    the commission that owns the item, or {@code null}
 * @param start           when it starts, as written
 * @param end             when it ends, as written; {@code null} means it ends with its start's period
 * @param ongoing         "continuous": the item has no end and runs on past the chart's edge
 * @param percentComplete 0 to 100
 * @param leadAgencyA     the lead agency on the first party's side
 * @param leadAgencyB     the lead agency on the second party's side
 * @param baselineStart   the start first agreed, kept to show slippage, or {@code null}
 * @param baselineEnd     the end first agreed, or {@code null}
 * @param order           position within its sector, smallest first
 */
public record Milestone(UUID id, MilestoneKind kind, String title, String titleAlt, String description, UUID sectorId,
                        UUID commissionId, PlanDate start, PlanDate end, boolean ongoing, MilestoneStatus status,
                        int percentComplete, String leadAgencyA, String leadAgencyB, LocalDate baselineStart,
                        LocalDate baselineEnd, String expectedOutcome, String remarks, List<String> tags, int order) {

    public Milestone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sectorId, "sectorId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(status, "status");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The first day of the item. */
    public LocalDate firstDay() {
        return start.firstDay();
    }

    /** The last day of the item as written (for an ongoing item, the last day of what was written). */
    public LocalDate lastDay() {
        return finish().lastDay();
    }

    /** The end as written, or the start when the item is a single date or period. */
    public PlanDate finish() {
        return end == null ? start : end;
    }

    public boolean hasBaseline() {
        return baselineStart != null || baselineEnd != null;
    }

    /** The timeline as the plan wrote it: "Q3 2025", "Jan 2025 – Q2 2026", "from 2025, continuous". */
    public String timelineLabel() {
        if (ongoing) {
            return "from " + start.label() + ", continuous";
        }
        if (end == null || end.equals(start)) {
            return start.label();
        }
        return start.label() + " – " + end.label();
    }

    /** {@link #timelineLabel()} in the words of a language: "с III кв. 2025, постоянно". */
    public String timelineLabel(java.util.Locale locale) {
        if (ongoing) {
            return io.milepost.i18n.DateWords.in(locale).continuingFrom(start.label(locale));
        }
        if (end == null || end.equals(start)) {
            return start.label(locale);
        }
        return start.label(locale) + " – " + end.label(locale);
    }

    public Milestone withDates(PlanDate newStart, PlanDate newEnd) {
        return toBuilder().start(newStart).end(newEnd).build();
    }

    public Milestone withPercentComplete(int percent) {
        return toBuilder().percentComplete(percent).build();
    }

    public Milestone withStatus(MilestoneStatus newStatus) {
        return toBuilder().status(newStatus).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a milestone field by field; a new builder has a fresh id, kind ACTIVITY and status PLANNED. */
    public static final class Builder {
        private UUID id = UUID.randomUUID();
        private MilestoneKind kind = MilestoneKind.ACTIVITY;
        private String title;
        private String titleAlt;
        private String description;
        private UUID sectorId;
        private UUID commissionId;
        private PlanDate start;
        private PlanDate end;
        private boolean ongoing;
        private MilestoneStatus status = MilestoneStatus.PLANNED;
        private int percentComplete;
        private String leadAgencyA;
        private String leadAgencyB;
        private LocalDate baselineStart;
        private LocalDate baselineEnd;
        private String expectedOutcome;
        private String remarks;
        private List<String> tags = List.of();
        private int order;

        private Builder() {
        }

        private Builder(Milestone m) {
            id = m.id;
            kind = m.kind;
            title = m.title;
            titleAlt = m.titleAlt;
            description = m.description;
            sectorId = m.sectorId;
            commissionId = m.commissionId;
            start = m.start;
            end = m.end;
            ongoing = m.ongoing;
            status = m.status;
            percentComplete = m.percentComplete;
            leadAgencyA = m.leadAgencyA;
            leadAgencyB = m.leadAgencyB;
            baselineStart = m.baselineStart;
            baselineEnd = m.baselineEnd;
            expectedOutcome = m.expectedOutcome;
            remarks = m.remarks;
            tags = m.tags;
            order = m.order;
        }

        public Builder id(UUID v) { id = v; return this; }
        public Builder kind(MilestoneKind v) { kind = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder titleAlt(String v) { titleAlt = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder sectorId(UUID v) { sectorId = v; return this; }
        public Builder commissionId(UUID v) { commissionId = v; return this; }
        public Builder start(PlanDate v) { start = v; return this; }
        public Builder end(PlanDate v) { end = v; return this; }
        public Builder ongoing(boolean v) { ongoing = v; return this; }
        public Builder status(MilestoneStatus v) { status = v; return this; }
        public Builder percentComplete(int v) { percentComplete = v; return this; }
        public Builder leadAgencyA(String v) { leadAgencyA = v; return this; }
        public Builder leadAgencyB(String v) { leadAgencyB = v; return this; }
        public Builder baselineStart(LocalDate v) { baselineStart = v; return this; }
        public Builder baselineEnd(LocalDate v) { baselineEnd = v; return this; }
        public Builder expectedOutcome(String v) { expectedOutcome = v; return this; }
        public Builder remarks(String v) { remarks = v; return this; }
        public Builder tags(List<String> v) { tags = v; return this; }
        public Builder order(int v) { order = v; return this; }

        public Milestone build() {
            return new Milestone(id, kind, title, titleAlt, description, sectorId, commissionId, start, end, ongoing,
                    status, percentComplete, leadAgencyA, leadAgencyB, baselineStart, baselineEnd, expectedOutcome,
                    remarks, tags, order);
        }
    }
}
