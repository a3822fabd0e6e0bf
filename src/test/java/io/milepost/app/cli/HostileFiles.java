package io.milepost.app.cli;

import io.milepost.app.SampleRoadmap;
import io.milepost.store.RoadmapDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The corpus of broken and hostile files an attacker, a bad disk or a careless sync tool would hand a planner, written
 * into a folder from a seed: the same seed always gives the same files. Documents: bytes flipped in the header and
 * in every table and index page, the document cut at every page boundary (down to zero bytes), triggers and views
 * that try to write elsewhere, 10 MB strings, control characters and terminal escapes in titles, dates out of range,
 * a {@code user_version} from the future. Exchange files: the same for the JSON a partner sends.
 */
final class HostileFiles {

    /** A title that retitles and clears a terminal it is printed to raw. */
    static final String TERMINAL_ATTACK = "Plan\u001b]0;pwned\u0007\u001b[2J\u001b[31mred\r\u0008\u009b";

    /** One file of the corpus: what it is, and where. */
    record Case(String name, Path file) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final Path folder;
    private final Random random;
    private final byte[] valid;
    private final int pageSize;
    private final List<Case> documents = new ArrayList<>();
    private final List<Case> exchangeFiles = new ArrayList<>();

    private HostileFiles(Path folder, long seed) throws Exception {
        this.folder = folder;
        this.random = new Random(seed);
        Path sample = folder.resolve("valid.milepost.src");
        RoadmapDocument.create(sample, SampleRoadmap.load()).close();
        this.valid = Files.readAllBytes(sample);
        Files.delete(sample);
        this.pageSize = ((valid[16] & 0xFF) << 8 | (valid[17] & 0xFF)) == 1 ? 65536
                : (valid[16] & 0xFF) << 8 | (valid[17] & 0xFF);
    }

    /** Writes the whole corpus for {@code seed} into {@code folder}, given the sample's exchange-format text. */
    static HostileFiles write(Path folder, long seed, String validJson) throws Exception {
        HostileFiles corpus = new HostileFiles(folder, seed);
        corpus.writeDocuments();
        corpus.writeExchangeFiles(validJson);
        return corpus;
    }

    List<Case> documents() {
        return documents;
    }

    List<Case> exchangeFiles() {
        return exchangeFiles;
    }

    int pages() {
        return valid.length / pageSize;
    }

    private void writeDocuments() throws Exception {
        for (int i = 0; i < 24; i++) {
            int at = random.nextInt(100);
            documents.add(document("header byte " + at + " flipped (" + i + ")", flipped(valid, at, 1)));
        }
        for (int page = 2; page <= pages(); page++) {
            int start = (page - 1) * pageSize;
            String type = pageType(valid[start]);
            documents.add(document("page " + page + " (" + type + ") with its b-tree header flipped",
                    flipped(valid, start + random.nextInt(12), 1)));
            documents.add(document("page " + page + " (" + type + ") with 8 bytes flipped",
                    flipped(valid, start + random.nextInt(pageSize - 8), 8)));
        }
        for (int page = 0; page < pages(); page++) {
            documents.add(document("cut after " + page + " of " + pages() + " pages",
                    Arrays.copyOf(valid, page * pageSize)));
        }
        documents.add(document("cut in the middle of page 1", Arrays.copyOf(valid, pageSize / 2)));
        documents.add(document("zero-length file", new byte[0]));
        documents.add(sql("a trigger that empties the sectors when a milestone changes",
                "CREATE TRIGGER wipe AFTER UPDATE ON milestone BEGIN DELETE FROM agreement; END"));
        documents.add(sql("a trigger that writes a file when a milestone is added",
                "CREATE TRIGGER spy AFTER INSERT ON milestone BEGIN SELECT writefile('/tmp/milepost-pwned', "
                        + "new.title); END"));
        documents.add(sql("a view that writes a file when read",
                "CREATE VIEW everything AS SELECT writefile('/tmp/milepost-pwned', title) FROM milestone"));
        documents.add(sql("a table replaced by a view with a trigger that writes elsewhere",
                "ALTER TABLE sector RENAME TO sector_data",
                "CREATE VIEW sector AS SELECT * FROM sector_data",
                "CREATE TRIGGER redirect INSTEAD OF UPDATE ON sector BEGIN DELETE FROM milestone; END"));
        documents.add(sql("a 10 MB title and description",
                "UPDATE milestone SET title = printf('%.*c', 10485760, 'x'), description = printf('%.*c', "
                        + "10485760, 'y') WHERE rowid = (SELECT min(rowid) FROM milestone)"));
        documents.add(sql("terminal escapes in the roadmap's and a milestone's title",
                "UPDATE roadmap SET title = " + sqlText(TERMINAL_ATTACK),
                "UPDATE milestone SET title = " + sqlText(TERMINAL_ATTACK) + ", end_date = '2020-01-01', "
                        + "end_precision = 'DAY' WHERE rowid = (SELECT min(rowid) FROM milestone)"));
        documents.add(sql("a date in the year 99999",
                "UPDATE milestone SET start_date = '99999-01-01' WHERE rowid = (SELECT min(rowid) FROM milestone)"));
        documents.add(sql("a date that is not a date",
                "UPDATE milestone SET start_date = '2025-02-30' WHERE rowid = (SELECT min(rowid) FROM milestone)"));
        documents.add(sql("a date as a number", "UPDATE milestone SET start_date = -9223372036854775808 "
                + "WHERE rowid = (SELECT min(rowid) FROM milestone)"));
        documents.add(sql("a user_version from the future", "PRAGMA user_version = 2147483647"));
        documents.add(sql("a negative user_version", "PRAGMA user_version = -1"));
        documents.add(sql("a percent complete of a billion",
                "UPDATE milestone SET percent_complete = 1000000000"));
        documents.add(sql("an unknown status", "UPDATE milestone SET status = 'ON_FIRE'"));
    }

