package io.milepost.store;

import io.milepost.model.Agreement;
import io.milepost.model.AgreementKind;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Commission;
import io.milepost.model.CommissionKind;
import io.milepost.model.DatePrecision;
import io.milepost.model.Dependency;
import io.milepost.model.DependencyType;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import io.milepost.model.SessionDetails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random roadmaps for property tests, each a pure function of its seed so a failure names the seed that reproduces
 * it. References between items are always to items in the roadmap (the store's foreign keys require that); beyond
 * that anything the model's records accept may appear: nulls, empty strings, Cyrillic, Urdu, emoji, quotes and SQL
 * punctuation, negative and extreme numbers, repeated tags and links, any order.
 */
final class GeneratedRoadmaps {

    private static final String[] ALPHABETS = {
            "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789",
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюя АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ ўі",
            "ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہھءیے ",
            "'\";--%_\\/*()[]{}<>&|!?#@$^~`\t\n\r ",
            "–—…€‰ 中文 日本語 한국어 \u00e9\u0301 \u200b",
    };
    private static final int[] EMOJI = {0x1F600, 0x1F30D, 0x1F1F5, 0x1F1F0, 0x1F91D};

    private final SplittableRandom r;

    private GeneratedRoadmaps(long seed) {
        r = new SplittableRandom(seed);
    }

    static Roadmap generate(long seed) {
        return new GeneratedRoadmaps(seed).roadmap();
    }

    private Roadmap roadmap() {
        RoadmapInfo info = new RoadmapInfo(uuid(), text(), optionalText(), optionalText(), optionalText(), day(),
                day(), optionalText(), text(), optionalText(), optionalText(), optionalText());
        List<Sector> sectors = list(1, 5, () -> new Sector(uuid(), text(), optionalText(), optionalText(), r.nextInt()));
        List<Commission> commissions = list(0, 3, () -> new Commission(uuid(), pick(CommissionKind.values()), text(),
                optionalText(), optionalText(), optionalText(), optionalText()));
        List<Milestone> milestones = list(0, 25, () -> milestone(sectors, commissions));
        List<Milestone> meetings = milestones.stream()
                .filter(m -> m.kind() == MilestoneKind.MEETING && m.commissionId() != null).toList();
        List<SessionDetails> sessions = meetings.stream().filter(m -> r.nextBoolean())
                .map(m -> new SessionDetails(m.id(), r.nextInt(), optionalText(), optionalText())).toList();
        List<Dependency> dependencies = milestones.isEmpty() ? List.of() : list(0, 12, () -> new Dependency(uuid(),
                pick(milestones).id(), pick(milestones).id(), pick(DependencyType.values()), r.nextInt()));
        List<Agreement> agreements = list(0, 4, () -> new Agreement(uuid(), pick(AgreementKind.values()), text(),
                optionalText(), r.nextInt(3) == 0 ? null : pick(sectors).id(), r.nextBoolean() ? null : day(),
                pick(AgreementStatus.values()), optionalText(),
                milestones.isEmpty() ? List.of() : list(0, 5, () -> pick(milestones).id())));
        return new Roadmap(info, sectors, commissions, sessions, milestones, dependencies, agreements);
    }

    private Milestone milestone(List<Sector> sectors, List<Commission> commissions) {
        return Milestone.builder().id(uuid()).kind(pick(MilestoneKind.values())).title(text())
                .titleAlt(optionalText()).description(optionalText()).sectorId(pick(sectors).id())
                .commissionId(commissions.isEmpty() || r.nextBoolean() ? null : pick(commissions).id())
                .start(planDate()).end(optionalPlanDate()).ongoing(r.nextBoolean())
                .status(pick(MilestoneStatus.values())).percentComplete(r.nextInt(-10, 120))
                .leadAgencyA(optionalText()).leadAgencyB(optionalText())
                .baselineStart(r.nextBoolean() ? null : day()).baselineEnd(r.nextBoolean() ? null : day())
                .expectedOutcome(optionalText()).remarks(optionalText()).tags(list(0, 4, this::text))
                .order(r.nextInt()).build();
    }

    private <T> List<T> list(int min, int max, Supplier<T> item) {
        int n = r.nextInt(min, max + 1);
        List<T> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(item.get());
        }
        return items;
    }

    private <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private UUID uuid() {
        return new UUID(r.nextLong(), r.nextLong());
    }

    private String optionalText() {
        return r.nextInt(4) == 0 ? null : text();
    }

    /** Any text, often empty, in any of the alphabets, sometimes with characters outside the BMP. */
    private String text() {
        int length = r.nextInt(5) == 0 ? 0 : r.nextInt(1, 30);
        StringBuilder sb = new StringBuilder();
        String alphabet = pick(ALPHABETS);
        for (int i = 0; i < length; i++) {
            if (r.nextInt(20) == 0) {
                sb.appendCodePoint(EMOJI[r.nextInt(EMOJI.length)]);
            } else {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
        }
        return sb.toString();
    }

    private LocalDate day() {
        return LocalDate.of(1990, 1, 1).plusDays(r.nextInt(365 * 70));
    }

    private PlanDate planDate() {
        return new PlanDate(day(), pick(DatePrecision.values()));
    }

    private PlanDate optionalPlanDate() {
        return r.nextBoolean() ? null : planDate();
    }
}
