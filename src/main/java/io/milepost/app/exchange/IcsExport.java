package io.milepost.app.exchange;

import io.milepost.io.ics.RoadmapIcsWriter;
import io.milepost.model.Roadmap;
import java.io.IOException;
import java.io.OutputStream;

/** The roadmap's milestones, meetings, sessions and signings as an iCalendar file of all-day events. */
public final class IcsExport implements Exporter {

    private final RoadmapIcsWriter writer = new RoadmapIcsWriter();

    @Override
    public String format() {
        return "ics";
    }

    @Override
    public String extension() {
        return "ics";
    }

    @Override
    public void write(Roadmap roadmap, ExportOptions options, OutputStream out) throws IOException {
        writer.write(roadmap, options.stamp(), options.language(), out);
    }
}
