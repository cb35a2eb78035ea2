package org.husnu.symposium.submission.abstracts;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.husnu.symposium.core.store.CollectionNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

	private final MongoOperations mongo;

	private final PdfStore store;

	PdfHousekeeping(MongoOperations mongo, PdfStore store) {
		this.mongo = mongo;
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
		Date cutoff = Date.from(Instant.now().minus(grace));
		Set<String> referenced = new HashSet<>();
		Set<String> versions = new HashSet<>();
		// only the version summaries, not whole abstracts
		Query summaries = new Query();
		summaries.fields().include("pdfVersions.fileId", "pdfVersions.number");
		for (Document submission : this.mongo.find(summaries, Document.class, CollectionNames.ABSTRACTS)) {
			String id = submission.get("_id", java.util.UUID.class).toString();
			for (Document version : submission.getList("pdfVersions", Document.class, List.of())) {
				referenced.add(version.getString("fileId"));
				versions.add(id + "-v" + version.getInteger("number"));
			}
		}
		int removed = 0;
		Query old = Query.query(Criteria.where("uploadDate").lt(cutoff));
		Set<Object> files = new HashSet<>();
		for (Document file : this.mongo.find(old, Document.class, CollectionNames.PDF_BUCKET + ".files")) {
			ObjectId id = file.getObjectId("_id");
			Document metadata = file.get("metadata", Document.class);
			String kind = (metadata != null) ? metadata.getString("kind") : null;
			boolean keep = ("preview".equals(kind))
					? versions.contains(metadata.getString("abstractId") + "-v" + metadata.get("version"))
					: referenced.contains(id.toHexString());
			if (keep) {
				files.add(id);
			}
			else {
				this.store.delete(id.toHexString());
				removed++;
			}
		}
		for (Object filesId : this.mongo.findDistinct(new Query(), "files_id", CollectionNames.PDF_BUCKET + ".chunks",
				Object.class)) {
			if (!files.contains(filesId) && filesId instanceof ObjectId objectId && objectId.getDate().before(cutoff)
					&& !this.mongo.exists(Query.query(Criteria.where("_id").is(objectId)),
							CollectionNames.PDF_BUCKET + ".files")) {
				this.mongo.remove(Query.query(Criteria.where("files_id").is(objectId)),
						CollectionNames.PDF_BUCKET + ".chunks");
				removed++;
			}
		}
		if (removed > 0) {
			logger.info("Removed {} PDF files or chunk groups that no abstract refers to", removed);
		}
		return removed;
	}

}
