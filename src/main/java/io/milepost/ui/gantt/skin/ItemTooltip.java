package io.milepost.ui.gantt.skin;

import io.milepost.chart.ChartOptions;
import io.milepost.i18n.Messages;
import io.milepost.chart.ChartTexts;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.model.RoadmapInfo;
import java.util.Objects;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The tooltip of the item under the pointer: its title, its timeline as the plan wrote it, its status and the lead
 * agency on each side. One tooltip for the whole canvas; its text follows the pointer from item to item, and it is
 * taken off the canvas over empty space so the background shows none.
 */
final class ItemTooltip {

    private final Node owner;
    private final Tooltip tooltip = new Tooltip();
    private UUID shown;
    private boolean installed;

    ItemTooltip(Node owner) {
        this.owner = owner;
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(460);
        tooltip.getStyleClass().add("gantt-tooltip");
    }

    /** Shows the item's tooltip, or none for {@code null}. */
    void pointAt(UUID itemId, Roadmap roadmap, ChartOptions options) {
        if (Objects.equals(itemId, shown)) {
            return;
        }
        shown = itemId;
        Milestone m = itemId == null || roadmap == null ? null : roadmap.milestone(itemId).orElse(null);
        if (m == null) {
            if (installed) {
                Tooltip.uninstall(owner, tooltip);
                installed = false;
            }
            return;
        }
        tooltip.setText(text(m, roadmap.info(), options));
        if (!installed) {
            Tooltip.install(owner, tooltip);
            installed = true;
        }
    }

    /**
     * Title, timeline as written, status (and percent when started), the lead agencies, and the description: where
     * the item comes from (a source, or "Illustrative plan") is as much part of reading it as its dates.
     */
    static String text(Milestone m, RoadmapInfo info, ChartOptions options) {
        ChartTexts texts = options.texts();
        StringBuilder b = new StringBuilder(options.language().title(m)).append('\n')
                .append(m.timelineLabel(texts.locale())).append('\n').append(texts.status(m.status()));
        if (m.percentComplete() > 0 && m.percentComplete() < 100) {
            b.append(" · ").append(texts.word("chart.percentDone", m.percentComplete()));
        }
        // One line per side: lead agencies have long official names.
        for (String line : new String[] {lead(info.partyA(), m.leadAgencyA()), lead(info.partyB(), m.leadAgencyB())}) {
            if (!line.isEmpty()) {
                b.append('\n').append(line);
            }
        }
        if (m.description() != null && !m.description().isBlank()) {
            b.append("\n\n").append(m.description().strip());
        }
        return b.toString();
    }

    private static String lead(String party, String agency) {
        if (agency == null || agency.isBlank()) {
            return "";
        }
        return party == null || party.isBlank() ? Messages.text("chart.lead", agency) : party + ": " + agency;
    }
}
