package io.milepost.ui;

import io.milepost.app.edit.ClipboardMilestones;
import io.milepost.io.json.CopiedMilestones;
import java.io.ObjectInputFilter;
import java.nio.ByteBuffer;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system clipboard as a planner's Copy and Paste of milestones use it: Copy puts Milepost's own form (JSON, see
 * {@link ClipboardMilestones}) and plain text; Paste reads Milepost's form back, from this window, another window or
 * another Milepost process. Only the gluing to JavaFX is here; what the bytes mean is decided in {@code app}.
 *
 * <p>JavaFX tells nobody when the clipboard changes, so whether it holds milestones is asked again when it matters
 * ({@link #recheck}: when a menu opens, the window gets focus, Ctrl+V is pressed) and kept in
 * {@link #holdsMilestonesProperty()} for menu items to bind to. Plain text alone never counts as milestones.
 *
 * <p>The payload goes as raw UTF-8 bytes, not as a Java object: other programs can read it, and no Java serialisation
 * is involved when it is written. JavaFX does try Java deserialisation on any custom type it reads, so a hostile
 * program could put a serialised object under our type; {@link #refuseDeserialisation} stops that process-wide,
 * since nothing in Milepost deserialises Java objects.
 */
final class MilestoneClipboard {

    private static final Logger LOG = LoggerFactory.getLogger(MilestoneClipboard.class);

    /** A {@link DataFormat} may be made once per JVM: every window finds the one made first. */
    static final DataFormat FORMAT = format();

    private final ReadOnlyBooleanWrapper holdsMilestones = new ReadOnlyBooleanWrapper(this, "holdsMilestones");

    MilestoneClipboard() {
        recheck();
    }

    /** True when the clipboard held Milepost milestones when last asked (readable or not: Paste says which). */
    ReadOnlyBooleanProperty holdsMilestonesProperty() {
        return holdsMilestones.getReadOnlyProperty();
    }

    /** Asks the clipboard again whether it holds milestones. */
    void recheck() {
        holdsMilestones.set(Clipboard.getSystemClipboard().hasContent(FORMAT));
    }

    /** Puts the copies on the clipboard in Milepost's form and as text, in place of what it held. */
    void put(CopiedMilestones copies) {
        Clipboard.getSystemClipboard().setContent(Map.of(
                FORMAT, ByteBuffer.wrap(ClipboardMilestones.json(copies)),
                DataFormat.PLAIN_TEXT, ClipboardMilestones.text(copies)));
        holdsMilestones.set(true);
    }

    /** Puts only the text form (copies too many for one paste still go to a spreadsheet). */
    void putText(CopiedMilestones copies) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, ClipboardMilestones.text(copies)));
        holdsMilestones.set(false);
    }

    /** The clipboard's milestones, or why they cannot be pasted; {@code null} when it holds none. */
    ClipboardMilestones.Reading read() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        recheck();
        if (!holdsMilestones.get()) {
            return null;
        }
        refuseDeserialisation();
        Object content = clipboard.getContent(FORMAT);
        if (content instanceof ByteBuffer bytes) {
            ByteBuffer view = bytes.duplicate();
            view.rewind();
            byte[] raw = new byte[view.remaining()];
            view.get(raw);
            return ClipboardMilestones.read(raw);
        }
        if (content instanceof byte[] raw) {
            return ClipboardMilestones.read(raw);
        }
        if (content instanceof String text) {
            return ClipboardMilestones.read(text);
        }
        return ClipboardMilestones.read(new byte[0]);
    }

    private static DataFormat format() {
        DataFormat known = DataFormat.lookupMimeType(ClipboardMilestones.MIME_TYPE);
        return known != null ? known : new DataFormat(ClipboardMilestones.MIME_TYPE);
    }

    /**
     * Allows Java deserialisation of nothing but short strings in this process, unless a filter is set already.
     * JavaFX reads a custom clipboard type through {@code ObjectInputStream} before handing over the bytes, so
     * whatever another program put there would otherwise be deserialised here.
     */
    private static synchronized void refuseDeserialisation() {
        if (ObjectInputFilter.Config.getSerialFilter() != null) {
            return;
        }
        ObjectInputFilter onlyText = info -> {
            if (info.depth() > 2 || info.references() > 16 || info.streamBytes() > ClipboardMilestones.MAX_BYTES) {
                return ObjectInputFilter.Status.REJECTED;
            }
            Class<?> c = info.serialClass();
            return c == null || c == String.class ? ObjectInputFilter.Status.UNDECIDED
                    : ObjectInputFilter.Status.REJECTED;
        };
        try {
            ObjectInputFilter.Config.setSerialFilter(onlyText);
            LOG.debug("Java deserialisation limited to text: clipboard content is never trusted");
        } catch (IllegalStateException e) {
            LOG.debug("a serial filter was set meanwhile; keeping it", e);
        }
    }

}
