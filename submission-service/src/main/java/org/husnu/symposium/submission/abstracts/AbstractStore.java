package org.husnu.symposium.submission.abstracts;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.bson.Document;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The abstracts as stored: every query of the {@code abstracts} collection that
 * submission-service runs, with the field names in one place. A small class rather than a
 * Spring Data repository because the writes need {@code insert} (a new id must never
 * overwrite) and conditional saves on {@code @Version}, and the listing needs an "either
 * submitter or author" query; the rules stay with the callers.
 */
@Component
class AbstractStore {

	static final String ID = "_id";

	static final String NUMBER = "number";

	static final String SUBMITTER_ID = "submitterId";

	static final String STATUS = "status";

	static final String AUTHOR_EMAIL = "authors.email";

	static final String PDF_VERSIONS = "pdfVersions";

	static final String PDF_FILE_ID = "fileId";

	static final String PDF_NUMBER = "number";

	private static final Pattern NUMBER_FORMAT = Pattern.compile("A-\\d{3,}");

	private final MongoOperations mongo;

	AbstractStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a new abstract; fails if its id or number is taken.
	 * @param draft the new abstract
	 */
	void insert(AbstractSubmission draft) {
		this.mongo.insert(draft);
	}

	/**
	 * Saves a changed abstract if nobody saved it since it was loaded.
	 * @param changed the abstract with the version it was loaded at
	 * @return the abstract as saved, with its next version
	 * @throws OptimisticLockingFailureException when it was saved meanwhile
	 */
	AbstractSubmission save(AbstractSubmission changed) {
		return this.mongo.save(changed);
	}

	Optional<AbstractSubmission> findById(UUID id) {
		return Optional.ofNullable(this.mongo.findById(id, AbstractSubmission.class));
	}

	/**
	 * Finds an abstract by id or number, whoever asks.
	 * @param idOrNumber a UUID or a number such as {@code A-007} (any case)
	 * @return the abstract, or empty for anything else
	 */
	Optional<AbstractSubmission> findByIdOrNumber(String idOrNumber) {
		if (idOrNumber == null) {
			return Optional.empty();
		}
		String key = idOrNumber.strip();
		if (NUMBER_FORMAT.matcher(key.toUpperCase()).matches()) {
			return Optional.ofNullable(this.mongo.findOne(Query.query(Criteria.where(NUMBER).is(key.toUpperCase())),
					AbstractSubmission.class));
		}
		try {
			return findById(UUID.fromString(key));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	List<AbstractSubmission> findAll() {
		return this.mongo.findAll(AbstractSubmission.class);
	}

	/**
	 * The abstracts a person submitted or is an author of.
	 * @param accountId their account
	 * @param email their address
	 * @return the abstracts, in no particular order
	 */
	List<AbstractSubmission> findOwnOrAuthored(UUID accountId, String email) {
		return this.mongo.find(Query.query(new Criteria().orOperator(Criteria.where(SUBMITTER_ID).is(accountId),
				Criteria.where(AUTHOR_EMAIL).is(email))), AbstractSubmission.class);
	}

	long countBySubmitter(UUID submitterId) {
		return this.mongo.count(Query.query(Criteria.where(SUBMITTER_ID).is(submitterId)), AbstractSubmission.class);
	}

	long countBySubmitterAndStatus(UUID submitterId, AbstractStatus status) {
		return this.mongo.count(Query.query(Criteria.where(SUBMITTER_ID).is(submitterId).and(STATUS).is(status)),
				AbstractSubmission.class);
	}

	/**
	 * The bytes of every PDF version of a submitter's abstracts.
	 * @param submitterId the submitter
	 * @return the sum of the versions' sizes
	 */
	long storedPdfBytes(UUID submitterId) {
		return this.mongo.find(Query.query(Criteria.where(SUBMITTER_ID).is(submitterId)), AbstractSubmission.class)
			.stream()
			.flatMap((own) -> own.pdfVersions().stream())
			.mapToLong(PdfVersion::size)
			.sum();
	}

	/**
	 * Which stored files the abstracts point at, read from the version summaries only
	 * (not whole abstracts).
	 * @return the GridFS ids of every PDF version, and every version as
	 * {@code abstractId-vN} (the previews that may stay)
	 */
	PdfReferences pdfReferences() {
		Set<String> fileIds = new HashSet<>();
		Set<String> versions = new HashSet<>();
		Query summaries = new Query();
		summaries.fields().include(PDF_VERSIONS + "." + PDF_FILE_ID, PDF_VERSIONS + "." + PDF_NUMBER);
		for (Document submission : this.mongo.find(summaries, Document.class, CollectionNames.ABSTRACTS)) {
			UUID id = submission.get(ID, UUID.class);
			for (Document version : submission.getList(PDF_VERSIONS, Document.class, List.of())) {
				fileIds.add(version.getString(PDF_FILE_ID));
				versions.add(PdfReferences.versionKey(id.toString(), version.getInteger(PDF_NUMBER)));
			}
		}
		return new PdfReferences(fileIds, versions);
	}

	/**
	 * The stored files the abstracts point at.
	 *
	 * @param fileIds GridFS ids of PDF versions
	 * @param versions every version as {@code abstractId-vN}
	 */
	record PdfReferences(Set<String> fileIds, Set<String> versions) {

		static String versionKey(String abstractId, Object number) {
			return abstractId + "-v" + number;
		}

	}

}
