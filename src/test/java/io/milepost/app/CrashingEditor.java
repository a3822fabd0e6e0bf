package io.milepost.app;

import io.milepost.app.edit.Change;
import io.milepost.app.edit.Edit;
import io.milepost.model.DatePrecision;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.store.OpenMode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A planner's session that never ends, for {@link DocumentCrashTest}: {@code CrashingEditor FILE FIRST} opens the
 * document FILE for editing and makes step FIRST, FIRST+1, … of {@link #step} until it is killed, printing
 * {@code committed N ok} on standard output as soon as step N is in the file.
 */
public final class CrashingEditor {

    private CrashingEditor() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long first = Long.parseLong(args[1]);
        PrintStream out = System.out;
        DocumentSession session = DocumentSession.open(file, OpenMode.READ_WRITE);
        for (long n = first; ; n++) {
            session.apply(step(session.roadmap(), n));
            out.println(committed(n));
            out.flush();
        }
    }

    /** The line that reports step {@code n} as committed; a line cut short by the kill does not match it. */
    static String committed(long n) {
        return "committed " + n + " ok";
    }

    /**
     * Step {@code n}: moves two of the milestones dated to the day to days that depend only on {@code n}, keeping
     * their lengths, as one edit, so that a step half in the file would show. The same {@code n} applied to the
     * same roadmap always gives the same edit, so the test can replay what the killed process reported.
     */
    static Edit step(Roadmap roadmap, long n) {
        List<Milestone> movable = roadmap.milestones().stream().filter(CrashingEditor::isToTheDay).toList();
        Milestone a = movable.get((int) (n % movable.size()));
        Milestone b = movable.get((int) ((n + 1) % movable.size()));
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(n % 1000);
        return new Edit("Move '" + a.title() + "' and '" + b.title() + "'", List.of(
                Change.milestone(a, movedTo(a, day)),
                Change.milestone(b, movedTo(b, day.plusDays(30)))));
    }

    private static boolean isToTheDay(Milestone m) {
        return !m.ongoing() && m.start().precision() == DatePrecision.DAY
                && (m.end() == null || m.end().precision() == DatePrecision.DAY);
    }

    private static Milestone movedTo(Milestone m, LocalDate start) {
        PlanDate end = m.end() == null ? null
                : PlanDate.day(start.plusDays(ChronoUnit.DAYS.between(m.start().firstDay(), m.end().firstDay())));
        return m.withDates(PlanDate.day(start), end);
    }
}
