package io.milepost.app.edit;

import io.milepost.i18n.Messages;
import io.milepost.model.Commission;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import io.milepost.model.WrittenDates;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * One field of one milestone changed from a form (the details pane, a table cell): each change is one undoable
 * {@link Edit} named after what it does ("Rename 'Halal trade JWG'", "Set status of 'Business forum' to At risk"),
 * a refusal with the reason to show at the field ("'2025-13-01' is not a date: there is no month 13."), or nothing
 * when the field says what it said before. Fields take text as typed, so a field's validator and its commit ask the
 * same question and can never disagree.
 */
public final class MilestoneEdits {

    /** Which party's lead agency. */
    public enum Side { A, B }

    private MilestoneEdits() {
    }

    public static Outcome rename(Roadmap r, UUID id, String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            return Outcome.refuse(Messages.text("edit.refuse.titleRequired"));
        }
        return change(r, id, m -> Messages.text("edit.rename", Names.title(m)), b -> b.title(t));
    }

    public static Outcome setTitleAlt(Roadmap r, UUID id, String text) {
        return change(r, id, m -> Messages.text("edit.titleAlt", Names.title(m)), b -> b.titleAlt(text(text)));
    }

    public static Outcome setDescription(Roadmap r, UUID id, String text) {
        return change(r, id, m -> Messages.text("edit.description", Names.title(m)), b -> b.description(text(text)));
    }

    public static Outcome setExpectedOutcome(Roadmap r, UUID id, String text) {
        return change(r, id, m -> Messages.text("edit.outcome", Names.title(m)),
                b -> b.expectedOutcome(text(text)));
    }

    public static Outcome setRemarks(Roadmap r, UUID id, String text) {
        return change(r, id, m -> Messages.text("edit.remarks", Names.title(m)), b -> b.remarks(text(text)));
    }

    public static Outcome setKind(Roadmap r, UUID id, MilestoneKind kind) {
        Objects.requireNonNull(kind, "kind");
        Optional<String> session = r.milestone(id).filter(m -> kind != MilestoneKind.MEETING)
                .flatMap(m -> SessionEdits.keepsItsSession(r, m));
        if (session.isPresent()) {
            return Outcome.refuse(session.get());
        }
        return change(r, id, m -> Messages.text("edit.kind." + kind.name(), Names.title(m)), b -> b.kind(kind));
    }

    public static Outcome setStatus(Roadmap r, UUID id, MilestoneStatus status) {
        Objects.requireNonNull(status, "status");
        return change(r, id, m -> Messages.text("edit.status", Names.title(m), Messages.ui().of("status", status)),
                b -> b.status(status));
    }

    /** Moves the item into another sector, after the items already there. */
    public static Outcome setSector(Roadmap r, UUID id, UUID sectorId) {
        Optional<Sector> sector = r.sector(sectorId);
        if (sector.isEmpty()) {
            return Outcome.refuse(Messages.text("edit.refuse.sectorGone"));
        }
        int last = r.milestones().stream().filter(x -> x.sectorId().equals(sectorId) && !x.id().equals(id))
                .mapToInt(Milestone::order).max().orElse(0);
        Optional<Milestone> now = r.milestone(id);
        if (now.isPresent() && now.get().sectorId().equals(sectorId)) {
            return new Outcome.Unchanged();
        }
        return change(r, id, m -> Messages.text("edit.moveTo", Names.title(m), sector.get().name()),
                b -> b.sectorId(sectorId).order(last + 1));
    }

    /** {@code commissionId == null}: the item belongs to no commission. */
    public static Outcome setCommission(Roadmap r, UUID id, UUID commissionId) {
        if (commissionId == null) {
            Optional<String> session = r.milestone(id).flatMap(m -> SessionEdits.keepsItsSession(r, m));
            if (session.isPresent()) {
                return Outcome.refuse(session.get());
            }
            return change(r, id, m -> Messages.text("edit.noCommission", Names.title(m)), b -> b.commissionId(null));
        }
        Optional<Commission> c = r.commission(commissionId);
        if (c.isEmpty()) {
            return Outcome.refuse(Messages.text("edit.refuse.commissionGone"));
        }
        return change(r, id, m -> Messages.text("edit.commission", Names.title(m), c.get().name()),
                b -> b.commissionId(commissionId));
    }

    /** The start as written; refused when it is not a date or would fall after the end. */
    public static Outcome setStart(Roadmap r, UUID id, String text) {
        Optional<Milestone> found = r.milestone(id);
        if (found.isEmpty()) {
            return ChartGestures.gone();
        }
        PlanDate start;
        try {
            start = WrittenDates.parse(text);
        } catch (IllegalArgumentException e) {
            return Outcome.refuse(e.getMessage());
        }
        Milestone m = found.get();
        if (m.end() != null && m.end().lastDay().isBefore(start.firstDay())) {
            return Outcome.refuse(Messages.text("edit.refuse.startAfterEnd", Names.date(start), Names.date(m.end())));
        }
        return change(r, id, x -> Messages.text("edit.start", Names.title(x), Names.date(start)), b -> b.start(start));
    }

    /** The end as written: a date, blank (it ends with its start) or "continuous". */
    public static Outcome setEnd(Roadmap r, UUID id, String text) {
        Optional<Milestone> found = r.milestone(id);
        if (found.isEmpty()) {
            return ChartGestures.gone();
        }
        WrittenDates.End end;
        try {
            end = WrittenDates.parseEnd(text);
        } catch (IllegalArgumentException e) {
            return Outcome.refuse(e.getMessage());
        }
        Milestone m = found.get();
        if (end.date() != null && end.date().lastDay().isBefore(m.start().firstDay())) {
            return Outcome.refuse(Messages.text("edit.refuse.endBeforeItsStart", Names.date(end.date()),
                    Names.date(m.start())));
        }
        return change(r, id, x -> end.ongoing() ? Messages.text("edit.continuous", Names.title(x))
                : end.date() == null ? Messages.text("edit.endWithStart", Names.title(x))
                : Messages.text("edit.end", Names.title(x), Names.date(end.date())), b -> b.end(end.date()).ongoing(end.ongoing()));
    }

    /** Percent complete as typed ("40", "40 %"). */
    public static Outcome setPercent(Roadmap r, UUID id, String text) {
        String t = text == null ? "" : text.replace("%", "").strip();
        int percent;
        try {
            percent = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return Outcome.refuse(Messages.text("edit.refuse.percent", text == null ? "" : text.strip()));
        }
        if (percent < 0 || percent > 100) {
            return Outcome.refuse(Messages.text("edit.refuse.percentRange", percent));
        }
        return change(r, id, m -> Messages.text("edit.percent", Names.title(m), percent),
                b -> b.percentComplete(percent));
    }

    public static Outcome setLeadAgency(Roadmap r, UUID id, Side side, String text) {
        String v = text(text);
        String party = side == Side.A ? r.info().partyA() : r.info().partyB();
        return change(r, id, m -> party == null ? Messages.text("edit.lead", Names.title(m))
                : Messages.text("edit.leadOf", party, Names.title(m)), b -> side == Side.A ? b.leadAgencyA(v) : b.leadAgencyB(v));
    }

    /** The baseline start as written; a period counts from its first day. Blank: no baseline start. */
    public static Outcome setBaselineStart(Roadmap r, UUID id, String text) {
        return baseline(r, id, text, true);
    }

    /** The baseline end as written; a period counts to its last day. Blank: no baseline end. */
    public static Outcome setBaselineEnd(Roadmap r, UUID id, String text) {
        return baseline(r, id, text, false);
    }

    private static Outcome baseline(Roadmap r, UUID id, String text, boolean start) {
        Optional<Milestone> found = r.milestone(id);
        if (found.isEmpty()) {
            return ChartGestures.gone();
        }
        LocalDate day = null;
        if (text != null && !text.isBlank()) {
            try {
                PlanDate d = WrittenDates.parse(text);
                day = start ? d.firstDay() : d.lastDay();
            } catch (IllegalArgumentException e) {
                return Outcome.refuse(e.getMessage());
            }
        }
        Milestone m = found.get();
        LocalDate s = start ? day : m.baselineStart();
        LocalDate e = start ? m.baselineEnd() : day;
        if (s != null && e != null && e.isBefore(s)) {
            return Outcome.refuse(Messages.text("edit.refuse.baseline", Names.date(PlanDate.day(e)),
                    Names.date(PlanDate.day(s))));
        }
        LocalDate v = day;
        return change(r, id, x -> Messages.text(start ? "edit.baselineStart" : "edit.baselineEnd", Names.title(x)),
                b -> start ? b.baselineStart(v) : b.baselineEnd(v));
    }

    /** Tags as a comma-separated list; blanks and repeats are dropped, the order kept. */
    public static Outcome setTags(Roadmap r, UUID id, String commaList) {
        return setTags(r, id, commaList == null ? List.of() : Arrays.asList(commaList.split(",")));
    }

    public static Outcome setTags(Roadmap r, UUID id, List<String> tags) {
        List<String> clean = List.copyOf(new LinkedHashSet<>(tags.stream().map(String::strip)
                .filter(t -> !t.isEmpty()).toList()));
        return change(r, id, m -> Messages.text("edit.tags", Names.title(m)), b -> b.tags(clean));
    }

    /** Tags as their field shows them. */
    public static String tagsText(Milestone m) {
        return String.join(", ", m.tags());
    }

    private static Outcome change(Roadmap r, UUID id, Function<Milestone, String> name,
                                  Function<Milestone.Builder, Milestone.Builder> edit) {
        Optional<Milestone> found = r == null ? Optional.empty() : r.milestone(id);
        if (found.isEmpty()) {
            return ChartGestures.gone();
        }
        Milestone before = found.get();
        Milestone after = edit.apply(before.toBuilder()).build();
        if (after.equals(before)) {
            return new Outcome.Unchanged();
        }
        return new Outcome.Apply(Edit.updateMilestone(name.apply(before), before, after));
    }

    /** Optional text: blank is none. */
    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
