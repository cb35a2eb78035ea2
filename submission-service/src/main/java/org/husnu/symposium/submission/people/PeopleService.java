package org.husnu.symposium.submission.people;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Position;
import org.husnu.symposium.core.accounts.PreRegistration;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.submission.accounts.AccountRepository;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Chairs' work on the pre-registration list, the accounts list and verified mail domains
 * (role changes are {@link RoleService}'s). Every method checks the {@link AccessPolicy}
 * first and audits what it changed.
 */
@Service
class PeopleService {

	private final PreRegistrationRepository preRegistrations;

	private final AccountRepository accounts;

	private final InstitutionRepository institutions;

	private final ReferenceData referenceData;

	private final AuditLog audit;

	private final Clock clock;

	PeopleService(PreRegistrationRepository preRegistrations, AccountRepository accounts,
			InstitutionRepository institutions, ReferenceData referenceData, AuditLog audit, Clock clock) {
		this.preRegistrations = preRegistrations;
		this.accounts = accounts;
		this.institutions = institutions;
		this.referenceData = referenceData;
		this.audit = audit;
		this.clock = clock;
	}

	List<PreRegistration> preRegistrations(Actor actor) {
		AccessPolicy.requireManagePeople(actor);
		return this.preRegistrations.findAllByOrderByEmailAsc();
	}

	/**
	 * Imports a list whole or not at all: every row is checked before the first write.
	 * Writes are idempotent upserts by address, so repeating an import (also after a
	 * crash half-way) converges to the same list.
	 * @param actor who imports
	 * @param csv opens the list, once the actor may import it; checks any declared size
	 * before it returns a reader
	 * @return counts
	 * @throws ImportRejectedException with every bad row, nothing written
	 */
	ImportResult importCsv(Actor actor, ListSource csv) {
		// the role first: nothing of the list is read for someone who may not import it
		AccessPolicy.requireManagePeople(actor);
		PreRegistrationCsv.Result parsed;
		try (Reader reader = csv.open()) {
			parsed = PreRegistrationCsv.parse(reader, institutionCodes(), this.clock.instant());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!parsed.errors().isEmpty()) {
			throw new ImportRejectedException(parsed.errors());
		}
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (PreRegistration entry : parsed.entries()) {
			switch (upsert(entry)) {
				case CREATED -> created++;
				case UPDATED -> updated++;
				case UNCHANGED -> unchanged++;
			}
		}
		ImportResult result = new ImportResult(created, updated, unchanged);
		this.audit.record(actor, "pre-registrations.imported", parsed.entries().size() + " rows",
				Map.of("created", Integer.toString(created), "updated", Integer.toString(updated), "unchanged",
						Integer.toString(unchanged)));
		return result;
	}

	PreRegistration add(Actor actor, String email, String name, String institution, Position position) {
		AccessPolicy.requireManagePeople(actor);
		DomainRuleException.require(EmailAddresses.isValid(email), "preregistration.email",
				"'" + email + "' is not a valid e-mail address");
		DomainRuleException.require(institution != null && institutionCodes().contains(institution),
				"preregistration.institution", "Unknown institution '" + institution + "'");
		PreRegistration entry = new PreRegistration(email, name, institution, position, this.clock.instant(), null);
		upsert(entry);
		this.audit.record(actor, "pre-registration.added", entry.email(), Map.of("institution", institution));
		return this.preRegistrations.findById(entry.email()).orElseThrow();
	}

	void remove(Actor actor, String email) {
		AccessPolicy.requireManagePeople(actor);
		String address = EmailAddresses.normalize(email);
		if (this.preRegistrations.deleteByEmail(address) == 0) {
			throw new NotFoundException(address + " is not on the pre-registration list");
		}
		this.audit.record(actor, "pre-registration.removed", address, Map.of());
	}

	List<Account> accounts(Actor actor) {
		AccessPolicy.requireManagePeople(actor);
		return this.accounts.findAllByOrderByEmailAsc();
	}

	Institution addDomain(Actor actor, String code, String domain) {
		AccessPolicy.requireManagePeople(actor);
		Institution institution = this.institutions.findById(code)
			.orElseThrow(() -> new NotFoundException("No institution " + code));
		DomainRuleException.require(domain != null && domain.strip().contains(".") && !domain.contains("@"),
				"institution.domain", "Enter a mail domain such as med.hokudai.ac.jp (no @, no spaces)");
		Institution changed = this.institutions.save(institution.withDomain(domain.strip()));
		this.audit.record(actor, "institution.domain.added", code, Map.of("domain", domain.strip()));
		return changed;
	}

	private Set<String> institutionCodes() {
		return this.referenceData.institutions().stream().map(Institution::code).collect(Collectors.toSet());
	}

	private Outcome upsert(PreRegistration entry) {
		PreRegistration existing = this.preRegistrations.findById(entry.email()).orElse(null);
		if (existing == null) {
			try {
				this.preRegistrations.insert(entry);
				return Outcome.CREATED;
			}
			catch (DuplicateKeyException ex) {
				existing = this.preRegistrations.findById(entry.email()).orElseThrow(() -> ex);
			}
		}
		if (existing.name().equals(entry.name()) && existing.institution().equals(entry.institution())
				&& existing.position() == entry.position()) {
			return Outcome.UNCHANGED;
		}
		this.preRegistrations.save(new PreRegistration(entry.email(), entry.name(), entry.institution(),
				entry.position(), entry.importedAt(), existing.version()));
		return Outcome.UPDATED;
	}

	private enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	/**
	 * What an import changed.
	 *
	 * @param created new entries
	 * @param updated changed entries
	 * @param unchanged entries already as imported
	 */
	record ImportResult(int created, int updated, int unchanged) implements Serializable {
	}

	/**
	 * Where a list comes from: opened only after the role was checked, so a caller who
	 * may not import has nothing of their body read.
	 */
	@FunctionalInterface
	interface ListSource {

		/**
		 * Checks the declared size and opens the list, bounded (see
		 * {@link PreRegistrationCsv#reader}).
		 * @return the list's text
		 * @throws IOException if it cannot be read
		 */
		Reader open() throws IOException;

	}

	/**
	 * Some rows of a list are bad; nothing was imported. A 422 whose {@code errors} list
	 * every bad row; the page shows them instead.
	 */
	static final class ImportRejectedException extends ProblemException {

		private static final long serialVersionUID = 1L;

		private final List<PreRegistrationCsv.RowError> errors;

		ImportRejectedException(List<PreRegistrationCsv.RowError> errors) {
			super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.DOMAIN_RULE, "The list has bad rows",
					"Nothing was imported: " + errors.size() + " row(s) need fixing");
			this.errors = List.copyOf(errors);
			with("code", "preregistration.import");
			with("errors", this.errors);
		}

		List<PreRegistrationCsv.RowError> errors() {
			return this.errors;
		}

	}

}
