package io.milepost.io.json;

import io.milepost.i18n.Messages;
import io.milepost.model.Problem;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapValidator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a roadmap in the {@linkplain RoadmapJson JSON exchange format}, checking everything before anything is
 * returned. Bad input ends in one {@link RoadmapFormatException} that lists every problem: broken JSON with its line
 * and column; a file that is not Milepost's or is newer than this build; and, item by item, every wrong, missing or
 * unknown key with its JSON path. When the document is sound as JSON, the roadmap built from it is also checked by
 * {@link RoadmapValidator} (dangling references, cycles, dates out of order), and those problems are reported the
 * same way. Thread-safe.
 *
 * <p>Unknown keys are refused, each by name, rather than skipped: a key this build does not know is either a typing
 * mistake in a hand-written file ("colour" for "color") or data from a newer Milepost that would be silently lost on
 * the next export. Both deserve a message, and a newer writer raises {@code "version"} when it adds keys.
 */
public final class RoadmapJsonReader {

    /** Past this many problems the rest are counted, not listed: a wrong file would otherwise list thousands. */
    static final int MAX_LISTED_PROBLEMS = 200;

    private final JsonMapper mapper = RoadmapJson.mapper();

    /** Reads a file; problems name it by its file name. */
    public Roadmap read(Path file) throws IOException, RoadmapFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads a whole stream (not closed here) of UTF-8 JSON; {@code source} names it in messages. */
    public Roadmap read(InputStream in, String source) throws IOException, RoadmapFormatException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, RoadmapJson.MAX_DOCUMENT_BYTES + 1));
        if (bytes.length > RoadmapJson.MAX_DOCUMENT_BYTES) {
            throw new RoadmapFormatException(source, List.of(new FormatProblem(source, "", null, 0, 0,
                    Messages.text("json.tooLarge", RoadmapJson.MAX_DOCUMENT_BYTES >> 20))));
        }
        return read(bytes, source);
    }

    /** Reads UTF-8 JSON bytes (a byte-order mark is allowed); {@code source} names them in messages. */
    public Roadmap read(byte[] bytes, String source) throws RoadmapFormatException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new RoadmapFormatException(source, List.of(new FormatProblem(source, "", null, line,
                    at - lineStart + 1, Messages.text("json.notUtf8",
                            String.format(Locale.ROOT, "0x%02x", bytes[at] & 0xff), at))));
        }
        out.flip();
        return read(out.toString(), source);
    }

    /** Reads JSON text; {@code source} names it in messages. */
    public Roadmap read(String json, String source) throws RoadmapFormatException {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        if (text.length() > RoadmapJson.MAX_DOCUMENT_BYTES) {
            throw new RoadmapFormatException(source, List.of(new FormatProblem(source, "", null, 0, 0,
                    Messages.text("json.tooLarge", RoadmapJson.MAX_DOCUMENT_BYTES >> 20))));
        }
        if (text.isBlank()) {
            throw new RoadmapFormatException(source, List.of(new FormatProblem(source, "", null, 0, 0,
                    Messages.text("json.empty"))));
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JacksonException e) {
            throw new RoadmapFormatException(source, List.of(syntaxProblem(source, e)));
        }
        RoadmapTreeDecoder d = new RoadmapTreeDecoder(source);
        Roadmap roadmap = d.document(root);
        List<FormatProblem> problems = d.problems;
        if (roadmap != null && problems.isEmpty()) {
            for (Problem p : RoadmapValidator.validate(roadmap)) {
                problems.add(d.fromValidator(p, roadmap));
            }
        }
        if (problems.isEmpty()) {
            return roadmap;
        }
        List<FormatProblem> listed = new ArrayList<>(locate(text, problems.subList(0,
                Math.min(problems.size(), MAX_LISTED_PROBLEMS)), d.pointers));
        if (problems.size() > MAX_LISTED_PROBLEMS) {
            listed.add(new FormatProblem(source, "", null, 0, 0,
                    Messages.text("csv.moreProblems", problems.size() - MAX_LISTED_PROBLEMS)));
        }
        throw new RoadmapFormatException(source, listed);
    }

    private static FormatProblem syntaxProblem(String source, JacksonException e) {
        TokenStreamLocation loc = e.getLocation();
        int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
        int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
        String message = e.getOriginalMessage();
        // Jackson's messages quote the source after a line break ("\n at [Source: …]"): keep the first line only.
        int nl = message == null ? -1 : message.indexOf('\n');
        if (nl >= 0) {
            message = message.substring(0, nl);
        }
        return new FormatProblem(source, "", null, line, column, Messages.text("json.invalid", message));
    }

    /**
     * Fills in line and column for problems found in the tree, which keeps no positions: one more streaming pass over
     * the text, only when there is something to report, matching each token's JSON pointer. A problem about a key
     * that is missing is placed at the object that lacks it.
     */
    private List<FormatProblem> locate(String text, List<FormatProblem> problems, Map<FormatProblem, JsonPath> paths) {
        Map<String, int[]> found = new HashMap<>();
        for (JsonPath p : paths.values()) {
            for (JsonPath q = p; ; q = q.parent()) {
                found.put(q.pointer(), null);
                if (q.segments().isEmpty()) {
                    break;
                }
            }
        }
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken t;
            while ((t = parser.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                if (found.containsKey(pointer) && found.get(pointer) == null) {
                    TokenStreamLocation loc = parser.currentTokenLocation();
                    found.put(pointer, new int[] {loc.getLineNr(), loc.getColumnNr()});
                }
            }
        } catch (JacksonException e) {
            // The text parsed once already; if it somehow fails now, the problems keep their paths without lines.
        }
        List<FormatProblem> out = new ArrayList<>(problems.size());
        for (FormatProblem fp : problems) {
            JsonPath path = paths.get(fp);
            int[] at = null;
            for (JsonPath q = path; q != null && at == null; q = q.segments().isEmpty() ? null : q.parent()) {
                at = found.get(q.pointer());
            }
            out.add(at == null || fp.line() > 0 ? fp : fp.at(at[0], at[1]));
        }
        return out;
    }
}
