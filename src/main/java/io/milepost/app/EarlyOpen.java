package io.milepost.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The document named at start-up, opened on a thread of its own while the window is being built. Building the window
 * and reading a large document each take about a second; on a machine of two cores the two together take little
 * more than the longer of them, where one after the other they took both.
 * <p>
 * What opening ends in (the session, or the refusal with its message) is handed over by {@link #session()}, so the
 * window treats it as any other open: a locked file is offered read-only, a damaged one its newest backup.
 */
public final class EarlyOpen {

    @FunctionalInterface
    private interface Opening {
        DocumentSession open() throws DocumentProblem;
    }

    private final Path file;
    private final Access access;
    private final CompletableFuture<DocumentSession> session = new CompletableFuture<>();

    private EarlyOpen(Path file, Access access, Opening opening) {
        this.file = file;
        this.access = access;
        Thread t = new Thread(() -> {
            try {
                session.complete(opening.open());
            } catch (Throwable e) {
                session.completeExceptionally(e);
            }
        }, "milepost-open-early");
        t.setDaemon(true);
        t.start();
    }

    /** Starts opening the default document for editing, creating it from the sample roadmap on first start. */
    public static EarlyOpen ofDefault(DocumentLocations locations) {
        return new EarlyOpen(locations.defaultDocument(), Access.EDIT, () -> DocumentSession.openDefault(locations));
    }

    /** Starts opening {@code file} for editing. */
    public static EarlyOpen of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new EarlyOpen(absolute, Access.EDIT, () -> DocumentSession.open(absolute, Access.EDIT));
    }

    public Path file() {
        return file;
    }

    public Access access() {
        return access;
    }

    /** Waits for the opening to end: the session, or the refusal as opening would have thrown it. */
    public DocumentSession session() throws DocumentProblem {
        try {
            return session.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // Whoever stopped waiting will not take the session: it must not keep the document's lock.
            session.thenAccept(DocumentSession::close);
            throw new IllegalStateException("stopped waiting for " + file + " to open", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DocumentProblem problem) {
                throw problem;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
