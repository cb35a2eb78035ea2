package org.husnu.symposium.submission.people;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.accounts.Position;
import org.husnu.symposium.core.accounts.PreRegistration;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.platform.accounts.MeView;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The chairs' API for people: {@code /api/pre-registrations}, {@code /api/accounts} and
 * their roles, {@code /api/institutions/{code}/domains}.
 */
@RestController
class PeopleController {

	private final PeopleService people;

	private final RoleService roles;

	PeopleController(PeopleService people, RoleService roles) {
		this.people = people;
		this.roles = roles;
	}

	@GetMapping("/api/pre-registrations")
	List<PreRegistration> preRegistrations() {
		return this.people.preRegistrations(CurrentActor.require());
	}

	/**
	 * Imports a list file sent as multipart {@code file}. The parts are resolved lazily
	 * ({@code spring.servlet.multipart.resolve-lazily}), so the role is checked and the
	 * declared size compared before the upload is parsed.
	 */
	@PostMapping(path = "/api/pre-registrations/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	PeopleService.ImportResult importFile(MultipartHttpServletRequest request) {
		return this.people.importCsv(CurrentActor.require(), () -> {
			PreRegistrationCsv.checkSize(request.getContentLengthLong() - PreRegistrationCsv.MULTIPART_OVERHEAD);
			MultipartFile file = request.getFile("file");
			if (file == null) {
				throw new DomainRuleException("csv.file", "Send the list as the multipart part named file");
			}
			PreRegistrationCsv.checkSize(file.getSize());
			return PreRegistrationCsv.reader(file.getInputStream());
		});
	}

	/**
	 * Imports a list sent as the body ({@code text/csv}): streamed and bounded, read only
	 * after the role was checked.
	 */
	@PostMapping(path = "/api/pre-registrations/import", consumes = "text/csv")
	PeopleService.ImportResult importText(HttpServletRequest request) {
		return this.people.importCsv(CurrentActor.require(), () -> {
			PreRegistrationCsv.checkSize(request.getContentLengthLong());
			return PreRegistrationCsv.reader(request.getInputStream());
		});
	}

	@PostMapping("/api/pre-registrations")
	@ResponseStatus(HttpStatus.CREATED)
	PreRegistration add(@Valid @RequestBody NewPreRegistration entry) {
		return this.people.add(CurrentActor.require(), entry.email(), entry.name(), entry.institution(),
				entry.position());
	}

	@DeleteMapping("/api/pre-registrations/{email}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable String email) {
		this.people.remove(CurrentActor.require(), email);
	}

	@GetMapping("/api/accounts")
	List<MeView> accounts() {
		return this.people.accounts(CurrentActor.require()).stream().map(MeView::of).toList();
	}

	@PutMapping("/api/accounts/{id}/roles/{role}")
	MeView grant(@PathVariable UUID id, @PathVariable Role role) {
		return MeView.of(this.roles.changeRole(CurrentActor.require(), id, role, true));
	}

	@DeleteMapping("/api/accounts/{id}/roles/{role}")
	MeView revoke(@PathVariable UUID id, @PathVariable Role role) {
		return MeView.of(this.roles.changeRole(CurrentActor.require(), id, role, false));
	}

	@PostMapping("/api/institutions/{code}/domains")
	Institution addDomain(@PathVariable String code, @Valid @RequestBody NewDomain domain) {
		return this.people.addDomain(CurrentActor.require(), code, domain.domain());
	}

	/**
	 * One pre-registration.
	 *
	 * @param email address
	 * @param name name
	 * @param institution institution code
	 * @param position position
	 */
	record NewPreRegistration(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 200) String name,
			@NotBlank String institution, @NotNull Position position) {
	}

	/**
	 * A verified mail domain to add.
	 *
	 * @param domain the domain
	 */
	record NewDomain(@NotBlank @Size(max = 253) String domain) {
	}

}
