package io.milepost.io.csv;

import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a roadmap's milestones as CSV (RFC 4180: comma, double quotes, CRLF line ends), one row per milestone with
 * every field, sectors and commissions by name, in UTF-8 with an optional byte-order mark for Excel. Text cells are
 * {@linkplain CsvCells neutralised} against formula injection. Thread-safe.
 */
public final class MilestoneCsvWriter {

    private final CsvMapper mapper = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** Writes the table to {@code out}, which is left open. */
    public void write(Roadmap roadmap, OutputStream out, boolean byteOrderMark) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setLineSeparator("\r\n");
        for (CsvColumn c : CsvColumn.values()) {
            schema.addColumn(c.header);
        }
        Map<UUID, String> sectors = new HashMap<>();
        roadmap.sectors().forEach(s -> sectors.put(s.id(), s.name()));
        Map<UUID, String> commissions = new HashMap<>();
        roadmap.commissions().forEach(c -> commissions.put(c.id(), c.name()));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        try (SequenceWriter rows = mapper.writer(schema.build().withHeader()).writeValues(writer)) {
            for (Milestone m : roadmap.milestones()) {
                rows.write(row(m, sectors, commissions));
            }
        }
        writer.flush();
    }

    private static List<String> row(Milestone m, Map<UUID, String> sectors, Map<UUID, String> commissions) {
        List<String> row = new ArrayList<>(CsvColumn.values().length);
        for (CsvColumn c : CsvColumn.values()) {
            row.add(switch (c) {
                case ID -> m.id().toString();
                case KIND -> m.kind().name();
                case TITLE -> text(m.title());
                case TITLE_ALT -> text(m.titleAlt());
                case SECTOR -> text(sectors.get(m.sectorId()));
                case COMMISSION -> text(m.commissionId() == null ? null : commissions.get(m.commissionId()));
                case START -> m.start().code();
                case END -> m.end() == null ? "" : m.end().code();
                case ONGOING -> Boolean.toString(m.ongoing());
                case FIRST_DAY -> m.firstDay().toString();
                case LAST_DAY -> m.ongoing() ? "" : m.lastDay().toString();
                case TIMELINE -> text(m.timelineLabel());
                case STATUS -> m.status().name();
                case PERCENT_COMPLETE -> Integer.toString(m.percentComplete());
                case LEAD_AGENCY_A -> text(m.leadAgencyA());
                case LEAD_AGENCY_B -> text(m.leadAgencyB());
                case BASELINE_START -> day(m.baselineStart());
                case BASELINE_END -> day(m.baselineEnd());
                case DESCRIPTION -> text(m.description());
                case EXPECTED_OUTCOME -> text(m.expectedOutcome());
                case REMARKS -> text(m.remarks());
                case TAGS -> text(String.join(CsvColumn.TAG_SEPARATOR, m.tags()));
                case ORDER -> Integer.toString(m.order());
            });
        }
        return row;
    }

    private static String text(String s) {
        return s == null ? "" : CsvCells.neutralise(s);
    }

    private static String day(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
