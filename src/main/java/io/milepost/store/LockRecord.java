package io.milepost.store;

import io.milepost.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who holds a document's lock, as written in its lock file: process id, host, the process's start time (so a
 * recycled process id is not taken for the holder) and a random token, with the time the holder last said it is
 * still there. This, not the operating-system lock alone, is what answers "is this document being edited?": a POSIX
 * lock is dropped as soon as any code in the holding process (a file dialog, a thumbnailer) closes any descriptor of
 * the file, while the record stays until its holder deletes it or dies.
 *
 * <p>The text is a few {@code key=value} lines under a first line {@code milepost-lock 1}.
 */
record LockRecord(long pid, String host, Instant started, UUID token, Instant refreshed) {

    /** How long a holder on another host counts as present after it last refreshed its record. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** How often a holder refreshes its record: well within the lease. */
    static final Duration REFRESH = Duration.ofSeconds(30);

    private static final String FIRST_LINE = "milepost-lock 1";
    /** Start times read back from the OS are rounded differently from the ones recorded: allow this much. */
    private static final Duration SAME_START = Duration.ofSeconds(2);

    /** The record of this process, made now. */
    static LockRecord ofThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        return new LockRecord(self.pid(), thisHost(), self.info().startInstant().orElse(null), UUID.randomUUID(),
                Instant.now());
    }

    LockRecord refreshedNow() {
        return new LockRecord(pid, host, started, token, Instant.now());
    }

    String text() {
        return FIRST_LINE + "\npid=" + pid + "\nhost=" + host + "\nstarted=" + (started == null ? "" : started)
                + "\ntoken=" + token + "\nrefreshed=" + refreshed + "\n";
    }

    /** The record in {@code text}, or empty for anything that is not one (an empty file, an older build's). */
    static Optional<LockRecord> parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].strip().equals(FIRST_LINE)) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        try {
            String started = values.getOrDefault("started", "");
            return Optional.of(new LockRecord(Long.parseLong(values.get("pid")), values.getOrDefault("host", ""),
                    started.isEmpty() ? null : Instant.parse(started), UUID.fromString(values.get("token")),
                    Instant.parse(values.get("refreshed"))));
        } catch (RuntimeException e) { // NumberFormatException, DateTimeParseException, a missing key
            return Optional.empty();
        }
    }

    /**
     * Whether the process this record names is still there: on this host, a live process with this id that started
     * when the record says; on another host, which cannot be asked, a record refreshed within the {@link #LEASE}.
     */
    boolean holderIsAlive(Instant now) {
        if (!host.equals(thisHost())) {
            return refreshed.plus(LEASE).isAfter(now);
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        Optional<Instant> start = process.get().info().startInstant();
        return started == null || start.isEmpty()
                || Duration.between(started, start.get()).abs().compareTo(SAME_START) <= 0;
    }

    boolean isThisProcess() {
        ProcessHandle self = ProcessHandle.current();
        return pid == self.pid() && host.equals(thisHost());
    }

    /** What a planner reads when this record's holder keeps a document from being edited, in the window's language. */
    String lockedMessage() {
        return started == null ? Messages.text("store.lockedBy", pid, host)
                : Messages.text("store.lockedBySince", pid, host, STARTED.format(started));
    }

    /** Who holds it, for the log: "process 4711 on host minsk-02, started 2026-12-02 08:31 UTC". */
    String describe() {
        return "process " + pid + " on host " + host + (started == null ? ""
                : ", started " + STARTED.format(started));
    }

    private static final java.time.format.DateTimeFormatter STARTED = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    /**
     * This machine's name, read without a network look-up (which can hang for seconds on a machine whose name
     * does not resolve).
     */
    static String thisHost() {
        return Host.NAME;
    }

    private static final class Host {
        static final String NAME = find();

        private static String find() {
            for (String file : new String[] {"/proc/sys/kernel/hostname", "/etc/hostname"}) {
                try {
                    String v = Files.readString(Path.of(file), StandardCharsets.US_ASCII).strip();
                    if (!v.isEmpty()) {
                        return v;
                    }
                } catch (IOException | RuntimeException e) {
                    // not this kind of system: try the next source
                }
            }
            for (String variable : new String[] {"HOSTNAME", "COMPUTERNAME"}) {
                String v = System.getenv(variable);
                if (v != null && !v.isBlank()) {
                    return v.strip();
                }
            }
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "localhost";
            }
        }
    }
}
