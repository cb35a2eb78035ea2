package org.husnu.symposium.submission.abstracts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.husnu.symposium.submission.abstracts.AbstractStore.PdfReferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes PDFs no abstract points at. An abstract refers to a file only after the file is
 * completely stored, so a crash between the two (or an upload whose abstract save failed
 * and whose clean-up did not run) leaves a file nobody can see; chunks of an upload that
 * died half-way have no file document at all. Both are removed here once they are old
 * enough that no upload can still be about to refer to them. Idempotent, so every
 * instance may run it.
 */
@Component
class PdfHousekeeping {

	private static final Logger logger = LoggerFactory.getLogger(PdfHousekeeping.class);

	/** How old an unreferenced file must be before it is removed. */
	static final Duration GRACE = Duration.ofHours(1);

	private final AbstractStore abstracts;

	private final PdfStore store;

	PdfHousekeeping(AbstractStore abstracts, PdfStore store) {
		this.abstracts = abstracts;
		this.store = store;
	}

	@Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
	void sweep() {
		removeOrphans(GRACE);
	}

	/**
	 * Removes unreferenced PDFs, previews of versions that no longer exist, and chunks
	 * without a file, all older than the grace period.
	 * @param grace how old they must be
	 * @return how many files and lone chunk groups were removed
	 */
	int removeOrphans(Duration grace) {
		// GridFS stamps uploadDate with the system clock
		Instant cutoff = Instant.now().minus(grace);
		PdfReferences referenced = this.abstracts.pdfReferences();
		int removed = 0;
		Set<ObjectId> kept = new HashSet<>();
		for (GridFSFile file : this.store.filesUploadedBefore(cutoff)) {
			ObjectId id = file.getObjectId();
			Document metadata = file.getMetadata();
			String kind = (metadata != null) ? metadata.getString(PdfStore.KIND) : null;
			boolean keep = (PdfStore.KIND_PREVIEW.equals(kind)) ? referenced.versions()
				.contains(PdfReferences.versionKey(metadata.getString(PdfStore.ABSTRACT_ID),
						metadata.get(PdfStore.VERSION)))
					: referenced.fileIds().contains(id.toHexString());
			if (keep) {
				kept.add(id);
			}
			else {
				this.store.delete(id.toHexString());
				removed++;
			}
		}
		removed += this.store.removeLoneChunks(cutoff, kept);
		if (removed > 0) {
			logger.info("Removed {} PDF files or chunk groups that no abstract refers to", removed);
		}
		return removed;
	}

}
