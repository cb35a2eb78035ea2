package org.husnu.symposium.review.publication;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.referencedata.ReferenceData;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads what the public outputs print: the latest publication (the highest number), the
 * topic names in three languages, and, for the book, the texts of the published talks.
 * Read-only: the chairs' publish writes publications, submission-service the abstracts.
 */
@Component
public class PublishedProgram {

	private final MongoOperations mongo;

	private final ReferenceData referenceData;

	PublishedProgram(MongoOperations mongo, ReferenceData referenceData) {
		this.mongo = mongo;
		this.referenceData = referenceData;
	}

	/**
	 * The current publication.
	 * @return the one with the highest number, empty before the first
	 */
	public Optional<ProgramPublication> latest() {
		return Optional.ofNullable(this.mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
				ProgramPublication.class));
	}

	/**
	 * The current publication, or 404 {@code program.notPublished}.
	 * @return the publication
	 */
	public ProgramPublication require() {
		return latest().orElseThrow(NotPublishedException::new);
	}

	/**
	 * Topic names by code, retired areas included (a published talk may keep one).
	 * @return the names
	 */
	public Map<String, LocalizedText> topicNames() {
		Map<String, LocalizedText> names = new LinkedHashMap<>();
		for (TopicArea area : this.referenceData.topicAreas(true)) {
			names.put(area.code(), area.name());
		}
		return names;
	}

	/**
	 * The abstracts' texts for the book.
	 * @param ids the published talks
	 * @return the abstracts by id (a deleted one is absent)
	 */
	public Map<UUID, AbstractSubmission> abstracts(Collection<UUID> ids) {
		Map<UUID, AbstractSubmission> byId = new LinkedHashMap<>();
		for (AbstractSubmission submission : this.mongo.find(Query.query(Criteria.where("_id").in(ids)),
				AbstractSubmission.class)) {
			byId.put(submission.id(), submission);
		}
		return byId;
	}

}
