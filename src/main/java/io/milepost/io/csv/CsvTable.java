package io.milepost.io.csv;

import io.milepost.i18n.Messages;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** A CSV file as rows of text cells, each row with the line it starts on; RFC 4180 quoting. */
final class CsvTable {

    /** The longest cell, in characters. */
    static final int MAX_CELL_LENGTH = 1024 * 1024;
    /** More rows than any roadmap has; past this the file is refused unread. */
    static final int MAX_ROWS = 1_000_000;

    record Row(int line, List<String> cells) {
    }

    private static final CsvMapper MAPPER = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL_LENGTH).build())
                    .build())
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    private CsvTable() {
    }

    static List<Row> parse(String text, String source) throws CsvFormatException {
        List<Row> rows = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(new StringReader(text))) {
            JsonToken t = p.nextToken(); // the array of all rows
            if (t == null) {
                return rows;
            }
            List<String> cells = null;
            int line = 0;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.START_ARRAY) {
                    cells = new ArrayList<>();
                    line = 0;
                } else if (t == JsonToken.END_ARRAY && cells != null) {
                    rows.add(new Row(line, cells));
                    cells = null;
                    if (rows.size() > MAX_ROWS) {
                        throw new CsvFormatException(List.of(new CsvProblem(source, 0, 0, null,
                                Messages.text("csv.tooManyRows", MAX_ROWS))));
                    }
                } else if (cells != null && t.isScalarValue()) {
                    if (line == 0) {
                        line = Math.max(1, p.currentTokenLocation().getLineNr());
                    }
                    cells.add(p.getString());
                }
            }
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String message = e.getOriginalMessage();
            int nl = message == null ? -1 : message.indexOf('\n');
            throw new CsvFormatException(List.of(new CsvProblem(source, loc == null ? 0 : Math.max(0, loc.getLineNr()),
                    loc == null ? 0 : Math.max(0, loc.getColumnNr()), null,
                    Messages.text("csv.invalid", nl >= 0 ? message.substring(0, nl) : message))));
        }
        return rows;
    }
}
