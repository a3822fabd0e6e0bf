package io.milepost.store;

import io.milepost.model.Agreement;
import io.milepost.model.Commission;
import io.milepost.model.SessionDetails;
import io.milepost.model.Dependency;
import io.milepost.model.Milestone;
import io.milepost.model.RoadmapInfo;
import io.milepost.model.Sector;

import java.util.UUID;

/**
 * The changes that can be made to an open document, inside the one transaction of a {@link DocumentEdit}. A writer
 * is only valid while its edit runs.
 *
 * <p>{@code save*} inserts the item, or updates the item with the same id where it stands, exactly like the model's
 * {@code Roadmap.with*}: a new item goes to the end of its list, an updated one keeps its place. {@code delete*} of
 * an id that is not in the document does nothing.
 */
public interface DocumentWriter {

    void saveInfo(RoadmapInfo info) throws DocumentException;

    void saveSector(Sector s) throws DocumentException;

    /**
     * Deletes a sector that has no milestones; agreements of the sector keep no sector.
     *
     * @throws DocumentException {@link DocumentException.Reason#REFUSED} while the sector still has milestones
     */
    void deleteSector(UUID id) throws DocumentException;

    void saveCommission(Commission c) throws DocumentException;

    /**
     * Deletes the commission; its milestones stay, with no commission, and its meetings' session details go.
     */
    void deleteCommission(UUID id) throws DocumentException;

    /** Saves a session's details beside its meeting, which must be in the document. */
    void saveSession(SessionDetails s) throws DocumentException;

    /** Deletes a meeting's session details (the meeting stays). */
    void deleteSession(UUID meetingId) throws DocumentException;

    void saveMilestone(Milestone m) throws DocumentException;

    /**
     * Deletes the milestone, every dependency that touches it, its session details, and its place in agreements'
     * lists.
     */
    void deleteMilestone(UUID id) throws DocumentException;

    void saveDependency(Dependency d) throws DocumentException;

    void deleteDependency(UUID id) throws DocumentException;

    void saveAgreement(Agreement a) throws DocumentException;

    void deleteAgreement(UUID id) throws DocumentException;
}
