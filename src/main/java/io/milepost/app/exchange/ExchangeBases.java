package io.milepost.app.exchange;

import io.milepost.model.Roadmap;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * What a document remembers of each partner copy: the state of the roadmap both last agreed on (what was last
 * exported to it or imported from it), the base of the next three-way merge with it.
 */
public interface ExchangeBases {

    /** The state last exchanged with {@code partner} for the roadmap {@code roadmapId}, if any. */
    Optional<Roadmap> base(UUID roadmapId, String partner) throws IOException;

    /** Remembers {@code agreed} as the state last exchanged with {@code partner} (for its roadmap's id). */
    void remember(String partner, Roadmap agreed) throws IOException;
}
