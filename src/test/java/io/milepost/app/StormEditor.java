package io.milepost.app;

import io.milepost.store.OpenMode;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A planner who never stops editing, for {@link CrashStormTest}: {@code StormEditor FILE SEED FIRST} opens the
 * document FILE for editing and makes step FIRST, FIRST+1, … of storm SEED ({@link StormSteps}) until it is killed,
 * printing {@code committed N ok} as soon as step N is in the file. A merge-import step closes the document, imports a
 * partner's JSON copy as {@code milepost import --resolve theirs} would, and opens the document again.
 */
public final class StormEditor {

    private StormEditor() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        long first = Long.parseLong(args[2]);
        Path scratch = file.resolveSibling("partner-copy.json");
        PrintStream out = System.out;
        DocumentSession session = DocumentSession.open(file, OpenMode.READ_WRITE);
        for (long n = first; ; n++) {
            if (StormSteps.isImport(seed, n)) {
                var before = session.roadmap();
                session.close();
                StormSteps.runImport(before, seed, n, file, scratch);
                session = DocumentSession.open(file, OpenMode.READ_WRITE);
            } else {
                session.apply(StormSteps.edit(session.roadmap(), seed, n));
            }
            out.println(CrashingEditor.committed(n));
            out.flush();
        }
    }
}
