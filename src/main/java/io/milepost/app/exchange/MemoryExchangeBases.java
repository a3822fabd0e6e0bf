package io.milepost.app.exchange;

import io.milepost.model.Roadmap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Bases kept in memory only: for a window's session that has no file beside it, and for tests. */
public final class MemoryExchangeBases implements ExchangeBases {

    private final Map<String, Roadmap> bases = new ConcurrentHashMap<>();

    @Override
    public Optional<Roadmap> base(UUID roadmapId, String partner) {
        return Optional.ofNullable(bases.get(roadmapId + "/" + partner));
    }

    @Override
    public void remember(String partner, Roadmap agreed) {
        bases.put(agreed.info().id() + "/" + partner, agreed);
    }
}
