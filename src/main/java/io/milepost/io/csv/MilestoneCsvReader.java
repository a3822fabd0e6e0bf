package io.milepost.io.csv;

import io.milepost.i18n.Messages;
import io.milepost.model.Commission;
import io.milepost.model.CommissionKind;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Problem;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.RoadmapValidator;
import io.milepost.model.Sector;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads a milestones CSV — Milepost's own export, or a table a planner made in a spreadsheet — into the roadmap it
 * updates. Columns are matched by header, in any order; a row whose id is in the roadmap updates that milestone (only
 * the columns the file has), any other row adds one; nothing missing from the file is removed. Sectors and
 * commissions are named; a name the roadmap does not know adds one. Every row is checked before anything is
 * returned: a failure lists every problem with its line and column, and nothing is changed.
 */
public final class MilestoneCsvReader {

    /** The roadmap with the file's rows, and what the reader has to say about them. */
    public record Result(Roadmap roadmap, List<String> notes) {
    }

    static final int MAX_LISTED_PROBLEMS = 200;

    public Result read(byte[] bytes, String source, Roadmap current) throws CsvFormatException {
        return read(bytes, source, current, null);
    }

    /**
     * Reads with the planner's own mapping of the file's columns, for a table whose headers Milepost does not know.
     *
     * @param mapping for each of the file's columns in order, the Milepost column it holds ({@link #columns()}) or
     *                {@code null} to ignore it; {@code null} matches the columns by their headers
     */
    public Result read(byte[] bytes, String source, Roadmap current, List<String> mapping) throws CsvFormatException {
        List<CsvTable.Row> rows = rows(bytes, source);
        return new Run(source, current, mapping).read(rows);
    }

    /** The names of the columns Milepost reads, in the order it writes them. */
    public static List<String> columns() {
        return java.util.Arrays.stream(CsvColumn.values()).map(c -> c.header).toList();
    }

    /** The Milepost column a header names, if any ("Lead agency A" names {@code leadAgencyA}). */
    public static java.util.Optional<String> columnFor(String header) {
        return CsvColumn.byHeader(header).map(c -> c.header);
    }

    /**
     * The file's header and its first {@code samples} rows, for a mapping step to show; refused like a read when
     * the file is not UTF-8 or not CSV.
     */
    public static List<List<String>> head(byte[] bytes, String source, int samples) throws CsvFormatException {
        List<CsvTable.Row> rows = rows(bytes, source);
        return rows.subList(0, Math.min(rows.size(), samples + 1)).stream().map(CsvTable.Row::cells).toList();
    }

