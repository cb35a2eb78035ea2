package org.husnu.symposium.platform.accounts;

import java.util.UUID;

import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: the person asking and their roles, on both services, whether they
 * came with a session or an API token.
 */
@RestController
class MeController {

	private final AccountDirectory accounts;

	MeController(AccountDirectory accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/api/me")
	MeView me() {
		UUID id = CurrentActor.require().accountId();
		return this.accounts.findById(id)
			.map(this.accounts::withDerivedRoles)
			.map(MeView::of)
			.orElseThrow(() -> new NotFoundException("Your account no longer exists"));
	}

}
