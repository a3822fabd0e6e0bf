package io.milepost.app.exchange;

import io.milepost.app.DocumentSession;
import io.milepost.io.json.RoadmapFormatException;
import io.milepost.io.json.RoadmapJsonReader;
import io.milepost.io.json.RoadmapJsonWriter;
import io.milepost.model.Roadmap;
import io.milepost.store.DocumentException;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bases of merges kept in the document itself (its {@code exchange_base} table), in the exchange format, so the
 * file alone carries what it last agreed with each partner copy. A base that cannot be read is treated as none: the
 * next merge then shows every difference as a conflict, which loses nothing.
 */
public final class DocumentExchangeBases implements ExchangeBases {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentExchangeBases.class);

    private final DocumentSession session;

    public DocumentExchangeBases(DocumentSession session) {
        this.session = session;
    }

    @Override
    public Optional<Roadmap> base(UUID roadmapId, String partner) throws IOException {
        try {
            Optional<String> text = session.exchangeBase(roadmapId, partner);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new RoadmapJsonReader().read(text.get(), "the base last exchanged with " + partner));
        } catch (RoadmapFormatException e) {
            LOG.warn("The base last exchanged with {} cannot be read; merging without it: {}", partner,
                    e.getMessage());
            return Optional.empty();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void remember(String partner, Roadmap agreed) throws IOException {
        try {
            session.rememberExchangeBase(agreed.info().id(), partner, new RoadmapJsonWriter().write(agreed));
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
