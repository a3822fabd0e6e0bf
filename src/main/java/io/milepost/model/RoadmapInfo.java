package io.milepost.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What the roadmap is: its title, its two parties and its period.
 *
 * @param primaryLanguage BCP 47 tag of the language titles are written in ("en")
 * @param secondLanguage  BCP 47 tag of the optional second language of {@code *Alt} fields ("ru"), or {@code null}
 */
public record RoadmapInfo(UUID id, String title, String subtitle, String partyA, String partyB, LocalDate periodStart,
                          LocalDate periodEnd, String description, String primaryLanguage, String secondLanguage) {
    public RoadmapInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(primaryLanguage, "primaryLanguage");
    }
}
