package org.husnu.symposium.review.conflicts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The submitted abstracts, read from the collection submission-service writes; this
 * service never writes them. Other statuses are not reviewed, so they are not found here.
 */
@Component
public class SubmittedAbstracts {

	private static final String STATUS = "status";

	private static final String NUMBER = "number";

	private static final Pattern NUMBER_FORMAT = Pattern.compile("A-\\d+");

	private final MongoOperations mongo;

	SubmittedAbstracts(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Every submitted abstract, by number.
	 * @return the abstracts
	 */
	public List<AbstractSubmission> all() {
		return this.mongo.find(Query.query(Criteria.where(STATUS).is(AbstractStatus.SUBMITTED)).with(Sort.by(NUMBER)),
				AbstractSubmission.class);
	}

	/**
	 * A submitted abstract by id or number.
	 * @param idOrNumber a UUID or a number such as {@code A-007} (any case)
	 * @return the abstract, or empty when there is none or it is not submitted
	 */
	public Optional<AbstractSubmission> find(String idOrNumber) {
		if (idOrNumber == null) {
			return Optional.empty();
		}
		String key = idOrNumber.strip().toUpperCase(Locale.ROOT);
		Criteria criteria;
		if (NUMBER_FORMAT.matcher(key).matches()) {
			criteria = Criteria.where(NUMBER).is(key);
		}
		else {
			try {
				criteria = Criteria.where("_id").is(UUID.fromString(idOrNumber.strip()));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}
		return Optional.ofNullable(this.mongo.findOne(Query.query(criteria.and(STATUS).is(AbstractStatus.SUBMITTED)),
				AbstractSubmission.class));
	}

}