    private void writeExchangeFiles(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 30; i++) {
            exchangeFiles.add(exchange("JSON with a byte flipped (" + i + ")",
                    flipped(bytes, random.nextInt(bytes.length), 1)));
        }
        for (int i = 0; i < 10; i++) {
            int at = random.nextInt(bytes.length);
            exchangeFiles.add(exchange("JSON cut at byte " + at, Arrays.copyOf(bytes, at)));
        }
        exchangeFiles.add(exchange("empty JSON", new byte[0]));
        exchangeFiles.add(text("terminal escapes in titles", json.replaceFirst("\"title\": \"[^\"]*\"",
                "\"title\": \"" + jsonText(TERMINAL_ATTACK) + "\"")
                .replaceAll("(\"milestones\": \\[\\s*\\{[^}]*?\"title\": )\"[^\"]*\"",
                        "$1\"" + jsonText(TERMINAL_ATTACK) + "\"")));
        exchangeFiles.add(text("a 10 MB title", json.replaceFirst("\"title\": \"[^\"]*\"",
                "\"title\": \"" + "x".repeat(10 * 1024 * 1024) + "\"")));
        exchangeFiles.add(text("a date in the year 99999", json.replaceFirst("\"start\": \"\\d{4}", "\"start\": \"99999")));
        exchangeFiles.add(text("a date that is not a date",
                json.replaceFirst("\"start\": \"[^\"]*\"", "\"start\": \"2025-02-30\"")));
        exchangeFiles.add(text("100000 nested arrays", "[".repeat(100_000)));
        exchangeFiles.add(text("a number of a million digits",
                json.replaceFirst("\"version\": \\d+", "\"version\": " + "9".repeat(1_000_000))));
        exchangeFiles.add(text("a version from the future",
                json.replaceFirst("\"version\": \\d+", "\"version\": 2147483647")));
        exchangeFiles.add(text("Java type information", json.replaceFirst("\\{", "{\"@class\": "
                + "\"java.lang.ProcessBuilder\", ")));
    }

    private static String pageType(byte b) {
        return switch (b) {
            case 0x0D -> "table leaf";
            case 0x05 -> "table interior";
            case 0x0A -> "index leaf";
            case 0x02 -> "index interior";
            default -> "overflow or free";
        };
    }

    private byte[] flipped(byte[] original, int at, int count) {
        byte[] copy = original.clone();
        for (int i = at; i < Math.min(copy.length, at + count); i++) {
            copy[i] ^= (byte) (1 + random.nextInt(255));
        }
        return copy;
    }

    private Case document(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve("doc-" + (documents.size() + 1) + ".milepost");
        Files.write(file, bytes);
        return new Case(name, file);
    }

    /** The valid document with SQL run on it directly, as an attacker crafting a file would. */
    private Case sql(String name, String... statements) throws Exception {
        Case c = document(name, valid);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + c.file());
             Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            for (String statement : statements) {
                s.execute(statement);
            }
        }
        return c;
    }

    private Case exchange(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve("exchange-" + (exchangeFiles.size() + 1) + ".json");
        Files.write(file, bytes);
        return new Case(name, file);
    }

    private Case text(String name, String text) throws IOException {
        return exchange(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sqlText(String s) {
        StringBuilder sb = new StringBuilder("(''");
        for (char c : s.toCharArray()) {
            sb.append(" || char(").append((int) c).append(')');
        }
        return sb.append(')').toString();
    }

    private static String jsonText(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 || c >= 0x7f ? String.format("\\\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
