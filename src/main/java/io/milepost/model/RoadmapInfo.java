package io.milepost.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What the roadmap is: its title, its two parties and its period.
 *
 * @param primaryLanguage BCP 47 tag of the language titles are written in ("en")
 * @param secondLanguage  BCP 47 tag of the optional second language of {@code *Alt} fields ("ru"), or {@code null}
 * @param titleAlt        the title in the second language, or {@code null}
 * @param subtitleAlt     the subtitle in the second language, or {@code null}
 */
public record RoadmapInfo(UUID id, String title, String subtitle, String partyA, String partyB, LocalDate periodStart,
                          LocalDate periodEnd, String description, String primaryLanguage, String secondLanguage,
                          String titleAlt, String subtitleAlt) {
    public RoadmapInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(primaryLanguage, "primaryLanguage");
    }

    /**
     * A roadmap that has no title in its second language (yet): a new roadmap, or one read from a format that has
     * none. Code that changes an existing roadmap's info uses the {@code with…} methods, which keep every field.
     */
    public RoadmapInfo(UUID id, String title, String subtitle, String partyA, String partyB, LocalDate periodStart,
                       LocalDate periodEnd, String description, String primaryLanguage, String secondLanguage) {
        this(id, title, subtitle, partyA, partyB, periodStart, periodEnd, description, primaryLanguage,
                secondLanguage, null, null);
    }

    public RoadmapInfo withTitle(String v) {
        return new RoadmapInfo(id, v, subtitle, partyA, partyB, periodStart, periodEnd, description, primaryLanguage,
                secondLanguage, titleAlt, subtitleAlt);
    }

    public RoadmapInfo withSubtitle(String v) {
        return new RoadmapInfo(id, title, v, partyA, partyB, periodStart, periodEnd, description, primaryLanguage,
                secondLanguage, titleAlt, subtitleAlt);
    }

    public RoadmapInfo withParties(String a, String b) {
        return new RoadmapInfo(id, title, subtitle, a, b, periodStart, periodEnd, description, primaryLanguage,
                secondLanguage, titleAlt, subtitleAlt);
    }

    public RoadmapInfo withPeriod(LocalDate start, LocalDate end) {
        return new RoadmapInfo(id, title, subtitle, partyA, partyB, start, end, description, primaryLanguage,
                secondLanguage, titleAlt, subtitleAlt);
    }

    public RoadmapInfo withDescription(String v) {
        return new RoadmapInfo(id, title, subtitle, partyA, partyB, periodStart, periodEnd, v, primaryLanguage,
                secondLanguage, titleAlt, subtitleAlt);
    }

    public RoadmapInfo withLanguages(String primary, String second) {
        return new RoadmapInfo(id, title, subtitle, partyA, partyB, periodStart, periodEnd, description, primary,
                second, titleAlt, subtitleAlt);
    }

    public RoadmapInfo withTitleAlt(String v) {
        return new RoadmapInfo(id, title, subtitle, partyA, partyB, periodStart, periodEnd, description,
                primaryLanguage, secondLanguage, v, subtitleAlt);
    }

    public RoadmapInfo withSubtitleAlt(String v) {
        return new RoadmapInfo(id, title, subtitle, partyA, partyB, periodStart, periodEnd, description,
                primaryLanguage, secondLanguage, titleAlt, v);
    }
}
