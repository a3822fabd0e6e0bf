package io.milepost.io.json;

import io.milepost.i18n.Messages;
import io.milepost.model.Agreement;
import io.milepost.model.AgreementKind;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Commission;
import io.milepost.model.CommissionKind;
import io.milepost.model.LegacySessions;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Problem;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.SessionDetails;
import io.milepost.model.Sector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Turns the tree into a roadmap, collecting every problem on the way. One per read; not thread-safe. */
final class RoadmapTreeDecoder {

    private static final List<String> DOCUMENT_KEYS = List.of("format", "version", "roadmap", "sectors",
            "commissions", "sessions", "milestones", "dependencies", "agreements");
    private static final List<String> INFO_KEYS = List.of("id", "title", "titleAlt", "subtitle",
            "subtitleAlt", "partyA", "partyB", "periodStart", "periodEnd", "primaryLanguage", "secondLanguage",
            "description");
    static final List<String> SECTOR_KEYS = List.of("id", "name", "nameAlt", "color", "order");
    static final List<String> COMMISSION_KEYS = List.of("id", "kind", "name", "nameAlt", "coChairA",
            "coChairB", "description");
    static final List<String> SESSION_KEYS = List.of("meetingId", "number", "venue", "decisions");
    /** A session in format version 1: a list item of its own, repeating its meeting's dates and status. */
    private static final List<String> VERSION_1_SESSION_KEYS = List.of("id", "commissionId", "number", "start",
            "end", "venue", "status", "outcome");

    /** The statuses of a version-1 session. */
    private enum Version1SessionStatus { PLANNED, HELD, POSTPONED, CANCELLED }
    static final List<String> MILESTONE_KEYS = List.of("id", "kind", "title", "titleAlt", "sectorId",
            "commissionId", "start", "end", "ongoing", "status", "percentComplete", "leadAgencyA", "leadAgencyB",
            "baselineStart", "baselineEnd", "description", "expectedOutcome", "remarks", "tags", "order");
    static final List<String> DEPENDENCY_KEYS = List.of("id", "predecessorId", "successorId", "type",
            "lagDays");
    private static final List<String> AGREEMENT_KEYS = List.of("id", "kind", "title", "titleAlt", "sectorId",
            "signed", "status", "description", "milestoneIds");

    final String source;
    /** The format version of the file being read, once its header has been checked. */
    private int version;
    final List<FormatProblem> problems = new ArrayList<>();
    /** Where each problem is, for the reader to find its line; keyed by identity of the problem record. */
    final Map<FormatProblem, JsonPath> pointers = new IdentityHashMap<>();

    RoadmapTreeDecoder(String source) {
        this.source = source;
    }

    /** The roadmap, or {@code null} when there were problems. */
    Roadmap document(JsonNode root) {
        if (!root.isObject()) {
            problem(JsonPath.ROOT, Messages.text("jsonField.documentNotObject",
                    "{\"format\": \"milepost\", …}", ObjectFields.describe(root)));
            return null;
        }
        ObjectNode doc = (ObjectNode) root;
        checkFormat(doc);
        if (!problems.isEmpty()) {
            return null; // not Milepost's, or not this version: whatever else is wrong would only be noise
        }
        unknownKeys(doc, JsonPath.ROOT, DOCUMENT_KEYS, Messages.text("jsonField.of.document"));
        ObjectFields top = new ObjectFields(this, doc, JsonPath.ROOT);
        RoadmapInfo info = null;
        JsonNode infoNode = doc.get("roadmap");
        if (infoNode == null || infoNode.isNull()) {
            problem(JsonPath.ROOT.property("roadmap"), Messages.text("jsonField.roadmapRequired"));
        } else {
            info = info(infoNode, JsonPath.ROOT.property("roadmap"));
        }
        List<Sector> sectors = list(top, "sectors", SECTOR_KEYS, "sector", this::sector);
        List<Commission> commissions = list(top, "commissions", COMMISSION_KEYS, "commission", this::commission);
        List<SessionDetails> sessions = version >= 2
                ? list(top, "sessions", SESSION_KEYS, "session", this::session) : List.of();
        List<LegacySessions.Legacy> version1Sessions = version == 1
                ? list(top, "sessions", VERSION_1_SESSION_KEYS, "session", this::version1Session) : List.of();
        List<Milestone> milestones = list(top, "milestones", MILESTONE_KEYS, "milestone", this::milestone);
        List<Dependency> dependencies = list(top, "dependencies", DEPENDENCY_KEYS, "dependency",
                this::dependency);
        List<Agreement> agreements = list(top, "agreements", AGREEMENT_KEYS, "agreement", this::agreement);
        if (!problems.isEmpty() || info == null) {
            return null;
        }
        if (!version1Sessions.isEmpty()) {
            milestones = new ArrayList<>(milestones);
            sessions = meetingsOf(version1Sessions, sectors, commissions, milestones);
            if (sessions == null) {
                return null;
            }
        }
        return new Roadmap(info, sectors, commissions, sessions, milestones, dependencies, agreements);
    }

