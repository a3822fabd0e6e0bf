package io.milepost.app.edit;

import io.milepost.i18n.DateWords;
import io.milepost.i18n.Messages;
import io.milepost.io.json.CopiedMilestones;
import io.milepost.io.json.CopiedMilestonesJson;
import io.milepost.io.json.FormatProblem;
import io.milepost.io.json.RoadmapFormatException;
import io.milepost.model.Commission;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import io.milepost.model.SessionDetails;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What Copy puts on the clipboard and what Paste makes of it, apart from any clipboard: the copied milestones as
 * {@linkplain CopiedMilestonesJson Milepost's own JSON} (for another window or another Milepost process), the same
 * milestones as plain text (one tab-separated line each, for a spreadsheet or a mail), and the paste of copies into a
 * roadmap as one undoable edit of {@link ManyMilestones#paste}.
 *
 * <p>A paste goes below the selected item, in its sector, as in one window. With nothing selected each copy goes
 * last in its own sector; a sector this roadmap does not have becomes its first sector. A commission this roadmap does
 * not have is dropped, with the session details of its meetings. Links between copied items come along; links to items
 * left behind do not. Whatever was replaced or dropped is told in one note for the status bar.
 */
public final class ClipboardMilestones {

    /** The clipboard type of copied milestones, the same in every Milepost. */
    public static final String MIME_TYPE = "application/x-milepost-milestones";

    /** The largest payload read from the clipboard, in bytes. */
    public static final long MAX_BYTES = CopiedMilestonesJson.MAX_BYTES;
    /** The most milestones one paste takes; more are copied as text only. */
    public static final int MAX_MILESTONES = CopiedMilestonesJson.MAX_MILESTONES;

    /** Problems listed in one status-bar message; the rest are counted. */
    private static final int PROBLEMS_TOLD = 3;

    private ClipboardMilestones() {
    }

    /** The decoded copies, or why the clipboard's content cannot be pasted. */
    public record Reading(CopiedMilestones copies, String problem) {

        public boolean isReadable() {
            return copies != null;
        }
    }

    /** The edit a paste makes, and what had to change on the way (empty when nothing did). */
    public record Pasting(Outcome outcome, String note) {
    }

    /** The items as they are now, in the order given, with the sectors, commissions, sessions and links they use. */
    public static CopiedMilestones copy(Roadmap r, List<UUID> ids) {
        List<Milestone> items = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(ids)) {
            r.milestone(id).ifPresent(items::add);
        }
        Set<UUID> copied = new HashSet<>();
        Map<UUID, Sector> sectors = new LinkedHashMap<>();
        Map<UUID, Commission> commissions = new LinkedHashMap<>();
        List<SessionDetails> sessions = new ArrayList<>();
        for (Milestone m : items) {
            copied.add(m.id());
            r.sector(m.sectorId()).ifPresent(s -> sectors.putIfAbsent(s.id(), s));
            if (m.commissionId() != null) {
                r.commission(m.commissionId()).ifPresent(c -> commissions.putIfAbsent(c.id(), c));
            }
            r.sessionOf(m.id()).ifPresent(sessions::add);
        }
        List<Dependency> links = r.dependencies().stream()
                .filter(d -> copied.contains(d.predecessorId()) && copied.contains(d.successorId())).toList();
        return new CopiedMilestones(List.copyOf(sectors.values()), List.copyOf(commissions.values()), items,
                sessions, links);
    }

    /** Milepost's own form of the copies: UTF-8 JSON. */
    public static byte[] json(CopiedMilestones copies) {
        return CopiedMilestonesJson.write(copies).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The copies as text another program reads: one line per milestone, its cells separated by tabs — title, start
     * and end as written, status in the window's language, percent, the lead agency of each side. A tab or line
     * break inside a cell becomes a space, so every milestone stays one row of a spreadsheet.
     */
    public static String text(CopiedMilestones copies) {
        StringBuilder sb = new StringBuilder();
        for (Milestone m : copies.milestones()) {
            String end = m.ongoing() ? DateWords.ui().continuous()
                    : m.end() == null ? "" : Names.date(m.end());
            List<String> cells = List.of(m.title(), Names.date(m.start()), end, Messages.ui().of("status", m.status()),
                    m.percentComplete() + "%", orEmpty(m.leadAgencyA()), orEmpty(m.leadAgencyB()));
            for (int i = 0; i < cells.size(); i++) {
                sb.append(i == 0 ? "" : "\t").append(oneLine(cells.get(i)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Reads what the clipboard holds under {@link #MIME_TYPE}; a problem is worded for the status bar. */
    public static Reading read(byte[] bytes) {
        String source = Messages.text("clipboard.source");
        try {
            return new Reading(CopiedMilestonesJson.read(bytes, source), null);
        } catch (RoadmapFormatException e) {
            return new Reading(null, problem(e.problems()));
        }
    }

    /** Reads copies that arrived as text (a clipboard that carried the type's content as a string). */
    public static Reading read(String text) {
        String source = Messages.text("clipboard.source");
        try {
            return new Reading(CopiedMilestonesJson.read(text, source), null);
        } catch (RoadmapFormatException e) {
            return new Reading(null, problem(e.problems()));
        }
    }

    /** The paste of the copies into the roadmap, below {@code selectedId} when that names an item of it. */
    public static Pasting paste(Roadmap r, CopiedMilestones copies, UUID selectedId) {
        Optional<Milestone> selected = r.milestone(selectedId);
        Optional<UUID> firstSector = r.sectorsInOrder().stream().findFirst().map(Sector::id);
        if (firstSector.isEmpty()) {
            return new Pasting(Outcome.refuse(Messages.text("edit.refuse.noSectors")), "");
        }
        Map<UUID, String> sectorNames = names(copies.sectors(), Sector::id, Sector::name);
        Map<UUID, String> commissionNames = names(copies.commissions(), Commission::id, Commission::name);
        Set<String> lostSectors = new LinkedHashSet<>();
        Set<String> lostCommissions = new LinkedHashSet<>();
        int movedItems = 0;
        int unlinkedItems = 0;
        List<Milestone> placed = new ArrayList<>();
        for (Milestone m : copies.milestones()) {
            Milestone.Builder b = m.toBuilder();
            if (selected.isPresent()) {
                b.sectorId(selected.get().sectorId());
            } else if (r.sector(m.sectorId()).isEmpty()) {
                b.sectorId(firstSector.get());
                lostSectors.add(sectorNames.getOrDefault(m.sectorId(), "?"));
                movedItems++;
            }
            if (m.commissionId() != null && r.commission(m.commissionId()).isEmpty()) {
                b.commissionId(null);
                lostCommissions.add(commissionNames.getOrDefault(m.commissionId(), "?"));
                unlinkedItems++;
            }
            placed.add(b.build());
        }
        Outcome outcome = ManyMilestones.paste(r, placed, null, selected.map(Milestone::id).orElse(null),
                copies.dependencies(), copies.sessions());
        List<String> notes = new ArrayList<>();
        if (movedItems > 0) {
            notes.add(Messages.text("clipboard.note.sector", movedItems, quoted(lostSectors),
                    r.sector(firstSector.get()).map(Sector::name).orElse("?")));
        }
        if (unlinkedItems > 0) {
            notes.add(Messages.text("clipboard.note.commission", unlinkedItems, quoted(lostCommissions)));
        }
        return new Pasting(outcome, String.join(" ", notes));
    }

    private static String problem(List<FormatProblem> problems) {
        List<String> told = new ArrayList<>();
        for (FormatProblem p : problems.subList(0, Math.min(PROBLEMS_TOLD, problems.size()))) {
            told.add(p.path() == null || p.path().isEmpty() ? p.message() : p.path() + ": " + p.message());
        }
        String all = String.join("; ", told);
        if (problems.size() > PROBLEMS_TOLD) {
            all = Messages.text("clipboard.problem.more", all, problems.size() - PROBLEMS_TOLD);
        }
        return Messages.text("clipboard.cannotPaste", all);
    }

    private static <T> Map<UUID, String> names(List<T> items, Function<T, UUID> id, Function<T, String> name) {
        Map<UUID, String> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(id.apply(i), name.apply(i)));
        return out;
    }

    private static String quoted(Set<String> names) {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add("'" + Names.shortened(n) + "'"));
        return String.join(", ", out);
    }

    private static String oneLine(String cell) {
        return cell.replace('\t', ' ').replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
