package io.milepost.app;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one thread that writes a window's edits to its file, in the order they were made, so that the frame showing an
 * edit never waits for the disk (a commit with {@code synchronous=FULL} is two or three fsyncs: 10–50 ms here).
 * After a write fails, the writes queued behind it are skipped until the session has shown the file as it is:
 * writing them would make a file that was never on screen.
 */
final class WritesBehind implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "milepost-write");
        t.setDaemon(true);
        return t;
    });
    /** Set by a failed write, on the write thread; cleared there once the session has shown the file again. */
    private boolean failed;

    /** Queues a write; {@code failure} hears of it on the write thread if it throws, and later writes are skipped. */
    void submit(Write write, Failure failure) {
        thread.execute(() -> {
            if (failed) {
                return;
            }
            try {
                write.run();
            } catch (DocumentProblem | RuntimeException e) {
                failed = true;
                failure.failed(e);
            }
        });
    }

    /** Lets writes run again, after every write queued before this call (those are skipped). */
    void resume() {
        if (!thread.isShutdown()) { // the window may have closed the session since the failure was handed to it
            thread.execute(() -> failed = false);
        }
    }

    /** Waits until every write queued so far has been made (or skipped). */
    void flush() {
        Future<?> done = thread.submit(() -> { });
        boolean interrupted = false;
        while (true) {
            try {
                done.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the file must be current before anyone reads it: finish waiting first
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        flush();
        thread.shutdown();
    }

    @FunctionalInterface
    interface Write {
        void run() throws DocumentProblem;
    }

    @FunctionalInterface
    interface Failure {
        /** Runs on the write thread: a {@link DocumentProblem}, or a fault of the program. */
        void failed(Exception problem);
    }
}
