package io.milepost.app;

import io.milepost.i18n.Messages;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.store.DocumentException;
import io.milepost.store.OpenMode;
import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File → New: a new document, empty or holding the sample roadmap, under the name the planner chose. The document
 * is built beside the target and copied into place by the store, so a failure leaves nothing half-written; a file
 * already there is replaced only when it is a Milepost document that no window edits (see {@link #checkTarget}).
 */
public final class NewDocument {

    /** What a new document starts with. */
    public enum Start {
        /** A roadmap with no sectors or milestones yet, over this year and the next two. */
        EMPTY,
        /** The Pakistan–Belarus 2025–2027 sample, to try things on. */
        SAMPLE
    }

    private static final Logger LOG = LoggerFactory.getLogger(NewDocument.class);

    private NewDocument() {
    }

    /**
     * Writes the new document to {@code target}; the caller opens it.
     *
     * @throws DocumentProblem when the folder cannot be written, or {@code target} is open, edited elsewhere, or
     *                         not a Milepost document (the message names it and why)
     */
    public static void create(Path target, Start start, LocalDate today) throws DocumentProblem {
        Roadmap content = start == Start.SAMPLE ? SampleRoadmap.load() : emptyRoadmap(today);
        Path file = target.toAbsolutePath().normalize();
        try {
            checkTarget(file);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                RoadmapDocument.create(file, content).close();
                return;
            }
            Path staging = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".new");
            try (RoadmapDocument staged = RoadmapDocument.create(staging, content)) {
                staged.saveCopyAs(file);
            } finally {
                deleteQuietly(staging);
            }
        } catch (DocumentException e) {
            throw new DocumentProblem(e);
        }
        LOG.info("Created a new document {} ({})", file, start);
    }

    /** An empty roadmap titled in the window's language, from 1 January this year to 31 December in two years. */
    public static Roadmap emptyRoadmap(LocalDate today) {
        Messages m = Messages.ui();
        RoadmapInfo info = new RoadmapInfo(UUID.randomUUID(), m.get("desk.new.untitled"), null, null, null,
                LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear() + 2, 12, 31), null,
                m.locale().getLanguage(), null);
        return Roadmap.empty(info);
    }

    /**
     * A new document or a copy replaces a file only when that file is a Milepost document: anything else (another
     * program's database, a spreadsheet chosen by mistake) is refused, and so is a damaged or newer document.
     * Whether some window edits it is the store's to say when it takes the file's lock.
     */
    static void checkTarget(Path file) throws DocumentException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new DocumentException(DocumentException.Reason.REFUSED, file,
                    Messages.text("store.notAFile"));
        }
        try (RoadmapDocument existing = RoadmapDocument.open(file, OpenMode.READ_ONLY)) {
            LOG.debug("{} is a Milepost document ({}); it may be replaced", file, existing.path());
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Could not remove the staging file {}: {}", p, e.toString());
        }
    }
}
