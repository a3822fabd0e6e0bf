package io.milepost.io.mpxj;

import io.milepost.i18n.Messages;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mpxj.Duration;
import org.mpxj.MPXJException;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.Resource;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Reads a plan written by another planning tool — MS Project XML and {@code .mpp}, MPX, GanttProject {@code .gan},
 * Planner, Primavera XER and the rest MPXJ reads — into a new roadmap: summary tasks become sectors (nested ones
 * flattened, "Parent / Child"), leaf tasks become activities or, with no duration, milestones; links between leaf
 * tasks become dependencies with their type and lag. What has no place in Milepost (links to summary tasks,
 * resources and assignments, costs, calendars) is listed in the report. Lags in working time are converted to
 * calendar days at five working days to seven calendar days, using the plan's own hours per day and per week.
 */
public final class PlanReader {

    /** A plan of thousands of tasks is a few megabytes; past this the file is refused unread. */
    static final long MAX_BYTES = 128L * 1024 * 1024;
    static final String NO_SUMMARY = "Tasks without a summary";

    public record Result(Roadmap roadmap, List<String> notes) {
    }

    public Result read(Path file) throws PlanFormatException, IOException {
        String source = file.getFileName().toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new PlanFormatException(source + ": is larger than " + (MAX_BYTES >> 20) + " MiB", null);
        }
        if (XmlGuard.looksLikeXml(bytes)) {
            XmlGuard.check(bytes, source);
        }
        ProjectFile project;
        try {
            project = new UniversalProjectReader().read(new ByteArrayInputStream(bytes));
        } catch (MPXJException | RuntimeException e) {
            throw new PlanFormatException(source + ": cannot be read as a plan: " + e.getMessage(), e);
        }
        if (project == null) {
            throw new PlanFormatException(source + ": is not a plan file Milepost can read (MS Project .mpp or .xml, "
                    + "MPX, GanttProject .gan, Planner, Primavera XER, …)", null);
        }
        return new Conversion(project, source, ganLinks(project, bytes, source)).run();
    }

    /** The links of a GanttProject file, which MPXJ reads only in part; {@code null} for other formats. */
    private static GanLinks.Result ganLinks(ProjectFile project, byte[] bytes, String source)
            throws PlanFormatException {
        if (!"GAN".equalsIgnoreCase(project.getProjectProperties().getFileType())) {
            return null;
        }
        try {
            return GanLinks.read(bytes);
        } catch (org.xml.sax.SAXException | IOException e) {
            throw new PlanFormatException(source + ": the links cannot be read: " + e.getMessage(), e);
        }
    }

    /** One conversion of a read project; not thread-safe. */
    private static final class Conversion {
        private final ProjectFile project;
        private final String source;
        private final List<String> notes = new ArrayList<>();
        private final Map<String, Sector> sectors = new LinkedHashMap<>();
        private final Map<Task, Milestone> leaves = new LinkedHashMap<>();
        private final Set<UUID> ids = new HashSet<>();
        private final boolean writtenByMilepost;
        private final GanLinks.Result gan;

        Conversion(ProjectFile project, String source, GanLinks.Result gan) {
            this.project = project;
            this.source = source;
            this.gan = gan;
            var alias = project.getCustomFields().get(MspdiFields.START_AS_WRITTEN.field);
            this.writtenByMilepost = alias != null && MspdiFields.START_AS_WRITTEN.alias.equals(alias.getAlias());
        }

        Result run() throws PlanFormatException {
            for (Task t : project.getChildTasks()) {
                walk(t, "", null);
            }
            if (leaves.isEmpty()) {
                throw new PlanFormatException(source + ": holds no tasks to import", null);
            }
            List<Dependency> dependencies = new ArrayList<>();
            int toSummaries = 0;
            for (Task task : project.getTasks()) {
                for (Relation r : task.getPredecessors()) {
                    Milestone pred = leaves.get(r.getPredecessorTask());
                    Milestone succ = leaves.get(task);
                    if (pred == null || succ == null) {
                        toSummaries++;
                        notes.add(Messages.text("plan.note.linkToSummary", name(r.getPredecessorTask()),
                                name(task)));
                        continue;
                    }
                    dependencies.add(new Dependency(id("link", r.getUniqueID(), null), pred.id(), succ.id(),
                            type(r), lagDays(r.getLag())));
                }
            }
            if (gan != null) {
                toSummaries += ganLinks(dependencies);
            }
            report(toSummaries);
            List<Milestone> milestones = new ArrayList<>(leaves.values());
            LocalDate first = milestones.stream().map(Milestone::firstDay).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = milestones.stream().map(Milestone::lastDay).max(LocalDate::compareTo).orElseThrow();
            ProjectProperties p = project.getProjectProperties();
            String title = firstNonBlank(p.getProjectTitle(), p.getName(), source.replaceFirst("\\.[^.]+$", ""));
            RoadmapInfo info = new RoadmapInfo(UUID.randomUUID(), title, null, null, null, first.withDayOfYear(1),
                    last.withDayOfYear(last.lengthOfYear()), "Imported from " + source, "en", null);
            return new Result(new Roadmap(info, List.copyOf(sectors.values()), List.of(), List.of(), milestones,
                    dependencies, List.of()), notes);
        }

        /**
         * Adds the links of a GanttProject file that MPXJ did not read. MPXJ numbers a GanttProject task's unique id
         * one above its id in the file; the task's name confirms the match. Returns the links to or from summaries.
         */
        private int ganLinks(List<Dependency> dependencies) {
            Map<Integer, Task> byGanId = new HashMap<>();
            for (Task t : project.getTasks()) {
                Integer uid = t.getUniqueID();
                String ganName = uid == null ? null : gan.names().get(uid - 1);
                if (ganName != null && ganName.strip().equals(name(t))) {
                    byGanId.put(uid - 1, t);
                }
            }
            Set<String> read = new HashSet<>();
            for (Task t : project.getTasks()) {
                for (Relation r : t.getPredecessors()) {
                    read.add(r.getPredecessorTask().getUniqueID() + ">" + r.getSuccessorTask().getUniqueID());
                }
            }
            int toSummaries = 0;
            for (GanLinks.Link link : gan.links()) {
                Task from = byGanId.get(link.from());
                Task to = byGanId.get(link.to());
                if (from == null || to == null) {
                    notes.add(Messages.text("plan.note.linkToNowhere", link.from(), link.to()));
                    continue;
                }
                if (read.contains(from.getUniqueID() + ">" + to.getUniqueID())) {
                    continue; // read by MPXJ, and counted there
                }
                Milestone pred = leaves.get(from);
                Milestone succ = leaves.get(to);
                if (pred == null || succ == null) {
                    toSummaries++;
                    notes.add(Messages.text("plan.note.linkToSummary", name(from), name(to)));
                    continue;
                }
                dependencies.add(new Dependency(UUID.nameUUIDFromBytes(("gan-link:" + source + ":" + link.from()
                        + ">" + link.to()).getBytes(StandardCharsets.UTF_8)), pred.id(), succ.id(), link.type(),
                        link.lagDays()));
            }
            return toSummaries;
        }

        private void walk(Task task, String path, UUID sectorId) {
            if (task == null) {
                return;
            }
            List<Task> children = task.getChildTasks();
            // MS Project's project summary task is task 0; its children are the plan's first level
            boolean projectSummary = Integer.valueOf(0).equals(task.getID());
            if (!children.isEmpty()) {
                String next = projectSummary ? path : path.isEmpty() ? name(task) : path + " / " + name(task);
                for (Task child : children) {
                    walk(child, next, projectSummary ? sectorId : task.getGUID());
                }
                return;
            }
            if (projectSummary && task.getStart() == null) {
                return;
            }
            leaf(task, path.isEmpty() ? NO_SUMMARY : path, sectorId);
        }

        private void leaf(Task t, String sectorName, UUID summaryGuid) {
            LocalDateTime start = t.getStart();
            LocalDateTime finish = t.getFinish();
            if (start == null) {
                notes.add(Messages.text("plan.note.noStart", name(t)));
                return;
            }
            Sector sector = sectors.computeIfAbsent(sectorName, n -> new Sector(summaryGuid != null
                    && ids.add(summaryGuid) ? summaryGuid : UUID.nameUUIDFromBytes(("sector:" + source + ":" + n)
                    .getBytes(StandardCharsets.UTF_8)), n, null, null, sectors.size() + 1));
            LocalDate first = start.toLocalDate();
            LocalDate lastDay = finish == null || finish.toLocalDate().isBefore(first) ? first : finish.toLocalDate();
            boolean milestone = t.getMilestone() || isZero(t.getDuration());
            int percent = t.getPercentageComplete() == null ? 0
                    : (int) Math.max(0, Math.min(100, Math.round(t.getPercentageComplete().doubleValue())));
            Milestone.Builder b = Milestone.builder().id(id("task", t.getUniqueID(), t.getGUID())).title(name(t))
                    .sectorId(sector.id()).kind(milestone ? MilestoneKind.MILESTONE : MilestoneKind.ACTIVITY)
                    .start(PlanDate.day(first)).end(milestone || lastDay.equals(first) ? null : PlanDate.day(lastDay))
                    .percentComplete(percent).status(percent >= 100 ? MilestoneStatus.DONE
                            : percent > 0 ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.PLANNED)
                    .description(blankToNull(t.getNotes())).order(leaves.size());
            LocalDateTime bs = t.getBaselineStart();
            LocalDateTime bf = t.getBaselineFinish();
            if (bs != null && (bf == null || !bf.toLocalDate().isBefore(bs.toLocalDate()))) {
                b.baselineStart(bs.toLocalDate()).baselineEnd(bf == null ? null : bf.toLocalDate());
            }
            if (writtenByMilepost) {
                MilepostFields.apply(t, b, first, lastDay);
            }
            leaves.put(t, b.build());
        }

        private void report(int toSummaries) {
            long resources = project.getResources().stream().filter(r -> r != null && r.getName() != null
                    && !r.getName().isBlank()).count();
            if (resources > 0) {
                notes.add(Messages.text("plan.note.resources", resources,
                        project.getResources().stream().map(Resource::getName).filter(n -> n != null
                        && !n.isBlank()).limit(5).reduce((x, y) -> x + ", " + y).orElse("") + (resources > 5
                        ? ", …" : "")));
            }
            int assignments = project.getResourceAssignments().size();
            if (assignments > 0) {
                notes.add(Messages.text("plan.note.assignments", assignments));
            }
            long costed = leaves.keySet().stream().filter(t -> t.getCost() != null
                    && t.getCost().doubleValue() != 0).count();
            if (costed > 0) {
                notes.add(Messages.text("plan.note.costs", costed));
            }
            int calendars = project.getCalendars().size();
            if (calendars > 0) {
                notes.add(Messages.text("plan.note.calendars", calendars));
            }
            if (toSummaries > 0) {
                notes.add(Messages.text("plan.note.summaryLinks", toSummaries));
            }
            notes.add(Messages.text("plan.note.became", leaves.size(), sectors.size()));
        }

        private int lagDays(Duration lag) {
            if (lag == null || lag.getDuration() == 0) {
                return 0;
            }
            ProjectProperties p = project.getProjectProperties();
            double minutesPerDay = p.getMinutesPerDay() == null ? 480 : p.getMinutesPerDay();
            double minutesPerWeek = p.getMinutesPerWeek() == null ? 2400 : p.getMinutesPerWeek();
            double v = lag.getDuration();
            TimeUnit u = lag.getUnits();
            double days = switch (u) {
                case ELAPSED_MINUTES -> v / 1440;
                case ELAPSED_HOURS -> v / 24;
                case ELAPSED_DAYS -> v;
                case ELAPSED_WEEKS -> v * 7;
                case ELAPSED_MONTHS -> v * 30;
                case ELAPSED_YEARS -> v * 365;
                case MINUTES -> v / minutesPerDay * 7 / 5;
                case HOURS -> v * 60 / minutesPerDay * 7 / 5;
                case DAYS -> v * 7 / 5;
                case WEEKS -> v * minutesPerWeek / minutesPerDay * 7 / 5;
                case MONTHS -> v * 30;
                case YEARS -> v * 365;
                default -> {
                    notes.add(Messages.text("plan.note.percentLag", String.valueOf(lag)));
                    yield 0;
                }
            };
            return (int) Math.round(days);
        }

        private UUID id(String kind, Integer uniqueId, UUID guid) {
            UUID id = guid != null && !ids.contains(guid) ? guid : UUID.nameUUIDFromBytes(
                    (kind + ":" + source + ":" + uniqueId + ":" + ids.size()).getBytes(StandardCharsets.UTF_8));
            ids.add(id);
            return id;
        }

        private static DependencyType type(Relation r) {
            if (r.getType() == null) {
                return DependencyType.FS;
            }
            return switch (r.getType()) {
                case FINISH_START -> DependencyType.FS;
                case START_START -> DependencyType.SS;
                case FINISH_FINISH -> DependencyType.FF;
                case START_FINISH -> DependencyType.SF;
            };
        }

        private static boolean isZero(Duration d) {
            return d != null && d.getDuration() == 0;
        }

        private static String name(Task t) {
            String n = t == null ? null : t.getName();
            return n == null || n.isBlank() ? "(unnamed task " + (t == null ? "?" : t.getUniqueID()) + ")" : n.strip();
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }

        private static String firstNonBlank(String... values) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    return v.strip();
                }
            }
            return "Imported plan";
        }
    }
}
