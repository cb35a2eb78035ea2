package org.husnu.symposium.core.accounts;

import java.util.Collection;
import java.util.Optional;

import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.core.institutions.Institution;

/**
 * Who may get an account: the session is open to HU and SNU members only. A person is
 * eligible when their address is on the pre-registration list, or belongs to a verified
 * mail domain (or subdomain) of a member institution.
 *
 * @param eligible whether an account may be created
 * @param source what proved membership, {@code null} when not eligible
 * @param institution institution code, {@code null} when not eligible
 * @param name name from the pre-registration list, if any
 * @param position position from the pre-registration list, if any
 */
public record Eligibility(boolean eligible, Source source, String institution, String name, Position position) {

	/** What proved membership. */
	public enum Source {

		/** The address is on the pre-registration list. */
		PRE_REGISTRATION,

		/** The address is in a verified domain of an institution. */
		VERIFIED_DOMAIN

	}

	private static final Eligibility NOT_ELIGIBLE = new Eligibility(false, null, null, null, null);

	/**
	 * Decides eligibility. The pre-registration list wins over domains, because it also
	 * carries the person's name, institution and position.
	 * @param email the address asking to log in
	 * @param preRegistration the entry for that address, if there is one
	 * @param institutions all member institutions
	 * @return the decision
	 */
	public static Eligibility of(String email, Optional<PreRegistration> preRegistration,
			Collection<Institution> institutions) {
		if (!EmailAddresses.isValid(email)) {
			return NOT_ELIGIBLE;
		}
		if (preRegistration.isPresent()) {
			PreRegistration entry = preRegistration.get();
			return new Eligibility(true, Source.PRE_REGISTRATION, entry.institution(), entry.name(), entry.position());
		}
		return institutions.stream()
			.filter((institution) -> institution.hasVerifiedDomainOf(email))
			.findFirst()
			.map((institution) -> new Eligibility(true, Source.VERIFIED_DOMAIN, institution.code(), null, null))
			.orElse(NOT_ELIGIBLE);
	}

}
