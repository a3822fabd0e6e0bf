package io.milepost.io.html;

import io.milepost.chart.Language;
import io.milepost.i18n.Messages;
import io.milepost.model.Agreement;
import io.milepost.model.AgreementStatus;
import io.milepost.model.Commission;
import io.milepost.model.SessionDetails;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The roadmap as one self-contained HTML page for reading and printing from a browser: a summary, the chart (an
 * inline SVG the caller drew, or none), the items of each sector, the commissions with their sessions and meetings,
 * and the agreements and where they stand. The style is inline; nothing is fetched; every text from the roadmap is
 * escaped. Thread-safe.
 */
public final class RoadmapHtmlWriter {


    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10.5pt;color:#1f2328;margin:2em auto;\
            max-width:1200px;padding:0 1em;line-height:1.4}
            h1{font-size:1.7em;margin:0 0 .2em}h2{font-size:1.3em;margin:1.6em 0 .5em;border-bottom:2px solid #d0d7de;\
            padding-bottom:.2em}h3{font-size:1.1em;margin:1.2em 0 .4em}
            .sub{color:#57606a;margin:0 0 1em}
            table{border-collapse:collapse;width:100%;margin:.4em 0 1em}
            th,td{border:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top}
            th{background:#f6f8fa}td.n{text-align:right;white-space:nowrap}td.d{white-space:nowrap}
            .swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:.4em;\
            vertical-align:baseline}
            .status{white-space:nowrap;font-size:.9em;padding:0 .4em;border-radius:3px;background:#eaeef2}
            .DONE{background:#dafbe1}.IN_PROGRESS{background:#ddf4ff}.AT_RISK{background:#fff8c5}\
            .DELAYED{background:#ffebe9}.CANCELLED{background:#eaeef2;text-decoration:line-through}
            .chart svg{width:100%;height:auto;border:1px solid #d0d7de}
            .muted{color:#57606a}
            footer{margin-top:2em;color:#57606a;font-size:.85em}
            @media print{body{margin:0;max-width:none;font-size:9pt}h2{break-after:avoid}\
            tr,.chart{break-inside:avoid}a{color:inherit}}
            """;

    /** The report with its headings in English and the roadmap's titles as first written. */
    public void write(Roadmap roadmap, String chartSvg, Instant stamp, OutputStream out) throws IOException {
        write(roadmap, Language.PRIMARY, chartSvg, stamp, Locale.ENGLISH, out);
    }

    /**
     * @param titles   which of the roadmap's titles to show (the data language)
     * @param chartSvg an {@code <svg>} element to show as the chart (already escaped by its writer), or {@code null}
     * @param language the language of the report's own words (headings, statuses, dates); the roadmap's texts are
     *                 shown as written
     */
    public void write(Roadmap roadmap, Language titles, String chartSvg, Instant stamp, Locale language,
                      OutputStream out) throws IOException {
        Messages words = Messages.in(language);
        StringBuilder h = new StringBuilder(1 << 16);
        RoadmapInfo info = roadmap.info();
        String title = titles.title(info);
        String subtitle = titles.subtitle(info);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(info.primaryLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n")
                .append("<meta name=\"generator\" content=\"Milepost\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Html.escape(title))
                .append("</h1>\n");
        if (subtitle != null) {
            h.append("<p class=\"sub\">").append(Html.escape(subtitle)).append("</p>\n");
        }
        h.append("<p class=\"sub\">").append(Html.escape(parties(info))).append(info.periodStart()).append(" – ")
                .append(info.periodEnd()).append("</p>\n</header>\n");
        summary(roadmap, words, h);
        if (chartSvg != null) {
            h.append("<section class=\"chart\">\n<h2>").append(words.get("html.chart")).append("</h2>\n")
                    .append(chartSvg).append("\n</section>\n");
        }
        sectors(roadmap, words, h);
        commissions(roadmap, words, h);
        agreements(roadmap, words, h);
        DateTimeFormatter stampFormat = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'", words.locale())
                .withZone(ZoneOffset.UTC);
        h.append("<footer>").append(Html.escape(words.get("html.footer", stampFormat.format(stamp)))).append(" ")
                .append(Html.escape(Objects.toString(info.description(), ""))).append("</footer>\n</body>\n</html>\n");
        out.write(h.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void summary(Roadmap r, Messages words, StringBuilder h) {
        Map<MilestoneStatus, Integer> byStatus = new EnumMap<>(MilestoneStatus.class);
        r.milestones().forEach(m -> byStatus.merge(m.status(), 1, Integer::sum));
        Map<AgreementStatus, Integer> agreements = new EnumMap<>(AgreementStatus.class);
        r.agreements().forEach(a -> agreements.merge(a.status(), 1, Integer::sum));
        double done = r.milestones().stream().filter(m -> m.status() != MilestoneStatus.CANCELLED)
                .mapToInt(Milestone::percentComplete).average().orElse(0);
        h.append("<section>\n<h2>").append(words.get("html.summary")).append("</h2>\n<table>\n<tr><th>")
                .append(words.get("html.sectors")).append("</th><td class=\"n\">")
                .append(r.sectors().size()).append("</td><th>").append(words.get("html.items"))
                .append("</th><td class=\"n\">").append(r.milestones().size())
                .append("</td><th>").append(words.get("html.commissions")).append("</th><td class=\"n\">")
                .append(r.commissions().size())
                .append("</td><th>").append(words.get("html.agreements")).append("</th><td class=\"n\">")
                .append(r.agreements().size())
                .append("</td></tr>\n</table>\n<table>\n<tr>");
        for (MilestoneStatus s : MilestoneStatus.values()) {
            h.append("<th>").append(Html.escape(words.of("status", s))).append("</th>");
        }
        h.append("<th>").append(words.get("html.averageComplete")).append("</th></tr>\n<tr>");
        for (MilestoneStatus s : MilestoneStatus.values()) {
            h.append("<td class=\"n\">").append(byStatus.getOrDefault(s, 0)).append("</td>");
        }
        h.append("<td class=\"n\">").append(Math.round(done)).append(" %</td></tr>\n</table>\n<table>\n<tr>");
        for (AgreementStatus s : AgreementStatus.values()) {
            h.append("<th>").append(Html.escape(words.of("agreementStatus", s))).append("</th>");
        }
        h.append("</tr>\n<tr>");
        for (AgreementStatus s : AgreementStatus.values()) {
            h.append("<td class=\"n\">").append(agreements.getOrDefault(s, 0)).append("</td>");
        }
        h.append("</tr>\n</table>\n</section>\n");
    }

    private static void sectors(Roadmap r, Messages words, StringBuilder h) {
        Map<UUID, List<Milestone>> bySector = r.milestonesBySector();
        h.append("<section>\n<h2>").append(words.get("html.itemsBySector")).append("</h2>\n");
        for (Sector s : r.sectorsInOrder()) {
            List<Milestone> items = bySector.getOrDefault(s.id(), List.of());
            h.append("<h3><span class=\"swatch\" style=\"background:").append(colour(s.color())).append("\"></span>")
                    .append(Html.escape(s.name()));
            if (s.nameAlt() != null) {
                h.append(" <span class=\"muted\">· ").append(Html.escape(s.nameAlt())).append("</span>");
            }
            h.append(" <span class=\"muted\">(").append(items.size()).append(")</span></h3>\n");
            if (items.isEmpty()) {
                continue;
            }
            h.append("<table>\n<tr><th>").append(words.get("html.item")).append("</th><th>")
                    .append(words.get("html.timeline")).append("</th><th>").append(words.get("html.status"))
                    .append("</th><th>").append(words.get("html.done")).append("</th><th>")
                    .append(Html.escape(words.get("html.lead", Objects.toString(r.info().partyA(), "A"))))
                    .append("</th><th>")
                    .append(Html.escape(words.get("html.lead", Objects.toString(r.info().partyB(), "B"))))
                    .append("</th><th>").append(words.get("html.expectedOutcome")).append("</th></tr>\n");
            for (Milestone m : items) {
                h.append("<tr><td>").append(m.kind() == MilestoneKind.ACTIVITY ? "" : m.kind() == MilestoneKind.MEETING
                        ? "◆ " : "◇ ").append(Html.escape(m.title()));
                if (m.titleAlt() != null) {
                    h.append("<br><span class=\"muted\">").append(Html.escape(m.titleAlt())).append("</span>");
                }
                h.append("</td><td class=\"d\">").append(Html.escape(m.timelineLabel(words.locale())))
                        .append("</td><td>").append(status(m.status().name(), words.of("status", m.status()))).append("</td><td class=\"n\">").append(m.percentComplete())
                        .append(" %</td><td>").append(Html.escape(m.leadAgencyA())).append("</td><td>")
                        .append(Html.escape(m.leadAgencyB())).append("</td><td>")
                        .append(Html.lines(m.expectedOutcome())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</section>\n");
    }

    private static void commissions(Roadmap r, Messages words, StringBuilder h) {
        h.append("<section>\n<h2>").append(words.get("html.commissionsAndSessions")).append("</h2>\n");
        if (r.commissions().isEmpty()) {
            h.append("<p class=\"muted\">").append(words.get("html.none")).append("</p>\n");
        }
        for (Commission c : r.commissions()) {
            h.append("<h3>").append(Html.escape(c.name())).append(" <span class=\"muted\">· ")
                    .append(Html.escape(words.of("commissionKind", c.kind()))).append("</span></h3>\n");
            if (c.coChairA() != null || c.coChairB() != null) {
                h.append("<p>").append(words.get("html.coChairs")).append(" ").append(Html.escape(Objects.toString(c.coChairA(), "—"))).append("; ")
                        .append(Html.escape(Objects.toString(c.coChairB(), "—"))).append("</p>\n");
            }
            sessionsOf(r, c, words, h);
        }
        h.append("</section>\n");
    }

    /** A commission's meetings, its sessions first by number with their venue and decisions. */
    private static void sessionsOf(Roadmap r, Commission c, Messages words, StringBuilder h) {
        List<Milestone> meetings = r.milestones().stream().filter(m -> c.id().equals(m.commissionId())
                && m.kind() == MilestoneKind.MEETING)
                .sorted(java.util.Comparator.comparingInt((Milestone m) -> r.sessionOf(m.id())
                        .map(SessionDetails::number).orElse(Integer.MAX_VALUE))).toList();
        if (meetings.isEmpty()) {
            return;
        }
        h.append("<table>\n<tr><th>").append(words.get("html.sessionOrMeeting")).append("</th><th>")
                .append(words.get("html.when")).append("</th><th>").append(words.get("html.venue")).append("</th><th>")
                .append(words.get("html.status")).append("</th><th>").append(words.get("html.decisions"))
                .append("</th></tr>\n");
        for (Milestone m : meetings) {
            java.util.Optional<SessionDetails> s = r.sessionOf(m.id());
            String what = s.map(d -> words.get("html.session", d.number())).orElse(m.title());
            String outcome = s.map(SessionDetails::decisions).filter(d -> d != null).orElse(m.expectedOutcome());
            h.append("<tr><td>").append(Html.escape(what)).append("</td><td class=\"d\">")
                    .append(Html.escape(m.timelineLabel(words.locale()))).append("</td><td>")
                    .append(Html.escape(s.map(SessionDetails::venue).orElse(null))).append("</td><td>")
                    .append(status(m.status().name(), words.of("status", m.status()))).append("</td><td>").append(Html.lines(outcome))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void agreements(Roadmap r, Messages words, StringBuilder h) {
        h.append("<section>\n<h2>").append(words.get("html.agreements")).append("</h2>\n");
        if (r.agreements().isEmpty()) {
            h.append("<p class=\"muted\">").append(words.get("html.none")).append("</p>\n</section>\n");
            return;
        }
        h.append("<table>\n<tr><th>").append(words.get("html.agreement")).append("</th><th>")
                .append(words.get("html.kind")).append("</th><th>").append(words.get("html.sector")).append("</th><th>")
                .append(words.get("html.signed")).append("</th><th>").append(words.get("html.stands"))
                .append("</th><th>").append(words.get("html.carriedBy")).append("</th></tr>\n");
        for (Agreement a : r.agreements()) {
            String sector = a.sectorId() == null ? "" : r.sector(a.sectorId()).map(Sector::name).orElse("");
            h.append("<tr><td>").append(Html.escape(a.title())).append("</td><td>")
                    .append(Html.escape(words.of("agreementKind", a.kind()))).append("</td><td>")
                    .append(Html.escape(sector)).append("</td><td class=\"d\">")
                    .append(a.signed() == null ? "" : a.signed().toString()).append("</td><td>")
                    .append(status(a.status().name(), words.of("agreementStatus", a.status()))).append("</td><td>");
            StringBuilder carried = new StringBuilder();
            for (UUID id : a.milestoneIds()) {
                r.milestone(id).ifPresent(m -> carried.append(carried.length() == 0 ? "" : "; ").append(m.title()));
            }
            h.append(Html.escape(carried.toString())).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static String parties(RoadmapInfo info) {
        if (info.partyA() == null && info.partyB() == null) {
            return "";
        }
        return Objects.toString(info.partyA(), "") + " – " + Objects.toString(info.partyB(), "") + " · ";
    }

    /** A status in its colour: the enum's name is the style class, the words say it in the report's language. */
    private static String status(String name, String words) {
        return "<span class=\"status " + name + "\">" + Html.escape(words) + "</span>";
    }

    /** A sector's colour if it is a plain #rrggbb, else grey: nothing else reaches the style attribute. */
    private static String colour(String c) {
        return c != null && c.matches("#[0-9a-fA-F]{6}") ? c : "#8c959f";
    }
}
