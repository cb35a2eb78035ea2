package org.husnu.symposium.platform.audit;

import java.util.List;

import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit}: the newest audit entries, for chairs (all) and admins (those
 * about accounts and access).
 */
@RestController
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/api/audit")
	List<AuditEntry> newest(@RequestParam(required = false) String action,
			@RequestParam(defaultValue = "100") int limit) {
		return this.audit.newest(CurrentActor.require(), action, Math.max(1, Math.min(limit, 1000)));
	}

}
