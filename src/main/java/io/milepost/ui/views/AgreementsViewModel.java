package io.milepost.ui.views;

import io.milepost.chart.Language;
import io.milepost.i18n.Messages;
import io.milepost.chart.MilestoneFilter;
import io.milepost.model.Agreement;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the agreements tracker answers: "how far is each MoU on its way to an agreement in force?". Every agreement
 * by sector (in the sectors' order; those of no sector last), its stage on the way (signed MoU → being formalised →
 * agreement signed → in force), since when it was signed, the milestones that carry it and which of them are
 * overdue. Plain data from a roadmap and a day, tested without a screen.
 */
public final class AgreementsViewModel {

    /** A milestone that carries the agreement (its signing, its formalisation, its entry into force). */
    public record Carrier(UUID id, String title, String when, MilestoneStatus status, boolean overdue) {
    }

    /**
     * @param step    1 (MoU signed) to 4 (in force): how far along the way it is
     * @param signed  the day it was signed, or {@code null} while it is being prepared
     * @param overdue true when any milestone that carries it is overdue
     */
    public record Entry(UUID id, String kind, String title, AgreementStatus status, String stage, int step,
                        LocalDate signed, List<Carrier> carriers, boolean overdue) {

        /** The milestone to show for it in the chart: the first overdue one, else the first; empty if none. */
        public UUID itemToShow() {
            return carriers.stream().filter(Carrier::overdue).findFirst()
                    .or(() -> carriers.stream().findFirst()).map(Carrier::id).orElse(null);
        }
    }

    public record SectorAgreements(UUID sectorId, String sector, List<Entry> agreements) {
    }

    /** The number of stages on the way; {@link Entry#step()} counts up to it. */
    public static final int STEPS = AgreementStatus.values().length;

    private final List<SectorAgreements> sectors;

    public AgreementsViewModel(Roadmap roadmap, LocalDate today) {
        this(roadmap, today, Language.PRIMARY);
    }

    /** The agreements with titles and sector names in the given data language. */
    public AgreementsViewModel(Roadmap roadmap, LocalDate today, Language language) {
        Map<UUID, List<Entry>> bySector = new LinkedHashMap<>();
        for (Sector s : roadmap.sectorsInOrder()) {
            bySector.put(s.id(), new ArrayList<>());
        }
        List<Entry> noSector = new ArrayList<>();
        for (Agreement a : roadmap.agreements()) {
            Entry e = entry(roadmap, a, today, language);
            List<Entry> list = a.sectorId() == null ? noSector : bySector.get(a.sectorId());
            (list == null ? noSector : list).add(e);
        }
        List<SectorAgreements> result = new ArrayList<>();
        Comparator<Entry> order = Comparator.comparingInt(Entry::step).reversed()
                .thenComparing(Entry::signed, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Entry::title);
        for (Sector s : roadmap.sectorsInOrder()) {
            List<Entry> list = bySector.get(s.id());
            if (!list.isEmpty()) {
                list.sort(order);
                result.add(new SectorAgreements(s.id(), language.name(s), List.copyOf(list)));
            }
        }
        if (!noSector.isEmpty()) {
            noSector.sort(order);
            result.add(new SectorAgreements(null, Messages.text("chart.noSector"), List.copyOf(noSector)));
        }
        this.sectors = List.copyOf(result);
    }

    public List<SectorAgreements> sectors() {
        return sectors;
    }

    /** Every agreement, sector after sector. */
    public List<Entry> all() {
        return sectors.stream().flatMap(s -> s.agreements().stream()).toList();
    }

    public static String stageName(AgreementStatus s) {
        return Messages.ui().of("agreementStatus", s);
    }

    private static Entry entry(Roadmap roadmap, Agreement a, LocalDate today, Language language) {
        List<Carrier> carriers = a.milestoneIds().stream().flatMap(id -> roadmap.milestone(id).stream())
                .sorted(Comparator.comparing(Milestone::firstDay)).map(m -> carrier(m, today, language)).toList();
        boolean overdue = carriers.stream().anyMatch(Carrier::overdue);
        return new Entry(a.id(), kindName(a), language.title(a), a.status(), stageName(a.status()),
                a.status().ordinal() + 1, a.signed(), List.copyOf(carriers), overdue);
    }

    private static Carrier carrier(Milestone m, LocalDate today, Language language) {
        return new Carrier(m.id(), language.title(m), m.timelineLabel(Messages.ui().locale()), m.status(), MilestoneFilter.isOverdue(m, today));
    }

    private static String kindName(Agreement a) {
        return Messages.ui().of("agreementKind.short", a.kind());
    }
}
