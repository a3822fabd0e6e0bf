package io.milepost.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import io.milepost.app.merge.DivergedCopies;
import io.milepost.app.merge.Side;
import io.milepost.model.Milestone;
import io.milepost.model.Roadmap;
import io.milepost.ui.share.MergeViewModel.Group;
import io.milepost.ui.share.MergeViewModel.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge dialog's state: the change set in sections, the planner's picks, and the plan they resolve to. */
class MergeViewModelTest {

    private final DivergedCopies copies = new DivergedCopies();
    private final MergeViewModel model = new MergeViewModel(copies.plan(), List.of("a note"));

    @Test
    void theChangeSetIsShownInSectionsWithBothValuesOfTheConflictSideBySide() {
        Row conflict = model.rows(Group.CONFLICTS).get(0);
        assertThat(conflict.mine()).isEqualTo(DivergedCopies.OUR_TITLE);
        assertThat(conflict.theirs()).isEqualTo(DivergedCopies.THEIR_TITLE);
        assertThat(conflict.field()).isEqualTo("Title");
        assertThat(conflict.pick()).isNull();
        assertThat(model.rows(Group.ADDED)).extracting(Row::label).containsExactly(copies.added.title());
        assertThat(model.rows(Group.REMOVED)).extracting(Row::label).containsExactly(copies.removed.title());
        assertThat(model.rows(Group.CHANGED)).extracting(Row::label)
                .containsExactlyInAnyOrder(DivergedCopies.OUR_TITLE, copies.restated.title());
        Row restated = changed(copies.restated.title());
        assertThat(restated.fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("Status");
            assertThat(f.pick()).isEqualTo(Side.THEIRS);
        });
        assertThat(model.notes()).containsExactly("a note");
    }

    @Test
    void anUnsettledConflictHoldsApplyBack() {
        assertThat(model.unresolvedProperty().get()).isEqualTo(1);
        assertThat(model.canApplyProperty().get()).isFalse();

        model.pick(model.rows(Group.CONFLICTS).get(0), Side.THEIRS);

        assertThat(model.unresolvedProperty().get()).isZero();
        assertThat(model.canApplyProperty().get()).isTrue();
    }

    @Test
    void keepingMineForTheRestSettlesTheOpenConflictsForThisDocument() {
        model.keepMineForTheRest();

        assertThat(model.canApplyProperty().get()).isTrue();
        assertThat(result().milestone(copies.renamed.id()).orElseThrow().title()).isEqualTo(DivergedCopies.OUR_TITLE);
    }

    @Test
    void theirsForTheConflictAndMineForAnotherFieldGiveThatRoadmap() {
        model.pick(model.rows(Group.CONFLICTS).get(0), Side.THEIRS);
        Row remarks = changed(DivergedCopies.OUR_TITLE).fields().get(0);
        model.pick(remarks, Side.OURS);

        Milestone renamed = result().milestone(copies.renamed.id()).orElseThrow();
        assertThat(renamed.title()).isEqualTo(DivergedCopies.THEIR_TITLE);
        assertThat(renamed.remarks()).isEqualTo(copies.renamed.remarks());
        assertThat(result().milestone(copies.restated.id()).orElseThrow().status()).isEqualTo(copies.theirStatus);
        assertThat(model.summaryProperty().get()).isEqualTo("3 of 4 changes taken · 0 of 1 conflicts still to settle");
    }

    @Test
    void pickingForAChangedItemPicksForEachOfItsFieldsAndFollowsThem() {
        Row item = changed(copies.restated.title());
        assertThat(item.pick()).isEqualTo(Side.THEIRS);

        model.pick(item, Side.OURS);

        assertThat(item.fields()).allMatch(f -> f.pick() == Side.OURS);
        assertThat(result().milestone(copies.restated.id())).isEqualTo(copies.base.milestone(copies.restated.id()));
        model.pick(item.fields().get(0), Side.THEIRS);
        assertThat(item.pick()).isEqualTo(Side.THEIRS);
    }

    @Test
    void mineForAnAdditionOrARemovalLeavesThisDocumentAsItIs() {
        model.keepMineForTheRest();
        model.pick(model.rows(Group.ADDED).get(0), Side.OURS);
        model.pick(model.rows(Group.REMOVED).get(0), Side.OURS);

        assertThat(result().milestone(DivergedCopies.ADDED_ID)).isEmpty();
        assertThat(result().milestone(copies.removed.id())).isPresent();
    }

    private Row changed(String label) {
        return model.rows(Group.CHANGED).stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    private Roadmap result() {
        return model.outcome().result();
    }
}
