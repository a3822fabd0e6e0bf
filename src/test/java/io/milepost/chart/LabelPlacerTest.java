package io.milepost.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Labels on a row that holds a bar from 100 to 200 and possibly neighbours; characters are 7 px wide. */
class LabelPlacerTest {

    private final LabelPlacer placer = new LabelPlacer(new FixedWidthTextMeasurer(7, 14));

    @Test
    void withRoomALabelGoesRightOfItsBar() {
        LabelPlacer.Placed p = placer.place("Seminar", FontRole.BAR_LABEL, 100, 200, true, 0, 1000);

        assertThat(p.placement()).isEqualTo(LabelPlacement.RIGHT);
        assertThat(p.x()).isEqualTo(204);
        assertThat(p.width()).isEqualTo(49);
    }

    @Test
    void aLabelThatWouldRunIntoTheNextBarGoesInsideItsOwnBarInstead() {
        LabelPlacer.Placed p = placer.place("Seminar", FontRole.BAR_LABEL, 100, 200, true, 0, 230);

        assertThat(p.placement()).isEqualTo(LabelPlacement.INSIDE);
        assertThat(p.x()).isEqualTo(103);
    }

    @Test
    void aLabelTooLongForItsBarAndBlockedOnTheRightGoesLeft() {
        LabelPlacer.Placed p = placer.place("Feasibility study on halal certification", FontRole.BAR_LABEL,
                400, 420, true, 0, 430);

        assertThat(p.placement()).isEqualTo(LabelPlacement.LEFT);
        assertThat(p.x() + p.width()).isEqualTo(396);
    }

    @Test
    void aLongTitleLeftOfABarNearTheViewsLeftEdgeIsShortenedToWhatIsSeenNotCutByTheEdge() {
        // A Russian title, blocked on the right, with the view starting at 300: only 96 px are seen left of the bar.
        LabelPlacer.Placed p = placer.place("Оформление меморандума в межправительственное соглашение",
                FontRole.BAR_LABEL, 400, 420, true, new LabelPlacer.Room(0, 430, 300, 1000, 0, 0));

        assertThat(p.x()).isGreaterThanOrEqualTo(300);
        assertThat(p.elided()).isTrue();
    }

    @Test
    void aMarkerNeverTakesItsLabelInside() {
        LabelPlacer.Placed p = placer.place("Seminar", FontRole.BAR_LABEL, 100, 200, false, 0, 230);

        assertThat(p.placement()).isEqualTo(LabelPlacement.LEFT);
    }

    @Test
    void withRoomNowhereTheLabelIsShortenedIntoTheWidestSpace() {
        LabelPlacer.Placed p = placer.place("Memorandum of understanding", FontRole.BAR_LABEL, 100, 200, true, 90,
                290);

        assertThat(p.placement()).isEqualTo(LabelPlacement.INSIDE);
        assertThat(p.text()).isEqualTo("Memorandum o…");
        assertThat(p.elided()).isTrue();
        assertThat(p.width()).isLessThanOrEqualTo(94);
    }

    @Test
    void withNoRoomEvenForAnEllipsisThereIsNoLabel() {
        assertThat(placer.place("Seminar", FontRole.BAR_LABEL, 100, 104, true, 98, 110)).isNull();
    }

    @Test
    void aLabelNeverOverlapsTheNextOrPreviousBarNorItsOwnUnlessInside() {
        Random random = new Random(42);
        for (int i = 0; i < 5000; i++) {
            double prevEnd = random.nextDouble() * 300;
            double left = prevEnd + random.nextDouble() * 200;
            double right = left + 2 + random.nextDouble() * 250;
            double nextStart = right + random.nextDouble() * 300;
            String text = "x".repeat(1 + random.nextInt(40));

            LabelPlacer.Placed p = placer.place(text, FontRole.BAR_LABEL, left, right, true, prevEnd, nextStart);

            if (p == null) {
                continue;
            }
            double end = p.x() + p.width();
            assertThat(end).as("clear of the next bar").isLessThanOrEqualTo(nextStart);
            assertThat(p.x()).as("clear of the previous bar").isGreaterThanOrEqualTo(prevEnd);
            if (p.placement() == LabelPlacement.INSIDE) {
                assertThat(p.x()).isGreaterThanOrEqualTo(left);
                assertThat(end).isLessThanOrEqualTo(right);
            } else {
                assertThat(end <= left || p.x() >= right).as("clear of its own bar").isTrue();
            }
        }
    }

    @Test
    void aBarCutByBothEdgesOfTheViewKeepsItsTitleInsideItsVisiblePart() {
        // Bar 100–2000, view 500–1300: right and left of the bar are both off screen.
        LabelPlacer.Placed p = placer.place("Seminar", FontRole.BAR_LABEL, 100, 2000, true,
                LabelPlacer.Room.between(0, 3000).inView(500, 1300));

        assertThat(p.placement()).isEqualTo(LabelPlacement.INSIDE);
        assertThat(p.x()).isEqualTo(500 + LabelPlacer.PAD);
        assertThat(p.text()).isEqualTo("Seminar");
    }

    @Test
    void aBarCutByTheLeftEdgeTakesItsTitleInsideEvenWithRoomToItsRight() {
        LabelPlacer.Placed p = placer.place("Seminar", FontRole.BAR_LABEL, 100, 400, true,
                LabelPlacer.Room.between(0, 3000).inView(250, 1000));

        assertThat(p.placement()).isEqualTo(LabelPlacement.INSIDE);
        assertThat(p.x()).isEqualTo(253);
    }

