package io.milepost.app;

import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the folder of a document for changes to the document and to its lock file, so that a read-only window
 * can follow the window that edits the file. A burst of events (a transaction touches the file and its journal
 * several times) is told once, {@link #QUIET_MILLIS} after the last of them. The watch asks the folder, never opens
 * the files: opening and closing a document in this process could drop a lock held on it here.
 */
public final class DocumentWatch implements AutoCloseable {

    /** What happened in the folder, told once per burst. */
    public interface Listener {
        /** The document itself was written, replaced or removed. */
        void documentChanged();

        /** Only its lock file changed: a window started or stopped editing it. */
        void lockChanged();
    }

    static final long QUIET_MILLIS = 300;
    /** How often a holder that died without a trace in the folder is looked for. */
    static final long LOOK_AGAIN_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(DocumentWatch.class);

    private final WatchService service;
    private final ScheduledExecutorService timer;
    private final Thread thread;
    private ScheduledFuture<?> pending;
    private boolean documentTouched;

    private DocumentWatch(Path document, Listener listener) throws IOException {
        Path file = document.toAbsolutePath().normalize();
        String name = file.getFileName().toString();
        String journal = name + "-journal";
        String lockName = RoadmapDocument.lockFileOf(file).getFileName().toString();
        service = FileSystems.getDefault().newWatchService();
        file.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "milepost-watch-quiet"));
        thread = daemon(() -> {
            try {
                while (true) {
                    WatchKey key = service.take();
                    for (WatchEvent<?> event : key.pollEvents()) {
                        Object context = event.context();
                        String changed = context == null ? null : context.toString();
                        boolean overflow = event.kind() == StandardWatchEventKinds.OVERFLOW;
                        if (overflow || name.equals(changed) || journal.equals(changed)) {
                            touched(listener, true);
                        } else if (lockName.equals(changed)) {
                            touched(listener, false);
                        }
                    }
                    if (!key.reset()) {
                        LOG.info("Stopped watching {}: its folder is gone", file);
                        return;
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // closed: the window stopped following the file
            }
        }, "milepost-watch");
        thread.start();
        // A window that dies (killed, a crash) leaves its lock file: the folder does not change, so ask again now and
        // then whether anyone still edits the document.
        timer.scheduleWithFixedDelay(() -> {
            try {
                listener.lockChanged();
            } catch (RuntimeException e) {
                LOG.error("A window failed to look again at who edits its document", e);
            }
        }, LOOK_AGAIN_SECONDS, LOOK_AGAIN_SECONDS, TimeUnit.SECONDS);
    }

    /** Starts watching; the listener is called on a background thread. */
    public static DocumentWatch start(Path document, Listener listener) throws IOException {
        return new DocumentWatch(document, listener);
    }

    private synchronized void touched(Listener listener, boolean document) {
        if (timer.isShutdown()) {
            return; // closed while this burst was being read
        }
        documentTouched |= document;
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            pending = timer.schedule(() -> tell(listener), QUIET_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed between the check and the schedule: nobody listens any more
        }
    }

    private void tell(Listener listener) {
        boolean document;
        synchronized (this) {
            document = documentTouched;
            documentTouched = false;
            pending = null;
        }
        try {
            if (document) {
                listener.documentChanged();
            } else {
                listener.lockChanged();
            }
        } catch (RuntimeException e) {
            LOG.error("A window failed to follow a change of its document", e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public synchronized void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.warn("Could not stop watching a folder: {}", e.toString());
        }
        timer.shutdownNow();
        thread.interrupt();
    }
}
