package io.milepost.io.json;

import io.milepost.i18n.Messages;
import io.milepost.model.Problem;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.RoadmapValidator;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Copied milestones as JSON, the form Copy puts on the clipboard for another Milepost window or process to paste:
 *
 * <pre>
 * { "format": "milepost-milestones", "version": 1,
 *   "sectors": [ … ], "commissions": [ … ], "milestones": [ … ], "sessions": [ … ], "dependencies": [ … ] }
 * </pre>
 *
 * Each list item is written and read exactly as in the {@linkplain RoadmapJson exchange format}, by the same code, so
 * the two formats cannot drift apart. The clipboard is input from anywhere (any program can put anything under any
 * type), so the reader is as strict as the file reader: the same read limits, unknown keys refused, every item checked
 * by the roadmap's own validation (a milestone must name a sector of the list, a link two copied items, no cycle),
 * and at most {@link #MAX_MILESTONES} milestones. The version is its own, raised when the items gain keys.
 */
public final class CopiedMilestonesJson {

    /** The value of the top-level {@code "format"} key. */
    public static final String FORMAT = "milepost-milestones";
    /** The newest version this build writes and reads. */
    public static final int VERSION = 1;
    /** The most milestones one paste takes: each is placed in its sector's order, one after another. */
    public static final int MAX_MILESTONES = 10_000;
    /** The largest payload read, in bytes: the file format's own limit. */
    public static final long MAX_BYTES = RoadmapJson.MAX_DOCUMENT_BYTES;

    private static final List<String> KEYS = List.of("format", "version", "sectors", "commissions", "milestones",
            "sessions", "dependencies");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = RoadmapJson.mapper();

    private CopiedMilestonesJson() {
    }

    /** The copies as compact JSON text (a clipboard is no place for indentation). */
    public static String write(CopiedMilestones copied) {
        ObjectNode doc = NODES.objectNode();
        doc.put("format", FORMAT);
        doc.put("version", VERSION);
        ArrayNode sectors = doc.putArray("sectors");
        copied.sectors().forEach(s -> sectors.add(RoadmapJsonWriter.sector(s)));
        ArrayNode commissions = doc.putArray("commissions");
        copied.commissions().forEach(c -> commissions.add(RoadmapJsonWriter.commission(c)));
        ArrayNode milestones = doc.putArray("milestones");
        copied.milestones().forEach(m -> milestones.add(RoadmapJsonWriter.milestone(m)));
        ArrayNode sessions = doc.putArray("sessions");
        copied.sessions().forEach(s -> sessions.add(RoadmapJsonWriter.session(s)));
        ArrayNode dependencies = doc.putArray("dependencies");
        copied.dependencies().forEach(d -> dependencies.add(RoadmapJsonWriter.dependency(d)));
        return MAPPER.writeValueAsString(doc);
    }

    /**
     * Reads UTF-8 bytes as written by {@link #write}; {@code source} names them in messages ("clipboard").
     *
     * @throws RoadmapFormatException naming every problem found, when the bytes are not copied milestones this build
     *                                can paste
     */
    public static CopiedMilestones read(byte[] bytes, String source) throws RoadmapFormatException {
        if (bytes.length > MAX_BYTES) {
            throw refused(source, Messages.text("clipboard.problem.tooLarge", MAX_BYTES >> 20));
        }
        String text;
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            throw refused(source, Messages.text("clipboard.problem.notUtf8"));
        }
        return read(text, source);
    }

    /** Reads JSON text as written by {@link #write}. */
    public static CopiedMilestones read(String text, String source) throws RoadmapFormatException {
        if (text.length() > MAX_BYTES) {
            throw refused(source, Messages.text("clipboard.problem.tooLarge", MAX_BYTES >> 20));
        }
        if (text.isBlank()) {
            throw refused(source, Messages.text("clipboard.problem.empty"));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            String why = e.getOriginalMessage();
            int nl = why == null ? -1 : why.indexOf('\n');
            throw refused(source, Messages.text("clipboard.problem.notJson", nl < 0 ? why : why.substring(0, nl)));
        }
        RoadmapTreeDecoder d = new RoadmapTreeDecoder(source);
        if (!root.isObject()) {
            throw refused(source, Messages.text("clipboard.problem.notObject", ObjectFields.describe(root)));
        }
        ObjectNode doc = (ObjectNode) root;
        checkHeader(doc, source);
        JsonNode items = doc.get("milestones");
        if (items != null && items.isArray() && items.size() > MAX_MILESTONES) {
            throw refused(source, Messages.text("clipboard.problem.tooMany", items.size(), MAX_MILESTONES));
        }
        d.unknownKeys(doc, JsonPath.ROOT, KEYS, Messages.text("clipboard.problem.ofCopies"));
        ObjectFields top = new ObjectFields(d, doc, JsonPath.ROOT);
        CopiedMilestones copied = new CopiedMilestones(
                d.list(top, "sectors", RoadmapTreeDecoder.SECTOR_KEYS, "sector", d::sector),
                d.list(top, "commissions", RoadmapTreeDecoder.COMMISSION_KEYS, "commission", d::commission),
                d.list(top, "milestones", RoadmapTreeDecoder.MILESTONE_KEYS, "milestone", d::milestone),
                d.list(top, "sessions", RoadmapTreeDecoder.SESSION_KEYS, "session", d::session),
                d.list(top, "dependencies", RoadmapTreeDecoder.DEPENDENCY_KEYS, "dependency", d::dependency));
        if (d.problems.isEmpty()) {
            if (copied.milestones().isEmpty()) {
                throw refused(source, Messages.text("clipboard.problem.noMilestones"));
            }
            // The copies are checked as a roadmap of their own would be: what they name must be among them.
            Roadmap alone = asRoadmap(copied);
            for (Problem p : RoadmapValidator.validate(alone)) {
                d.problems.add(d.fromValidator(p, alone));
            }
        }
        if (!d.problems.isEmpty()) {
            int shown = Math.min(d.problems.size(), RoadmapJsonReader.MAX_LISTED_PROBLEMS);
            List<FormatProblem> listed = new ArrayList<>(d.problems.subList(0, shown));
            if (d.problems.size() > shown) {
                listed.add(new FormatProblem(source, "", null, 0, 0,
                        Messages.text("csv.moreProblems", d.problems.size() - shown)));
            }
            throw new RoadmapFormatException(source, listed);
        }
        return copied;
    }

    private static void checkHeader(ObjectNode doc, String source) throws RoadmapFormatException {
        JsonNode format = doc.get("format");
        if (format == null || !format.isString() || !FORMAT.equals(format.stringValue())) {
            String found = format == null ? Messages.text("clipboard.problem.nothing")
                    : format.isString() ? Quote.of(format.stringValue()) : ObjectFields.describe(format);
            throw refused(source, Messages.text("clipboard.problem.otherFormat", found, FORMAT));
        }
        JsonNode version = doc.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            String found = version == null ? Messages.text("clipboard.problem.nothing")
                    : ObjectFields.describe(version);
            throw refused(source, Messages.text("clipboard.problem.badVersion", found));
        }
        if (version.intValue() > VERSION) {
            throw refused(source, Messages.text("clipboard.problem.newer", version.intValue(), VERSION));
        }
    }

    /** The copies as a roadmap with no title of its own, for the validator; never shown or written. */
    private static Roadmap asRoadmap(CopiedMilestones c) {
        RoadmapInfo info = new RoadmapInfo(new UUID(0, 0), FORMAT, null, null, null, LocalDate.of(2000, 1, 1),
                LocalDate.of(2000, 1, 1), null, "en", null);
        return new Roadmap(info, c.sectors(), c.commissions(), c.sessions(), c.milestones(), c.dependencies(),
                List.of());
    }

    private static RoadmapFormatException refused(String source, String message) {
        return new RoadmapFormatException(source, List.of(new FormatProblem(source, "", null, 0, 0, message)));
    }
}