    private void checkFormat(ObjectNode doc) {
        JsonPath formatPath = JsonPath.ROOT.property("format");
        JsonNode format = doc.get("format");
        if (format == null) {
            problem(formatPath, Messages.text("json.noFormat", RoadmapJson.VERSION));
            return;
        }
        if (!format.isString() || !RoadmapJson.FORMAT.equals(format.stringValue())) {
            String found = format.isString() ? Quote.of(format.stringValue()) : ObjectFields.describe(format);
            problem(formatPath, Messages.text("json.otherFormat", found));
            return;
        }
        JsonPath versionPath = JsonPath.ROOT.property("version");
        JsonNode version = doc.get("version");
        if (version == null) {
            problem(versionPath, Messages.text("json.noVersion"));
        } else if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            problem(versionPath, Messages.text("json.badVersion",
                    ObjectFields.describe(version)));
        } else if (version.intValue() <= RoadmapJson.VERSION) {
            this.version = version.intValue();
        } else {
            problem(versionPath, Messages.text("json.newer", version.intValue(), RoadmapJson.VERSION));
        }
    }

    <T> List<T> list(ObjectFields top, String key, List<String> keys, String what,
                             Function<ObjectFields, T> decode) {
        List<T> out = new ArrayList<>();
        JsonNode node = top.object.get(key);
        JsonPath path = top.path.property(key);
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            problem(path, Messages.text("jsonField.notList", Messages.text("jsonField.kind." + what + ".list"),
                    ObjectFields.describe(node)));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonPath itemPath = path.index(i);
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                problem(itemPath, Messages.text("jsonField.notObject",
                        Messages.text("jsonField.kind." + what + ".object"), "{ … }", ObjectFields.describe(item)));
                continue;
            }
            unknownKeys((ObjectNode) item, itemPath, keys, Messages.text("jsonField.kind." + what + ".of"));
            int before = problems.size();
            T value = decode.apply(new ObjectFields(this, (ObjectNode) item, itemPath));
            if (problems.size() == before && value != null) {
                out.add(value);
            }
        }
        return out;
    }

    private RoadmapInfo info(JsonNode node, JsonPath path) {
        if (!node.isObject()) {
            problem(path, Messages.text("jsonField.notObject", Messages.text("jsonField.kind.roadmap.object"),
                    "{ \"id\": …, \"title\": … }", ObjectFields.describe(node)));
            return null;
        }
        unknownKeys((ObjectNode) node, path, INFO_KEYS, Messages.text("jsonField.kind.roadmap.of"));
        ObjectFields f = new ObjectFields(this, (ObjectNode) node, path);
        return build(() -> new RoadmapInfo(f.uuid("id", true), f.string("title", true),
                f.string("subtitle", false), f.string("partyA", false), f.string("partyB", false),
                f.day("periodStart", true), f.day("periodEnd", true), f.string("description", false),
                f.string("primaryLanguage", true), f.string("secondLanguage", false),
                f.string("titleAlt", false), f.string("subtitleAlt", false)));
    }

    Sector sector(ObjectFields f) {
        return build(() -> new Sector(f.uuid("id", true), f.string("name", true), f.string("nameAlt", false),
                f.string("color", false), f.integer("order", 0)));
    }

    Commission commission(ObjectFields f) {
        return build(() -> new Commission(f.uuid("id", true), f.enumeration("kind", CommissionKind.class, true),
                f.string("name", true), f.string("nameAlt", false), f.string("coChairA", false),
                f.string("coChairB", false), f.string("description", false)));
    }

    SessionDetails session(ObjectFields f) {
        return build(() -> new SessionDetails(f.uuid("meetingId", true), f.integer("number", null),
                f.string("venue", false), f.string("decisions", false)));
    }

    private LegacySessions.Legacy version1Session(ObjectFields f) {
        return build(() -> new LegacySessions.Legacy(f.uuid("id", true), f.uuid("commissionId", true),
                f.integer("number", null), f.planDate("start", true), f.planDate("end", false),
                f.string("venue", false), f.enumeration("status", Version1SessionStatus.class, true).name(),
                f.string("outcome", false)));
    }

    /**
     * The sessions of a version-1 file as meetings with their details (the rule of {@link LegacySessions}): a
     * meeting made for a session that had none is added to {@code milestones}. {@code null} after a problem.
     */
    private List<SessionDetails> meetingsOf(List<LegacySessions.Legacy> legacy, List<Sector> sectors,
                                            List<Commission> commissions, List<Milestone> milestones) {
        List<LegacySessions.Placed> placed = milestones.stream().map(m -> new LegacySessions.Placed(m.id(),
                m.commissionId(), m.kind(), m.start(), m.sectorId())).toList();
        List<UUID> sectorIds = sectors.stream().sorted(java.util.Comparator.comparingInt(Sector::order))
                .map(Sector::id).toList();
        LegacySessions.Folded folded;
        try {
            folded = LegacySessions.fold(legacy, placed, sectorIds);
        } catch (IllegalArgumentException e) {
            problem(JsonPath.ROOT.property("sessions"), e.getMessage());
            return null;
        }
        int order = milestones.stream().mapToInt(Milestone::order).max().orElse(0);
        for (LegacySessions.NewMeeting m : folded.newMeetings()) {
            String name = commissions.stream().filter(c -> c.id().equals(m.commissionId())).map(Commission::name)
                    .findFirst().orElse("Commission");
            milestones.add(Milestone.builder().id(m.id()).kind(MilestoneKind.MEETING)
                    .title(LegacySessions.titleOf(name, m.number())).sectorId(m.sectorId())
                    .commissionId(m.commissionId()).start(m.start()).end(m.end()).status(m.status())
                    .percentComplete(m.status() == MilestoneStatus.DONE ? 100 : 0).order(++order).build());
        }
        return folded.details();
    }

    Milestone milestone(ObjectFields f) {
        return build(() -> Milestone.builder()
                .id(f.uuid("id", true))
                .kind(f.enumeration("kind", MilestoneKind.class, true))
                .title(f.string("title", true))
                .titleAlt(f.string("titleAlt", false))
                .sectorId(f.uuid("sectorId", true))
                .commissionId(f.uuid("commissionId", false))
                .start(f.planDate("start", true))
                .end(f.planDate("end", false))
                .ongoing(f.bool("ongoing", false))
                .status(f.enumeration("status", MilestoneStatus.class, true))
                .percentComplete(f.integer("percentComplete", 0))
                .leadAgencyA(f.string("leadAgencyA", false))
                .leadAgencyB(f.string("leadAgencyB", false))
                .baselineStart(f.day("baselineStart", false))
                .baselineEnd(f.day("baselineEnd", false))
                .description(f.string("description", false))
                .expectedOutcome(f.string("expectedOutcome", false))
                .remarks(f.string("remarks", false))
                .tags(f.strings("tags"))
                .order(f.integer("order", 0))
                .build());
    }

    Dependency dependency(ObjectFields f) {
        return build(() -> new Dependency(f.uuid("id", true), f.uuid("predecessorId", true),
                f.uuid("successorId", true), f.enumeration("type", DependencyType.class, true),
                f.integer("lagDays", 0)));
    }

    private Agreement agreement(ObjectFields f) {
        return build(() -> new Agreement(f.uuid("id", true), f.enumeration("kind", AgreementKind.class, true),
                f.string("title", true), f.string("titleAlt", false), f.uuid("sectorId", false),
                f.day("signed", false), f.enumeration("status", AgreementStatus.class, true),
                f.string("description", false), f.uuids("milestoneIds")));
    }

    /**
     * Runs a constructor whose arguments were decoded with problems recorded; a required value that failed to
     * decode is {@code null} (or 0) and the model refuses it, which is expected and already reported.
     */
    private <T> T build(Supplier<T> constructor) {
        int before = problems.size();
        try {
            T value = constructor.get();
            return problems.size() == before ? value : null;
        } catch (NullPointerException | IllegalArgumentException e) {
            if (problems.size() == before) {
                throw e; // a model rule the reader does not know about: a bug here, not bad input
            }
            return null;
        }
    }

    void unknownKeys(ObjectNode object, JsonPath path, List<String> known, String what) {
        for (String name : object.propertyNames()) {
            if (!known.contains(name)) {
                problem(path.property(name), Messages.text("jsonField.unknownKey", what, String.join(", ", known)));
            }
        }
    }

    /** A problem of the roadmap's own validation, placed at the item and field it names. */
    FormatProblem fromValidator(Problem p, Roadmap r) {
        JsonPath path = switch (p.itemKind()) {
            case "roadmap" -> JsonPath.ROOT.property("roadmap");
            case "sector" -> item("sectors", r.sectors(), Sector::id, p);
            case "commission" -> item("commissions", r.commissions(), Commission::id, p);
            case "session" -> item("sessions", r.sessions(), SessionDetails::meetingId, p);
            case "milestone" -> item("milestones", r.milestones(), Milestone::id, p);
            case "dependency" -> item("dependencies", r.dependencies(), Dependency::id, p);
            case "agreement" -> item("agreements", r.agreements(), Agreement::id, p);
            default -> JsonPath.ROOT;
        };
        boolean atItem = "roadmap".equals(p.itemKind()) || path.lastProperty() == null;
        if (p.field() != null && atItem) {
            path = path.property(p.field());
        }
        String kind = "valid.kind." + p.itemKind();
        String message = p.itemLabel() == null || p.itemLabel().isBlank() || !Messages.ui().has(kind)
                ? p.message() : Messages.text("jsonField.ofItem", Messages.text(kind), Quote.of(p.itemLabel()),
                p.message());
        FormatProblem fp = new FormatProblem(source, path.display(), p.field(), 0, 0, message);
        pointers.put(fp, path);
        return fp;
    }

    private final Map<String, Integer> duplicateSeen = new HashMap<>();

    private <T> JsonPath item(String list, List<T> items, Function<T, UUID> id, Problem p) {
        JsonPath listPath = JsonPath.ROOT.property(list);
        if (p.itemId() == null) {
            return listPath;
        }
        // A duplicate id is reported once per repeat: point at the 2nd, 3rd, … item that carries it.
        int skip = "id".equals(p.field()) ? duplicateSeen.merge(list + p.itemId(), 1, Integer::sum) : 0;
        for (int i = 0; i < items.size(); i++) {
            if (p.itemId().equals(id.apply(items.get(i))) && skip-- == 0) {
                return listPath.index(i);
            }
        }
        return listPath;
    }

    void problem(JsonPath path, String message) {
        FormatProblem fp = new FormatProblem(source, path.display(), path.lastProperty(), 0, 0, message);
        problems.add(fp);
        pointers.put(fp, path);
    }


}
