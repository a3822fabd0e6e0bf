package io.milepost.app.exchange;

import java.time.Instant;
import java.util.Objects;

/**
 * Choices an export may honour; each exporter takes what applies to it.
 *
 * @param byteOrderMark start a text file with a UTF-8 byte-order mark (Excel needs one to read a CSV as UTF-8)
 * @param stamp         the moment written into files that carry one (iCalendar's DTSTAMP, the HTML report's date)
 */
public record ExportOptions(boolean byteOrderMark, Instant stamp) {

    public ExportOptions {
        Objects.requireNonNull(stamp, "stamp");
    }

    public static ExportOptions now() {
        return new ExportOptions(false, Instant.now());
    }

    public ExportOptions withByteOrderMark(boolean bom) {
        return new ExportOptions(bom, stamp);
    }
}
