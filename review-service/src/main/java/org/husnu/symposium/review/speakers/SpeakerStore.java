package org.husnu.symposium.review.speakers;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.SpeakerInvitation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The speaker invitations in {@code speaker_invitations}, and the working program as the
 * speakers' side reads it (a speaker answering has no chair's login to read it through
 * {@code ProgramService}). Every write is conditional: an insert fails on an existing
 * invitation, a replacement on a changed version.
 */
@Component
class SpeakerStore {

	private final MongoOperations mongo;

	SpeakerStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	Program program() {
		Program program = this.mongo.findById(Program.ID, Program.class);
		return (program != null) ? program : Program.empty();
	}

	Map<UUID, SpeakerInvitation> invitations(Collection<UUID> talks) {
		if (talks.isEmpty()) {
			return Map.of();
		}
		return this.mongo.find(Query.query(Criteria.where("_id").in(talks)), SpeakerInvitation.class)
			.stream()
			.collect(Collectors.toMap(SpeakerInvitation::abstractId, Function.identity()));
	}

	Optional<SpeakerInvitation> find(UUID talk) {
		return Optional.ofNullable(this.mongo.findById(talk, SpeakerInvitation.class));
	}

	Optional<SpeakerInvitation> byTokenHash(String tokenHash) {
		List<SpeakerInvitation> found = this.mongo.find(Query.query(Criteria.where("tokenHash").is(tokenHash)),
				SpeakerInvitation.class);
		return (found.size() == 1) ? Optional.of(found.get(0)) : Optional.empty();
	}

	/**
	 * Writes an invitation if nobody wrote it meanwhile.
	 * @param next the invitation, with the version it was read at ({@code null}: new)
	 * @return the stored invitation, empty when another writer came first
	 */
	Optional<SpeakerInvitation> write(SpeakerInvitation next) {
		try {
			return Optional.of((next.version() == null) ? this.mongo.insert(next) : this.mongo.save(next));
		}
		catch (DuplicateKeyException | OptimisticLockingFailureException ex) {
			return Optional.empty();
		}
	}

}
