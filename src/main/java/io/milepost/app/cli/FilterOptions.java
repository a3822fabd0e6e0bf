package io.milepost.app.cli;

import io.milepost.chart.MilestoneFilter;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import picocli.CommandLine.Option;

/**
 * Which milestones a printed chart or matrix shows, as the window's filter bar chooses them: "only the at-risk items
 * of the trade sector". Values are checked against the roadmap by {@link #filter}.
 */
final class FilterOptions {

    @Option(names = "--status", paramLabel = "STATUS", split = ",",
            description = "only items of these statuses: planned, in_progress, done, at_risk, delayed, postponed, "
                    + "cancelled (comma-separated)")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--sector", paramLabel = "NAME", split = ",",
            description = "only items of these sectors, by name in either language (comma-separated)")
    List<String> sectors = new ArrayList<>();

    @Option(names = "--text", paramLabel = "WORDS",
            description = "only items whose title, description, lead agencies or tags hold every word")
    String text;

    @Option(names = "--overdue", description = "only items whose end has passed and that are not done")
    boolean overdue;

    /** True when any of these options was given. */
    boolean given() {
        return !statuses.isEmpty() || !sectors.isEmpty() || text != null || overdue;
    }

    /** The filter these options make for a roadmap. */
    MilestoneFilter filter(Roadmap roadmap) throws PrintExportOptions.BadOption {
        Set<MilestoneStatus> wanted = EnumSet.noneOf(MilestoneStatus.class);
        for (String s : statuses) {
            wanted.add(status(s));
        }
        Set<UUID> inSectors = new HashSet<>();
        for (String name : sectors) {
            inSectors.add(sector(roadmap, name.strip()));
        }
        return MilestoneFilter.NONE.withStatuses(wanted).withSectors(inSectors).withText(text)
                .withOverdueOn(overdue ? LocalDate.now() : null);
    }

    private static MilestoneStatus status(String value) throws PrintExportOptions.BadOption {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (MilestoneStatus s : MilestoneStatus.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new PrintExportOptions.BadOption("--status: one of planned, in_progress, done, at_risk, delayed, "
                + "postponed, cancelled, not \"" + value + "\"");
    }

    private static UUID sector(Roadmap roadmap, String name) throws PrintExportOptions.BadOption {
        for (Sector s : roadmap.sectorsInOrder()) {
            if (name.equalsIgnoreCase(s.name()) || name.equalsIgnoreCase(s.nameAlt())) {
                return s.id();
            }
        }
        throw new PrintExportOptions.BadOption("--sector: the roadmap has no sector named \"" + name + "\"");
    }
}
