package io.milepost.io.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Milepost's JSON exchange format: one whole roadmap in one UTF-8 file, versioned, lossless.
 *
 * <pre>
 * {
 *   "format": "milepost",
 *   "version": 3,
 *   "roadmap": { "id", "title", "titleAlt", "subtitle", "subtitleAlt", "partyA", "partyB", "periodStart",
 *                "periodEnd", "primaryLanguage", "secondLanguage", "description" },
 *   "sectors":      [ { "id", "name", "nameAlt", "color", "order" } ],
 *   "commissions":  [ { "id", "kind", "name", "nameAlt", "coChairA", "coChairB", "description" } ],
 *   "milestones":   [ { "id", "kind", "title", "titleAlt", "sectorId", "commissionId", "start", "end", "ongoing",
 *                       "status", "percentComplete", "leadAgencyA", "leadAgencyB", "baselineStart", "baselineEnd",
 *                       "description", "expectedOutcome", "remarks", "tags", "order" } ],
 *   "sessions":     [ { "meetingId", "number", "venue", "decisions" } ],
 *   "dependencies": [ { "id", "predecessorId", "successorId", "type", "lagDays" } ],
 *   "agreements":   [ { "id", "kind", "title", "titleAlt", "sectorId", "signed", "status", "description",
 *                       "milestoneIds" } ]
 * }
 * </pre>
 *
 * A commission's session is a MEETING milestone of the commission; {@code sessions} holds what it adds, keyed by the
 * meeting's id. Version 1 (still read) kept a session as an item of its own with dates and status ({@code id,
 * commissionId, number, start, end, venue, status, outcome}); reading it makes each such session its commission's
 * meeting of the same start day, or a new meeting where there is none. Version 2 (still read) had no
 * {@code titleAlt}/{@code subtitleAlt} of the roadmap; they read as {@code null}. Version 3 is a new number, not just
 * two new optional keys, so that an older Milepost refuses the file as newer instead of as a mistyped key.
 * <p>
 * Dates as a plan wrote them ({@code start}, {@code end} of milestones) are {@code PlanDate} codes:
 * "2025-04-11", "2025-04", "Q3 2025", "H1 2026", "2027". Plain days (period, baselines, signing) are ISO
 * "2025-04-11". Ids are UUIDs, enums are their upper-case names. The writer emits every key, {@code null} included,
 * in the order above, so exported files diff line by line; the reader takes a missing optional key as {@code null}
 * (or 0, false, [] for numbers, flags and lists), so a hand-written file may leave them out.
 *
 * @see RoadmapJsonWriter
 * @see RoadmapJsonReader
 */
public final class RoadmapJson {

    /** The value of the top-level {@code "format"} key. */
    public static final String FORMAT = "milepost";
    /** The newest format version this build writes and reads. */
    public static final int VERSION = 3;

    /** A roadmap of thousands of items is well under a megabyte; anything bigger than this is refused unread. */
    public static final long MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
    /** The format nests four deep (document, list, item, tags); this leaves room and stops stack-eating input. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest text value, in characters (a long description is a few thousand). */
    public static final int MAX_STRING_LENGTH = 1024 * 1024;
    /** The longest key, in characters. */
    public static final int MAX_NAME_LENGTH = 1024;
    /** The longest number literal, in characters. */
    public static final int MAX_NUMBER_LENGTH = 32;

    private RoadmapJson() {
    }

    /**
     * The one mapper of this package: strict JSON (no comments, no trailing commas), duplicate keys and trailing
     * content refused, read limits as above. Used only for the tree model; nothing is bound to classes by reflection,
     * and no type information is ever read from the input.
     */
    static JsonMapper mapper() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }
}
