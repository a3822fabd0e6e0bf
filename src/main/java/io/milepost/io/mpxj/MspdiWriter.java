package io.milepost.io.mpxj;

import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * Writes a roadmap as MS Project XML (MSPDI), the file MS Project and ProjectLibre open: each sector a summary task,
 * each activity a task and each milestone or meeting a milestone under it, dependencies with their type and lag (in
 * elapsed days, as Milepost counts them), percent complete, baselines, and the description in the notes. Lead
 * agencies, the expected outcome, status, kind and the dates as written are kept in task text fields with aliases
 * ({@link MspdiFields}). Task GUIDs are the items' ids. Work days run 08:00–17:00 on MS Project's standard calendar.
 */
public final class MspdiWriter {

    static final LocalTime DAY_START = LocalTime.of(8, 0);
    static final LocalTime DAY_END = LocalTime.of(17, 0);

    public void write(Roadmap roadmap, OutputStream out) throws IOException {
        ProjectFile project = new ProjectFile();
        project.addDefaultBaseCalendar();
        ProjectProperties p = project.getProjectProperties();
        p.setProjectTitle(roadmap.info().title());
        p.setName(roadmap.info().title());
        p.setComments(roadmap.info().description());
        p.setStartDate(roadmap.info().periodStart().atTime(DAY_START));
        p.setAuthor("Milepost");
        for (MspdiFields f : MspdiFields.values()) {
            String party = f == MspdiFields.LEAD_AGENCY_A ? roadmap.info().partyA()
                    : f == MspdiFields.LEAD_AGENCY_B ? roadmap.info().partyB() : null;
            project.getCustomFields().getOrCreate(f.field).setAlias(f.alias.contains("%s")
                    ? String.format(f.alias, party == null ? (f == MspdiFields.LEAD_AGENCY_A ? "A" : "B") : party)
                    : f.alias);
        }
        Map<UUID, Task> tasks = new HashMap<>();
        Map<UUID, List<Milestone>> bySector = roadmap.milestonesBySector();
        for (Sector s : roadmap.sectorsInOrder()) {
            List<Milestone> items = bySector.getOrDefault(s.id(), List.of());
            Task summary = project.addTask();
            summary.setName(s.name());
            summary.setGUID(s.id());
            summary.setSummary(true);
            for (Milestone m : items) {
                tasks.put(m.id(), task(summary.addTask(), m));
            }
            if (!items.isEmpty()) {
                summary.setStart(items.stream().map(m -> m.firstDay()).min(LocalDate::compareTo).orElseThrow()
                        .atTime(DAY_START));
                summary.setFinish(items.stream().map(m -> m.lastDay()).max(LocalDate::compareTo).orElseThrow()
                        .atTime(DAY_END));
            }
        }
        for (Dependency d : roadmap.dependencies()) {
            Task pred = tasks.get(d.predecessorId());
            Task succ = tasks.get(d.successorId());
            if (pred != null && succ != null) {
                succ.addPredecessor(new Relation.Builder().predecessorTask(pred).successorTask(succ)
                        .type(type(d)).lag(Duration.getInstance(d.lagDays(), TimeUnit.ELAPSED_DAYS)));
            }
        }
        MSPDIWriter writer = new MSPDIWriter();
        writer.setMicrosoftProjectCompatibleOutput(true);
        writer.write(project, out);
    }

    private static Task task(Task t, Milestone m) {
        t.setName(m.title());
        t.setGUID(m.id());
        LocalDate first = m.firstDay();
        boolean milestone = m.kind() != MilestoneKind.ACTIVITY && m.end() == null && !m.ongoing();
        LocalDate last = milestone ? first : m.lastDay();
        t.setStart(first.atTime(DAY_START));
        t.setFinish(milestone ? first.atTime(DAY_START) : last.atTime(DAY_END));
        t.setMilestone(milestone);
        t.setDuration(Duration.getInstance(milestone ? 0 : workingDays(first, last), TimeUnit.DAYS));
        t.setPercentageComplete(m.percentComplete());
        if (m.baselineStart() != null) {
            t.setBaselineStart(m.baselineStart().atTime(DAY_START));
        }
        if (m.baselineEnd() != null) {
            t.setBaselineFinish(m.baselineEnd().atTime(DAY_END));
        }
        t.setNotes(m.description());
        text(t, MspdiFields.LEAD_AGENCY_A, m.leadAgencyA());
        text(t, MspdiFields.LEAD_AGENCY_B, m.leadAgencyB());
        text(t, MspdiFields.EXPECTED_OUTCOME, m.expectedOutcome());
        text(t, MspdiFields.START_AS_WRITTEN, m.start().code());
        text(t, MspdiFields.END_AS_WRITTEN, m.ongoing() ? "continuous" : m.end() == null ? null : m.end().code());
        text(t, MspdiFields.STATUS, m.status().name());
        text(t, MspdiFields.KIND, m.kind().name());
        text(t, MspdiFields.REMARKS, m.remarks());
        text(t, MspdiFields.TITLE_ALT, m.titleAlt());
        return t;
    }

    private static void text(Task t, MspdiFields f, String value) {
        if (value != null) {
            t.setText(f.textNumber(), value);
        }
    }

    private static RelationType type(Dependency d) {
        return switch (d.type()) {
            case FS -> RelationType.FINISH_START;
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
        };
    }

    /** Monday to Friday from {@code first} to {@code last}, both included; at least one. */
    static int workingDays(LocalDate first, LocalDate last) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        long weeks = days / 7;
        int count = (int) (weeks * 5);
        for (LocalDate d = first.plusDays(weeks * 7); !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return Math.max(1, count);
    }
}
