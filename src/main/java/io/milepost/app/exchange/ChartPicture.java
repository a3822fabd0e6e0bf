package io.milepost.app.exchange;

import io.milepost.model.Roadmap;
import java.io.IOException;
import java.util.Optional;

/**
 * Draws a roadmap's chart as an inline {@code <svg>} element for the HTML report. The print formats provide it
 * ({@code app.print.PrintedChart}); the exchange formats only use it, so neither package needs the other's classes.
 */
@FunctionalInterface
public interface ChartPicture {

    /** No chart: the report without its picture. */
    ChartPicture NONE = (roadmap, options) -> Optional.empty();

    Optional<String> svg(Roadmap roadmap, ExportOptions options) throws IOException;
}
