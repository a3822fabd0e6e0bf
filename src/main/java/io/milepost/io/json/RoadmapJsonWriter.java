package io.milepost.io.json;

import io.milepost.model.Agreement;
import io.milepost.model.Commission;
import io.milepost.model.SessionDetails;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a roadmap in the {@linkplain RoadmapJson JSON exchange format}: UTF-8, two-space indent, "\n" line ends,
 * every key in a fixed order with {@code null}s written out, lists in the roadmap's own order. The same roadmap always
 * gives the same bytes, so two exports diff line by line. Thread-safe.
 */
public final class RoadmapJsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectWriter writer;

    public RoadmapJsonWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        this.writer = RoadmapJson.mapper().writer().with(pretty);
    }

    /** The whole document as text, ending with a line break. */
    public String write(Roadmap roadmap) {
        return writer.writeValueAsString(toTree(roadmap)) + "\n";
    }

    /** Writes the document as UTF-8 to {@code out}, which is left open. */
    public void write(Roadmap roadmap, OutputStream out) throws IOException {
        out.write(write(roadmap).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Writes the document to {@code file} through a temporary file in the same folder, moved into place at the end,
     * so that a crash or a full disk never leaves half a file where a good one was.
     */
    public void write(Roadmap roadmap, Path file) throws IOException {
        byte[] bytes = write(roadmap).getBytes(StandardCharsets.UTF_8);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    ObjectNode toTree(Roadmap r) {
        ObjectNode doc = NODES.objectNode();
        doc.put("format", RoadmapJson.FORMAT);
        doc.put("version", RoadmapJson.VERSION);
        doc.set("roadmap", info(r.info()));
        ArrayNode sectors = doc.putArray("sectors");
        r.sectors().forEach(s -> sectors.add(sector(s)));
        ArrayNode commissions = doc.putArray("commissions");
        r.commissions().forEach(c -> commissions.add(commission(c)));
        ArrayNode milestones = doc.putArray("milestones");
        r.milestones().forEach(m -> milestones.add(milestone(m)));
        ArrayNode sessions = doc.putArray("sessions");
        r.sessions().forEach(s -> sessions.add(session(s)));
        ArrayNode dependencies = doc.putArray("dependencies");
        r.dependencies().forEach(d -> dependencies.add(dependency(d)));
        ArrayNode agreements = doc.putArray("agreements");
        r.agreements().forEach(a -> agreements.add(agreement(a)));
        return doc;
    }

    private static ObjectNode info(RoadmapInfo i) {
        ObjectNode o = NODES.objectNode();
        o.put("id", text(i.id()));
        o.put("title", i.title());
        o.put("titleAlt", i.titleAlt());
        o.put("subtitle", i.subtitle());
        o.put("subtitleAlt", i.subtitleAlt());
        o.put("partyA", i.partyA());
        o.put("partyB", i.partyB());
        o.put("periodStart", text(i.periodStart()));
        o.put("periodEnd", text(i.periodEnd()));
        o.put("primaryLanguage", i.primaryLanguage());
        o.put("secondLanguage", i.secondLanguage());
        o.put("description", i.description());
        return o;
    }

    static ObjectNode sector(Sector s) {
        ObjectNode o = NODES.objectNode();
        o.put("id", text(s.id()));
        o.put("name", s.name());
        o.put("nameAlt", s.nameAlt());
        o.put("color", s.color());
        o.put("order", s.order());
        return o;
    }

    static ObjectNode commission(Commission c) {
        ObjectNode o = NODES.objectNode();
        o.put("id", text(c.id()));
        o.put("kind", c.kind().name());
        o.put("name", c.name());
        o.put("nameAlt", c.nameAlt());
        o.put("coChairA", c.coChairA());
        o.put("coChairB", c.coChairB());
        o.put("description", c.description());
        return o;
    }

    static ObjectNode session(SessionDetails s) {
        ObjectNode o = NODES.objectNode();
        o.put("meetingId", text(s.meetingId()));
        o.put("number", s.number());
        o.put("venue", s.venue());
        o.put("decisions", s.decisions());
        return o;
    }

    static ObjectNode milestone(Milestone m) {
        ObjectNode o = NODES.objectNode();
        o.put("id", text(m.id()));
        o.put("kind", m.kind().name());
        o.put("title", m.title());
        o.put("titleAlt", m.titleAlt());
        o.put("sectorId", text(m.sectorId()));
        o.put("commissionId", text(m.commissionId()));
        o.put("start", text(m.start()));
        o.put("end", text(m.end()));
        o.put("ongoing", m.ongoing());
        o.put("status", m.status().name());
        o.put("percentComplete", m.percentComplete());
        o.put("leadAgencyA", m.leadAgencyA());
        o.put("leadAgencyB", m.leadAgencyB());
        o.put("baselineStart", text(m.baselineStart()));
        o.put("baselineEnd", text(m.baselineEnd()));
        o.put("description", m.description());
        o.put("expectedOutcome", m.expectedOutcome());
        o.put("remarks", m.remarks());
        o.set("tags", strings(m.tags()));
        o.put("order", m.order());
        return o;
    }

    static ObjectNode dependency(Dependency d) {
        ObjectNode o = NODES.objectNode();
        o.put("id", text(d.id()));
        o.put("predecessorId", text(d.predecessorId()));
        o.put("successorId", text(d.successorId()));
        o.put("type", d.type().name());
        o.put("lagDays", d.lagDays());
        return o;
    }

    private static ObjectNode agreement(Agreement a) {
        ObjectNode o = NODES.objectNode();
        o.put("id", text(a.id()));
        o.put("kind", a.kind().name());
        o.put("title", a.title());
        o.put("titleAlt", a.titleAlt());
        o.put("sectorId", text(a.sectorId()));
        o.put("signed", text(a.signed()));
        o.put("status", a.status().name());
        o.put("description", a.description());
        o.set("milestoneIds", strings(a.milestoneIds().stream().map(UUID::toString).toList()));
        return o;
    }

    private static ArrayNode strings(Collection<String> values) {
        ArrayNode array = NODES.arrayNode(values.size());
        values.forEach(array::add);
        return array;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String text(PlanDate date) {
        return date == null ? null : date.code();
    }
}
