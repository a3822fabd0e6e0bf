package io.milepost.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Another Milepost process, for {@link DocumentLockingTest}. {@code LockHolder FILE READY}: opens the document FILE
 * for editing, creates the file READY to say it holds it, and keeps it open until its standard input is closed.
 * {@code LockHolder FILE --try}: only tries to open FILE for editing; exits with 3 when it is locked.
 */
public final class LockHolder {

    private LockHolder() {
    }

    public static void main(String[] args) throws Exception {
        if (args[1].equals("--try")) {
            try {
                RoadmapDocument.open(Path.of(args[0]), OpenMode.READ_WRITE).close();
            } catch (DocumentException e) {
                System.exit(e.reason() == DocumentException.Reason.LOCKED ? 3 : 4);
            }
            return;
        }
        RoadmapDocument doc = RoadmapDocument.open(Path.of(args[0]), OpenMode.READ_WRITE);
        try {
            Files.createFile(Path.of(args[1]));
            while (System.in.read() != -1) {
                Thread.onSpinWait();
            }
        } finally {
            doc.close();
        }
    }
}