    private static List<CsvTable.Row> rows(byte[] bytes, String source) throws CsvFormatException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(List.of(new CsvProblem(source, 0, 0, null,
                    Messages.text("csv.notUtf8"))));
        }
        return CsvTable.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, source);
    }

    /** One read: the columns found, the sectors and commissions by name, the problems. Not thread-safe. */
    private static final class Run {
        private final String source;
        private final Roadmap current;
        private final List<CsvProblem> problems = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
        private final Map<String, Sector> sectors = new HashMap<>();
        private final Map<String, Commission> commissions = new HashMap<>();
        private final List<Sector> newSectors = new ArrayList<>();
        private final List<Commission> newCommissions = new ArrayList<>();
        private final Map<UUID, Integer> lineOf = new HashMap<>();
        private final List<String> mapping;

        Run(String source, Roadmap current, List<String> mapping) {
            this.source = source;
            this.current = current;
            this.mapping = mapping;
            if (current != null) {
                current.sectors().forEach(s -> sectors.putIfAbsent(key(s.name()), s));
                current.commissions().forEach(c -> commissions.putIfAbsent(key(c.name()), c));
            }
        }

        Result read(List<CsvTable.Row> rows) throws CsvFormatException {
            if (rows.isEmpty()) {
                throw new CsvFormatException(List.of(new CsvProblem(source, 0, 0, null,
                        Messages.text("csv.empty"))));
            }
            header(rows.get(0));
            if (!problems.isEmpty()) {
                throw new CsvFormatException(problems);
            }
            List<Milestone> read = new ArrayList<>();
            for (CsvTable.Row row : rows.subList(1, rows.size())) {
                Milestone m = row(row, rows.get(0).cells().size());
                if (m != null) {
                    read.add(m);
                }
            }
            Roadmap roadmap = null;
            if (problems.isEmpty()) {
                roadmap = current != null ? current : Roadmap.empty(newInfo(read));
                for (Sector s : newSectors) {
                    roadmap = roadmap.withSector(s);
                }
                for (Commission c : newCommissions) {
                    roadmap = roadmap.withCommission(c);
                }
                for (Milestone m : read) {
                    roadmap = roadmap.withMilestone(m);
                }
                for (Problem p : RoadmapValidator.validate(roadmap)) {
                    Integer line = p.itemId() == null ? null : lineOf.get(p.itemId());
                    CsvColumn column = p.field() == null ? null : CsvColumn.byHeader(p.field()).orElse(null);
                    problems.add(new CsvProblem(source, line == null ? 0 : line,
                            column == null || !columns.containsKey(column) ? 0 : columns.get(column) + 1,
                            column == null ? null : column.header, p.toString()));
                }
            }
            if (!problems.isEmpty()) {
                List<CsvProblem> listed = new ArrayList<>(problems.subList(0,
                        Math.min(problems.size(), MAX_LISTED_PROBLEMS)));
                if (problems.size() > MAX_LISTED_PROBLEMS) {
                    listed.add(new CsvProblem(source, 0, 0, null,
                            Messages.text("csv.moreProblems", problems.size() - MAX_LISTED_PROBLEMS)));
                }
                throw new CsvFormatException(listed);
            }
            newSectors.forEach(s -> notes.add(Messages.text("merge.note.addedSector", s.name())));
            newCommissions.forEach(c -> notes.add(Messages.text("merge.note.addedCommission", c.name())));
            return new Result(roadmap, notes);
        }

        private void header(CsvTable.Row header) {
            List<String> known = new ArrayList<>();
            for (CsvColumn c : CsvColumn.values()) {
                known.add(c.header);
            }
            for (int i = 0; i < header.cells().size(); i++) {
                String name = header.cells().get(i);
                if (mapping != null && (i >= mapping.size() || mapping.get(i) == null)) {
                    continue; // the planner chose to ignore this column
                }
                var column = CsvColumn.byHeader(mapping != null ? mapping.get(i) : name);
                if (column.isEmpty()) {
                    problems.add(new CsvProblem(source, header.line(), i + 1, null, Messages.text("csv.unknownColumn",
                            name, String.join(", ", known))));
                } else if (columns.putIfAbsent(column.get(), i) != null) {
                    problems.add(new CsvProblem(source, header.line(), i + 1, null,
                            Messages.text("csv.columnTwice", column.get().header)));
                }
            }
            if (!columns.containsKey(CsvColumn.ID) && !columns.containsKey(CsvColumn.TITLE)) {
                problems.add(new CsvProblem(source, header.line(), 0, null,
                        Messages.text("csv.noIdNorTitle")));
            }
        }

        private Milestone row(CsvTable.Row row, int width) {
            if (row.cells().size() != width) {
                problems.add(new CsvProblem(source, row.line(), 0, null, Messages.text("csv.cellCount",
                        row.cells().size(), width)));
                return null;
            }
            int before = problems.size();
            Cells cells = new Cells(row);
            String idText = cells.text(CsvColumn.ID);
            UUID id = null;
            if (idText != null) {
                try {
                    id = UUID.fromString(idText);
                } catch (IllegalArgumentException e) {
                    cells.problem(CsvColumn.ID, Messages.text("csv.notAnId", idText));
                }
            }
            Milestone existing = id == null || current == null ? null : current.milestone(id).orElse(null);
            Milestone.Builder b = existing != null ? existing.toBuilder() : Milestone.builder();
            if (id != null) {
                b.id(id);
            }
            if (existing == null) {
                for (CsvColumn required : List.of(CsvColumn.TITLE, CsvColumn.SECTOR)) {
                    if (cells.text(required) == null) {
                        cells.problem(required, Messages.text("csv.required"));
                    }
                }
                if (cells.text(CsvColumn.START) == null && cells.text(CsvColumn.FIRST_DAY) == null) {
                    cells.problem(CsvColumn.START, Messages.text("csv.required"));
                }
            }
            cells.set(CsvColumn.TITLE, v -> { if (v != null) { b.title(v); } }, s -> s);
            cells.set(CsvColumn.TITLE_ALT, b::titleAlt, s -> s);
            cells.set(CsvColumn.DESCRIPTION, b::description, s -> s);
            cells.set(CsvColumn.LEAD_AGENCY_A, b::leadAgencyA, s -> s);
            cells.set(CsvColumn.LEAD_AGENCY_B, b::leadAgencyB, s -> s);
            cells.set(CsvColumn.EXPECTED_OUTCOME, b::expectedOutcome, s -> s);
            cells.set(CsvColumn.REMARKS, b::remarks, s -> s);
            cells.set(CsvColumn.KIND, v -> { if (v != null) { b.kind(v); } }, s -> MilestoneKind.valueOf(upper(s)));
            cells.set(CsvColumn.STATUS, v -> { if (v != null) { b.status(v); } },
                    s -> MilestoneStatus.valueOf(upper(s)));
            cells.set(CsvColumn.PERCENT_COMPLETE, v -> b.percentComplete(v == null ? 0 : v), Integer::valueOf);
            cells.set(CsvColumn.ORDER, v -> b.order(v == null ? 0 : v), Integer::valueOf);
            cells.set(CsvColumn.ONGOING, v -> b.ongoing(v != null && v), Run::flag);
            cells.set(CsvColumn.BASELINE_START, b::baselineStart, CsvDates::day);
            cells.set(CsvColumn.BASELINE_END, b::baselineEnd, CsvDates::day);
            cells.set(CsvColumn.TAGS, v -> b.tags(v == null ? List.of() : v),
                    s -> List.of(s.split(CsvColumn.TAG_SEPARATOR, -1)).stream().filter(t -> !t.isEmpty()).toList());
            // a name shared by two sectors (or commissions) keeps the one the milestone already has
            cells.set(CsvColumn.SECTOR, v -> { if (v != null) { b.sectorId(v); } },
                    name -> existing != null && sameName(current.sector(existing.sectorId()).map(Sector::name), name)
                            ? existing.sectorId() : sector(name));
            cells.set(CsvColumn.COMMISSION, b::commissionId,
                    name -> existing != null && existing.commissionId() != null && sameName(
                            current.commission(existing.commissionId()).map(Commission::name), name)
                            ? existing.commissionId() : commission(name));
            if (cells.text(CsvColumn.START) != null) {
                cells.set(CsvColumn.START, b::start, CsvDates::planDate);
            } else if (cells.text(CsvColumn.FIRST_DAY) != null) {
                cells.set(CsvColumn.FIRST_DAY, v -> b.start(PlanDate.day(v)), CsvDates::day);
            }
            if (cells.text(CsvColumn.END) != null || cells.text(CsvColumn.START) != null) {
                cells.set(CsvColumn.END, b::end, CsvDates::planDate);
            } else if (cells.text(CsvColumn.LAST_DAY) != null && cells.text(CsvColumn.FIRST_DAY) != null) {
                String first = cells.text(CsvColumn.FIRST_DAY);
                cells.set(CsvColumn.LAST_DAY, v -> b.end(v.equals(CsvDates.day(first)) ? null : PlanDate.day(v)),
                        CsvDates::day);
            } else if (cells.has(CsvColumn.END)) {
                cells.set(CsvColumn.END, b::end, CsvDates::planDate);
            }
            if (problems.size() > before) {
                return null;
            }
            Milestone m = b.build();
            if (lineOf.putIfAbsent(m.id(), row.line()) != null) {
                cells.problem(CsvColumn.ID, Messages.text("csv.duplicateId", m.id(), lineOf.get(m.id())));
                return null;
            }
            return m;
        }

        private UUID sector(String name) {
            return sectors.computeIfAbsent(key(name), k -> {
                int order = sectors.values().stream().mapToInt(Sector::order).max().orElse(0) + 1;
                Sector s = new Sector(UUID.randomUUID(), name.strip(), null, null, order);
                newSectors.add(s);
                return s;
            }).id();
        }

        private UUID commission(String name) {
            return commissions.computeIfAbsent(key(name), k -> {
                Commission c = new Commission(UUID.randomUUID(), CommissionKind.JOINT_WORKING_GROUP, name.strip(),
                        null, null, null, null);
                newCommissions.add(c);
                return c;
            }).id();
        }

        private RoadmapInfo newInfo(List<Milestone> milestones) {
            LocalDate first = milestones.stream().map(Milestone::firstDay).min(LocalDate::compareTo)
                    .orElse(LocalDate.now()).withDayOfYear(1);
            LocalDate last = milestones.stream().map(Milestone::lastDay).max(LocalDate::compareTo)
                    .orElse(first);
            last = last.withDayOfYear(last.lengthOfYear());
            String title = source.replaceFirst("(?i)\\.csv$", "");
            return new RoadmapInfo(UUID.randomUUID(), title.isBlank() ? "Imported plan" : title, null, null, null,
                    first, last, "Imported from " + source, "en", null);
        }

        private static boolean sameName(java.util.Optional<String> known, String name) {
            return known.map(k -> key(k).equals(key(name))).orElse(false);
        }

        private static Boolean flag(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "y" -> true;
                case "false", "no", "0", "n" -> false;
                default -> throw new IllegalArgumentException(Messages.text("csv.notAFlag", s));
            };
        }

        private static String upper(String s) {
            return s.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        }

        private static String key(String name) {
            return name.strip().toLowerCase(Locale.ROOT);
        }

        /** The cells of one row, by column; conversions that fail become problems placed at their cell. */
        private final class Cells {
            private final CsvTable.Row row;

            Cells(CsvTable.Row row) {
                this.row = row;
            }

            boolean has(CsvColumn c) {
                return columns.containsKey(c);
            }

            /** The cell's text with a neutralising apostrophe taken off, or {@code null} when empty or absent. */
            String text(CsvColumn c) {
                Integer i = columns.get(c);
                if (i == null) {
                    return null;
                }
                String cell = CsvCells.restore(row.cells().get(i));
                return cell.isEmpty() ? null : cell;
            }

            <T> void set(CsvColumn c, java.util.function.Consumer<T> target, java.util.function.Function<String, T> parse) {
                if (!has(c)) {
                    return;
                }
                String t = text(c);
                try {
                    target.accept(t == null ? null : parse.apply(t));
                } catch (IllegalArgumentException e) {
                    problem(c, e instanceof NumberFormatException ? Messages.text("csv.notANumber", t)
                            : e.getMessage() != null && e.getMessage().startsWith("No enum") ? Messages.text("csv.notOneOf", t, allowed(c)) : e.getMessage());
                }
            }

            void problem(CsvColumn c, String message) {
                Integer i = columns.get(c);
                problems.add(new CsvProblem(source, row.line(), i == null ? 0 : i + 1, c.header, message));
            }

            private String allowed(CsvColumn c) {
                Enum<?>[] values = c == CsvColumn.KIND ? MilestoneKind.values() : MilestoneStatus.values();
                return java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
            }
        }
    }
}
