package org.husnu.symposium.core.accounts;

import java.time.Instant;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An entry of the pre-registration list. The session is open to pre-registered members
 * only; the normalised address is the id, so importing the same list twice changes
 * nothing.
 *
 * @param email normalised e-mail address
 * @param name name as registered
 * @param institution institution code
 * @param position position
 * @param importedAt when the entry was imported or added
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.PRE_REGISTRATIONS)
public record PreRegistration(@Id String email, String name, String institution, Position position, Instant importedAt,
		@Version Long version) {

	public PreRegistration {
		email = EmailAddresses.normalize(email);
		DomainRuleException.require(name != null && !name.isBlank(), "preregistration.name",
				"A pre-registration needs the person's name");
		name = name.strip();
		DomainRuleException.require(institution != null && !institution.isBlank(), "preregistration.institution",
				"A pre-registration needs an institution code such as HU or SNU");
		DomainRuleException.require(position != null, "preregistration.position",
				"A pre-registration needs a position: FACULTY, STUDENT or STAFF");
	}

}
