package io.milepost.io.ics;

import io.milepost.i18n.Messages;
import io.milepost.model.Agreement;
import io.milepost.model.DatePrecision;
import io.milepost.model.Milestone;
import io.milepost.model.MilestoneKind;
import io.milepost.model.MilestoneStatus;
import io.milepost.model.PlanDate;
import io.milepost.model.Roadmap;
import io.milepost.model.Sector;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a roadmap's dates to an iCalendar file (RFC 5545) that calendar programs subscribe to or import: every
 * milestone and meeting, every commission session and every agreement's signing as an all-day ({@code VALUE=DATE})
 * event. Each event's UID is derived from the item's id, so importing the file again updates the same events instead
 * of adding copies. A date the plan gives as a period ("Q3 2025") is a one-day event on the period's last day — its
 * deadline — with the period in the description; a meeting over several exact days spans them. Activities (bars) are
 * not events. Thread-safe.
 */
public final class RoadmapIcsWriter {

    static final String PRODUCT = "-//Milepost//Milepost roadmap//EN";
    static final String UID_DOMAIN = "@milepost.roadmap";

    /**
     * Writes the calendar to {@code out}, which is left open. The output is not run through ical4j's validator (it
     * costs half the time of a 10,000-item export); the tests validate what this writer builds instead.
     */
    public void write(Roadmap roadmap, Instant stamp, OutputStream out) throws IOException {
        write(roadmap, stamp, Locale.ENGLISH, out);
    }

    /**
     * As {@link #write(Roadmap, Instant, OutputStream)}, the calendar's own words (dates as the plan writes them,
     * "Expected outcome", "Signing", statuses) in {@code language}; the roadmap's texts as written.
     */
    public void write(Roadmap roadmap, Instant stamp, Locale language, OutputStream out) throws IOException {
        Messages words = Messages.in(language);
        Calendar calendar = new Calendar().withProdId(PRODUCT).withDefaults()
                .withProperty(new XProperty("X-WR-CALNAME", roadmap.info().title())).getFluentTarget();
        for (VEvent event : events(roadmap, stamp, words)) {
            calendar.add(event);
        }
        StringWriter text = new StringWriter(); // the outputter closes what it writes to
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (ValidationException e) {
            throw new IllegalStateException("the calendar cannot be written: " + e.getMessage(), e);
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    List<VEvent> events(Roadmap roadmap, Instant stamp) {
        return events(roadmap, stamp, Messages.in(Locale.ENGLISH));
    }

    List<VEvent> events(Roadmap roadmap, Instant stamp, Messages words) {
        List<VEvent> events = new ArrayList<>();
        for (Milestone m : roadmap.milestones()) {
            if (m.kind() == MilestoneKind.ACTIVITY) {
                continue;
            }
            String sector = roadmap.sector(m.sectorId()).map(Sector::name).orElse(null);
            StringBuilder text = new StringBuilder(m.timelineLabel(words.locale()));
            append(text, m.description());
            append(text, lead(words, roadmap.info().partyA(), m.leadAgencyA()));
            append(text, lead(words, roadmap.info().partyB(), m.leadAgencyB()));
            append(text, m.expectedOutcome() == null ? null : words.get("ics.expectedOutcome", m.expectedOutcome()));
            roadmap.sessionOf(m.id()).ifPresent(session -> { // a meeting that is a commission's session
                append(text, session.venue() == null ? words.get("ics.session", session.number())
                        : words.get("ics.sessionAt", session.number(), session.venue()));
                append(text, session.decisions() == null ? null : words.get("ics.decisions", session.decisions()));
            });
            VEvent e = event(m.id().toString(), m.title(), m.start(), m.ongoing() ? null : m.end(), stamp,
                    text.toString(), categories(sector, words.of("status", m.status()), words));
            if (m.status() == MilestoneStatus.CANCELLED) {
                e.add(new Status(Status.VALUE_CANCELLED));
            }
            events.add(e);
        }
        for (Agreement a : roadmap.agreements()) {
            if (a.signed() == null) {
                continue;
            }
            String sector = a.sectorId() == null ? null : roadmap.sector(a.sectorId()).map(Sector::name).orElse(null);
            StringBuilder text = new StringBuilder(words.get("ics.signed", words.of("agreementKind", a.kind())));
            append(text, a.description());
            events.add(event("agreement-" + a.id(), words.get("ics.signing", a.title()), PlanDate.day(a.signed()),
                    null, stamp, text.toString(),
                    categories(sector, words.of("agreementStatus", a.status()), words)));
        }
        return events;
    }

    private static VEvent event(String id, String title, PlanDate start, PlanDate end, Instant stamp,
                                String description, TextList categories) {
        PlanDate last = end == null ? start : end;
        LocalDate first;
        LocalDate through;
        if (start.precision() == DatePrecision.DAY && last.precision() == DatePrecision.DAY) {
            first = start.firstDay();
            through = last.lastDay();
        } else {
            first = last.lastDay(); // a period's deadline: its last day
            through = first;
        }
        VEvent e = new VEvent(first, through.plusDays(1), title);
        e.replace(new DtStamp(stamp.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        e.replace(new Uid(uid(id)));
        e.add(new Description(description));
        if (!categories.getTexts().isEmpty()) {
            e.add(new Categories(categories));
        }
        return e;
    }

    /** A UID that stays the same for the same item in every export: its id, in Milepost's own domain. */
    static String uid(String id) {
        return id + UID_DOMAIN;
    }

    /** The group and the status, the status in lower case as a calendar's categories are: "done", "выполнено". */
    private static TextList categories(String group, String status, Messages words) {
        List<String> texts = new ArrayList<>();
        if (group != null && !group.isBlank()) {
            texts.add(group);
        }
        texts.add(status.toLowerCase(words.locale()));
        return new TextList(texts);
    }

    private static String lead(Messages words, String party, String agency) {
        if (agency == null) {
            return null;
        }
        return party == null ? words.get("ics.lead", agency) : words.get("ics.leadOf", party, agency);
    }

    private static void append(StringBuilder text, String line) {
        if (line != null && !line.isBlank()) {
            text.append('\n').append(line);
        }
    }
}
