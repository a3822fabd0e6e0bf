package io.milepost.app.exchange;

import io.milepost.chart.Language;
import java.time.Instant;
import java.util.Objects;

/**
 * Choices an export may honour; each exporter takes what applies to it.
 *
 * @param byteOrderMark start a text file with a UTF-8 byte-order mark (Excel needs one to read a CSV as UTF-8)
 * @param stamp         the moment written into files that carry one (iCalendar's DTSTAMP, the HTML report's date)
 * @param language      the data language of the formats a planner reads (the HTML report's title and chart)
 */
public record ExportOptions(boolean byteOrderMark, Instant stamp, Language language) {

    public ExportOptions {
        Objects.requireNonNull(stamp, "stamp");
        language = language == null ? Language.PRIMARY : language;
    }

    public ExportOptions(boolean byteOrderMark, Instant stamp) {
        this(byteOrderMark, stamp, Language.PRIMARY);
    }

    public static ExportOptions now() {
        return new ExportOptions(false, Instant.now());
    }

    public ExportOptions withByteOrderMark(boolean bom) {
        return new ExportOptions(bom, stamp, language);
    }

    public ExportOptions withLanguage(Language v) {
        return new ExportOptions(byteOrderMark, stamp, v);
    }
}
