package org.husnu.symposium.core.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who may log in. The normalised e-mail address is the login and unique; the id
 * never changes, so reviews and abstracts refer to it rather than to the address.
 *
 * @param id stable id
 * @param email normalised e-mail address, unique
 * @param name display name, may be {@code null} until the profile is completed
 * @param institution institution code
 * @param department department or lab, used to compute conflicts
 * @param position position, may be {@code null} until the profile is completed
 * @param language preferred language for pages and mail
 * @param roles roles held, never empty
 * @param createdAt when the account was created
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.ACCOUNTS)
public record Account(@Id UUID id, String email, String name, String institution, String department, Position position,
		Language language, Set<Role> roles, Instant createdAt, @Version Long version) {

	public Account {
		DomainRuleException.require(id != null, "account.id", "An account needs an id");
		email = EmailAddresses.normalize(email);
		name = blankToNull(name);
		department = blankToNull(department);
		language = (language != null) ? language : Language.EN;
		DomainRuleException.require(roles != null && !roles.isEmpty(), "account.roles",
				"An account holds at least one role");
		roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
		DomainRuleException.require(createdAt != null, "account.createdAt", "An account needs a creation time");
	}

	/**
	 * A new author account, as created on first login.
	 * @param email the address
	 * @param institution the institution code
	 * @param createdAt now
	 * @return the account
	 */
	public static Account newAuthor(String email, String institution, Instant createdAt) {
		return new Account(idFor(email), email, null, institution, null, null, Language.EN, Set.of(Role.AUTHOR),
				createdAt, null);
	}

	/**
	 * The id a new account for an address gets: derived from the normalised address, so
	 * that review-service can name a person (a reviewer it invites) before their first
	 * login creates the account. Accounts created before this rule keep their random ids;
	 * look an address up first.
	 * @param email the address
	 * @return the id
	 */
	public static UUID idFor(String email) {
		return UUID.nameUUIDFromBytes(("account:" + EmailAddresses.normalize(email)).getBytes(StandardCharsets.UTF_8));
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * This account with a role granted.
	 * @param role the role
	 * @return the changed account
	 */
	public Account grant(Role role) {
		Set<Role> changed = EnumSet.copyOf(this.roles);
		changed.add(role);
		return withRoles(changed);
	}

	/**
	 * This account with a role revoked; the last role cannot be revoked.
	 * @param role the role
	 * @return the changed account
	 */
	public Account revoke(Role role) {
		Set<Role> changed = EnumSet.copyOf(this.roles);
		changed.remove(role);
		DomainRuleException.require(!changed.isEmpty(), "account.roles.last",
				"Cannot revoke the last role of " + this.email + "; grant another role first");
		return withRoles(changed);
	}

	/**
	 * Whether the profile has what submitting and reviewing need.
	 * @return {@code true} when name, institution and position are known
	 */
	public boolean isProfileComplete() {
		return this.name != null && this.institution != null && this.position != null;
	}

	/**
	 * This account with a changed profile. Name, institution and position are needed once
	 * the profile is completed; the address and the roles do not change here.
	 * @param name display name
	 * @param institution institution code
	 * @param department department or lab, may be empty
	 * @param position position
	 * @param language preferred language
	 * @return the changed account
	 */
	public Account withProfile(String name, String institution, String department, Position position,
			Language language) {
		DomainRuleException.require(name != null && !name.isBlank(), "account.name", "Enter your name");
		DomainRuleException.require(name.strip().length() <= 200, "account.name", "A name has at most 200 characters");
		DomainRuleException.require(institution != null && !institution.isBlank(), "account.institution",
				"Choose your institution");
		DomainRuleException.require(position != null, "account.position",
				"Choose your position: FACULTY, STUDENT or STAFF");
		DomainRuleException.require(department == null || department.strip().length() <= 200, "account.department",
				"A department has at most 200 characters");
		return new Account(this.id, this.email, name, institution, department, position, language, this.roles,
				this.createdAt, this.version);
	}

	private Account withRoles(Set<Role> roles) {
		return new Account(this.id, this.email, this.name, this.institution, this.department, this.position,
				this.language, roles, this.createdAt, this.version);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