    @Test
    void aTitleTooLongForTheVisiblePartIsShortenedToTheVisibleWidth() {
        LabelPlacer.Placed p = placer.place("Memorandum of understanding", FontRole.BAR_LABEL, 0, 5000, true,
                LabelPlacer.Room.between(0, 5000).inView(1000, 1100));

        assertThat(p.placement()).isEqualTo(LabelPlacement.INSIDE);
        assertThat(p.x()).isEqualTo(1003);
        assertThat(p.elided()).isTrue();
        assertThat(p.text()).isEqualTo("Memorandum o…");
        assertThat(p.x() + p.width()).isLessThanOrEqualTo(1100 - LabelPlacer.PAD);
    }

    @Test
    void theTitleOfAMilestoneLeftOfTheViewWaitsAtTheEdgeWholeInsteadOfCut() {
        // A diamond from 90 to 110 px; the view starts at 150: "Signing" would start at 114, cut by the edge.
        LabelPlacer.Placed p = placer.place("Signing", FontRole.BAR_LABEL, 90, 110, false,
                LabelPlacer.Room.between(0, 1000).inView(150, 900));

        assertThat(p.placement()).isEqualTo(LabelPlacement.RIGHT);
        assertThat(p.text()).isEqualTo(LabelPlacer.OFF_LEFT + "Signing");
        assertThat(p.x()).isEqualTo(150 + LabelPlacer.PAD);
        assertThat(p.elided()).isFalse();
    }

    @Test
    void aBarThatBarelyShowsAtTheLeftEdgeHasItsTitleRightOfItsEnd() {
        // 50 px of the bar show: too few for the whole title, which fits right of the bar.
        LabelPlacer.Placed p = placer.place("Seminar", FontRole.BAR_LABEL, 100, 200, true,
                LabelPlacer.Room.between(0, 1000).inView(150, 900));

        assertThat(p.placement()).isEqualTo(LabelPlacement.RIGHT);
        assertThat(p.x()).isEqualTo(204);
    }

    @Test
    void aBarRunningOffTheRightEdgeWritesItsTitleInsideNotPastItsHiddenEnd() {
        LabelPlacer.Placed p = placer.place("Seminar", FontRole.BAR_LABEL, 100, 500, true,
                LabelPlacer.Room.between(0, 1000).inView(0, 400));

        assertThat(p.placement()).isEqualTo(LabelPlacement.INSIDE);
        assertThat(p.x()).isEqualTo(103);
    }

    @Test
    void aLabelOnABarThatMeetsTheViewIsAlwaysAtLeastPartlyInViewAndInsideOnlyItsVisiblePart() {
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            double left = random.nextDouble() * 2000;
            double right = left + 2 + random.nextDouble() * 2000;
            double viewLeft = random.nextDouble() * 2000;
            double viewRight = viewLeft + 100 + random.nextDouble() * 800;
            if (right <= viewLeft || left >= viewRight) {
                continue;
            }
            String text = "x".repeat(1 + random.nextInt(40));

            LabelPlacer.Placed p = placer.place(text, FontRole.BAR_LABEL, left, right, true,
                    LabelPlacer.Room.between(0, 5000).inView(viewLeft, viewRight));

            if (p == null) {
                continue;
            }
            assertThat(p.x() < viewRight && p.x() + p.width() > viewLeft).as("seen").isTrue();
            if (p.placement() == LabelPlacement.INSIDE) {
                assertThat(p.x()).isGreaterThanOrEqualTo(Math.max(left, viewLeft));
                assertThat(p.x() + p.width()).isLessThanOrEqualTo(Math.min(right, viewRight));
            }
        }
    }

    @Test
    void aLabelKeepsClearOfTheLinksRunningBesideItsShape() {
        // A diamond 400–414 near the chart's end, an arrow entering it over the 8 px before it.
        LabelPlacer.Placed left = placer.place("Seminar", FontRole.BAR_LABEL, 400, 414, false,
                LabelPlacer.Room.between(0, 430).clearing(8, 0));
        LabelPlacer.Placed right = placer.place("Seminar", FontRole.BAR_LABEL, 100, 200, true,
                LabelPlacer.Room.between(0, 1000).clearing(0, 8));

        assertThat(left.placement()).isEqualTo(LabelPlacement.LEFT);
        assertThat(left.x() + left.width()).isEqualTo(400 - 8 - LabelPlacer.GAP);
        assertThat(right.placement()).isEqualTo(LabelPlacement.RIGHT);
        assertThat(right.x()).isEqualTo(200 + 8 + LabelPlacer.GAP);
    }

    @Test
    void onAPrintedSheetTheTitleOfAnItemPastItsRightEndStandsAtThatEndPointingOnWhole() {
        // The sheet shows 0–400 and labels end there; the bar starts at 450, on the next sheet.
        LabelPlacer.Placed p = placer.place("Seminar", FontRole.BAR_LABEL, 450, 600, true,
                LabelPlacer.Room.between(0, 400).inView(0, 400));

        assertThat(p.placement()).isEqualTo(LabelPlacement.LEFT);
        assertThat(p.text()).isEqualTo("Seminar" + LabelPlacer.OFF_RIGHT);
        assertThat(p.x() + p.width()).isEqualTo(400 - LabelPlacer.GAP);
    }

    @Test
    void onAPrintedSheetATitleTooLongBeforeItsRightEndIsShortenedButStillPointsOn() {
        LabelPlacer.Placed p = placer.place("Memorandum of understanding", FontRole.BAR_LABEL, 450, 600, true,
                LabelPlacer.Room.between(0, 400).inView(300, 400));

        assertThat(p.elided()).isTrue();
        assertThat(p.text()).startsWith("Memorand").endsWith(TextFit.ELLIPSIS + LabelPlacer.OFF_RIGHT);
        assertThat(p.x()).isGreaterThanOrEqualTo(300);
        assertThat(p.x() + p.width()).isLessThanOrEqualTo(400 - LabelPlacer.GAP);
    }
}
